#include "app/Services.h"

#include "service/ProofImageLimits.h"

namespace p2pdesk::syncd::app {

Services::Services(config::Config config)
    : m_config(std::move(config))
    , m_metrics(std::make_unique<observability::Registry>())
    , m_requestMetrics(std::make_unique<observability::RequestMetrics>(*m_metrics))
    , m_pool(std::make_unique<db::ConnectionPool>(m_config.dbConninfo(),
                                                  static_cast<std::size_t>(m_config.integer("db.pool_size")),
                                                  std::chrono::milliseconds(m_config.integer("db.acquire_timeout_ms"))))
    , m_notifier(std::make_unique<feed::ChangeNotifier>(*m_pool))
    , m_changeFeed(std::make_unique<feed::ChangeFeed>(*m_notifier))
    , m_startedAt(std::chrono::system_clock::now())
    , m_auth(std::make_unique<service::AuthService>(m_config, *m_pool))
    , m_operatorAdmin(std::make_unique<service::OperatorAdminService>(*m_auth, *m_changeFeed))
    , m_orders(std::make_unique<service::OrderServices>(m_config, *m_changeFeed))
    , m_changeListener(std::make_unique<feed::ChangeListener>(*m_pool))
    , m_contentStore(std::make_unique<storage::ContentStore>(m_config.path("data_dir") / "content"))
    , m_rates(std::make_unique<service::RateService>(*m_changeFeed, *m_changeListener))
    , m_wallets(std::make_unique<service::WalletService>(*m_changeFeed))
    , m_banks(std::make_unique<service::BankService>(*m_changeFeed))
    , m_reserves(std::make_unique<service::ReserveService>(*m_changeFeed))
    , m_ratesExport(std::make_unique<service::RatesExportService>(
          *m_rates, std::chrono::milliseconds(m_config.integer("rates.export.cache_ms"))))
    , m_settings(std::make_unique<service::SettingsService>(*m_changeFeed))
    , m_checklistAdmin(std::make_unique<service::ChecklistAdminService>(*m_changeFeed))
    , m_proofs(std::make_unique<service::ProofService>(*m_changeFeed, *m_contentStore, m_orders->transitions(),
                                                       service::proofImageLimits(m_config)))
    , m_annotations(std::make_unique<service::AnnotationService>(*m_changeFeed))
    , m_telegramInbox(std::make_unique<service::TelegramInbox>(*m_pool))
    , m_cannedReplies(std::make_unique<service::CannedReplyService>(*m_changeFeed))
    , m_tickets(std::make_unique<service::TicketService>(*m_changeFeed, *m_contentStore, *m_cannedReplies))
    , m_customers(std::make_unique<service::CustomerService>(*m_changeFeed, *m_orders, *m_tickets))
    , m_featureFlags(std::make_unique<service::FeatureFlagService>(*m_changeFeed))
    , m_auditLog(std::make_unique<service::AuditLogService>(*m_pool))
    , m_chainHints(std::make_unique<service::ChainHintService>(m_orders->vault()))
    , m_screenings(std::make_unique<service::AddressScreeningService>(*m_chainHints, m_orders->review(), *m_changeFeed))
{
}

Services::~Services() = default;

} // namespace p2pdesk::syncd::app
