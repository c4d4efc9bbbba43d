#include "ui/admin/AdminWindow.h"

#include "core/OversightService.h"
#include "models/DisplayText.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/BanksPage.h"
#include "ui/admin/CannedRepliesPage.h"
#include "ui/admin/ChecklistsPage.h"
#include "ui/admin/DeskSettingsPage.h"
#include "ui/admin/FeatureFlagsPage.h"
#include "ui/admin/LimitsPage.h"
#include "ui/admin/OperatorsPage.h"
#include "ui/admin/RatesPage.h"
#include "ui/admin/ReservesPage.h"
#include "ui/admin/SupportSettingsPage.h"
#include "ui/admin/WalletsPage.h"

#include "p2pdesk/proto/Changes.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

namespace p2pdesk::workstation {

AdminWindow::AdminWindow(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_operators(new OperatorsPage(service, prompts, m_tabs))
    , m_checklists(new ChecklistsPage(service, prompts, m_tabs))
    , m_rates(new RatesPage(service, prompts, m_tabs))
    , m_limits(new LimitsPage(service, m_tabs))
    , m_cannedReplies(new CannedRepliesPage(service, prompts, m_tabs))
    , m_support(new SupportSettingsPage(service, prompts, m_tabs))
    , m_wallets(new WalletsPage(service, prompts, m_tabs))
    , m_banks(new BanksPage(service, prompts, m_tabs))
    , m_reserves(new ReservesPage(service, prompts, m_tabs))
    , m_deskSettings(new DeskSettingsPage(service, prompts, m_tabs))
    , m_oversight(new OversightService(service->api(), this))
    , m_flags(new FeatureFlagsPage(m_oversight, prompts, m_tabs))
    , m_audit(new AuditLogPage(m_oversight, m_tabs))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("adminWindow"));
    setWindowTitle(tr("p2pdesk — administration"));
    m_tabs->setObjectName(QStringLiteral("adminTabWidget"));
    m_tabs->addTab(m_operators, tr("&Operators"));
    m_tabs->addTab(m_checklists, tr("&Checklists"));
    m_tabs->addTab(m_rates, tr("R&ates"));
    m_tabs->addTab(m_limits, tr("&Limits"));
    m_tabs->addTab(m_cannedReplies, tr("Canned &replies"));
    m_tabs->addTab(m_support, tr("S&upport"));
    m_tabs->addTab(m_wallets, tr("&Wallets"));
    m_tabs->addTab(m_banks, tr("&Banks"));
    m_tabs->addTab(m_reserves, tr("Reser&ves"));
    m_tabs->addTab(m_deskSettings, tr("Se&ttings"));
    m_tabs->addTab(m_flags, tr("&Feature flags"));
    m_tabs->addTab(m_audit, tr("Au&dit log"));
    setCentralWidget(m_tabs);
    m_message->setObjectName(QStringLiteral("adminMessageLabel"));
    statusBar()->addWidget(m_message, 1);

