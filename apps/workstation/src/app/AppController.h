#pragma once

#include "core/ApiError.h"
#include "core/CertificatePinStore.h"
#include "core/NotificationPolicy.h"
#include "core/TicketNotificationPolicy.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/proto/Auth.h"
#include "p2pdesk/proto/Settings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QSettings;

namespace p2pdesk::workstation {

class AdminWindow;
class ApiClient;
class ApprovalsInbox;
class CannedReplyCatalog;
class ChangeFeedSync;
class ChatPane;
class CustomerDirectoryDialog;
class CustomerProfileDialog;
class DutyRoster;
class KeychainSecretBackend;
class LocalCache;
class LoginDialog;
class MainWindow;
class OrderActions;
class OrderCardWidget;
class OrderQueueModel;
class PinnedNetworkAccess;
class SessionStore;
class TicketConversation;
class TicketInbox;
class TicketListModel;
class TicketWindow;
class TrayNotifier;
struct LoginForm;

// Wires the pieces for a run of the app: resume a remembered session or log in, then the queue
// window fed by the change feed; back to login when the session ends.
class AppController final : public QObject {
    Q_OBJECT

public:
    explicit AppController(QSettings *settings, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    // How soon the change feed retries after losing syncd (ChangeFeedSync::setBackoff); the
    // defaults suit production, tests that stop and restart a server shorten them.
    void setFeedBackoff(int initialMs, int maxMs);

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const { return m_main.get(); }
    OrderCardWidget *orderCard(qint64 orderId) const;
    ApprovalsInbox *approvalsInbox() const;
    AdminWindow *adminWindow() const;
    CustomerDirectoryDialog *customerDirectory() const;
    TrayNotifier *trayNotifier() const { return m_tray; }
    TicketInbox *ticketInbox() const { return m_ticketInbox; }

    // The support chat (issue 11), what activating a ticket in the Support tab or its notification
    // does: an order's ticket opens on that order's card, its chat showing this ticket; a general
    // one (no orderId) in a TicketWindow of its own, which offers the order's card should the
    // ticket turn out to belong to one.
    void openTicket(qint64 ticketId, std::optional<qint64> orderId = std::nullopt);
    TicketWindow *ticketWindow(qint64 ticketId) const;
    // The chat pane of an open order card.
    ChatPane *orderChat(qint64 orderId) const;
    CannedReplyCatalog *cannedReplies() const { return m_canned; }

    // The customer's profile (orders, flags, payout accounts, tickets; block/unblock for seniors
    // and admins), from an order card, a ticket window or a Support tab row. One window per
    // customer: asking again raises it and reads it afresh.
    void openCustomer(qint64 customerId);
    CustomerProfileDialog *customerProfile(qint64 customerId) const;

private:
    void showLogin(const QString &notice = {});
    void onLoginRequested(const LoginForm &form);
    void openQueue(const proto::OperatorInfo &operatorInfo);
    void closeQueue();
    void applySettings(const std::optional<proto::Settings> &settings);
    void onSessionEnded(const ApiError &error);
    void logout();
    void sendDepositWhenTaken(qint64 orderId);
    void takeOrder(qint64 orderId, bool reasonRequired = false, const QString &rateText = {});
    void openOrder(qint64 orderId);
    // The order's card; its chat on `ticketId` (0: the order's ticket, looked up).
    void openOrderCard(qint64 orderId, qint64 ticketId);
    void openProof(qint64 orderId, qint64 proofId);
    void showApprovals();
    void showAdmin();
    void showCustomerDirectory();
    void showSettings();
    QString serverKey() const;
    // A chat pane whose conversation follows the change feed and keeps its drafts in the cache.
    ChatPane *makeChatPane();
    std::vector<proto::OperatorRef> knownOperators() const;

    QSettings *m_settings;
    CertificatePinStore m_pins;
    DialogTrustPrompt m_trustPrompt;
    PinnedNetworkAccess *m_network;
    ApiClient *m_api;
    KeychainSecretBackend *m_keychain;
    SessionStore *m_sessions;
    TrayNotifier *m_tray;
    QPointer<LoginDialog> m_login;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<LocalCache> m_cache;
    OrderQueueModel *m_orders = nullptr;
    ChangeFeedSync *m_sync = nullptr;
    std::optional<NotificationPolicy> m_policy;
    // Support inbox (issue 11): the tickets, kept in step with syncd, and when they notify.
    TicketListModel *m_tickets = nullptr;
    TicketInbox *m_ticketInbox = nullptr;
    std::optional<TicketNotificationPolicy> m_ticketPolicy;
    proto::OperatorInfo m_operatorInfo;
    OrderActions *m_queueActions = nullptr; // queue-level take and the approvals inbox
    QHash<qint64, QPointer<OrderCardWidget>> m_cards;
    QPointer<ApprovalsInbox> m_inbox;
    DialogAdminPrompts m_adminPrompts;
    QPointer<AdminWindow> m_admin;
    QPointer<CustomerDirectoryDialog> m_directory;
    CannedReplyCatalog *m_canned = nullptr;
    DutyRoster *m_duty = nullptr;
    QHash<qint64, QPointer<TicketWindow>> m_ticketWindows;
    QHash<qint64, QPointer<CustomerProfileDialog>> m_profiles;
    QList<QPointer<TicketConversation>> m_conversations; // detached from the cache before it closes
    QString m_lastTakeRate;                              // offered again when syncd asks for a reason after all
    bool m_lastTakeSendsDeposit = true;                  // the take dialog's "send the deposit address" choice
    QSet<qint64> m_depositAfterTake;                     // taken from the queue, the deposit address to follow
    QString m_username;
    std::optional<std::pair<int, int>> m_feedBackoff;
};

} // namespace p2pdesk::workstation
