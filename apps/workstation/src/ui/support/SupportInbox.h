#pragma once

#include "models/TicketFilterModel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <cstdint>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class TicketInbox;
class TicketListModel;

// The Support tab: the tickets the desk answers, one filter bar (Mine, Unassigned, Urgent, Overdue,
// All open, Closed, each with its count), a search field and the list in SLA order. Enter or a
// double click opens a ticket (ticketActivated); the context menu assigns it to the operator. It
// never talks to the network itself: reads and the assignment go through TicketInbox, which may
// be absent (screenshots, tests of the view alone) — then it only shows the model.
class SupportInbox final : public QWidget {
    Q_OBJECT

public:
    SupportInbox(TicketListModel *tickets, TicketInbox *service, QWidget *parent = nullptr);

    TicketFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    void setOperatorId(std::int64_t operatorId);
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    void setView(TicketView view);
    TicketView currentView() const { return m_filter->view(); }
    // Shows the ticket (switching to a view that lists it) and selects it.
    void selectTicket(qint64 ticketId);
    void focusSearch();
    TicketFilterModel::Attention attention() const { return m_attention; }
    std::int64_t currentTicketId() const;
    QAction *assignToMeAction() const { return m_assign; }
    QAction *customerProfileAction() const { return m_profile; }
    QString messageText() const;

signals:
    // orderId: 0 for a customer's general ticket.
    void ticketActivated(qint64 ticketId, qint64 orderId);
    void customerProfileRequested(qint64 customerId);
    void attentionChanged(int tickets, int overdue);

private:
    void activateCurrent();
    void updateCounts();
    void updateActions();
    void updateMessage();
    void showMessage(const QString &text);
    void startServerSearch();
    void keepSelection();

    TicketListModel *m_tickets;
    QPointer<TicketInbox> m_service;
    TicketFilterModel *m_filter;
    QButtonGroup *m_views;
    std::array<QAbstractButton *, kTicketViewCount> m_viewButtons{};
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_message;
    QLabel *m_count;
    QPushButton *m_loadMore;
    QAction *m_open;
    QAction *m_assign;
    QAction *m_profile;
    QTimer m_searchDebounce;
    QTimer m_serverSearchDebounce;
    QTimer m_countsTimer; // one walk per burst of changes
    QTimer m_noticeTimer;
    QString m_notice; // the result of the last action, until the next one
    QString m_pendingSearch;
    TicketFilterModel::Attention m_attention;
    std::int64_t m_selectedId = 0;
    std::int64_t m_operatorId = 0;
    bool m_online = false;
    bool m_searching = false;
    bool m_columnsSized = false;
};

} // namespace p2pdesk::workstation
