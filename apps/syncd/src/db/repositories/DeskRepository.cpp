#include "db/repositories/DeskRepository.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {
// Who counts as on duty: an active account that works orders, with its switch on. One definition,
// so the bot's "desk open" and the roster the workstations show can never disagree.
constexpr const char *kOnDuty = "active AND on_duty AND ('operator' = ANY (roles) OR 'senior' = ANY (roles))";
} // namespace

bool DeskRepository::anyOperatorOnDuty(pqxx::transaction_base &tx)
{
    return tx.exec1(std::string("SELECT EXISTS (SELECT 1 FROM operators WHERE ") + kOnDuty + ")")[0].as<bool>();
}

std::vector<std::pair<std::int64_t, std::string>> DeskRepository::operatorsOnDuty(pqxx::transaction_base &tx)
{
    const auto result =
        tx.exec(std::string("SELECT id, username FROM operators WHERE ") + kOnDuty + " ORDER BY lower(username), id");
    std::vector<std::pair<std::int64_t, std::string>> out;
    out.reserve(result.size());
    for (const auto &row : result)
        out.emplace_back(row[0].as<std::int64_t>(), row[1].as<std::string>());
    return out;
}

std::vector<std::int64_t> DeskRepository::openOrdersOfCustomer(pqxx::transaction_base &tx, std::int64_t customerId,
                                                               int limit)
{
    std::vector<std::int64_t> ids;
    for (const auto &row :
         tx.exec_params("SELECT id FROM orders WHERE customer_id = $1 "
                        "AND status NOT IN ('COMPLETED', 'CANCELLED') ORDER BY created_at DESC, id DESC "
                        "LIMIT $2",
                        customerId, limit))
        ids.push_back(row[0].as<std::int64_t>());
    return ids;
}

} // namespace p2pdesk::syncd::db
