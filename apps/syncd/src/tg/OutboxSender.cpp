#include "tg/OutboxSender.h"

#include "config/Config.h"
#include "db/repositories/CustomerRepository.h"
#include "service/CustomerEmail.h"
#include "service/CustomerOutbox.h"
#include "tg/Html.h"

#include <Poco/Logger.h>
#include <pqxx/transaction>

#include <algorithm>
#include <cmath>

namespace p2pdesk::syncd::tg {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.tg.outbox");
}

constexpr std::size_t kMaxTextUnits = 4096;

// A customer's message Telegram would not deliver goes by e-mail instead, when they gave an address:
// the same words as plain text, the verification word re-added by CustomerEmail. The dedupe key
// follows the message's own ("email:notify:<seq>"), so an official notice the notifier already
// e-mailed is not e-mailed twice.
void emailInstead(pqxx::work &tx, const db::OutboxRow &row)
{
    if (row.channel != db::OutboxChannel::TelegramCustomer || !row.customerId ||
        row.payload.value("method", std::string()) != "sendMessage")
        return;
    const auto params = row.payload.value("params", nlohmann::json::object());
    if (!params.is_object() || !params.contains("text") || !params["text"].is_string())
        return;
    const auto customer = db::CustomerRepository::find(tx, *row.customerId);
    if (!customer || !customer->email)
        return;
    auto html = params["text"].get<std::string>();
    const auto footer = service::CustomerOutbox::footer(*customer);
    if (!footer.empty() && html.size() >= footer.size() &&
        html.compare(html.size() - footer.size(), footer.size(), footer) == 0)
        html.resize(html.size() - footer.size());
    service::CustomerEmail::enqueue(tx, *customer,
                                    {service::CustomerEmail::subject(*customer, row.orderCode), htmlToPlain(html),
                                     std::nullopt, row.dedupeKey.value_or("outbox:" + std::to_string(row.id))});
}

std::optional<std::int64_t> messageIdOf(const nlohmann::json &result)
{
    if (result.is_object() && result.contains("message_id") && result["message_id"].is_number_integer())
        return result["message_id"].get<std::int64_t>();
    return std::nullopt;
}

} // namespace

SenderLimits SenderLimits::fromConfig(const config::Config &config)
{
    SenderLimits limits;
    limits.perChatInterval = std::chrono::milliseconds(config.integer("telegram.per_chat_interval_ms"));
    limits.globalPerSecond = static_cast<int>(config.integer("telegram.global_per_second"));
    limits.maxAttempts = static_cast<int>(config.integer("telegram.outbox_max_attempts"));
    return limits;
}

OutboxSender::OutboxSender(db::ConnectionPool &pool, BotApiClient &client, Clock now, SenderLimits limits)
    : m_pool(pool)
    , m_client(client)
    , m_now(std::move(now))
    , m_limits(limits)
    , m_lock(pool, kLockKey)
    , m_random(std::random_device{}())
{
    m_limits.globalPerSecond = std::max(1, m_limits.globalPerSecond);
    m_limits.maxAttempts = std::max(1, m_limits.maxAttempts);
}

bool OutboxSender::chatAllowed(std::int64_t chatId, std::chrono::system_clock::time_point now) const
{
    const auto it = m_chatNext.find(chatId);
    return it == m_chatNext.end() || it->second <= now;
}

bool OutboxSender::globalAllowed(std::chrono::system_clock::time_point now)
{
    while (!m_recent.empty() && m_recent.front() <= now - std::chrono::seconds(1))
        m_recent.pop_front();
    return static_cast<int>(m_recent.size()) < m_limits.globalPerSecond;
}

void OutboxSender::noteSent(std::int64_t chatId, std::chrono::system_clock::time_point now)
{
    m_recent.push_back(now);
    ++m_sentCount;
    m_chatNext[chatId] = now + m_limits.perChatInterval;
}

