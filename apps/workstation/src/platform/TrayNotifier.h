#pragma once

#include "core/NotificationPolicy.h"

#include <QList>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace p2pdesk::workstation {

// Tray balloon notifications where the desktop has a tray; elsewhere they only go to the log and
// the status bar (see lastNotification()).
class TrayNotifier final : public QObject, public Notifier {
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    void notify(const Notification &notification) override;
    bool hasTray() const { return m_tray != nullptr; }
    // What clicking the last notification does (the tray's messageClicked; tests call it).
    void activateLast();
    // What the tray icon's menu offers (the session's "On duty" switch); replaces the previous
    // session's. Nothing happens where the desktop has no tray.
    void setMenuActions(const QList<QAction *> &actions);

signals:
    void notified(const QString &title, const QString &text);
    void activated(qint64 orderId);
    // A support ticket's notification was clicked (orderId 0: the customer's general ticket).
    void ticketActivated(qint64 ticketId, qint64 orderId);

private:
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    qint64 m_lastOrderId = 0;
    qint64 m_lastTicketId = 0;
};

} // namespace p2pdesk::workstation
