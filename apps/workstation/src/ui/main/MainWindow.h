#pragma once

#include "models/QueueTab.h"

#include "p2pdesk/domain/OrderStateMachine.h"
#include "p2pdesk/proto/Duty.h"

#include <QMainWindow>
#include <QTimer>

#include <cstdint>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace p2pdesk::workstation {

class OfflineBanner;
class OrderQueueFilterModel;
class OrderQueueModel;
class SupportInbox;
struct OrderSnapshot;

// The queue: tabs over one table, a search field, the offline banner and the status bar. It never
// talks to the network; it shows the model and emits what the operator asked for.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(OrderQueueModel *orders, QWidget *parent = nullptr);

    OrderQueueFilterModel *queue() const { return m_queue; }
    // Who is logged in: "Mine" and which actions the state machine allows depend on it.
    void setOperator(const QString &username, const domain::Actor &actor);
    void setOnline(bool online, const QString &reason = {});
    bool isOnline() const { return m_online; }
    void showStatusMessage(const QString &text);
    std::optional<std::int64_t> selectedOrderId() const;
    void selectTab(QueueTab tab);
    // The Support tab beside the queue's (issue 11): the window shows the inbox and counts what
    // wants an answer on its tab. Without one the window is the order queue alone.
    void setSupportInbox(SupportInbox *inbox);
    SupportInbox *supportInbox() const { return m_support; }
    void showSupport();
    bool isSupportShown() const;
    // Brings the window up on the Support tab with this ticket selected, and announces it (a
    // notification was clicked).
    void showTicket(qint64 ticketId, qint64 orderId);
    // Every shortcut of the window with what it does, as the Help → Keyboard shortcuts sheet
    // lists them (text without mnemonics, native key text).
    QList<QPair<QString, QString>> shortcutList() const;
    // The desk's on-duty roster in the status bar, and this operator's switch checked to match.
    // The bot takes new orders only while someone is on duty (when the desk requires it).
    void setDutyRoster(const proto::DutyRoster &roster, bool meOnDuty);
    // Desk → On duty, also offered in the tray; hidden for an account that does not work orders.
    QAction *onDutyAction() const { return m_onDuty; }

signals:
    void takeRequested(qint64 orderId);
    void openOrderRequested(qint64 orderId);
    void approvalsInboxRequested();
    void settingsRequested();
    void logoutRequested();
    // Only offered to the admin role (the Admin menu is hidden for everyone else).
    void adminRequested();
    // Desk → Customers…, offered to seniors and admins (the directory is theirs).
    void customersRequested();
    // The operator opened a support ticket (orderId 0: the customer's general ticket).
    void ticketActivated(qint64 ticketId, qint64 orderId);
    // The operator switched themselves on or off duty.
    void onDutyToggled(bool onDuty);

private:
    void buildActions();
    void updateActions();
    void updateCounts();
    void updateTabTitles();
    void fitStatusColumn();
    void keepSelection();
    void showPage(int tabIndex);
    void updateSupportTitle(int tickets, int overdue);
    const OrderSnapshot *selectedOrder() const;

    OrderQueueModel *m_orders;
    OrderQueueFilterModel *m_queue;
    QTabBar *m_tabs;
    QLineEdit *m_search;
    QTableView *m_table;
    QStackedWidget *m_pages;
    SupportInbox *m_support = nullptr;
    int m_supportTab = -1;
    OfflineBanner *m_banner;
    QLabel *m_connection;
    QLabel *m_count;
    QLabel *m_duty;
    QAction *m_onDuty = nullptr;
    QAction *m_take = nullptr;
    QAction *m_open = nullptr;
    QAction *m_adminMenu = nullptr;
    QAction *m_admin = nullptr;
    QAction *m_customers = nullptr;
    QAction *m_supportAction = nullptr;
    QTimer m_searchDebounce;
    QTimer m_tabCountsTimer;       // coalesces recounts: one walk per burst of changes
    std::int64_t m_selectedId = 0; // the order the operator selected, kept across tab switches
    domain::Actor m_actor;
    bool m_online = false;
    bool m_columnsSized = false;
};

} // namespace p2pdesk::workstation
