#include "db/repositories/ChangeEventRepository.h"

#include "p2pdesk/domain/OrderStatus.h"

#include <pqxx/result>

#include <chrono>
#include <string>

namespace p2pdesk::syncd::db {

std::vector<proto::ChangeEvent> ChangeEventRepository::range(pqxx::transaction_base &tx, std::int64_t since,
                                                             std::int64_t upTo, int limit)
{
    const auto rows =
        tx.exec_params("SELECT seq, (extract(epoch FROM at) * 1000000)::bigint, kind, order_id, payload::text "
                       "FROM change_events WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3",
                       since, upTo, limit);
    std::vector<proto::ChangeEvent> events;
    events.reserve(rows.size());
    for (const auto &row : rows) {
        proto::ChangeEvent event;
        event.seq = row[0].as<std::int64_t>();
        event.at = proto::Timestamp(std::chrono::microseconds(row[1].as<std::int64_t>()));
        event.kind = row[2].as<std::string>();
        if (!row[3].is_null())
            event.orderId = row[3].as<std::int64_t>();
        event.payload = proto::Json::parse(row[4].as<std::string>(), nullptr, false);
        if (!event.payload.is_object())
            event.payload = proto::Json::object();
        if (event.payload.contains("status") && event.payload["status"].is_string())
            event.status = domain::parseOrderStatus(event.payload["status"].get<std::string>());
        if (event.payload.contains("version") && event.payload["version"].is_number_integer())
            event.version = event.payload["version"].get<std::int64_t>();
        events.push_back(std::move(event));
    }
    return events;
}

bool ChangeEventRepository::renewFeedEpoch(pqxx::transaction_base &tx)
{
    if (!tx.exec1("SELECT to_regclass('change_feed_epoch') IS NOT NULL")[0].as<bool>())
        return false;
    // The same draw as the migration (60 random bits: a repeat is not a practical concern).
    tx.exec0("UPDATE change_feed_epoch "
             "SET epoch = ('x' || substr(md5(gen_random_uuid()::text), 1, 15))::bit(60)::bigint + 1");
    return true;
}

} // namespace p2pdesk::syncd::db
