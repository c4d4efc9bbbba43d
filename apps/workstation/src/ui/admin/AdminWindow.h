#pragma once

#include "core/AdminService.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace p2pdesk::workstation {

class AdminPrompts;
class ChecklistsPage;
class OperatorsPage;
class RatesPage;

// The admin screens (admin role only; syncd refuses the calls to anyone else as well): operators,
// checklists, rates. Failures show in the status bar in plain words with the error code.
class AdminWindow final : public QMainWindow {
    Q_OBJECT

public:
    AdminWindow(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    OperatorsPage *operatorsPage() const { return m_operators; }
    ChecklistsPage *checklistsPage() const { return m_checklists; }
    RatesPage *ratesPage() const { return m_rates; }
    void reload();

private:
    void showMessage(const QString &text);
    void onFailed(AdminService::Action action, const ApiError &error);

    AdminService *m_service;
    QTabWidget *m_tabs;
    OperatorsPage *m_operators;
    ChecklistsPage *m_checklists;
    RatesPage *m_rates;
    QLabel *m_message;
};

} // namespace p2pdesk::workstation
