#pragma once

#include "core/OrderActions.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace p2pdesk::workstation {

class ChecklistModel;
class OrderQueueModel;
class OrderTimelineModel;
class RiskFlagModel;

// One order: summary, customer history, risk flags, timeline, approvals, proofs, checklists and
// the actions libs/domain allows this operator now. It never talks to the network: it asks
// OrderActions and shows what it reports. Every action has a shortcut (see actionShortcut) and
// everything is reachable from the keyboard.
class OrderCardWidget final : public QWidget {
    Q_OBJECT

public:
    explicit OrderCardWidget(OrderActions *actions, QWidget *parent = nullptr);

    OrderActions *orderActions() const { return m_actions; }
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    QAction *action(OrderAction action) const { return m_actionFor[static_cast<std::size_t>(action)]; }
    QAction *nextStepAction() const { return m_next; }
    QAction *refreshAction() const { return m_refresh; }
    // The dialog an action opened and that still waits for the operator (reason, rate, reference).
    QDialog *pendingDialog() const { return m_dialog.data(); }
    QString errorText() const;

    static QKeySequence actionShortcut(OrderAction action);

    void trigger(OrderAction action);

signals:
    // The proofs list's "Open": the proof viewer shows it.
    void openProofRequested(qint64 orderId, qint64 proofId);

private:
    void buildActions();
    QWidget *buildSummary();
    QWidget *buildChecklists();
    QTabWidget *buildTabs();
    void onOrderChanged();
    void onCustomerHistoryChanged();
    void updateActions();
    void showError(const QString &text);
    void clearError();
    void askTakeRate(bool reasonRequired, const QString &rateText = {});
    void askReason(OrderAction action);
    void askPayoutReference();
    void clearSelectedRiskFlag();
    void openSelectedProof();
    void openDialog(QDialog *dialog);

    OrderActions *m_actions;
    bool m_online = true;
    std::array<QAction *, kOrderActionCount> m_actionFor{};
    std::array<QToolButton *, kOrderActionCount> m_buttonFor{};
    QAction *m_next = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_clearFlag = nullptr;
    QAction *m_openProof = nullptr;
    QPointer<QDialog> m_dialog;
    QString m_lastRate; // offered again when syncd asks for a reason after all

    QLabel *m_title;
    QLabel *m_error;
    QLabel *m_status;
    QLabel *m_direction;
    QLabel *m_amounts;
    QLabel *m_rates;
    QLabel *m_customer;
    QLabel *m_holder;
    QLabel *m_deadline;
    QLabel *m_wallet;
    QLabel *m_payoutReference;
    QLabel *m_requisites;
    QLabel *m_approvalNote;
    QLabel *m_verifyTitle;
    QLabel *m_payoutTitle;
    QLabel *m_customerTotals;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_timelineView = nullptr;
    QTableView *m_riskView = nullptr;
    QTableView *m_historyView = nullptr;
    QTableView *m_approvalsView = nullptr;
    QTableView *m_proofsView = nullptr;
    QTableView *m_verifyView = nullptr;
    QTableView *m_payoutView = nullptr;
    OrderTimelineModel *m_timeline;
    RiskFlagModel *m_risk;
    ChecklistModel *m_verify;
    ChecklistModel *m_payout;
    OrderQueueModel *m_history;
    QStandardItemModel *m_approvals;
    QStandardItemModel *m_proofs;
};

} // namespace p2pdesk::workstation
