#pragma once

#include "core/AdminService.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace p2pdesk::workstation {

class AdminPrompts;
class CannedRepliesPage;
class ChecklistsPage;
class OperatorsPage;
class RatesPage;
class SupportSettingsPage;

// The admin screens (admin role only; syncd refuses the calls to anyone else as well): operators,
// checklists, rates, canned replies and the support settings. Failures show in the status bar in plain words with the
// error code.
class AdminWindow final : public QMainWindow {
    Q_OBJECT

public:
    AdminWindow(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    OperatorsPage *operatorsPage() const { return m_operators; }
    ChecklistsPage *checklistsPage() const { return m_checklists; }
    RatesPage *ratesPage() const { return m_rates; }
    CannedRepliesPage *cannedRepliesPage() const { return m_cannedReplies; }
    SupportSettingsPage *supportPage() const { return m_support; }
    void reload();

private:
    void showMessage(const QString &text);
    void onFailed(AdminService::Action action, const ApiError &error);

    AdminService *m_service;
    QTabWidget *m_tabs;
    OperatorsPage *m_operators;
    ChecklistsPage *m_checklists;
    RatesPage *m_rates;
    CannedRepliesPage *m_cannedReplies;
    SupportSettingsPage *m_support;
    QLabel *m_message;
};

} // namespace p2pdesk::workstation
