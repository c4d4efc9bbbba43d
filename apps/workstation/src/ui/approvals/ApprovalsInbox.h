#pragma once

#include <QPointer>
#include <QWidget>

#include <cstdint>

class QAction;
class QDialog;
class QLabel;
class QTableView;

namespace p2pdesk::workstation {

class ApprovalsFilterModel;
class OrderActions;
class OrderQueueModel;

// For seniors: payouts waiting for a second pair of eyes. Approve or reject with a reason; the
// decision is bound to the order version shown. Orders this senior holds are not listed, and the
// domain's approver check disables the buttons should one slip through.
class ApprovalsInbox final : public QWidget {
    Q_OBJECT

public:
    ApprovalsInbox(OrderQueueModel *orders, OrderActions *actions, QWidget *parent = nullptr);

    ApprovalsFilterModel *inbox() const { return m_filter; }
    void setOnline(bool online);
    QDialog *pendingDialog() const { return m_dialog.data(); }

signals:
    void openOrderRequested(qint64 orderId);

private:
    void updateActions();
    void decide(bool approve);
    std::int64_t currentOrderId() const;

    OrderQueueModel *m_orders;
    OrderActions *m_actions;
    ApprovalsFilterModel *m_filter;
    QTableView *m_view;
    QLabel *m_message;
    QAction *m_approve;
    QAction *m_reject;
    QAction *m_open;
    QPointer<QDialog> m_dialog;
    bool m_online = true;
    bool m_busy = false;
    bool m_columnsSized = false;
    bool m_showsEmptyNotice = false; // m_message says the inbox is empty (not a decision's result)
};

} // namespace p2pdesk::workstation
