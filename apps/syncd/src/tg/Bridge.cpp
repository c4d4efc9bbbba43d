#include "tg/Bridge.h"

#include "app/Services.h"
#include "observability/WorkerMetrics.h"
#include "tg/BotApiClient.h"

#include <Poco/Logger.h>

namespace p2pdesk::syncd::tg {

std::string Bridge::mode(const app::Services &services)
{
    return services.config().string("telegram.mode");
}

Bridge::Bridge(app::Services &services)
    : m_services(services)
    , m_mode(mode(services))
{
    const auto &config = services.config();
    const auto settings = BotApiSettings::fromConfig(config);
    const auto maxFileBytes = config.integer("telegram.max_file_bytes");
    m_processClient = std::make_unique<BotApiClient>(settings);
    m_sendClient = std::make_unique<BotApiClient>(settings);
    m_processor = std::make_unique<UpdateProcessor>(services, *m_processClient, maxFileBytes);
    m_notifier = std::make_unique<CustomerNotifier>(services);
    m_sender = std::make_unique<OutboxSender>(services.pool(), *m_sendClient, &std::chrono::system_clock::now,
                                              SenderLimits::fromConfig(config));
    if (m_mode == "polling") {
        m_pollClient = std::make_unique<BotApiClient>(settings);
        UpdatePoller::Options options;
        options.timeoutSeconds = static_cast<int>(config.integer("telegram.poll_timeout_s"));
        m_poller = std::make_unique<UpdatePoller>(services.pool(), services.telegramInbox(), *m_pollClient, options);
    }
    const auto interval = std::chrono::milliseconds(config.integer("telegram.worker_interval_ms"));
    m_processorWorker =
        std::make_unique<workers::PeriodicWorker>("tg_processor", interval, [this] { m_processor->runOnce(); });
    m_notifierWorker = std::make_unique<workers::PeriodicWorker>("tg_notifier", interval, [this] {
        if (m_notifier->runOnce() > 0)
            m_senderWorker->wake();
    });
    // The sender runs as long as it delivers: a round ends when Telegram's per-second budget is
    // spent, and the next one should not wait a whole interval.
    m_senderWorker = std::make_unique<workers::PeriodicWorker>("tg_outbox", interval, [this] {
        if (m_sender->runOnce() > 0)
            m_senderWorker->wake();
    });

    // Latency: a stored update wakes the processor at once, whose replies wake the sender; an order
    // event made safe by the change listener wakes the notifier. The interval is only the fallback
    // (e.g. an update stored by another instance's webhook).
    services.telegramInbox().setOnStored([this] { m_processorWorker->wake(); });
    m_processor->setOnProcessed([this] { m_senderWorker->wake(); });
    // The listener has no unsubscribe: the observer outlives the bridge only as a no-op.
    services.changeListener().subscribe([this, alive = m_alive](const std::set<std::string> &kinds) {
        if (!alive->load())
            return;
        for (const auto &kind : kinds) {
            if (kind == "*" || kind.rfind("order.", 0) == 0) {
                m_notifierWorker->wake();
                break;
            }
        }
    });

    // --- ops chat alerts ---
    const auto ops = OpsAlertSettings::fromConfig(config);
    if (ops.chatId != 0) {
        m_opsAlerts = std::make_unique<OpsAlerts>(services.pool(), ops);
        m_opsWorker = std::make_unique<workers::PeriodicWorker>(
            "tg_ops_alerts", std::chrono::seconds(config.integer("telegram.ops_interval_s")), [this] {
                if (m_opsAlerts->runOnce() > 0)
                    m_senderWorker->wake();
            });
    }

    // The poller's lag is what an admin alerts on when customers' messages stop arriving: it grows
    // whatever the cause (token refused, a webhook set elsewhere, network, database).
    m_metrics = services.metrics().addCollector([this](observability::Exposition &out) {
        std::vector<workers::PeriodicWorker::Health> health;
        for (const auto *worker :
             {m_processorWorker.get(), m_notifierWorker.get(), m_senderWorker.get(), m_opsWorker.get()}) {
            if (worker != nullptr)
                health.push_back(worker->health());
        }
        if (m_poller) {
            health.push_back(m_poller->health());
            out.gauge("p2pdesk_telegram_poll_lag_seconds",
                      "Seconds since this instance's poller last completed a turn: getUpdates answered and its "
                      "batch stored, or another instance found polling.",
                      {}, static_cast<double>(m_poller->lag().count()));
            out.gauge("p2pdesk_telegram_poller_leader", "1 when this instance is the one polling Telegram.", {},
                      m_poller->isLeader() ? 1.0 : 0.0);
        }
        observability::addWorkerHealth(out, health);
    });
}

Bridge::~Bridge()
{
    m_metrics = {};
    m_alive->store(false);
    stop();
    m_services.telegramInbox().setOnStored({});
}

void Bridge::start()
{
    auto &log = Poco::Logger::get("syncd.tg");
    log.notice("Telegram bridge: " + m_mode + " via " + m_processClient->baseUrl());
    const auto &config = m_services.config();
    if (m_mode == "webhook" && !config.string("telegram.webhook_url").empty()) {
        // Telegram then delivers to POST /api/v1/telegram/webhook with our secret. A failure is
        // reported, not fatal: the desk still answers what arrives and the admin can retry.
        try {
            m_processClient->setWebhook(config.string("telegram.webhook_url"),
                                        config.secret("telegram.webhook_secret_file"),
                                        {"message", "edited_message", "callback_query", "my_chat_member"});
        } catch (const std::exception &e) {
            log.error("setWebhook failed: %s", std::string(e.what()));
        }
    }
    m_processorWorker->start();
    m_notifierWorker->start();
    m_senderWorker->start();
    if (m_poller)
        m_poller->start();
    if (m_opsWorker)
        m_opsWorker->start();
}

void Bridge::stop()
{
    if (m_opsWorker)
        m_opsWorker->stop();
    if (m_poller)
        m_poller->stop();
    m_processorWorker->stop();
    m_notifierWorker->stop();
    m_senderWorker->stop();
}

} // namespace p2pdesk::syncd::tg
