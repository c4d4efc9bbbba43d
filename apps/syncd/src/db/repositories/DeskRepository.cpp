#include "db/repositories/DeskRepository.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

bool DeskRepository::anyOperatorOnDuty(pqxx::transaction_base &tx)
{
    return tx
        .exec1("SELECT EXISTS (SELECT 1 FROM operators WHERE active AND on_duty "
               "AND ('operator' = ANY (roles) OR 'senior' = ANY (roles)))")[0]
        .as<bool>();
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
