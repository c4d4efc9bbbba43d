#include "app/AppController.h"

#include "app/LanguageSettings.h"
#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/ChangeFeedSync.h"
#include "core/KeychainSecretBackend.h"
#include "core/LocalCache.h"
#include "core/Logging.h"
#include "core/PinnedNetworkAccess.h"
#include "core/SessionStore.h"
#include "models/OrderQueueModel.h"
#include "platform/TrayNotifier.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QInputDialog>
#include <QSettings>
#include <QUuid>

#include <set>

namespace p2pdesk::workstation {

namespace {

constexpr char kLastServer[] = "session/lastServer";
constexpr char kLastUsername[] = "session/lastUsername";
constexpr char kWorkstationId[] = "workstation/id";

domain::Actor actorOf(const proto::OperatorInfo &info)
{
    return domain::Actor::operatorAccount(info.id, std::set<domain::Role>(info.roles.begin(), info.roles.end()));
}

} // namespace

AppController::AppController(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_pins(settings)
    , m_network(new PinnedNetworkAccess(&m_pins, &m_trustPrompt, this))
    , m_api(new ApiClient(m_network, this))
    , m_keychain(new KeychainSecretBackend(QStringLiteral("p2pdesk-workstation"), this))
    , m_sessions(new SessionStore(m_keychain, this))
    , m_tray(new TrayNotifier(this))
{
    QString id = m_settings->value(QLatin1String(kWorkstationId)).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings->setValue(QLatin1String(kWorkstationId), id);
    }
    m_api->setWorkstationId(id);
    connect(m_sessions, &SessionStore::rememberFinished, this, [this](bool remembered, const QString &reason) {
        if (!remembered && m_main)
            m_main->showStatusMessage(reason);
    });
}

AppController::~AppController()
{
    closeQueue();
}

LoginDialog *AppController::loginDialog() const
{
    return m_login.data();
}

QString AppController::serverKey() const
{
    return m_api->server().toString(QUrl::RemoveUserInfo);
}

void AppController::start()
{
    const QString server = m_settings->value(QLatin1String(kLastServer)).toString();
    const QString username = m_settings->value(QLatin1String(kLastUsername)).toString();
    const QUrl url = ApiClient::normalizeServer(server);
    if (url.isEmpty() || username.isEmpty())
        return showLogin();

    // Resume: a remembered token that syncd still accepts skips the login form.
    m_api->setServer(url);
    m_username = username;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sessions, &SessionStore::recallFinished, this, [this, connection](const QString &token) {
        disconnect(*connection);
        if (token.isEmpty())
            return showLogin();
        m_api->setToken(token);
        ApiReply *reply = m_api->me();
        connect(reply, &ApiReply::finished, this, [this, reply] {
            auto me = reply->ok() ? reply->decode<proto::MeResponse>() : std::nullopt;
            if (!me) {
                m_api->clearToken();
                return showLogin(reply->error() && !reply->error()->isSessionEnded() ? reply->error()->plainText()
                                                                                     : QString());
            }
            openQueue(me->operatorInfo);
        });
    });
    m_sessions->recall(serverKey(), username);
}

void AppController::showLogin(const QString &notice)
{
    if (!m_login) {
        m_login = new LoginDialog;
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &LoginDialog::loginRequested, this, &AppController::onLoginRequested);
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_main)
                QCoreApplication::quit();
        });
    }
    m_trustPrompt.setParentWidget(m_login);
    m_login->setServer(m_settings->value(QLatin1String(kLastServer)).toString());
    m_login->setUsername(m_settings->value(QLatin1String(kLastUsername)).toString());
    m_login->setNotice(notice);
    m_login->show();
    m_login->raise();
}

void AppController::onLoginRequested(const LoginForm &form)
{
    const QUrl url = ApiClient::normalizeServer(form.server);
    if (url.isEmpty()) {
        m_login->showError(tr("Enter the server as host:port, for example desk.example.org:8443."));
        return;
    }
    m_api->setServer(url);
    m_api->clearToken();
    ApiReply *reply = m_api->login(
        proto::LoginRequest{form.username.toStdString(), form.password.toStdString(), form.totp.toStdString()});
    connect(reply, &ApiReply::finished, this, [this, reply, form] {
        if (!m_login)
            return;
        if (!reply->ok())
            return m_login->showError(reply->error()->plainText());
        ApiError error;
        auto login = reply->decode<proto::LoginResponse>(&error);
        if (!login)
            return m_login->showError(error.plainText());
        const QString token = QString::fromStdString(login->token);
        m_api->setToken(token);
        m_username = QString::fromStdString(login->operatorInfo.username);
        m_settings->setValue(QLatin1String(kLastServer), form.server);
        m_settings->setValue(QLatin1String(kLastUsername), form.username);
        if (form.remember)
            m_sessions->remember(serverKey(), form.username, token);
        else
            m_sessions->forget(serverKey(), form.username);
        openQueue(login->operatorInfo);
    });
}

