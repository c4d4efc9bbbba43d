#pragma once

#include "core/CustomerService.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace p2pdesk::workstation {

class CustomerNotesModel;
class CustomerOrdersModel;
class CustomerRiskFlagModel;
class CustomerTicketsModel;
class ReasonDialog;
class PayoutAccountModel;

// The customer as the desk knows them, opened from an order card or a ticket: name, @username,
// Telegram id, language, whether Telegram still delivers to them, whether the desk blocked them
// (why, by whom, when) and how far it verified them (the KYC level, its last change and why); their
// orders, risk flags with history, payout accounts (masked only) and tickets, and the notes
// operators left on them. Any operator adds a note (kept for good, with who and when); a senior or
// admin (canBlock) blocks or unblocks them, changes their verification level and reveals a payout
// account in full, each with a reason (audited; requisites shown in this window only); the profile shows
// syncd's answer at once. Double-clicking an order (or a flag on one) asks to open it.
class CustomerProfileDialog final : public QDialog {
    Q_OBJECT

public:
    CustomerProfileDialog(CustomerService *service, qint64 customerId, bool canBlock, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    const std::optional<proto::CustomerProfile> &profile() const { return m_profile; }
    CustomerOrdersModel *orders() const { return m_orders; }
    CustomerRiskFlagModel *riskFlags() const { return m_flags; }
    PayoutAccountModel *payoutAccounts() const { return m_accounts; }
    CustomerTicketsModel *tickets() const { return m_tickets; }
    CustomerNotesModel *notes() const { return m_notes; }
    // The reason dialog of a block or unblock while it is open.
    QDialog *pendingDialog() const { return m_dialog.data(); }
    QString messageText() const;

    void reload();

signals:
    void openOrderRequested(qint64 orderId);
    // orderId: 0 for a general ticket (as SupportInbox::ticketActivated).
    void openTicketRequested(qint64 ticketId, qint64 orderId);

private:
    void showProfile(const proto::CustomerProfile &profile);
    void onFailed(qint64 customerId, CustomerService::Action action, const ApiError &error);
    void askBlock();
    void askKycLevel();
    void askNote();
    void askReveal();
    void showRevealed(const proto::RevealedRequisites &revealed);
    // Opens `dialog` as the one question of the moment; once confirmed, shows busyText and sends
    // the typed text.
    void ask(ReasonDialog *dialog, const QString &busyText, const std::function<void(const QString &)> &send);
    void updateButtons();
    QString displayName() const;

    CustomerService *m_service;
    qint64 m_customerId;
    bool m_canBlock;
    bool m_busy = false;
    std::optional<proto::CustomerProfile> m_profile;
    CustomerOrdersModel *m_orders;
    CustomerRiskFlagModel *m_flags;
    PayoutAccountModel *m_accounts;
    CustomerTicketsModel *m_tickets;
    CustomerNotesModel *m_notes;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_reachability;
    QLabel *m_blocked;
    QLabel *m_kyc;
    QLabel *m_message;
    QPushButton *m_block;
    QPushButton *m_kycLevel;
    QPushButton *m_addNote;
    QPushButton *m_reveal;
    QLabel *m_revealed;
    QPushButton *m_refresh;
    QTabWidget *m_tabs;
    QTableView *m_ordersView;
    QTableView *m_flagsView;
    QTableView *m_accountsView;
    QTableView *m_ticketsView;
    QTableView *m_notesView;
    QPointer<QDialog> m_dialog;
};

} // namespace p2pdesk::workstation
