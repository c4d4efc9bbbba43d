#include "platform/TrayNotifier.h"

#include "core/Logging.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace p2pdesk::workstation {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon), this);
    m_tray->setToolTip(tr("p2pdesk workstation"));
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activateLast);
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setMenuActions(const QList<QAction *> &actions)
{
    if (!m_tray)
        return;
    if (!m_menu) {
        m_menu = std::make_unique<QMenu>();
        m_tray->setContextMenu(m_menu.get());
    }
    // A session's actions die with its window, and a QAction leaves every menu as it goes; the
    // next session brings its own.
    m_menu->clear();
    m_menu->addActions(actions);
}

void TrayNotifier::activateLast()
{
    // The balloon shows one message at a time: a click is about the last one shown.
    if (m_lastTicketId != 0)
        emit ticketActivated(m_lastTicketId, m_lastOrderId);
    else
        emit activated(m_lastOrderId);
}

void TrayNotifier::notify(const Notification &notification)
{
    qCInfo(lcUi) << "notify:" << notification.title;
    m_lastOrderId = notification.orderId;
    m_lastTicketId = notification.ticketId;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(notification.title, notification.text, QSystemTrayIcon::Information, 10'000);
    emit notified(notification.title, notification.text);
}

} // namespace p2pdesk::workstation
