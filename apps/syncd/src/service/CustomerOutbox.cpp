#include "service/CustomerOutbox.h"

#include "db/repositories/OutboxRepository.h"
#include "service/ServiceError.h"

namespace p2pdesk::syncd::service {

std::string CustomerOutbox::footer(const db::CustomerRow &customer)
{
    if (!customer.verificationWord)
        return {};
    // The word is ours (generated from a fixed alphabet), so it needs no escaping.
    if (customer.language == "en")
        return "\n\n🔐 <i>Desk word: " + *customer.verificationWord + "</i>";
    return "\n\n🔐 <i>Кодовое слово: " + *customer.verificationWord + "</i>";
}

std::optional<std::int64_t> CustomerOutbox::enqueue(pqxx::work &work, const db::CustomerRow &customer,
                                                    const CustomerText &text)
{
    nlohmann::json params = {{"chat_id", customer.telegramId},
                             {"text", text.html + footer(customer)},
                             {"parse_mode", "HTML"},
                             {"link_preview_options", {{"is_disabled", true}}}};
    if (!text.replyMarkup.is_null())
        params["reply_markup"] = text.replyMarkup;
    db::OutboxMessage message;
    message.channel = db::OutboxChannel::TelegramCustomer;
    message.recipient = std::to_string(customer.telegramId);
    message.customerId = customer.id;
    message.orderId = text.orderId;
    message.ticketMessageId = text.ticketMessageId;
    message.payload = {{"method", "sendMessage"}, {"params", std::move(params)}};
    message.dedupeKey = text.dedupeKey;
    return db::OutboxRepository::enqueue(work, message);
}

std::optional<std::int64_t> CustomerOutbox::enqueue(pqxx::work &work, std::int64_t customerId, const CustomerText &text)
{
    const auto customer = db::CustomerRepository::find(work, customerId);
    if (!customer)
        throw ServiceError(proto::ApiErrorCode::NotFound, "no such customer", {{"customer_id", customerId}});
    return enqueue(work, *customer, text);
}

} // namespace p2pdesk::syncd::service