std::chrono::system_clock::time_point OutboxSender::backoff(int attempts, std::chrono::system_clock::time_point now)
{
    const double base = std::min(std::pow(2.0, std::min(attempts, 20)), 300.0);
    std::uniform_real_distribution<double> jitter(0.8, 1.2);
    const auto delay = std::chrono::duration<double>(base * jitter(m_random));
    return now + std::chrono::duration_cast<std::chrono::system_clock::duration>(delay);
}

int OutboxSender::runOnce()
{
    if (!m_lock.tryAcquire())
        return 0;
    try {
        const auto start = m_now();
        if (m_pausedUntil && start < *m_pausedUntil)
            return 0;
        m_pausedUntil.reset();
        std::vector<db::OutboxRow> rows;
        {
            pqxx::work tx(m_lock.connection());
            rows = db::OutboxRepository::due(tx, start, m_limits.batchSize);
            tx.commit();
        }
        int delivered = 0;
        for (const auto &row : rows) {
            std::int64_t chatId = 0;
            try {
                chatId = std::stoll(row.recipient);
            } catch (const std::exception &) {
                pqxx::work tx(m_lock.connection());
                db::OutboxRepository::markFailed(tx, row.id, "recipient is not a chat id");
                tx.commit();
                continue;
            }
            const auto now = m_now();
            if (!globalAllowed(now))
                break;
            if (!chatAllowed(chatId, now))
                continue;
            const auto before = m_sentCount;
            const auto verdict = deliver(row, chatId);
            delivered += static_cast<int>(m_sentCount - before);
            if (verdict == Verdict::StopRound)
                break;
        }
        return delivered;
    } catch (const BotApiError &) {
        throw;
    } catch (...) {
        m_lock.reset();
        throw;
    }
}

nlohmann::json OutboxSender::send(const std::string &method, nlohmann::json params)
{
    try {
        return m_client.call(method, params);
    } catch (const BotApiError &e) {
        if (e.kind() == BotApiErrorKind::NotModified)
            return nullptr;
        if (e.kind() != BotApiErrorKind::CannotParseEntities || !params.contains("parse_mode"))
            throw;
        // The customer gets the words without the formatting rather than nothing.
        logger().warning("Telegram refused the markup of a %s; resending as plain text", method);
        params.erase("parse_mode");
        for (const char *field : {"text", "caption"}) {
            if (params.contains(field) && params[field].is_string())
                params[field] = htmlToPlain(params[field].get<std::string>());
        }
        try {
            return m_client.call(method, params);
        } catch (const BotApiError &again) {
            if (again.kind() == BotApiErrorKind::NotModified)
                return nullptr;
            throw;
        }
    }
}

