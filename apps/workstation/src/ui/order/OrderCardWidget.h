#pragma once

#include "core/OrderActions.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QDialog;
class QDragEnterEvent;
class QDropEvent;
class QHBoxLayout;
class QFormLayout;
class QLabel;
class QMimeData;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;
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
//
// Layout, top to bottom: a header (order code — never cut —, status, holder, deadline countdown,
// open risk flags as badges); the action bar (one primary "next step" button at the left, the
// other steps of this status after it in a fixed order, the danger zone — cancel, dispute — apart
// at the right); then a horizontal splitter ("cardSplitter"): the facts and the checklists (shown
// whole, no inner scrolling) at the left, the tabs at the right. A later pane (the ticket chat)
// is added to the splitter with addSidePane().
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
    // The action the primary button performs now (enabled or, when blocked, the one it waits for).
    std::optional<OrderAction> primaryAction() const;
    // A pane at the right of the card's splitter (the support desk's chat).
    void addSidePane(QWidget *pane);
    // Attach a proof: a file from disk, an image from the clipboard, a txid.
    void attachProofFromFile(const QString &path);
    bool attachProofFromMimeData(const QMimeData *mime);
    void askAttachProof();
    void askTxid();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

signals:
    // The proofs list's "Open": the proof viewer shows it.
    void openProofRequested(qint64 orderId, qint64 proofId);
    // "Customer profile…" (Ctrl+Shift+U): AppController opens the customer's profile.
    void openCustomerRequested(qint64 customerId);

private:
    void buildActions();
    QWidget *buildHeader();
    QWidget *buildActionBar();
    QWidget *buildSummary();
    QWidget *buildChecklists();
    QTabWidget *buildTabs();
    void onOrderChanged();
    void onCustomerHistoryChanged();
    void updateActions();
    void updateDeadline();
    void updateRiskBadges();
    void fitChecklists();
    void showError(const QString &text);
    void clearError();
    void askTakeRate(bool reasonRequired, const QString &rateText = {});
    void showError(const ApiError &error);
    void askReason(OrderAction action);
    void askPayoutReference();
    void askRequote();
    void clearSelectedRiskFlag();
    void openSelectedProof();
    void openDialog(QDialog *dialog);
    // Runs `attach` with the reason a senior gives for attaching to another's order (asked first),
    // or at once with none for the holder.
    void withProofReason(std::function<void(const QString &)> attach);

    OrderActions *m_actions;
    bool m_online = true;
    std::array<QAction *, kOrderActionCount> m_actionFor{};
    std::array<QToolButton *, kOrderActionCount> m_buttonFor{};
    QAction *m_next = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_clearFlag = nullptr;
    QAction *m_openProof = nullptr;
    QAction *m_customerProfile = nullptr;
    QAction *m_attachProof = nullptr;
    QAction *m_addTxid = nullptr;
    QAction *m_pasteProof = nullptr;
    QPointer<QDialog> m_dialog;
    QString m_lastRate;            // offered again when syncd asks for a reason after all
    bool m_lastSendDeposit = true; // the take dialog's "send deposit address" choice
    QPushButton *m_primary = nullptr;
    QLabel *m_primaryHint = nullptr;
    QWidget *m_riskBadges = nullptr;
    QHBoxLayout *m_riskBadgesLayout = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_deadlineTimer = nullptr;

    QLabel *m_title;
    QLabel *m_error;
    QLabel *m_status;
    QLabel *m_direction;
    QLabel *m_amounts;
    QLabel *m_rates;
    QLabel *m_rateAgreement = nullptr; // re-quote due / offered; hidden while the rate stands
    QLabel *m_customer;
    QLabel *m_holder;
    QLabel *m_deadline;
    QLabel *m_wallet;
    QLabel *m_payoutReference;
    QLabel *m_requisites;
    // The bank of a fiat payout, in a row of its own so that copying the requisites copies them
    // alone; the row shows only when the customer named a bank.
    QLabel *m_payoutBank = nullptr;
    QFormLayout *m_detailsForm = nullptr;
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