    // Ctrl+1…9 for the first nine tabs; past Key_9 the key codes are punctuation (Ctrl+: …), which
    // nobody would guess, so the later tabs have their mnemonics only.
    for (int i = 0; i < std::min(m_tabs->count(), 9); ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
    }
    auto *refresh = new QAction(tr("Reload"), this);
    refresh->setObjectName(QStringLiteral("reloadAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &AdminWindow::reload);
    addAction(refresh);

    connect(m_operators, &OperatorsPage::message, this, &AdminWindow::showMessage);
    connect(m_checklists, &ChecklistsPage::message, this, &AdminWindow::showMessage);
    connect(m_rates, &RatesPage::message, this, &AdminWindow::showMessage);
    connect(m_limits, &LimitsPage::message, this, &AdminWindow::showMessage);
    connect(m_cannedReplies, &CannedRepliesPage::message, this, &AdminWindow::showMessage);
    connect(m_support, &SupportSettingsPage::message, this, &AdminWindow::showMessage);
    connect(m_wallets, &WalletsPage::message, this, &AdminWindow::showMessage);
    connect(m_banks, &BanksPage::message, this, &AdminWindow::showMessage);
    connect(m_reserves, &ReservesPage::message, this, &AdminWindow::showMessage);
    connect(m_deskSettings, &DeskSettingsPage::message, this, &AdminWindow::showMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdminWindow::reloadStalePage);
    connect(m_flags, &FeatureFlagsPage::message, this, &AdminWindow::showMessage);
    connect(m_audit, &AuditLogPage::message, this, &AdminWindow::showMessage);
    connect(m_service, &AdminService::failed, this, &AdminWindow::onFailed);
    resize(1000, 640);
}

void AdminWindow::reload()
{
    m_operators->reload();
    m_checklists->reload();
    m_rates->reload();
    m_limits->reload();
    m_cannedReplies->reload();
    m_support->reload();
    m_flags->reload();
    m_audit->reload();
    m_wallets->reload();
    m_banks->reload();
    m_reserves->reload();
    m_deskSettings->reload();
    m_stale.clear();
}

void AdminWindow::onChangeEvent(const QString &kind)
{
    const std::string k = kind.toStdString();
    if (k == proto::change_kind::kWalletUpdated)
        m_stale.insert(m_wallets);
    else if (k == proto::change_kind::kBankUpdated)
        m_stale.insert(m_banks);
    else if (k == proto::change_kind::kReserveUpdated)
        m_stale.insert(m_reserves);
    else if (k == proto::change_kind::kLimitsUpdated)
        m_stale.insert(m_limits);
    else if (k == proto::change_kind::kSettingsUpdated)
        m_stale += QSet<QWidget *>{m_deskSettings, m_support, m_rates}; // the stale age is a setting
    else if (k == proto::change_kind::kRateUpdated)
        m_stale.insert(m_rates); // another admin, or the reference feed (a held jump shows at once)
    else
        return;
    // After the rest of the feed's batch: a burst of events is one reload.
    QTimer::singleShot(0, this, &AdminWindow::reloadStalePage);
}

void AdminWindow::reloadStalePage()
{
    QWidget *page = m_tabs->currentWidget();
    // What the orders owe of a reserve moves with every order, which this window does not follow:
    // the page is read afresh whenever it is shown.
    if (page == m_reserves && sender() == m_tabs)
        m_stale.insert(m_reserves);
    if (!m_stale.remove(page))
        return;
    if (page == m_rates)
        m_rates->reload();
    else if (page == m_wallets)
        m_wallets->reload();
    else if (page == m_banks)
        m_banks->reload();
    else if (page == m_reserves)
        m_reserves->reload();
    else if (page == m_limits)
        m_limits->reload();
    else if (page == m_deskSettings)
        m_deskSettings->reload();
    else if (page == m_support)
        m_support->reload();
}

void AdminWindow::showMessage(const QString &text)
{
    m_message->setText(text);
}

void AdminWindow::onFailed(AdminService::Action action, const ApiError &error)
{
    QString what;
    switch (action) {
    case AdminService::Action::LoadOperators:
    case AdminService::Action::LoadRates:
    case AdminService::Action::LoadRateHistory:
    case AdminService::Action::LoadChecklists:
    case AdminService::Action::LoadCannedReplies:
    case AdminService::Action::LoadSettings:
    case AdminService::Action::LoadLimits:
    case AdminService::Action::LoadWallets:
        what = tr("Loading failed");
        break;
    case AdminService::Action::LoadBanks:
    case AdminService::Action::CreateBank:
    case AdminService::Action::UpdateBank:
        return; // the Banks page words these itself
    case AdminService::Action::LoadReserves:
    case AdminService::Action::SaveReserve:
        return; // so does the Reserves page
    default:
        what = tr("The change was not made");
        break;
    }
    showMessage(tr("%1: %2").arg(what, DisplayText::error(error)));
}

} // namespace p2pdesk::workstation
