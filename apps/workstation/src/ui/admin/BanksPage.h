#pragma once

#include "core/AdminService.h"
#include "ui/admin/BankDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class AdminPrompts;
class BankListModel;

// The banks directory: the banks the desk pays fiat out to (code, name, country, currency,
// active). A customer's payout account may name only an active bank of its order's currency, so
// switching a bank off stops new payouts to it. New and Edit open a dialog that checks as typed;
// Deactivate/Activate asks for a reason. syncd's refusals show in words; another admin's change
// reloads the list.
class BanksPage final : public QWidget {
    Q_OBJECT

public:
    BanksPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    BankListModel *model() const { return m_model; }
    // The open dialog, if any (window-modal, so tests and screenshots can reach it).
    BankDialog *bankDialog() const { return m_dialog; }
    void reload();

signals:
    void message(const QString &text);

private:
    void showSelected();
    void openDialog(bool edit);
    void toggleActive();
    void onFailed(AdminService::Action action, const ApiError &error);
    int selectedRow() const;

    AdminService *m_service;
    AdminPrompts *m_prompts;
    BankListModel *m_model;
    QTableView *m_table;
    QLabel *m_details;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPointer<BankDialog> m_dialog;
    std::int64_t m_selectedId = 0;
};

} // namespace p2pdesk::workstation
