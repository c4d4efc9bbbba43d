#include "feed/ChangeFeed.h"

#include "db/PreparedStatement.h"

namespace p2pdesk::syncd::feed {

std::int64_t ChangeFeed::append(db::Transaction &tx, const std::string &kind, std::optional<std::int64_t> orderId,
                                const nlohmann::json &payload)
{
    const std::optional<std::string> order = orderId ? std::optional(std::to_string(*orderId)) : std::nullopt;
    static const db::PreparedStatement statement{
        "change_events.append",
        "INSERT INTO change_events (kind, order_id, payload) VALUES ($1, $2::bigint, $3::jsonb) RETURNING seq"};
    const auto row = db::execPrepared1(tx.work(), statement, kind, order ? order->c_str() : nullptr, payload.dump());
    tx.onCommit([notifier = &m_notifier] { notifier->poke(); });
    return row[0].as<std::int64_t>();
}

} // namespace p2pdesk::syncd::feed
