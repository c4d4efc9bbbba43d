#include "app/AppController.h"

#include "app/LanguageSettings.h"
#include "app/WindowPlacement.h"
#include "core/AdminService.h"
#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/CannedReplyCatalog.h"
#include "core/ChangeFeedSync.h"
#include "core/DutyRoster.h"
#include "core/KeychainSecretBackend.h"
#include "core/LocalCache.h"
#include "core/Logging.h"
#include "core/OrderActions.h"
#include "core/OrderCreation.h"
#include "core/PinnedNetworkAccess.h"
#include "core/ProofService.h"
#include "core/SessionStore.h"
#include "core/TicketConversation.h"
#include "core/TicketInbox.h"
#include "models/DisplayText.h"
#include "models/OrderQueueModel.h"
#include "models/TicketListModel.h"
#include "platform/TrayNotifier.h"
#include "ui/actions/TakeRateDialog.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/FeatureFlagsPage.h"
#include "ui/approvals/ApprovalsInbox.h"
#include "ui/customers/CustomerDirectoryDialog.h"
#include "ui/customers/CustomerProfileDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/order/OrderCardWidget.h"
#include "ui/proofs/ProofViewer.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/support/ChatPane.h"
#include "ui/support/SupportInbox.h"
#include "ui/support/TicketWindow.h"

#include <QDateTime>
#include <QSet>
#include <QSettings>
#include <QUuid>

#include <algorithm>
#include <set>
#include <vector>

