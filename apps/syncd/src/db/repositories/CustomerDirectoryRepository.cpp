#include "db/repositories/CustomerDirectoryRepository.h"

#include "db/SqlParams.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

std::vector<CustomerDirectoryRow> CustomerDirectoryRepository::search(pqxx::work &work, const CustomerSearch &search)
{
    // Each way of matching is its own indexed branch (tg_user_id and public_code are unique, the
    // keyed hash and the masked tail have indexes of their own); a customer several branches find
    // keeps the strongest. Without a text no branch finds anything and the WHERE lets every
    // customer through. The counts run per customer listed (orders_customer_idx, risk_flags'
    // partial indexes), which stays cheap for the directory's page of a desk's customers.
    const auto telegramId = asText(search.telegramId);
    const std::optional<std::string> blocked =
        search.blocked ? std::optional<std::string>(*search.blocked ? "true" : "false") : std::nullopt;
    const auto result = work.exec_params(
        "WITH hits (customer_id, rank) AS ("
        "      SELECT id, 1 FROM customers WHERE tg_user_id = $2::bigint "
        "      UNION ALL SELECT customer_id, 2 FROM orders WHERE public_code = upper($1::text) "
        "      UNION ALL SELECT id, 3 FROM customers "
        "                 WHERE length(ltrim($1::text, '@')) > 0 "
        "                   AND strpos(lower(username), lower(ltrim($1::text, '@'))) > 0 "
        "      UNION ALL SELECT id, 4 FROM customers WHERE strpos(lower(first_name), lower($1::text)) > 0 "
        "      UNION ALL SELECT customer_id, 5 FROM payout_accounts WHERE keyed_hash = decode($3::text, 'hex') "
        "      UNION ALL SELECT customer_id, 5 FROM payout_accounts "
        "                 WHERE right(regexp_replace(masked, '[^0-9]', '', 'g'), 4) = $4::text), "
        "  best AS (SELECT customer_id, min(rank) AS rank FROM hits GROUP BY customer_id) "
        "SELECT c.id, c.tg_user_id, c.username, c.first_name, c.language, c.unreachable_at IS NOT NULL, c.blocked, "
        "       c.blocked_reason, " +
            columns::micros("c.created_at") + ", " + columns::micros("b.at") +
            ", op.id, op.username, s.total, s.open, " + columns::micros("s.last") +
            ", f.open_flags, best.rank, c.kyc_level "
            "FROM customers c "
            "LEFT JOIN best ON best.customer_id = c.id "
            "LEFT JOIN LATERAL (SELECT count(*) AS total, count(*) FILTER (WHERE o.closed_at IS NULL) AS open, "
            "                          max(o.created_at) AS last "
            "                   FROM orders o WHERE o.customer_id = c.id) s ON true "
            "LEFT JOIN LATERAL (SELECT count(*) AS open_flags FROM risk_flags r "
            "                   WHERE r.cleared_at IS NULL AND ((r.order_id IS NULL AND r.customer_id = c.id) "
            "                         OR r.order_id IN "
            "                         (SELECT o.id FROM orders o WHERE o.customer_id = c.id AND o.closed_at IS NULL))) "
            "          f ON true "
            "LEFT JOIN LATERAL (SELECT a.at, a.actor FROM audit_log a WHERE c.blocked AND a.entity = 'customer' "
            "                   AND a.entity_id = c.id::text AND a.action = 'customer.block' "
            "                   ORDER BY a.seq DESC LIMIT 1) b ON true "
            "LEFT JOIN operators op ON b.actor = 'operator:' || op.id::text "
            "WHERE ($1::text IS NULL OR best.customer_id IS NOT NULL) "
            "  AND ($5::boolean IS NULL OR c.blocked = $5::boolean) "
            "ORDER BY coalesce(s.last, c.created_at) DESC, c.id DESC "
            "OFFSET $6 LIMIT $7",
        nullable(search.text), nullable(telegramId), nullable(search.requisitesHashHex), nullable(search.accountTail),
        nullable(blocked), search.offset, search.limit + 1);

    std::vector<CustomerDirectoryRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result) {
        CustomerDirectoryRow r;
        r.id = row[0].as<std::int64_t>();
        r.telegramId = row[1].as<std::int64_t>();
        r.username = row[2].get<std::string>();
        r.firstName = row[3].get<std::string>();
        r.language = row[4].as<std::string>();
        r.unreachable = row[5].as<bool>();
        r.blocked = row[6].as<bool>();
        r.blockedReason = r.blocked ? row[7].get<std::string>() : std::nullopt;
        r.createdAt = columns::timestamp(row[8]);
        r.blockedAt = columns::optionalTimestamp(row[9]);
        r.blockedById = row[10].get<std::int64_t>();
        r.blockedByUsername = row[11].get<std::string>();
        r.ordersTotal = row[12].as<std::int64_t>();
        r.ordersOpen = row[13].as<std::int64_t>();
        r.lastOrderAt = columns::optionalTimestamp(row[14]);
        r.openFlags = row[15].as<std::int64_t>();
        r.kycLevel = domain::kycLevelFromNumber(row[17].as<int>()).value_or(domain::KycLevel::Unverified);
        if (const auto rank = row[16].get<int>())
            r.matched = static_cast<CustomerMatchRank>(*rank);
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace p2pdesk::syncd::db
