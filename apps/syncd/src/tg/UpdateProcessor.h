#pragma once

#include "tg/CustomerBot.h"
#include "workers/AdvisoryLock.h"

#include <cstdint>
#include <functional>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::tg {

class BotApiClient;

// Processes stored updates (tg_updates) exactly once each, oldest first, one transaction per
// update: the update row is locked, handled by CustomerBot and marked processed in that same
// transaction, so a crash anywhere either left it pending (it is handled again, from scratch) or
// committed everything. Files the update carries are downloaded first, outside any transaction.
// A failing update is retried a few times and then recorded with its error and skipped, so it
// never blocks those after it. One processor per database (advisory lock), so a customer's
// updates are handled in the order they were sent.
class UpdateProcessor final {
public:
    static constexpr long long kLockKey = 0x7032706474677570; // "p2pdtgup"
    static constexpr int kMaxAttempts = 5;

    UpdateProcessor(app::Services &services, BotApiClient &client, std::int64_t maxFileBytes);

    // Returns the number of updates processed (including skipped ones).
    int runOnce();
    // Called after each committed update (the bridge wakes the outbox sender).
    void setOnProcessed(std::function<void()> callback) { m_onProcessed = std::move(callback); }

private:
    void processOne(std::int64_t updateId);
    FetchedFile fetch(const IncomingFile &file);

    app::Services &m_services;
    BotApiClient &m_client;
    std::int64_t m_maxFileBytes;
    CustomerBot m_bot;
    workers::AdvisoryLock m_lock;
    std::function<void()> m_onProcessed;
};

} // namespace p2pdesk::syncd::tg