void AppController::openQueue(const proto::OperatorInfo &operatorInfo)
{
    closeQueue();
    m_username = QString::fromStdString(operatorInfo.username);
    m_cache = std::make_unique<LocalCache>();
    if (!m_cache->open(LocalCache::defaultPath(serverKey(), m_username)))
        qCWarning(lcUi) << "working without a local cache:" << m_cache->errorString();
    m_orders = new OrderQueueModel(nullptr, this);
    m_orders->setTickInterval(1000);
    m_main = std::make_unique<MainWindow>(m_orders);
    m_main->setAttribute(Qt::WA_QuitOnClose, true);
    const domain::Actor actor = actorOf(operatorInfo);
    m_main->setOperator(m_username, actor);
    m_policy.emplace(operatorInfo.id, actor.hasRole(domain::Role::Senior));
    m_trustPrompt.setParentWidget(m_main.get());

    m_sync = new ChangeFeedSync(m_api, m_cache.get(), m_orders, this);
    connect(m_sync, &ChangeFeedSync::onlineChanged, m_main.get(), &MainWindow::setOnline);
    connect(m_sync, &ChangeFeedSync::sessionEnded, this, &AppController::onSessionEnded);
    connect(m_sync, &ChangeFeedSync::orderChanged, this,
            [this](const std::optional<proto::OrderSummary> &before, const proto::OrderSummary &after) {
                if (auto notification = m_policy->decide(before, after))
                    m_tray->notify(*notification);
            });
    connect(m_tray, &TrayNotifier::notified, m_main.get(), &MainWindow::showStatusMessage);
    connect(m_main.get(), &MainWindow::logoutRequested, this, &AppController::logout);
    connect(m_main.get(), &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(m_main.get(), &MainWindow::takeRequested, this, &AppController::takeOrder);

    m_main->show();
    if (m_login)
        m_login->close();
    m_sync->start();
}

void AppController::closeQueue()
{
    if (m_sync) {
        m_sync->stop();
        m_sync->deleteLater();
        m_sync = nullptr;
    }
    if (m_main) {
        m_main->setAttribute(Qt::WA_QuitOnClose, false);
        m_main->close();
        m_main.reset();
    }
    if (m_orders) {
        m_orders->deleteLater();
        m_orders = nullptr;
    }
    m_cache.reset();
}

void AppController::onSessionEnded(const ApiError &error)
{
    m_sessions->forget(serverKey(), m_username);
    m_api->clearToken();
    showLogin(tr("Your session has ended (%1). Please log in again.").arg(error.plainText()));
    closeQueue();
}

void AppController::logout()
{
    m_api->logout(); // best effort: the reply deletes itself, and the token is dropped here anyway
    m_sessions->forget(serverKey(), m_username);
    m_api->clearToken();
    showLogin();
    closeQueue();
}

void AppController::takeOrder(qint64 orderId)
{
    const OrderSnapshot *order = m_orders ? m_orders->find(orderId) : nullptr;
    if (!order || !m_main)
        return;
    // A plain rate prompt until the order card brings the rate dialog with deviation and limits.
    bool ok = false;
    const QString text = QInputDialog::getText(
        m_main.get(), tr("Take order %1").arg(order->code),
        tr("Final rate (suggested %1):").arg(QString::fromStdString(order->summary.suggestedRate.toString())),
        QLineEdit::Normal, QString::fromStdString(order->summary.suggestedRate.toString()), &ok);
    if (!ok)
        return;
    auto rate = domain::Decimal::parse(text.trimmed().toStdString());
    if (!rate) {
        m_main->showStatusMessage(tr("“%1” is not a valid rate.").arg(text));
        return;
    }
    proto::TakeRequest request;
    request.finalRate = rate.value();
    request.version = order->summary.version;
    ApiReply *reply = m_api->take(orderId, request);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!m_main || !m_orders)
            return;
        if (!reply->ok())
            return m_main->showStatusMessage(reply->error()->plainText());
        if (auto detail = reply->decode<proto::OrderDetail>())
            m_orders->upsert(detail->summary);
        m_main->showStatusMessage(tr("Order taken."));
    });
}

void AppController::showSettings()
{
    SettingsDialog dialog(LanguageSettings::stored(*m_settings), m_main.get());
    if (dialog.exec() == QDialog::Accepted)
        LanguageSettings::store(*m_settings, dialog.language());
}

} // namespace p2pdesk::workstation
