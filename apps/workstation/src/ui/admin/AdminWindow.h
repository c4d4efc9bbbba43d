#pragma once

#include "core/AdminService.h"

#include <QMainWindow>
#include <QSet>

class QLabel;
class QTabWidget;

namespace p2pdesk::workstation {

class AdminPrompts;
class AuditLogPage;
class BanksPage;
class ReservesPage;
class CannedRepliesPage;
class ChecklistsPage;
class DeskSettingsPage;
class FeatureFlagsPage;
class LimitsPage;
class OversightService;
class OperatorsPage;
class RatesPage;
class SupportSettingsPage;
class WalletsPage;

// The admin screens (admin role only; syncd refuses the calls to anyone else as well): operators,
// checklists, rates, risk limits, canned replies, the support settings, deposit wallets, the banks
// directory and the desk settings. Failures show in the status bar in plain words with the error
// code. A page whose data another admin changed (its change-feed event) reloads: at once when it
// is the visible tab, when it is next shown otherwise.
class AdminWindow final : public QMainWindow {
    Q_OBJECT

public:
    AdminWindow(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    OperatorsPage *operatorsPage() const { return m_operators; }
    ChecklistsPage *checklistsPage() const { return m_checklists; }
    RatesPage *ratesPage() const { return m_rates; }
    LimitsPage *limitsPage() const { return m_limits; }
    CannedRepliesPage *cannedRepliesPage() const { return m_cannedReplies; }
    SupportSettingsPage *supportPage() const { return m_support; }
    WalletsPage *walletsPage() const { return m_wallets; }
    BanksPage *banksPage() const { return m_banks; }
    ReservesPage *reservesPage() const { return m_reserves; }
    DeskSettingsPage *deskSettingsPage() const { return m_deskSettings; }
    FeatureFlagsPage *featureFlagsPage() const { return m_flags; }
    AuditLogPage *auditLogPage() const { return m_audit; }
    void reload();
    // A change-feed event naming no order (proto::change_kind): wallet.updated, bank.updated,
    // limits.updated and settings.updated mark their pages for a reload.
    void onChangeEvent(const QString &kind);

private:
    void showMessage(const QString &text);
    void onFailed(AdminService::Action action, const ApiError &error);
    void reloadStalePage();

    AdminService *m_service;
    QTabWidget *m_tabs;
    OperatorsPage *m_operators;
    ChecklistsPage *m_checklists;
    RatesPage *m_rates;
    LimitsPage *m_limits;
    CannedRepliesPage *m_cannedReplies;
    SupportSettingsPage *m_support;
    WalletsPage *m_wallets;
    BanksPage *m_banks;
    ReservesPage *m_reserves;
    DeskSettingsPage *m_deskSettings;
    OversightService *m_oversight;
    FeatureFlagsPage *m_flags;
    AuditLogPage *m_audit;
    QLabel *m_message;
    QSet<QWidget *> m_stale;
};

} // namespace p2pdesk::workstation