OutboxSender::Verdict OutboxSender::deliver(const db::OutboxRow &row, std::int64_t chatId)
{
    const auto method = row.payload.value("method", std::string());
    auto params = row.payload.value("params", nlohmann::json::object());
    if (method.empty() || !params.is_object()) {
        pqxx::work tx(m_lock.connection());
        db::OutboxRepository::markFailed(tx, row.id, "payload has no method or params");
        tx.commit();
        return Verdict::Continue;
    }
    params["chat_id"] = chatId;
    try {
        if (method != "sendMessage" || !params.contains("text") || !params["text"].is_string()) {
            const auto result = send(method, params);
            noteSent(chatId, m_now());
            pqxx::work tx(m_lock.connection());
            db::OutboxRepository::markSent(tx, row.id, messageIdOf(result));
            tx.commit();
            return Verdict::Continue;
        }
        const bool html = params.value("parse_mode", std::string()) == "HTML";
        const auto parts = splitForTelegram(params["text"].get<std::string>(), kMaxTextUnits, html);
        if (parts.empty()) {
            pqxx::work tx(m_lock.connection());
            db::OutboxRepository::markFailed(tx, row.id, "message text is empty");
            tx.commit();
            return Verdict::Continue;
        }
        const auto markup = params.contains("reply_markup") ? params["reply_markup"] : nlohmann::json(nullptr);
        auto part = static_cast<std::size_t>(row.partsSent);
        while (part < parts.size()) {
            const auto now = m_now();
            if (part > static_cast<std::size_t>(row.partsSent) && (!chatAllowed(chatId, now) || !globalAllowed(now)))
                return Verdict::Continue; // the next part goes when the chat's turn comes again
            auto partParams = params;
            partParams["text"] = parts[part];
            // Buttons belong under the last part, where the reader ends up.
            partParams.erase("reply_markup");
            if (part + 1 == parts.size() && !markup.is_null())
                partParams["reply_markup"] = markup;
            const auto result = send(method, partParams);
            noteSent(chatId, m_now());
            pqxx::work tx(m_lock.connection());
            ++part;
            if (part < parts.size())
                db::OutboxRepository::markPartSent(tx, row.id, static_cast<int>(part), messageIdOf(result));
            else
                db::OutboxRepository::markSent(tx, row.id, messageIdOf(result));
            tx.commit();
        }
        if (static_cast<std::size_t>(row.partsSent) >= parts.size()) {
            // A crash after the last part but before its row update: nothing left to send.
            pqxx::work tx(m_lock.connection());
            db::OutboxRepository::markSent(tx, row.id, row.tgMessageId);
            tx.commit();
        }
        return Verdict::Continue;
    } catch (const BotApiError &e) {
        return handleFailure(row, chatId, e);
    }
}

OutboxSender::Verdict OutboxSender::handleFailure(const db::OutboxRow &row, std::int64_t chatId,
                                                  const BotApiError &error)
{
    const auto now = m_now();
    const std::string reason = std::string(toString(error.kind())) + ": " + error.what();
    pqxx::work tx(m_lock.connection());
    Verdict verdict = Verdict::Continue;
    switch (error.kind()) {
    case BotApiErrorKind::RateLimited: {
        const auto until = now + error.retryAfter().value_or(std::chrono::seconds(1));
        db::OutboxRepository::postpone(tx, row.id, until, reason);
        m_chatNext[chatId] = std::max(m_chatNext[chatId], until);
        m_pausedUntil = until;
        logger().warning("Telegram rate limit: outbox paused for %?d s",
                         static_cast<long long>(error.retryAfter().value_or(std::chrono::seconds(1)).count()));
        verdict = Verdict::StopRound;
        break;
    }
    case BotApiErrorKind::Forbidden:
    case BotApiErrorKind::ChatNotFound:
        db::OutboxRepository::markUndeliverable(tx, row.id, reason);
        if (row.customerId) {
            db::CustomerRepository::markUnreachable(tx, *row.customerId, reason);
            emailInstead(tx, row);
        }
        break;
    case BotApiErrorKind::ServerError:
    case BotApiErrorKind::Network:
    case BotApiErrorKind::Timeout:
    case BotApiErrorKind::Unauthorized:
        if (row.attempts + 1 >= m_limits.maxAttempts) {
            db::OutboxRepository::markFailed(tx, row.id, reason);
            logger().error("outbox message %?d failed after %d attempts: %s", row.id, row.attempts + 1, reason);
        } else {
            const auto next = backoff(row.attempts, now);
            db::OutboxRepository::reschedule(tx, row.id, next, reason);
            m_chatNext[chatId] = std::max(m_chatNext[chatId], next); // keeps the chat's order
        }
        // Telegram unreachable or the token refused: every further call would fail the same way.
        if (error.kind() != BotApiErrorKind::ServerError)
            verdict = Verdict::StopRound;
        break;
    default:
        db::OutboxRepository::markFailed(tx, row.id, reason);
        logger().error("outbox message %?d refused by Telegram: %s", row.id, reason);
        break;
    }
    tx.commit();
    return verdict;
}

} // namespace p2pdesk::syncd::tg