namespace p2pdesk::workstation {

namespace {

constexpr char kLastServer[] = "session/lastServer";
constexpr char kLastUsername[] = "session/lastUsername";
constexpr char kWorkstationId[] = "workstation/id";
constexpr char kMainGeometry[] = "window/mainGeometry";

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

OrderCardWidget *AppController::orderCard(qint64 orderId) const
{
    return m_cards.value(orderId).data();
}

ApprovalsInbox *AppController::approvalsInbox() const
{
    return m_inbox.data();
}

QString AppController::serverKey() const
{
    return m_api->server().toString(QUrl::RemoveUserInfo);
}

void AppController::setFeedBackoff(int initialMs, int maxMs)
{
    m_feedBackoff = std::pair(initialMs, maxMs);
    if (m_sync)
        m_sync->setBackoff(initialMs, maxMs);
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
                return showLogin(reply->error() && !reply->error()->isSessionEnded()
                                     ? DisplayText::error(*reply->error())
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
    // First start: the server the installation names (P2PDESK_SERVER, set by the demo script).
    QString server = m_settings->value(QLatin1String(kLastServer)).toString();
    if (server.isEmpty())
        server = qEnvironmentVariable("P2PDESK_SERVER").trimmed();
    m_login->setServer(server);
    m_login->setUsername(m_settings->value(QLatin1String(kLastUsername)).toString());
    m_login->setNotice(notice);
    if (!m_login->isVisible())
        WindowPlacement::place(m_login, m_main.get());
    m_login->show();
    m_login->raise();
}

void AppController::onLoginRequested(const LoginForm &form)
{
    const QUrl url = ApiClient::normalizeServer(form.server);
    if (url.isEmpty()) {
        m_login->showError(tr("Enter the server as host:port or https://host:port."));
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
            return m_login->showError(DisplayText::error(*reply->error()));
        ApiError error;
        auto login = reply->decode<proto::LoginResponse>(&error);
        if (!login)
            return m_login->showError(DisplayText::error(error));
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
    m_sync->setFollowsOrders(actor.worksOrders());
    if (m_feedBackoff)
        m_sync->setBackoff(m_feedBackoff->first, m_feedBackoff->second);
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
    connect(m_main.get(), &MainWindow::takeRequested, this, [this](qint64 orderId) { takeOrder(orderId); });
    connect(m_main.get(), &MainWindow::openOrderRequested, this, &AppController::openOrder);
    connect(m_main.get(), &MainWindow::approvalsInboxRequested, this, &AppController::showApprovals);
    connect(m_main.get(), &MainWindow::adminRequested, this, &AppController::showAdmin);
    connect(m_main.get(), &MainWindow::customersRequested, this, &AppController::showCustomerDirectory);

    // Support inbox (issue 11): the Support tab, fed by the same feed and cache as the queue.
    m_tickets = new TicketListModel(nullptr, this);
    m_tickets->setTickInterval(1000);
    m_ticketInbox = new TicketInbox(m_api, m_cache.get(), m_tickets, this);
    m_ticketInbox->setOperatorId(operatorInfo.id);
    m_ticketInbox->follow(m_sync);
    auto *support = new SupportInbox(m_tickets, m_ticketInbox);
    support->setOperatorId(operatorInfo.id);
    connect(m_sync, &ChangeFeedSync::onlineChanged, support, &SupportInbox::setOnline);
    m_main->setSupportInbox(support);
    connect(support, &SupportInbox::customerProfileRequested, this, &AppController::openCustomer);
    m_ticketPolicy.emplace(operatorInfo.id);
    connect(m_ticketInbox, &TicketInbox::customerWrote, this, [this](const proto::TicketSummary &ticket) {
        if (auto notification = m_ticketPolicy->onCustomerMessage(ticket, QDateTime::currentMSecsSinceEpoch()))
            m_tray->notify(*notification);
    });
    // A notification's click goes through the Support tab (it selects the row), which then
    // announces the ticket like a double click or Enter on its row: openTicket is the one place.
    connect(m_tray, &TrayNotifier::ticketActivated, m_main.get(), &MainWindow::showTicket);
    connect(m_main.get(), &MainWindow::ticketActivated, this, [this](qint64 ticketId, qint64 orderId) {
        openTicket(ticketId, orderId > 0 ? std::optional<qint64>(orderId) : std::nullopt);
    });
    m_ticketInbox->start();

    m_operatorInfo = operatorInfo;
    m_queueActions = new OrderActions(m_api, this);
    m_queueActions->setOperator(operatorInfo);
    m_queueActions->loadReferenceData();
    connect(m_queueActions, &OrderActions::orderUpdated, m_orders,
            [this](const proto::OrderSummary &summary) { m_orders->upsert(summary); });
    connect(m_queueActions, &OrderActions::actionSucceeded, this, [this](OrderAction action, qint64 orderId) {
        if (action == OrderAction::Take) {
            m_main->showStatusMessage(tr("Order taken."));
            openOrder(orderId); // the next steps happen in the card
            if (m_depositAfterTake.remove(orderId))
                sendDepositWhenTaken(orderId);
        }
    });
    connect(m_queueActions, &OrderActions::actionFailed, this,
            [this](OrderAction action, qint64 orderId, const ApiError &error) {
                m_main->showStatusMessage(DisplayText::error(error));
                if (action == OrderAction::Take)
                    m_depositAfterTake.remove(orderId);
                // syncd knows the deviation limit even when this account cannot read it.
                if (action == OrderAction::Take &&
                    (error.code == u"reason_required" || error.code == u"rate_deviation_too_high"))
                    takeOrder(orderId, true, m_lastTakeRate);
            });
    connect(m_sync, &ChangeFeedSync::orderEvent, this,
            [this](std::int64_t orderId, const QString &kind, std::optional<std::int64_t> version) {
                // An open card follows changes made elsewhere (other operators, the bot, workers),
                // including those that leave the queue row alone, such as a senior's approval.
                if (OrderCardWidget *card = m_cards.value(orderId))
                    card->orderActions()->onOrderEvent(orderId, kind, version);
            });

    // Canned replies for every chat's composer, kept current by the feed.
    m_canned = new CannedReplyCatalog(m_api, this);
    connect(m_sync, &ChangeFeedSync::supportEvent, m_canned, &CannedReplyCatalog::onSupportEvent);
    connect(m_sync, &ChangeFeedSync::onlineChanged, m_canned, &CannedReplyCatalog::setOnline);
    if (actor.worksOrders())
        m_canned->load(); // an admin reads chats but does not answer them (syncd refuses)

    connect(m_sync, &ChangeFeedSync::settingsChanged, this, &AppController::applySettings);

    // Who is on duty, in the status bar; this operator's switch in the Desk menu, the toolbar and
    // the tray. The bot takes new orders only while someone is (when the desk requires it).
    m_duty = new DutyRoster(m_api, operatorInfo.id, this);
    connect(m_duty, &DutyRoster::changed, m_main.get(),
            [this] { m_main->setDutyRoster(m_duty->roster(), m_duty->meOnDuty()); });
    connect(m_duty, &DutyRoster::failed, m_main.get(), [this](const ApiError &error) {
        m_main->showStatusMessage(tr("On duty not changed: %1").arg(DisplayText::error(error)));
    });
    connect(m_main.get(), &MainWindow::onDutyToggled, m_duty, &DutyRoster::setOnDuty);
    connect(m_sync, &ChangeFeedSync::configEvent, m_duty, &DutyRoster::onConfigEvent);
    connect(m_sync, &ChangeFeedSync::onlineChanged, m_duty, &DutyRoster::setOnline);
    connect(m_sync, &ChangeFeedSync::settingsChanged, m_duty, &DutyRoster::load); // "requires on duty"
    if (actor.worksOrders())
        m_tray->setMenuActions({m_main->onDutyAction()});
    m_duty->load();
    connect(m_sync, &ChangeFeedSync::onlineChanged, this, [this](bool online) {
        if (!online)
            return;
        // Cards opened or left open while offline show the cached state: read the order again.
        for (const QPointer<OrderCardWidget> &card : std::as_const(m_cards)) {
            if (card)
                card->orderActions()->reload();
        }
    });

    // As the operator left it; the first time maximised on the screen they logged in on.
    if (!m_main->restoreGeometry(m_settings->value(QLatin1String(kMainGeometry)).toByteArray())) {
        WindowPlacement::place(m_main.get(), m_login);
        m_main->setWindowState(Qt::WindowMaximized);
    }
    m_main->show();
    if (m_login)
        m_login->close();
    m_sync->start();
}

void AppController::applySettings(const std::optional<proto::Settings> &settings)
{
    // The queue's actions feed the approvals inbox's threshold filter and the take dialog's
    // deviation limit; each open card has its own.
    std::vector<OrderActions *> targets;
    if (m_queueActions)
        targets.push_back(m_queueActions);
    for (const QPointer<OrderCardWidget> &card : std::as_const(m_cards)) {
        if (card)
            targets.push_back(card->orderActions());
    }
    for (OrderActions *actions : targets) {
        if (settings)
            actions->setSettings(settings);
        else
            actions->loadReferenceData();
    }
}

void AppController::closeQueue()
{
    for (const QPointer<OrderCardWidget> &card : std::as_const(m_cards)) {
        if (card)
            card->close();
    }
    m_cards.clear();
    for (const QPointer<TicketWindow> &window : std::as_const(m_ticketWindows)) {
        if (window)
            window->close();
    }
    m_ticketWindows.clear();
    // A profile shows what this session may see; the next operator signs in to an empty desk.
    for (const QPointer<CustomerProfileDialog> &profile : std::as_const(m_profiles)) {
        if (profile)
            profile->close();
    }
    m_profiles.clear();
    // The windows go later (deleteLater); their drafts are written now, while the cache is open.
    for (const QPointer<TicketConversation> &conversation : std::as_const(m_conversations)) {
        if (conversation)
            conversation->setCache(nullptr);
    }
    m_conversations.clear();
    if (m_canned) {
        m_canned->deleteLater();
        m_canned = nullptr;
    }
    if (m_duty) {
        m_duty->deleteLater();
        m_duty = nullptr;
    }
    if (m_inbox)
        m_inbox->close();
    if (m_admin)
        m_admin->close();
    if (m_directory)
        m_directory->close();
    if (m_queueActions) {
        m_queueActions->deleteLater();
        m_queueActions = nullptr;
    }
    if (m_ticketInbox) {
        m_ticketInbox->stop();
        m_ticketInbox->deleteLater();
        m_ticketInbox = nullptr;
    }
    m_ticketPolicy.reset();
    if (m_sync) {
        m_sync->stop();
        m_sync->deleteLater();
        m_sync = nullptr;
    }
    if (m_main) {
        m_settings->setValue(QLatin1String(kMainGeometry), m_main->saveGeometry());
        m_main->setAttribute(Qt::WA_QuitOnClose, false);
        m_main->close();
        m_main.reset();
    }
    if (m_orders) {
        m_orders->deleteLater();
        m_orders = nullptr;
    }
    if (m_tickets) {
        m_tickets->deleteLater();
        m_tickets = nullptr;
    }
    m_cache.reset();
}

void AppController::onSessionEnded(const ApiError &error)
{
    m_sessions->forget(serverKey(), m_username);
    m_api->clearToken();
    // "unauthorized" already reads "Your session has ended. Please log in again."
    showLogin(error.isSessionEnded()
                  ? DisplayText::error(error)
                  : tr("Your session has ended: %1 Please log in again.").arg(DisplayText::error(error)));
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

void AppController::takeOrder(qint64 orderId, bool reasonRequired, const QString &rateText)
{
    const OrderSnapshot *order = m_orders ? m_orders->find(orderId) : nullptr;
    if (!order || !m_main || !m_queueActions)
        return;
    const proto::OrderSummary &summary = order->summary;
    TakeRateInput input;
    input.orderCode = order->code;
    input.pairText =
        tr("%1 %2 %3 (%4) for %5")
            .arg(summary.direction == domain::Direction::Sell ? tr("Sell") : tr("Buy"),
                 QString::fromStdString(summary.amountCrypto.toString()), QString::fromStdString(summary.asset),
                 QString::fromStdString(summary.network), QString::fromStdString(summary.fiatCurrency));
    input.suggestedRate = summary.suggestedRate;
    input.maxDeviationPercent = m_queueActions->maxRateDeviationPercent();
    input.reasonRequired = reasonRequired;
    // As in the card: taking and sending the deposit address are one action when the customer is
    // to send crypto.
    input.offerSendDeposit = summary.direction == domain::Direction::Sell;
    input.sendDeposit = m_lastTakeSendsDeposit;
    auto *dialog = new TakeRateDialog(input, m_main.get());
    connect(m_queueActions, &OrderActions::rateFreshness, dialog, [dialog, orderId](qint64 id, bool stale) {
        if (id == orderId && stale)
            dialog->showRateStale();
    });
    m_queueActions->checkRateFreshness(summary);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!rateText.isEmpty())
        dialog->setRateText(rateText);
    const std::int64_t version = summary.version;
    const bool offered = input.offerSendDeposit;
    connect(dialog, &QDialog::accepted, this, [this, dialog, orderId, version, offered] {
        const auto rate = dialog->finalRate();
        if (!rate || !m_queueActions)
            return;
        m_lastTakeRate = QString::fromStdString(rate->toString());
        if (offered)
            m_lastTakeSendsDeposit = dialog->sendDeposit();
        if (dialog->sendDeposit())
            m_depositAfterTake.insert(orderId);
        else
            m_depositAfterTake.remove(orderId);
        m_queueActions->takeOrder(orderId, version, *rate, dialog->reason());
    });
    dialog->open();
}

void AppController::sendDepositWhenTaken(qint64 orderId)
{
    OrderCardWidget *card = m_cards.value(orderId);
    if (!card)
        return;
    // The card opened on the take (or was open already and re-reads it): once it shows the order
    // taken, the deposit step follows there, so a refusal shows in the card like any refused step.
    // If the step is not possible then (the card says why on its button), the order stays taken.
    OrderActions *actions = card->orderActions();
    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto attempt = [actions, connection] {
        if (!actions->hasOrder() || actions->isBusy() || actions->detail().summary.status == domain::OrderStatus::New)
            return;
        QObject::disconnect(*connection);
        if (actions->state(OrderAction::AwaitCrypto).enabled())
            actions->perform(OrderAction::AwaitCrypto);
    };
    *connection = connect(actions, &OrderActions::orderChanged, card, attempt);
    attempt();
}

void AppController::openOrder(qint64 orderId)
{
    openOrderCard(orderId, 0);
}

void AppController::openOrderCard(qint64 orderId, qint64 ticketId)
{
    if (!m_main || orderId <= 0)
        return;
    if (OrderCardWidget *open = m_cards.value(orderId)) {
        // Asked for one ticket of the order (an order may have had several): its chat shows that one.
        ChatPane *chat = orderChat(orderId);
        if (ticketId > 0 && chat && chat->conversation()->ticketId() != ticketId)
            chat->conversation()->openTicket(ticketId);
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *actions = new OrderActions(m_api);
    auto *card = new OrderCardWidget(actions);
    actions->setParent(card);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->setWindowFlag(Qt::Window);
    actions->setOperator(m_operatorInfo);
    actions->loadReferenceData();
    connect(actions, &OrderActions::orderUpdated, m_orders,
            [this](const proto::OrderSummary &summary) { m_orders->upsert(summary); });
    connect(card, &OrderCardWidget::openProofRequested, this, &AppController::openProof);
    connect(card, &OrderCardWidget::openCustomerRequested, this, &AppController::openCustomer);
    card->setOnline(m_main->isOnline());
    connect(m_sync, &ChangeFeedSync::onlineChanged, card, &OrderCardWidget::setOnline);
    m_cards.insert(orderId, card);
    connect(card, &QObject::destroyed, this, [this, orderId] { m_cards.remove(orderId); });
    // Offline the server cannot answer: show the order as the queue last knew it (read-only, the
    // card's actions are off while offline) instead of "Loading order…"; the load below still
    // tries, says why it failed, and the card is read again when the connection returns.
    if (!m_main->isOnline()) {
        if (const OrderSnapshot *known = m_orders->find(orderId)) {
            proto::OrderDetail cached;
            cached.summary = known->summary;
            actions->setDetail(std::move(cached));
        }
    }
    actions->load(orderId);
    // The order's ticket beside the order: the one asked for, else found by the order (there is
    // none until the customer writes).
    ChatPane *chat = makeChatPane();
    card->addSidePane(chat);
    if (ticketId > 0)
        chat->conversation()->openTicket(ticketId);
    else
        chat->conversation()->openOrder(orderId);
    WindowPlacement::place(card, m_main.get(), static_cast<int>(m_cards.size()) - 1);
    card->show();
    card->activateWindow();
}

void AppController::openProof(qint64 orderId, qint64 proofId)
{
    OrderCardWidget *card = m_cards.value(orderId);
    if (!card || !card->orderActions()->hasOrder())
        return;
    const proto::OrderDetail &detail = card->orderActions()->detail();
    const auto proof = std::find_if(detail.proofs.begin(), detail.proofs.end(),
                                    [proofId](const proto::Proof &p) { return p.id == proofId; });
    if (proof == detail.proofs.end())
        return;
    auto *service = new ProofService(m_api);
    auto *viewer = new ProofViewer(service, card);
    service->setParent(viewer);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    WindowPlacement::place(viewer, card);
    viewer->showProof(ProofContext{*proof, QString::fromStdString(detail.summary.code),
                                   QString::fromStdString(detail.summary.asset),
                                   QString::fromStdString(detail.summary.network)});
    // A screening of the sender, by anyone, shows up in the open viewer.
    connect(m_sync, &ChangeFeedSync::orderEvent, viewer,
            [viewer, orderId](std::int64_t eventOrderId, const QString &kind, std::optional<std::int64_t>) {
                if (eventOrderId == orderId && kind == QLatin1String(proto::change_kind::kProofScreened))
                    viewer->refreshScreenings();
            });
    viewer->show();
}

void AppController::showApprovals()
{
    if (!m_main || !m_queueActions)
        return;
    if (!m_inbox) {
        m_inbox = new ApprovalsInbox(m_orders, m_queueActions, m_main.get());
        m_inbox->setWindowFlag(Qt::Window);
        m_inbox->setAttribute(Qt::WA_DeleteOnClose);
        m_inbox->setOnline(m_main->isOnline());
        connect(m_sync, &ChangeFeedSync::onlineChanged, m_inbox.data(), &ApprovalsInbox::setOnline);
        connect(m_inbox.data(), &ApprovalsInbox::openOrderRequested, this, &AppController::openOrder);
        WindowPlacement::place(m_inbox, m_main.get());
    }
    m_inbox->show();
    m_inbox->raise();
    m_inbox->activateWindow();
}

AdminWindow *AppController::adminWindow() const
{
    return m_admin.data();
}

void AppController::showAdmin()
{
    // The menu is hidden for non-admins already; syncd refuses their calls anyway.
    const auto &roles = m_operatorInfo.roles;
    if (!m_main || std::find(roles.begin(), roles.end(), domain::Role::Admin) == roles.end())
        return;
    if (!m_admin) {
        auto *service = new AdminService(m_api);
        m_admin = new AdminWindow(service, &m_adminPrompts);
        service->setParent(m_admin); // one service per window, gone with it
        m_admin->setAttribute(Qt::WA_DeleteOnClose);
        // Another admin's change reloads the page it concerns.
        if (m_sync)
            connect(m_sync, &ChangeFeedSync::configEvent, m_admin.data(), &AdminWindow::onChangeEvent);
        // Another admin's switch reloads the feature flags.
        if (m_sync)
            connect(m_sync, &ChangeFeedSync::configEvent, m_admin->featureFlagsPage(),
                    &FeatureFlagsPage::onChangeEvent);
        WindowPlacement::place(m_admin, m_main.get());
        m_admin->reload();
    }
    m_admin->show();
    m_admin->raise();
    m_admin->activateWindow();
}

CustomerDirectoryDialog *AppController::customerDirectory() const
{
    return m_directory.data();
}

void AppController::showCustomerDirectory()
{
    // Seniors and admins only, as the menu; syncd refuses anyone else's search anyway.
    const domain::Actor actor = actorOf(m_operatorInfo);
    if (!m_main || !(actor.hasRole(domain::Role::Senior) || actor.hasRole(domain::Role::Admin)))
        return;
    if (!m_directory) {
        auto *service = new CustomerService(m_api);
        m_directory = new CustomerDirectoryDialog(service, m_main.get());
        service->setParent(m_directory);
        m_directory->setAttribute(Qt::WA_DeleteOnClose);
        m_directory->setModal(false);
        connect(m_directory, &CustomerDirectoryDialog::openCustomerRequested, this, &AppController::openCustomer);
        WindowPlacement::place(m_directory, m_main.get());
    } else {
        m_directory->reload();
    }
    m_directory->show();
    m_directory->raise();
    m_directory->activateWindow();
}

void AppController::showSettings()
{
    const QString before = LanguageSettings::stored(*m_settings);
    SettingsDialog dialog(before, m_main.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    LanguageSettings::store(*m_settings, dialog.language());
    // Not applied live (every open window would have to rebuild its texts): say so once more.
    if (dialog.language() != before && m_main)
        m_main->showStatusMessage(tr("The new language applies when the workstation is started again."));
}

// --- support chat ------------------------------------------------------------------------------

std::vector<proto::OperatorRef> AppController::knownOperators() const
{
    // syncd lists accounts to admins only; the queue's holders are the operators at work.
    std::vector<proto::OperatorRef> out;
    if (!m_orders)
        return out;
    QSet<qint64> seen;
    for (int row = 0; row < m_orders->orderCount(); ++row) {
        const auto &holder = m_orders->at(row).summary.holder;
        if (holder && !seen.contains(holder->id)) {
            seen.insert(holder->id);
            out.push_back(*holder);
        }
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.username < b.username; });
    return out;
}

ChatPane *AppController::makeChatPane()
{
    auto *conversation = new TicketConversation(m_api, m_cache.get());
    conversation->setOperator(proto::OperatorRef{m_operatorInfo.id, m_operatorInfo.username});
    conversation->setOnline(m_main && m_main->isOnline());
    connect(m_sync, &ChangeFeedSync::supportEvent, conversation, &TicketConversation::onSupportEvent);
    connect(m_sync, &ChangeFeedSync::onlineChanged, conversation,
            [conversation](bool online) { conversation->setOnline(online); });
    m_conversations.removeIf([](const QPointer<TicketConversation> &gone) { return gone.isNull(); });
    m_conversations.append(conversation);
    auto *chat = new ChatPane(conversation, m_canned);
    conversation->setParent(chat);
    chat->setOperatorSource([this] { return knownOperators(); });
    return chat;
}

void AppController::openTicket(qint64 ticketId, std::optional<qint64> orderId)
{
    if (!m_main || ticketId <= 0)
        return;
    if (orderId)
        return openOrderCard(*orderId, ticketId); // the chat is on the order's card
    if (TicketWindow *open = m_ticketWindows.value(ticketId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    ChatPane *chat = makeChatPane();
    const domain::Actor actor = actorOf(m_operatorInfo);
    OrderCreation *creation = actor.worksOrders() ? new OrderCreation(m_api) : nullptr;
    auto *window = new TicketWindow(chat, creation);
    if (creation)
        creation->setParent(window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    connect(window, &TicketWindow::openOrderRequested, this, &AppController::openOrder);
    connect(window, &TicketWindow::openCustomerRequested, this, &AppController::openCustomer);
    m_ticketWindows.insert(ticketId, window);
    connect(window, &QObject::destroyed, this, [this, ticketId] { m_ticketWindows.remove(ticketId); });
    chat->conversation()->openTicket(ticketId);
    WindowPlacement::place(window, m_main.get(), static_cast<int>(m_ticketWindows.size()) - 1);
    window->show();
    window->activateWindow();
}

void AppController::openCustomer(qint64 customerId)
{
    if (!m_main || customerId <= 0)
        return;
    if (CustomerProfileDialog *open = m_profiles.value(customerId)) {
        open->reload();
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    // syncd decides who may block (seniors and admins); the button is offered to those alone.
    const domain::Actor actor = actorOf(m_operatorInfo);
    const bool canBlock = actor.hasRole(domain::Role::Senior) || actor.hasRole(domain::Role::Admin);
    auto *service = new CustomerService(m_api);
    // Not a child of a card or ticket window: the profile stays open when the window it came
    // from closes (the operator often goes on to another of the customer's orders).
    auto *dialog = new CustomerProfileDialog(service, customerId, canBlock, m_main.get());
    service->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    connect(dialog, &CustomerProfileDialog::openOrderRequested, this, &AppController::openOrder);
    connect(dialog, &CustomerProfileDialog::openTicketRequested, this, [this](qint64 ticketId, qint64 orderId) {
        openTicket(ticketId, orderId > 0 ? std::optional<qint64>(orderId) : std::nullopt);
    });
    // Another senior's block or unblock shows at once (customer.updated names the customer).
    connect(m_sync, &ChangeFeedSync::supportEvent, dialog,
            [dialog, customerId](const QString &kind, const proto::Json &payload) {
                const std::string_view updated = proto::change_kind::kCustomerUpdated;
                if (kind == QLatin1String(updated.data(), static_cast<qsizetype>(updated.size())) &&
                    payload.is_object() && payload.contains("customer_id") &&
                    payload["customer_id"].is_number_integer() &&
                    payload["customer_id"].get<std::int64_t>() == customerId)
                    dialog->reload();
            });
    m_profiles.insert(customerId, dialog);
    connect(dialog, &QObject::destroyed, this, [this, customerId] { m_profiles.remove(customerId); });
    WindowPlacement::place(dialog, m_main.get(), static_cast<int>(m_profiles.size()) - 1);
    dialog->show();
    dialog->activateWindow();
}

CustomerProfileDialog *AppController::customerProfile(qint64 customerId) const
{
    return m_profiles.value(customerId).data();
}

TicketWindow *AppController::ticketWindow(qint64 ticketId) const
{
    return m_ticketWindows.value(ticketId).data();
}

ChatPane *AppController::orderChat(qint64 orderId) const
{
    OrderCardWidget *card = m_cards.value(orderId);
    return card ? card->findChild<ChatPane *>() : nullptr;
}

} // namespace p2pdesk::workstation
