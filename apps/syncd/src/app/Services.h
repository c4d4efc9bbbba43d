#pragma once

#include "config/Config.h"
#include "db/ConnectionPool.h"
#include "feed/ChangeFeed.h"
#include "feed/ChangeListener.h"
#include "feed/ChangeNotifier.h"
#include "observability/MetricsRegistry.h"
#include "observability/RequestMetrics.h"
#include "service/AddressScreeningService.h"
#include "service/AnnotationService.h"
#include "service/AuditLogService.h"
#include "service/AuthService.h"
#include "service/BankService.h"
#include "service/CannedReplyService.h"
#include "service/ChainHintService.h"
#include "service/ChecklistAdminService.h"
#include "service/CustomerService.h"
#include "service/FeatureFlagService.h"
#include "service/OperatorAdminService.h"
#include "service/OrderServices.h"
#include "service/ProofService.h"
#include "service/RateService.h"
#include "service/RatesExportService.h"
#include "service/ReserveService.h"
#include "service/SettingsService.h"
#include "service/TelegramInbox.h"
#include "service/TicketService.h"
#include "service/WalletService.h"
#include "storage/ContentStore.h"

#include <chrono>
#include <memory>

namespace p2pdesk::syncd::app {

// The object graph shared by handlers and workers: built once per process (or per test server)
// and passed by reference — no singletons. A feature adds its service as one member + accessor,
// constructed in Services.cpp from the pieces already here.
class Services final {
public:
    explicit Services(config::Config config);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    const config::Config &config() const { return m_config; }
    db::ConnectionPool &pool() { return *m_pool; }
    feed::ChangeNotifier &changeNotifier() { return *m_notifier; }
    feed::ChangeFeed &changeFeed() { return *m_changeFeed; }
    std::chrono::system_clock::time_point startedAt() const { return m_startedAt; }
    // What GET /metrics serves: the request figures recorded by the HTTP front-end, and the
    // collectors the composition root and the bridge add (observability/).
    observability::Registry &metrics() { return *m_metrics; }
    observability::RequestMetrics &requestMetrics() { return *m_requestMetrics; }
    service::AuthService &auth() { return *m_auth; }
    service::OperatorAdminService &operatorAdmin() { return *m_operatorAdmin; }
    // The order lifecycle (create, queries, transitions, approvals, checklists, risk flags).
    service::OrderServices &orders() { return *m_orders; }
    // Reference data, proofs and the change feed's receiving side.
    feed::ChangeListener &changeListener() { return *m_changeListener; }
    storage::ContentStore &contentStore() { return *m_contentStore; }
    service::RateService &rates() { return *m_rates; }
    service::WalletService &wallets() { return *m_wallets; }
    // The banks directory payout accounts name their bank from.
    service::BankService &banks() { return *m_banks; }
    // What the desk holds of each currency it pays out, and the public export built on it.
    service::ReserveService &reserves() { return *m_reserves; }
    service::RatesExportService &ratesExport() { return *m_ratesExport; }
    service::SettingsService &settings() { return *m_settings; }
    service::ChecklistAdminService &checklistAdmin() { return *m_checklistAdmin; }
    service::ProofService &proofs() { return *m_proofs; }
    service::AnnotationService &annotations() { return *m_annotations; }
    // Where Telegram updates are stored, by the bridge's poller or the webhook route.
    service::TelegramInbox &telegramInbox() { return *m_telegramInbox; }
    // Support tickets (the bridge records customer messages, the API answers them).
    service::CannedReplyService &cannedReplies() { return *m_cannedReplies; }
    service::TicketService &tickets() { return *m_tickets; }
    // Customer profiles and blocking.
    service::CustomerService &customers() { return *m_customers; }
    // Feature flags (admin) and the audit log screen (admin).
    service::FeatureFlagService &featureFlags() { return *m_featureFlags; }
    service::AuditLogService &auditLog() { return *m_auditLog; }
    // On-chain hints beside txid proofs; the process gives it the configured explorers.
    service::ChainHintService &chainHints() { return *m_chainHints; }
    // AML scores of deposit senders; the process gives it the configured screening provider.
    service::AddressScreeningService &screenings() { return *m_screenings; }

private:
    config::Config m_config;
    std::unique_ptr<observability::Registry> m_metrics;
    std::unique_ptr<observability::RequestMetrics> m_requestMetrics;
    std::unique_ptr<db::ConnectionPool> m_pool;
    std::unique_ptr<feed::ChangeNotifier> m_notifier;
    std::unique_ptr<feed::ChangeFeed> m_changeFeed;
    std::chrono::system_clock::time_point m_startedAt;
    std::unique_ptr<service::AuthService> m_auth;
    std::unique_ptr<service::OperatorAdminService> m_operatorAdmin;
    std::unique_ptr<service::OrderServices> m_orders;
    std::unique_ptr<feed::ChangeListener> m_changeListener;
    std::unique_ptr<storage::ContentStore> m_contentStore;
    std::unique_ptr<service::RateService> m_rates;
    std::unique_ptr<service::WalletService> m_wallets;
    std::unique_ptr<service::BankService> m_banks;
    std::unique_ptr<service::ReserveService> m_reserves;
    std::unique_ptr<service::RatesExportService> m_ratesExport;
    std::unique_ptr<service::SettingsService> m_settings;
    std::unique_ptr<service::ChecklistAdminService> m_checklistAdmin;
    std::unique_ptr<service::ProofService> m_proofs;
    std::unique_ptr<service::AnnotationService> m_annotations;
    std::unique_ptr<service::TelegramInbox> m_telegramInbox;
    std::unique_ptr<service::CannedReplyService> m_cannedReplies;
    std::unique_ptr<service::TicketService> m_tickets;
    std::unique_ptr<service::CustomerService> m_customers;
    std::unique_ptr<service::FeatureFlagService> m_featureFlags;
    std::unique_ptr<service::AuditLogService> m_auditLog;
    std::unique_ptr<service::ChainHintService> m_chainHints;
    std::unique_ptr<service::AddressScreeningService> m_screenings;
};

} // namespace p2pdesk::syncd::app
