#pragma once

#include "observability/MetricsRegistry.h"
#include "tg/CustomerNotifier.h"
#include "tg/OpsAlerts.h"
#include "tg/OutboxSender.h"
#include "tg/UpdatePoller.h"
#include "tg/UpdateProcessor.h"
#include "workers/PeriodicWorker.h"

#include <atomic>
#include <memory>
#include <string>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::tg {

class BotApiClient;

// The Telegram bridge of one syncd process: the intake (poller, or nothing here in webhook mode:
// the HTTPS route stores updates), the processor, the notifier and the outbox sender, each on its
// own thread with its own Bot API client (a client is not shared between threads). Built by
// SyncdApp when telegram.mode is not "off"; started after the HTTPS server, stopped before it.
class Bridge final {
public:
    explicit Bridge(app::Services &services);
    ~Bridge();
    Bridge(const Bridge &) = delete;
    Bridge &operator=(const Bridge &) = delete;

    // "polling" | "webhook" | "off"
    static std::string mode(const app::Services &services);

    void start();
    void stop();

    UpdatePoller *poller() { return m_poller.get(); }
    UpdateProcessor &processor() { return *m_processor; }
    CustomerNotifier &notifier() { return *m_notifier; }
    OutboxSender &sender() { return *m_sender; }

private:
    app::Services &m_services;
    std::string m_mode;
    std::unique_ptr<BotApiClient> m_pollClient;
    std::unique_ptr<BotApiClient> m_processClient;
    std::unique_ptr<BotApiClient> m_sendClient;
    std::unique_ptr<UpdatePoller> m_poller;
    std::unique_ptr<UpdateProcessor> m_processor;
    std::unique_ptr<CustomerNotifier> m_notifier;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<workers::PeriodicWorker> m_processorWorker;
    std::unique_ptr<workers::PeriodicWorker> m_notifierWorker;
    std::unique_ptr<workers::PeriodicWorker> m_senderWorker;
    std::shared_ptr<std::atomic<bool>> m_alive = std::make_shared<std::atomic<bool>>(true);

    // Ops chat alerts (telegram.ops_chat_id set); delivered by the outbox sender.
    std::unique_ptr<OpsAlerts> m_opsAlerts;
    std::unique_ptr<workers::PeriodicWorker> m_opsWorker;

    // /metrics: the bridge's workers and the poller's lag. Declared last: removed first.
    observability::Registry::Registration m_metrics;
};

} // namespace p2pdesk::syncd::tg
