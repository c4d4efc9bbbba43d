#include "db/repositories/OutboxRepository.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

std::string_view toString(OutboxChannel channel) noexcept
{
    switch (channel) {
    case OutboxChannel::TelegramCustomer:
        return "telegram_customer";
    case OutboxChannel::TelegramOps:
        return "telegram_ops";
    case OutboxChannel::Email:
        return "email";
    }
    return "telegram_customer";
}

std::optional<std::int64_t> OutboxRepository::enqueue(pqxx::transaction_base &tx, const OutboxMessage &message)
{
    static const PreparedStatement statement{
        "outbox.enqueue",
        "INSERT INTO outbox (channel, recipient, customer_id, order_id, ticket_message_id, payload, dedupe_key) "
        "VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"};
    const auto result =
        execPrepared(tx, statement, std::string(toString(message.channel)), message.recipient,
                     nullable(asText(message.customerId)), nullable(asText(message.orderId)),
                     nullable(asText(message.ticketMessageId)), message.payload.dump(), nullable(message.dedupeKey));
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

namespace {

// Seconds since the epoch with microseconds, for to_timestamp(): a time point of the sender's clock.
std::string epochSeconds(std::chrono::system_clock::time_point t)
{
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
    const auto sign = us < 0 ? "-" : "";
    const auto abs = us < 0 ? -us : us;
    auto frac = std::to_string(abs % 1000000);
    frac.insert(0, 6 - frac.size(), '0');
    return sign + std::to_string(abs / 1000000) + "." + frac;
}

OutboxChannel channelFrom(const std::string &text)
{
    if (text == "telegram_ops")
        return OutboxChannel::TelegramOps;
    if (text == "email")
        return OutboxChannel::Email;
    return OutboxChannel::TelegramCustomer;
}

} // namespace

namespace {

std::vector<OutboxRow> rowsOf(const pqxx::result &result)
{
    std::vector<OutboxRow> rows;
    rows.reserve(result.size());
    for (const auto &r : result) {
        OutboxRow row;
        row.id = r[0].as<std::int64_t>();
        row.channel = channelFrom(r[1].as<std::string>());
        row.recipient = r[2].as<std::string>();
        if (!r[3].is_null())
            row.customerId = r[3].as<std::int64_t>();
        row.payload = nlohmann::json::parse(r[4].as<std::string>());
        row.attempts = r[5].as<int>();
        row.partsSent = r[6].as<int>();
        if (!r[7].is_null())
            row.tgMessageId = r[7].as<std::int64_t>();
        if (!r[8].is_null())
            row.dedupeKey = r[8].as<std::string>();
        if (!r[9].is_null())
            row.orderCode = r[9].as<std::string>();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::vector<OutboxRow> OutboxRepository::due(pqxx::transaction_base &tx, std::chrono::system_clock::time_point now,
                                             int limit, bool withEmail)
{
    static const PreparedStatement statement{
        "outbox.due",
        "SELECT o.id, o.channel, o.recipient, o.customer_id, o.payload::text, o.attempts, o.parts_sent, "
        "o.tg_message_id, o.dedupe_key, (SELECT public_code FROM orders WHERE id = o.order_id) "
        "FROM outbox o WHERE o.status = 'queued' AND o.next_attempt_at <= to_timestamp($1::double precision) "
        "AND ($3 OR o.channel <> 'email') "
        "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.status = 'queued' AND p.channel = o.channel "
        "AND p.recipient = o.recipient AND p.id < o.id AND p.next_attempt_at > to_timestamp($1::double precision)) "
        "ORDER BY o.next_attempt_at, o.id LIMIT $2"};
    return rowsOf(execPrepared(tx, statement, epochSeconds(now), limit, withEmail));
}

std::vector<OutboxRow> OutboxRepository::dueOn(pqxx::transaction_base &tx, OutboxChannel channel,
                                               std::chrono::system_clock::time_point now, int limit)
{
    static const PreparedStatement statement{
        "outbox.due_on",
        "SELECT o.id, o.channel, o.recipient, o.customer_id, o.payload::text, o.attempts, o.parts_sent, "
        "o.tg_message_id, o.dedupe_key, (SELECT public_code FROM orders WHERE id = o.order_id) "
        "FROM outbox o WHERE o.status = 'queued' AND o.channel = $3 "
        "AND o.next_attempt_at <= to_timestamp($1::double precision) "
        "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.status = 'queued' AND p.channel = o.channel "
        "AND p.recipient = o.recipient AND p.id < o.id AND p.next_attempt_at > to_timestamp($1::double precision)) "
        "ORDER BY o.next_attempt_at, o.id LIMIT $2"};
    return rowsOf(execPrepared(tx, statement, epochSeconds(now), limit, std::string(toString(channel))));
}

void OutboxRepository::markSent(pqxx::transaction_base &tx, std::int64_t id, std::optional<std::int64_t> tgMessageId)
{
    static const PreparedStatement statement{
        "outbox.mark_sent",
        "UPDATE outbox SET status = 'sent', sent_at = now(), tg_message_id = coalesce(tg_message_id, $2::bigint), "
        "last_error = NULL WHERE id = $1"};
    execPrepared(tx, statement, id, nullable(asText(tgMessageId)));
}

void OutboxRepository::markPartSent(pqxx::transaction_base &tx, std::int64_t id, int partsSent,
                                    std::optional<std::int64_t> tgMessageId)
{
    static const PreparedStatement statement{
        "outbox.mark_part_sent",
        "UPDATE outbox SET parts_sent = $2, tg_message_id = coalesce(tg_message_id, $3::bigint) WHERE id = $1"};
    execPrepared(tx, statement, id, partsSent, nullable(asText(tgMessageId)));
}

void OutboxRepository::reschedule(pqxx::transaction_base &tx, std::int64_t id,
                                  std::chrono::system_clock::time_point nextAttemptAt, const std::string &lastError)
{
    static const PreparedStatement statement{
        "outbox.reschedule",
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = to_timestamp($2::double precision), "
        "last_error = $3 WHERE id = $1"};
    execPrepared(tx, statement, id, epochSeconds(nextAttemptAt), lastError);
}

void OutboxRepository::postpone(pqxx::transaction_base &tx, std::int64_t id,
                                std::chrono::system_clock::time_point nextAttemptAt, const std::string &lastError)
{
    static const PreparedStatement statement{
        "outbox.postpone",
        "UPDATE outbox SET next_attempt_at = to_timestamp($2::double precision), last_error = $3 WHERE id = $1"};
    execPrepared(tx, statement, id, epochSeconds(nextAttemptAt), lastError);
}

void OutboxRepository::markUndeliverable(pqxx::transaction_base &tx, std::int64_t id, const std::string &reason)
{
    static const PreparedStatement statement{
        "outbox.mark_undeliverable",
        "UPDATE outbox SET status = 'undeliverable', attempts = attempts + 1, last_error = $2 WHERE id = $1"};
    execPrepared(tx, statement, id, reason);
}

void OutboxRepository::markFailed(pqxx::transaction_base &tx, std::int64_t id, const std::string &reason)
{
    static const PreparedStatement statement{
        "outbox.mark_failed",
        "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1"};
    execPrepared(tx, statement, id, reason);
}

std::int64_t OutboxRepository::depth(pqxx::transaction_base &tx)
{
    return tx.exec1("SELECT count(*) FROM outbox WHERE status = 'queued'")[0].as<std::int64_t>();
}

std::optional<std::chrono::seconds> OutboxRepository::oldestQueuedAge(pqxx::transaction_base &tx)
{
    const auto row = tx.exec1("SELECT extract(epoch FROM now() - min(created_at))::bigint FROM outbox "
                              "WHERE status = 'queued'");
    if (row[0].is_null())
        return std::nullopt;
    return std::chrono::seconds(row[0].as<std::int64_t>());
}

} // namespace p2pdesk::syncd::db
