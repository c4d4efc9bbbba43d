#include "tg/OpsAlerts.h"

#include "config/Config.h"
#include "db/repositories/OpsAlertRepository.h"
#include "db/repositories/OrderRepository.h"
#include "db/repositories/OutboxRepository.h"
#include "db/repositories/RateRepository.h"
#include "db/repositories/SettingsRepository.h"
#include "service/OrderPolicies.h"
#include "tg/Html.h"

#include <Poco/Logger.h>
#include <pqxx/transaction>

#include <chrono>

namespace p2pdesk::syncd::tg {

namespace {

constexpr int kScanLimit = 200;

std::string trim(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string since(const proto::Timestamp &at)
{
    return std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(at.time_since_epoch()).count());
}

} // namespace

std::map<std::string, domain::Decimal> OpsAlertSettings::parseThresholds(const std::string &text)
{
    std::map<std::string, domain::Decimal> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const auto comma = text.find(',', pos);
        const auto item = trim(text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        if (!item.empty()) {
            const auto colon = item.find(':');
            const auto fiat = colon == std::string::npos ? std::string() : trim(item.substr(0, colon));
            auto amount = colon == std::string::npos ? domain::Decimal::parse("x")
                                                     : domain::Decimal::parse(trim(item.substr(colon + 1)));
            if (fiat.size() != 3 || !amount.ok())
                throw config::ConfigError("ops.large_payout_alert: \"" + item + "\" is not FIAT:amount");
            out.insert_or_assign(fiat, std::move(amount).value());
        }
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return out;
}

OpsAlertSettings OpsAlertSettings::fromConfig(const config::Config &config)
{
    OpsAlertSettings s;
    s.chatId = config.integer("telegram.ops_chat_id");
    s.unassignedMinutes = static_cast<int>(config.integer("ops.unassigned_alert_minutes"));
    s.perMinute = static_cast<int>(config.integer("telegram.ops_alerts_per_minute"));
    s.largePayout = parseThresholds(config.string("ops.large_payout_alert"));
    return s;
}

OpsAlerts::OpsAlerts(db::ConnectionPool &pool, OpsAlertSettings settings, WorkerHealth workers)
    : m_pool(pool)
    , m_settings(std::move(settings))
    , m_workers(std::move(workers))
    , m_lock(pool, kLockKey)
{
}

int OpsAlerts::runOnce()
{
    if (m_settings.chatId == 0 || !m_lock.tryAcquire())
        return 0;
    try {
        pqxx::work work(m_lock.connection());
        // The admin's switch (settings ops_alerts_enabled): off, nothing is enqueued. Causes are read
        // from the orders each round, so those still standing are alerted once it is on again.
        if (!db::SettingsRepository::load(work).opsAlertsEnabled)
            return 0;
        auto budget = m_settings.perMinute - db::OpsAlertRepository::opsMessagesSince(work, 60);
        int enqueued = 0;
        // True when the alert was new (not sent before); false also when the budget is spent.
        auto alert = [&](const std::string &key, const std::string &html, std::optional<std::int64_t> orderId) {
            if (budget <= 0)
                return false;
            db::OutboxMessage message;
            message.channel = db::OutboxChannel::TelegramOps;
            message.recipient = std::to_string(m_settings.chatId);
            message.orderId = orderId;
            message.dedupeKey = key;
            message.payload = {{"method", "sendMessage"},
                               {"params",
                                {{"chat_id", m_settings.chatId},
                                 {"text", html},
                                 {"parse_mode", "HTML"},
                                 {"link_preview_options", {{"is_disabled", true}}}}}};
            if (!db::OutboxRepository::enqueue(work, message))
                return false;
            --budget;
            ++enqueued;
            return true;
        };
        auto code = [](const db::OrderRow &o) { return "<code>" + escapeHtml(o.code) + "</code>"; };
        auto amount = [](const db::OrderRow &o) {
            return escapeHtml(o.amountFiat.toString()) + " " + escapeHtml(o.fiatCurrency);
        };

        for (const auto id : db::OpsAlertRepository::ordersInStatus(work, "DISPUTE", kScanLimit)) {
            const auto o = db::OrderRepository::find(work, id);
            if (o)
                alert("ops:dispute:" + std::to_string(id) + ":" + since(o->statusEnteredAt),
                      "⚠️ <b>Dispute</b> opened on order " + code(*o) + " (" + amount(*o) + ")", id);
        }
        const auto policies = service::OrderPolicies::load(work);
        for (const auto *status : {"PAYMENT_VERIFIED", "PROCESSING_PAYOUT"}) {
            for (const auto id : db::OpsAlertRepository::ordersInStatus(work, status, kScanLimit)) {
                const auto o = db::OrderRepository::find(work, id);
                if (!o)
                    continue;
                const auto entered = since(o->statusEnteredAt);
                if (o->status == domain::OrderStatus::PaymentVerified &&
                    policies.approvals.needsApproval(o->fiatCurrency, o->amountFiat) &&
                    !service::payoutApprovalValid(work, policies, *o))
                    alert("ops:approval:" + std::to_string(id) + ":" + entered,
                          "✅ Payout of order " + code(*o) + " (" + amount(*o) + ") waits for a senior's approval", id);
                const auto threshold = m_settings.largePayout.find(o->fiatCurrency);
                if (threshold != m_settings.largePayout.end() && !(o->amountFiat < threshold->second))
                    alert("ops:large:" + std::to_string(id),
                          "💰 <b>Large payout</b> on order " + code(*o) + ": " + amount(*o) + " (threshold " +
                              escapeHtml(threshold->second.toString()) + ")",
                          id);
            }
        }
        for (const auto id :
             db::OpsAlertRepository::unassignedNewOrders(work, m_settings.unassignedMinutes, kScanLimit)) {
            const auto o = db::OrderRepository::find(work, id);
            if (o)
                alert("ops:unassigned:" + std::to_string(id),
                      "⏰ Order " + code(*o) + " (" + amount(*o) + ") has waited more than " +
                          std::to_string(m_settings.unassignedMinutes) + " min for an operator",
                      id);
        }
        // A reference feed value held for a jump: the base ages towards stale until a senior looks.
        for (const auto &rate : db::RateRepository::list(work)) {
            if (!rate.active || !rate.feedPendingRate)
                continue;
            const std::string pair = rate.asset + " " + rate.network + " → " + rate.fiatCurrency + ", customer " +
                                     (rate.direction == domain::Direction::Sell ? "sells" : "buys");
            alert("ops:feed_jump:" + std::to_string(rate.id) + ":" + rate.feedPendingRate->toString(),
                  "📈 <b>Rate feed jump held</b> for " + escapeHtml(pair) + ": the feed says " +
                      escapeHtml(rate.feedPendingRate->toString()) + ", the base is " +
                      escapeHtml(rate.baseRate ? rate.baseRate->toString() : std::string("none")) +
                      ". A senior confirms it in Administration → Rates; until then the base ages towards stale.",
                  std::nullopt);
        }
        if (m_workers) {
            for (const auto &w : m_workers()) {
                if (w.consecutiveFailures < m_settings.workerFailures || !w.failingSince)
                    continue;
                const auto start =
                    std::chrono::duration_cast<std::chrono::seconds>(w.failingSince->time_since_epoch()).count();
                alert("ops:worker:" + w.name + ":" + std::to_string(start),
                      "🛠 Worker <b>" + escapeHtml(w.name) + "</b> failed " + std::to_string(w.consecutiveFailures) +
                          " times in a row: <code>" + escapeHtml(w.lastError.substr(0, 300)) + "</code>",
                      std::nullopt);
            }
        }
        work.commit();
        if (enqueued > 0)
            Poco::Logger::get("syncd.tg.ops").information("%d ops alert(s) enqueued", enqueued);
        return enqueued;
    } catch (...) {
        m_lock.reset();
        throw;
    }
}

} // namespace p2pdesk::syncd::tg
