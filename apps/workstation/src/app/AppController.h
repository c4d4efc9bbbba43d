#pragma once

#include "core/ApiError.h"
#include "core/CertificatePinStore.h"
#include "core/NotificationPolicy.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/proto/Auth.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSettings;

namespace p2pdesk::workstation {

class ApiClient;
class ChangeFeedSync;
class KeychainSecretBackend;
class LocalCache;
class LoginDialog;
class MainWindow;
class OrderQueueModel;
class PinnedNetworkAccess;
class SessionStore;
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

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const { return m_main.get(); }

private:
    void showLogin(const QString &notice = {});
    void onLoginRequested(const LoginForm &form);
    void openQueue(const proto::OperatorInfo &operatorInfo);
    void closeQueue();
    void onSessionEnded(const ApiError &error);
    void logout();
    void takeOrder(qint64 orderId);
    void showSettings();
    QString serverKey() const;

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
    QString m_username;
};

} // namespace p2pdesk::workstation
