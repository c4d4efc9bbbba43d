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
    const auto result = execPrepared(tx, statement, std::string(toString(message.channel)), message.recipient,
                                     nullable(asText(message.customerId)), nullable(asText(message.orderId)),
                                     nullable(asText(message.ticketMessageId)), message.payload.dump(),
                                     nullable(message.dedupeKey));
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

} // namespace p2pdesk::syncd::db
