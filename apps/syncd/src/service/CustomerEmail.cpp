#include "service/CustomerEmail.h"

#include "db/repositories/OutboxRepository.h"

namespace p2pdesk::syncd::service {

bool CustomerEmail::validAddress(std::string_view address)
{
    if (address.empty() || address.size() > 254)
        return false;
    for (const char c : address) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    const auto at = address.find('@');
    if (at == std::string_view::npos || at == 0 || address.find('@', at + 1) != std::string_view::npos)
        return false;
    const auto domain = address.substr(at + 1);
    const auto dot = domain.find('.');
    return !domain.empty() && dot != std::string_view::npos && dot != 0 && domain.back() != '.';
}

std::string CustomerEmail::subject(const db::CustomerRow &customer, const std::optional<std::string> &orderCode)
{
    const bool en = customer.language == "en";
    if (orderCode)
        return en ? "Order " + *orderCode + ": status update" : "Заявка " + *orderCode + ": изменение статуса";
    return en ? "Message from the exchange desk" : "Сообщение от обменного пункта";
}

std::optional<std::int64_t> CustomerEmail::enqueue(pqxx::work &work, const db::CustomerRow &customer,
                                                   const CustomerEmailText &email)
{
    if (!customer.email || !validAddress(*customer.email))
        return std::nullopt;
    const bool en = customer.language == "en";
    std::string text = email.text;
    if (customer.verificationWord)
        text +=
            en ? "\n\nDesk word: " + *customer.verificationWord : "\n\nКодовое слово: " + *customer.verificationWord;
    text += en ? "\n\nYou receive this e-mail because you gave this address to our Telegram bot. "
                 "Send /email off to the bot to stop."
               : "\n\nВы получили это письмо, потому что указали этот адрес в нашем Telegram-боте. "
                 "Отправьте боту /email off, чтобы отписаться.";
    db::OutboxMessage message;
    message.channel = db::OutboxChannel::Email;
    message.recipient = *customer.email;
    message.customerId = customer.id;
    message.orderId = email.orderId;
    message.payload = {{"subject", email.subject}, {"text", text}};
    message.dedupeKey = "email:" + email.cause;
    return db::OutboxRepository::enqueue(work, message);
}

} // namespace p2pdesk::syncd::service
