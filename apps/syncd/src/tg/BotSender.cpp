#include "tg/BotSender.h"

#include "db/repositories/OutboxRepository.h"
#include "db/repositories/TgConversationRepository.h"
#include "security/Encoding.h"
#include "security/SecureRandom.h"
#include "service/CustomerOutbox.h"

namespace p2pdesk::syncd::tg {

namespace {

// 12 random bytes: 16 base64url characters, far from guessable and well within callback_data's
// 64 bytes with the "b:" prefix.
std::string newToken()
{
    const auto bytes = security::randomBytes(12);
    return security::base64UrlEncode(bytes);
}

} // namespace

nlohmann::json BotSender::markup(const Keyboard &keyboard)
{
    if (keyboard.empty())
        return nullptr;
    const std::string group = newToken();
    nlohmann::json rows = nlohmann::json::array();
    for (const auto &row : keyboard) {
        nlohmann::json buttons = nlohmann::json::array();
        for (const auto &button : row) {
            db::ButtonRow stored;
            stored.token = newToken();
            stored.groupToken = group;
            stored.customerId = m_customer.id;
            stored.action = button.action;
            stored.payload = button.args;
            db::TgButtonRepository::insert(m_work, stored);
            buttons.push_back({{"text", button.label}, {"callback_data", "b:" + stored.token}});
        }
        rows.push_back(std::move(buttons));
    }
    return {{"inline_keyboard", std::move(rows)}};
}

void BotSender::say(const std::string &html, const Keyboard &keyboard, std::optional<std::int64_t> orderId,
                    std::optional<std::string> dedupeKey)
{
    service::CustomerText message;
    message.html = html;
    message.replyMarkup = markup(keyboard);
    message.orderId = orderId;
    message.dedupeKey = std::move(dedupeKey);
    service::CustomerOutbox::enqueue(m_work, m_customer, message);
}

void BotSender::clearButtons(std::int64_t messageId)
{
    if (messageId <= 0)
        return;
    db::OutboxMessage message;
    message.channel = db::OutboxChannel::TelegramCustomer;
    message.recipient = std::to_string(m_customer.telegramId);
    message.customerId = m_customer.id;
    message.payload = {{"method", "editMessageReplyMarkup"},
                       {"params",
                        {{"chat_id", m_customer.telegramId},
                         {"message_id", messageId},
                         {"reply_markup", {{"inline_keyboard", nlohmann::json::array()}}}}}};
    db::OutboxRepository::enqueue(m_work, message);
}

} // namespace p2pdesk::syncd::tg
