#include "tg/UpdateProcessor.h"

#include "app/Services.h"
#include "db/DbErrors.h"
#include "db/Transaction.h"
#include "db/repositories/TgUpdateRepository.h"
#include "tg/BotApiClient.h"
#include "tg/BotTexts.h"

#include <Poco/Logger.h>

namespace p2pdesk::syncd::tg {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.tg.processor");
}

} // namespace

UpdateProcessor::UpdateProcessor(app::Services &services, BotApiClient &client, std::int64_t maxFileBytes)
    : m_services(services)
    , m_client(client)
    , m_maxFileBytes(maxFileBytes)
    , m_bot(services, maxFileBytes)
    , m_lock(services.pool(), kLockKey)
{
}

int UpdateProcessor::runOnce()
{
    if (!m_lock.tryAcquire())
        return 0;
    const auto ids = db::inTransaction(
        m_services.pool(), [](db::Transaction &tx) { return db::TgUpdateRepository::pending(tx.work(), 100); });
    for (const auto id : ids)
        processOne(id);
    return static_cast<int>(ids.size());
}

FetchedFile UpdateProcessor::fetch(const IncomingFile &file)
{
    FetchedFile fetched;
    if (file.size && *file.size > m_maxFileBytes) {
        fetched.tooLarge = true;
        return fetched;
    }
    try {
        const auto info = m_client.getFile(file.fileId);
        if (info.contains("file_size") && info["file_size"].is_number_integer() &&
            info["file_size"].get<std::int64_t>() > m_maxFileBytes) {
            fetched.tooLarge = true;
            return fetched;
        }
        if (!info.contains("file_path") || !info["file_path"].is_string()) {
            fetched.error = "Telegram gave no file path";
            return fetched;
        }
        fetched.bytes =
            m_client.downloadFile(info["file_path"].get<std::string>(), static_cast<std::size_t>(m_maxFileBytes));
    } catch (const BotApiError &e) {
        if (e.kind() == BotApiErrorKind::TooLarge)
            fetched.tooLarge = true;
        else if (e.kind() == BotApiErrorKind::BadRequest && e.description().find("too big") != std::string::npos)
            fetched.tooLarge = true; // the cloud Bot API refuses getFile over 20 MB
        else
            throw;
    }
    return fetched;
}

void UpdateProcessor::processOne(std::int64_t updateId)
{
    std::optional<IncomingUpdate> parsed;
    try {
        // Most updates are handled in the transaction that locks them. One carrying a file lets
        // go of its lock, fetches the file (no transaction waits on Telegram) and locks it again.
        std::optional<FetchedFile> file;
        auto handleLocked = [&](db::Transaction &tx, bool fileReady) -> std::optional<BotOutcome> {
            const auto stored = db::TgUpdateRepository::lockPending(tx.work(), updateId);
            if (!stored)
                return std::nullopt; // processed meanwhile (or by another processor)
            parsed = IncomingUpdate::parse(stored->payload);
            if (!fileReady && parsed->kind == IncomingUpdate::Kind::Message && parsed->file)
                return std::nullopt;
            auto result = m_bot.handle(tx, *parsed, file ? &*file : nullptr);
            db::TgUpdateRepository::markProcessed(tx.work(), updateId, result.skipped);
            return result;
        };
        auto outcome =
            db::inTransaction(m_services.pool(), [&](db::Transaction &tx) { return handleLocked(tx, false); });
        if (!outcome && parsed && parsed->kind == IncomingUpdate::Kind::Message && parsed->file) {
            file = fetch(*parsed->file);
            outcome = db::inTransaction(m_services.pool(), [&](db::Transaction &tx) { return handleLocked(tx, true); });
        }
        if (!outcome)
            return;
        if (parsed->kind == IncomingUpdate::Kind::Callback) {
            // The spinner on the customer's button stops only when answered; late answers fail
            // harmlessly ("query is too old"), so a failure here is logged, not retried.
            try {
                m_client.answerCallbackQuery(parsed->callbackId, outcome->callbackAnswer.value_or(""));
            } catch (const std::exception &e) {
                logger().information("answerCallbackQuery failed: %s", std::string(e.what()));
            }
        }
        if (m_onProcessed)
            m_onProcessed();
    } catch (const db::DbUnavailable &) {
        throw; // the worker pauses and retries the whole batch
    } catch (const std::exception &e) {
        const std::string error = e.what();
        logger().warning("update %s failed: %s", std::to_string(updateId), error);
        const int attempts = db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
            return db::TgUpdateRepository::recordFailedAttempt(tx.work(), updateId, error.substr(0, 500));
        });
        if (attempts >= kMaxAttempts) {
            db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
                db::TgUpdateRepository::markProcessed(tx.work(), updateId, "gave up: " + error.substr(0, 480));
            });
            if (parsed && parsed->kind == IncomingUpdate::Kind::Callback) {
                try {
                    m_client.answerCallbackQuery(parsed->callbackId, "");
                } catch (const std::exception &) {
                }
            }
        }
    }
}

} // namespace p2pdesk::syncd::tg
