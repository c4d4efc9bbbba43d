// The workstation's screens as an operator sees them, built from realistic data without a server:
// the queue (online and offline), login, settings, keyboard shortcuts, the approvals inbox, the
// support inbox and the order card in its main states. scripts/screenshots.sh runs this per language and screen size
// (P2PDESK_SCREENSHOT_LANGUAGE, P2PDESK_SCREENSHOT_SIZES, P2PDESK_SCREENSHOT_DIR); without them it
// renders every screen once in each language and checks what a look would catch: no label shows
// a raw "&" mnemonic.
#include "FakeSyncd.h"
#include "FakeTicketBackend.h"
#include "Mnemonics.h"
#include "Orders.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "app/LanguageSettings.h"
#include "core/ApiClient.h"
#include "core/ApiError.h"
#include "core/CannedReplyCatalog.h"
#include "core/CertificatePinStore.h"
#include "core/OrderActions.h"
#include "core/OrderCreation.h"
#include "core/PinnedNetworkAccess.h"
#include "core/ProofService.h"
#include "core/TicketConversation.h"
#include "core/TicketInbox.h"
#include "models/ApprovalsFilterModel.h"
#include "models/OrderQueueModel.h"
#include "models/TicketListModel.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/approvals/ApprovalsInbox.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ShortcutsDialog.h"
#include "ui/order/OrderCardWidget.h"
#include "ui/proofs/ProofViewer.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/support/ChatPane.h"
#include "ui/support/SupportInbox.h"
#include "ui/support/TicketWindow.h"

#include <QApplication>
#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

// The reason the app itself shows when syncd cannot be reached, translated like in the app.
ApiError networkDown()
{
    return ApiError{0, ApiError::kNetwork, {}};
}

domain::Decimal dec(const char *text)
{
    return domain::Decimal::parse(text).value();
}

proto::Timestamp minutesAgo(int minutes)
{
    return timestampFromMsecs(QDateTime::currentMSecsSinceEpoch() - qint64(minutes) * 60'000);
}

proto::Timestamp minutesAhead(int minutes)
{
    return timestampFromMsecs(QDateTime::currentMSecsSinceEpoch() + qint64(minutes) * 60'000);
}

constexpr std::int64_t kSenior = 2;

// A working morning's queue: every tab has something in it.
std::vector<proto::OrderSummary> queue()
{
    using S = domain::OrderStatus;
    struct Row {
        S status;
        const char *asset;
        const char *network;
        const char *crypto;
        const char *fiat;
        const char *rate;
        int age;
        std::optional<std::int64_t> holder;
        const char *customer;
    };
    const std::vector<Row> rows = {
        {S::New, "USDT", "TRON", "480.50", "46326.00", "96.41", 2, std::nullopt, "ivan_petrov"},
        {S::New, "BTC", "BITCOIN", "0.01850000", "115440.00", "6240000.00", 5, std::nullopt, "m.sokolova"},
        {S::New, "USDT", "ETHEREUM", "1250.00", "119250.00", "95.40", 9, std::nullopt, "crypto_anna_1988"},
        {S::Assigned, "USDT", "TRON", "300.00", "28950.00", "96.50", 14, kSenior, "d_kuznetsov"},
        {S::AwaitingCrypto, "USDT", "TRON", "900.00", "86850.00", "96.50", 22, kSenior, "olga.v"},
        {S::UserMarkedSent, "USDT", "ETHEREUM", "150.00", "14310.00", "95.40", 31, 3, "sergey_m"},
        {S::PaymentVerified, "USDT", "TRON", "2400.00", "231600.00", "96.50", 40, 3, "alexey_trade"},
        {S::ProcessingPayout, "BTC", "BITCOIN", "0.00500000", "31150.00", "6230000.00", 55, kSenior, "nikita_b"},
        {S::PaidOut, "USDT", "TRON", "200.00", "19300.00", "96.50", 75, 3, "elena_k"},
        {S::Dispute, "USDT", "TRON", "640.00", "61760.00", "96.50", 120, kSenior, "pavel.romanov"},
        {S::Completed, "USDT", "TRON", "100.00", "9650.00", "96.50", 300, 3, "ivan_petrov"},
    };
    std::vector<proto::OrderSummary> out;
    std::int64_t id = 1;
    for (const Row &row : rows) {
        proto::OrderSummary order = makeOrder(id, row.status, row.fiat, 3);
        order.code = "P-" + std::to_string(241200 + id * 7);
        order.asset = row.asset;
        order.network = row.network;
        order.amountCrypto = dec(row.crypto);
        order.suggestedRate = dec(row.rate);
        if (row.status != S::New)
            order.finalRate = dec(row.rate);
        order.customer = proto::CustomerRef{id + 500, 7000000 + id, row.customer};
        order.createdAt = minutesAgo(row.age);
        order.updatedAt = minutesAgo(row.age / 2);
        if (!domain::isTerminal(row.status) && row.status != S::PaidOut)
            order.statusDeadline = minutesAhead(60 - row.age / 3);
        if (row.holder)
            order.holder = proto::OperatorRef{*row.holder, *row.holder == kSenior ? "senior" : "operator"};
        out.push_back(std::move(order));
        ++id;
    }
    out[2].risk = {{"first_order_above", proto::RiskSeverity::Info}};
    return out;
}

// The support inbox on the same morning: customers asking about their orders and in general, one
// past its deadline, one urgent, some answered.
std::vector<proto::TicketSummary> tickets()
{
    struct Row {
        const char *firstName;
        const char *username;
        std::optional<std::size_t> order; // index into queue()
        std::optional<std::int64_t> assignee;
        int lastMessageMinutesAgo;
        std::optional<int> dueInMinutes; // none: answered, nothing due
        int unread;
        bool urgent;
    };
    const std::vector<Row> rows = {
        {"Pavel", "pavel.romanov", 9, kSenior, 25, -6, 3, true},
        {"Ivan", "ivan_petrov", 0, std::nullopt, 2, 13, 1, false},
        {nullptr, "m.sokolova", std::nullopt, std::nullopt, 4, 11, 2, false},
        {"Olga", "olga.v", 4, kSenior, 9, 6, 1, false},
        {"Sergey", "sergey_m", 5, 3, 30, std::nullopt, 0, false},
        {"Анна", "crypto_anna_1988", 2, std::nullopt, 1, 29, 4, false},
        {"Nikita", nullptr, std::nullopt, kSenior, 48, std::nullopt, 0, false},
    };
    const std::vector<proto::OrderSummary> orders = queue();
    std::vector<proto::TicketSummary> out;
    std::int64_t id = 40;
    for (const Row &row : rows) {
        proto::TicketSummary ticket;
        ticket.id = ++id;
        ticket.customer = proto::CustomerRef{id + 900, 7100000 + id,
                                             row.username ? std::optional<std::string>(row.username) : std::nullopt};
        if (row.firstName)
            ticket.customerFirstName = row.firstName;
        if (row.order) {
            const proto::OrderSummary &order = orders.at(*row.order);
            ticket.orderId = order.id;
            ticket.orderCode = order.code;
            ticket.orderStatus = std::string(domain::toString(order.status));
        }
        if (row.assignee)
            ticket.assignee = proto::OperatorRef{*row.assignee, *row.assignee == kSenior ? "senior" : "operator"};
        ticket.lastCustomerMessageAt = minutesAgo(row.lastMessageMinutesAgo);
        if (row.dueInMinutes)
            ticket.firstResponseDueAt = minutesAhead(*row.dueInMinutes);
        else
            ticket.firstRespondedAt = minutesAgo(row.lastMessageMinutesAgo / 2);
        ticket.unread = row.unread;
        ticket.priority = row.urgent ? "urgent" : "normal";
        ticket.createdAt = minutesAgo(row.lastMessageMinutesAgo + 5);
        ticket.updatedAt = ticket.createdAt;
        out.push_back(std::move(ticket));
    }
    return out;
}

proto::OperatorInfo seniorInfo()
{
    return proto::OperatorInfo{kSenior, "senior", {domain::Role::Operator, domain::Role::Senior}};
}

proto::Settings deskSettings()
{
    proto::Settings settings;
    settings.approvalThresholds.emplace("RUB", dec("100000.00"));
    settings.maxRateDeviationPercent = dec("2.0000");
    return settings;
}

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void screens_data();
    void screens();

private:
    QString shotName(const QString &language, const QString &screen) const
    {
        return language + QLatin1Char('/') + screen;
    }
    void queueScreens(const QString &language);
    void dialogs(const QString &language);
    void approvals(const QString &language);
    void support(const QString &language);
    void cards(const QString &language);
    void proofViewer(const QString &language);
    void chat(const QString &language);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_trust{false};
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
};

void TestScreenshots::initTestCase()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_trust);
    m_api = std::make_unique<ApiClient>(m_network.get()); // no server: nothing here asks one
}

void TestScreenshots::screens_data()
{
    QTest::addColumn<QString>("language");
    const QString only = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    // English first: installing a language puts its translators in front of the earlier ones.
    for (const char *language : {"en", "ru"}) {
        if (only.isEmpty() || only == QLatin1String(language))
            QTest::newRow(language) << QString::fromLatin1(language);
    }
}

void TestScreenshots::screens()
{
    QFETCH(QString, language);
    QCOMPARE(LanguageSettings::install(*qApp, language), language);
    queueScreens(language);
    dialogs(language);
    approvals(language);
    support(language);
    cards(language);
    proofViewer(language);
    chat(language);
}

void TestScreenshots::queueScreens(const QString &language)
{
    OrderQueueModel orders;
    orders.upsertMany(queue());
    MainWindow window(&orders);
    window.setOperator(QStringLiteral("senior"),
                       domain::Actor::operatorAccount(kSenior, {domain::Role::Operator, domain::Role::Senior}));
    window.setOnline(true);
    window.resize(1366, 768 - 70);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QTabBar *>()->tabText(0).contains(u'3')); // the counters are in
    // "Mine" counts for the operator set after the window was built (it said nothing before).
    QVERIFY2(window.findChild<QTabBar *>()->tabText(int(QueueTab::Mine)).endsWith(QStringLiteral("(4)")),
             qPrintable(window.findChild<QTabBar *>()->tabText(int(QueueTab::Mine))));
    QCOMPARE(labelsShowingRawMnemonics(&window), QStringList());
    QVERIFY(screenshots::save(&window, shotName(language, QStringLiteral("queue"))));
    window.selectTab(QueueTab::Mine);
    QVERIFY(screenshots::save(&window, shotName(language, QStringLiteral("queue-mine"))));
    window.setOnline(false, networkDown().sentence());
    QVERIFY(screenshots::save(&window, shotName(language, QStringLiteral("queue-offline"))));

    ShortcutsDialog shortcuts(window.shortcutList(), &window);
    shortcuts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
    QVERIFY(screenshots::save(&shortcuts, shotName(language, QStringLiteral("shortcuts")), screenshots::Kind::Dialog));
}

void TestScreenshots::dialogs(const QString &language)
{
    LoginDialog login;
    login.setServer(QStringLiteral("https://127.0.0.1:8443"));
    login.setUsername(QStringLiteral("senior"));
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QCOMPARE(labelsShowingRawMnemonics(&login), QStringList());
    QVERIFY(screenshots::save(&login, shotName(language, QStringLiteral("login")), screenshots::Kind::Dialog));

    SettingsDialog settings(QStringLiteral("ru"));
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    QCOMPARE(labelsShowingRawMnemonics(&settings), QStringList());
    QVERIFY(screenshots::save(&settings, shotName(language, QStringLiteral("settings")), screenshots::Kind::Dialog));
}

void TestScreenshots::approvals(const QString &language)
{
    OrderQueueModel orders;
    orders.upsertMany(queue());
    OrderActions actions(m_api.get());
    actions.setOperator(seniorInfo());
    actions.setSettings(deskSettings());
    ApprovalsInbox inbox(&orders, &actions);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QTRY_COMPARE(inbox.inbox()->rowCount(), 1);
    QCOMPARE(labelsShowingRawMnemonics(&inbox), QStringList());
    QVERIFY(screenshots::save(&inbox, shotName(language, QStringLiteral("approvals"))));
}

void TestScreenshots::support(const QString &language)
{
    OrderQueueModel orders;
    orders.upsertMany(queue());
    TicketListModel list;
    list.upsertMany(tickets());
    TicketInbox service(m_api.get(), nullptr, &list); // never asked: the window is only looked at
    MainWindow window(&orders);
    auto *inbox = new SupportInbox(&list, &service);
    inbox->setOperatorId(kSenior);
    window.setSupportInbox(inbox);
    window.setOperator(QStringLiteral("senior"),
                       domain::Actor::operatorAccount(kSenior, {domain::Role::Operator, domain::Role::Senior}));
    window.setOnline(true);
    inbox->setOnline(true);
    window.resize(1366, 768 - 70);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSupport();
    // Pavel (mine, overdue), Ivan, m.sokolova and Anna (nobody's, unread), Olga (mine, unread).
    QTRY_VERIFY(window.findChild<QTabBar *>()->tabText(kQueueTabCount).endsWith(QStringLiteral("(5)")));
    QCOMPARE(labelsShowingRawMnemonics(&window), QStringList());
    QVERIFY(screenshots::save(&window, shotName(language, QStringLiteral("support"))));
    inbox->setView(TicketView::Mine);
    QVERIFY(screenshots::save(&window, shotName(language, QStringLiteral("support-mine"))));
    window.setOnline(false, networkDown().sentence());
    inbox->setOnline(false);
    inbox->setView(TicketView::AllOpen);
    QVERIFY(screenshots::save(&window, shotName(language, QStringLiteral("support-offline"))));
}

void TestScreenshots::cards(const QString &language)
{
    using S = domain::OrderStatus;
    const std::vector<proto::OrderSummary> all = queue();
    const std::vector<std::pair<std::size_t, QString>> states = {
        {0, QStringLiteral("card-new")},
        {4, QStringLiteral("card-awaiting-crypto")},
        {6, QStringLiteral("card-payment-verified")},
        {8, QStringLiteral("card-paid-out")},
    };
    for (const auto &[index, name] : states) {
        proto::OrderDetail detail;
        detail.summary = all.at(index);
        const S status = detail.summary.status;
        const auto item = [](std::int64_t id, const char *title, bool done) {
            proto::ChecklistItemState state;
            state.itemId = id;
            state.title = title;
            state.done = done;
            return state;
        };
        const bool verified = status == S::PaymentVerified || status == S::PaidOut;
        detail.checklist.verify = {item(1, "Amount received matches the order", verified),
                                   item(2, "Transaction is confirmed on chain", verified),
                                   item(3, "Sender is not on the stop list", verified)};
        detail.checklist.payout = {item(4, "Requisites match the customer's name", status == S::PaidOut),
                                   item(5, "Amount sent matches the order", status == S::PaidOut),
                                   item(6, "Bank receipt saved", status == S::PaidOut)};
        proto::OrderHistoryEntry created;
        created.id = 1;
        created.at = detail.summary.createdAt;
        created.to = S::New;
        detail.history.push_back(created);
        if (status != S::New) {
            proto::OrderHistoryEntry taken;
            taken.id = 2;
            taken.at = detail.summary.updatedAt;
            taken.actor =
                proto::Actor{proto::ActorKind::Operator, detail.summary.holder->id, detail.summary.holder->username};
            taken.from = S::New;
            taken.to = S::Assigned;
            detail.history.push_back(taken);
        }
        if (status == S::PaidOut) {
            detail.payoutReference = "SBP-20261206-0931";
            detail.summary.payoutBankName = "T-Bank"; // the customer named it in the bot
        }
        OrderActions actions(m_api.get());
        actions.setOperator(seniorInfo());
        actions.setSettings(deskSettings());
        actions.setDetail(detail);
        OrderCardWidget card(&actions);
        card.setWindowFlag(Qt::Window);
        card.setOnline(true);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QCOMPARE(labelsShowingRawMnemonics(&card), QStringList());
        QVERIFY(screenshots::save(&card, shotName(language, name)));
    }
}

// A bank receipt as a customer sends it, served by a stand-in syncd (the viewer downloads it).
void TestScreenshots::proofViewer(const QString &language)
{
    QImage receipt(900, 1400, QImage::Format_RGB32);
    receipt.fill(Qt::white);
    {
        QPainter painter(&receipt);
        QFont font = painter.font();
        font.setPixelSize(34);
        painter.setFont(font);
        painter.fillRect(0, 0, 900, 140, QColor(0x21, 0xa0, 0x38));
        painter.setPen(Qt::white);
        painter.drawText(40, 90, QStringLiteral("Transfer receipt"));
        painter.setPen(Qt::black);
        const QStringList lines = {QStringLiteral("Amount: 231 600.00 RUB"), QStringLiteral("To: card **** 4417"),
                                   QStringLiteral("Date: 06.12.2026 09:31"), QStringLiteral("Status: completed"),
                                   QStringLiteral("Reference: SBP-20261206-0931")};
        for (int i = 0; i < lines.size(); ++i)
            painter.drawText(40, 260 + i * 90, lines.at(i));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(receipt.save(&buffer, "PNG"));

    QTemporaryDir dir;
    const auto certificate = TestCertificate::generate(dir, QStringLiteral("shots"));
    QVERIFY(certificate);
    FakeSyncd server;
    QVERIFY(server.listen(*certificate));
    server.routeJson("GET", QStringLiteral("/api/v1/proofs/5/file"), 200, png);
    server.routeJson("GET", QStringLiteral("/api/v1/proofs/5/annotations"), 200, QByteArrayLiteral("{\"items\":[]}"));
    ScriptedTrustPrompt trust(true);
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    CertificatePinStore pins(&settings);
    PinnedNetworkAccess network(&pins, &trust);
    ApiClient api(&network);
    api.setServer(server.url());
    api.setToken(QStringLiteral("token"));
    ProofService service(&api);
    ProofViewer viewer(&service);
    proto::Proof proof;
    proof.id = 5;
    proof.kind = proto::ProofKind::File;
    proof.sha256 = ProofService::sha256Hex(png).toStdString();
    proof.size = png.size();
    proof.mime = "image/png";
    proof.uploader = proto::Actor{proto::ActorKind::Customer, 9, std::string("alexey_trade")};
    proof.at = minutesAgo(12);
    viewer.resize(1100, 760);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.showProof(ProofContext{proof, QStringLiteral("P-241249"), QStringLiteral("USDT"), QStringLiteral("TRON")});
    QTRY_VERIFY(viewer.digestMatches().has_value());
    QCOMPARE(labelsShowingRawMnemonics(&viewer), QStringList());
    QVERIFY(screenshots::save(&viewer, shotName(language, QStringLiteral("proof-viewer"))));

    // A transaction id proof with the block explorer's hint beside it (a short payment).
    server.routeJson("GET", QStringLiteral("/api/v1/proofs/6/chain-hint"), 200,
                     R"({"proof_id":6,"state":"found","network":"TRON",
                         "txid":"7c1f0e9a3b5d2c4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6",
                         "checked_at":"2026-12-07T18:40:05Z","expected_address":"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf",
                         "expected_amount":"150.000000","explorer":"Tronscan apilist.tronscanapi.com",
                         "succeeded":true,"confirmations":42,"block_time":"2026-12-07T18:31:12Z",
                         "received":"149.000000","address_matches":true,"amount_matches":false,
                         "other_transfers":0})");
    proto::Proof txid;
    txid.id = 6;
    txid.kind = proto::ProofKind::Txid;
    txid.txid = "7c1f0e9a3b5d2c4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6";
    txid.uploader = proto::Actor{proto::ActorKind::Customer, 9, std::string("alexey_trade")};
    txid.at = minutesAgo(3);
    viewer.showProof(ProofContext{txid, QStringLiteral("P-241250"), QStringLiteral("USDT"), QStringLiteral("TRON")});
    auto *hint = viewer.findChild<QLabel *>(QStringLiteral("chainHintLabel"));
    QVERIFY(hint);
    QTRY_VERIFY(hint->text().contains(QStringLiteral("149.000000")));
    QCOMPARE(labelsShowingRawMnemonics(&viewer), QStringList());
    QVERIFY(screenshots::save(&viewer, shotName(language, QStringLiteral("proof-viewer-chain-hint"))));

    // A sell's transaction whose sender a provider scored above the desk's limit: the order is held.
    server.routeJson("GET", QStringLiteral("/api/v1/proofs/7/chain-hint"), 200,
                     R"({"proof_id":7,"state":"found","network":"TRON",
                         "txid":"9d2e4b5a6978877665544332211ffeeddccbbaa99887766554433221100a3f1c",
                         "checked_at":"2026-12-08T01:40:05Z","expected_address":"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf",
                         "expected_amount":"2400.000000","explorer":"Tronscan apilist.tronscanapi.com",
                         "succeeded":true,"confirmations":118,"block_time":"2026-12-08T01:21:40Z",
                         "received":"2400.000000","address_matches":true,"amount_matches":true,
                         "other_transfers":0,"senders":["TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR"]})");
    server.routeJson("GET", QStringLiteral("/api/v1/proofs/7/screenings"), 200,
                     R"({"proof_id":7,"network":"TRON","provider":"MistTrack openapi.misttrack.io","hold_above":70,
                         "items":[{"id":12,"address":"TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR","score":87,
                         "source":"provider","provider":"MistTrack openapi.misttrack.io","risk_level":"High",
                         "labels":["Malicious Address","Phishing"],"sender_checked":true,
                         "screened_by":{"id":3,"username":"alice"},"reason":"large sell, checking the source",
                         "screened_at":"2026-12-08T01:42:10Z","flag_id":77}]})");
    txid.id = 7;
    txid.txid = "9d2e4b5a6978877665544332211ffeeddccbbaa99887766554433221100a3f1c";
    viewer.showProof(ProofContext{txid, QStringLiteral("P-241251"), QStringLiteral("USDT"), QStringLiteral("TRON")});
    auto *screening = viewer.findChild<QLabel *>(QStringLiteral("screeningLabel"));
    QVERIFY(screening);
    QTRY_VERIFY(screening->text().contains(QStringLiteral("87")));
    QTRY_VERIFY(hint->text().contains(QStringLiteral("TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR")));
    QCOMPARE(labelsShowingRawMnemonics(&viewer), QStringList());
    QVERIFY(screenshots::save(&viewer, shotName(language, QStringLiteral("proof-viewer-sender-risk"))));
    // The dialog that asks the provider again, the explorer's sender filled in.
    auto *screen = viewer.findChild<QPushButton *>(QStringLiteral("screenSenderButton"));
    QVERIFY(screen && screen->isEnabled());
    QTest::mouseClick(screen, Qt::LeftButton);
    ReasonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = viewer.findChild<ReasonDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit")),
                     QStringLiteral("the customer says it is their exchange wallet"));
    QCOMPARE(labelsShowingRawMnemonics(dialog), QStringList());
    QVERIFY(screenshots::save(dialog, shotName(language, QStringLiteral("proof-viewer-screen-sender")),
                              screenshots::Kind::Dialog));
    dialog->reject();
}

// The support chat (issue 11) on an order card, with a canned reply being previewed, and a general
// ticket in its own window; served by a stand-in syncd.
void TestScreenshots::chat(const QString &language)
{
    QTemporaryDir dir;
    const auto certificate = TestCertificate::generate(dir, QStringLiteral("chat"));
    QVERIFY(certificate);
    FakeSyncd server;
    QVERIFY(server.listen(*certificate));
    FakeTicketBackend tickets(&server);
    const std::vector<proto::OrderSummary> all = queue();
    const proto::OrderSummary &order = all.at(6); // payment verified, 2 400 USDT
    proto::TicketDetail &ticket = tickets.addTicket(7, order.id, order.code);
    ticket.customer.firstName = "Алексей";
    ticket.customer.username = "alexey_trade";
    ticket.customer.verificationWord = "silver-badger-92";
    ticket.ticket.assignee = proto::OperatorRef{kSenior, "senior"};
    tickets.addCustomerMessage(7, "Добрый день! Перевёл 2400 USDT, вот чек. Когда придут рубли?");
    QImage receipt(600, 900, QImage::Format_RGB32);
    receipt.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(receipt.save(&buffer, "PNG"));
    tickets.addCustomerMessage(
        7, "", {proto::TicketAttachment{31, "image/png", png.size(), ProofService::sha256Hex(png).toStdString()}});
    tickets.addOperatorMessage(7, "Спасибо, Алексей! Заявка " + order.code + " в работе.", false, "sent");
    tickets.addOperatorMessage(7, "Сумма и отправитель совпадают; выплата после одобрения.", true);
    tickets.addCustomerMessage(7, "Спасибо, жду.");
    const auto late = tickets.addOperatorMessage(7, "Выплата одобрена, отправляем на карту.", false, "undeliverable");
    tickets.setDelivery(7, late, "undeliverable", "forbidden: Forbidden: bot was blocked by the user");
    tickets.ticket(7).customer.unreachable = true;
    proto::CannedReply paid;
    paid.id = 1;
    paid.shortcut = "paid";
    paid.title = language == u"ru" ? "Выплата отправлена" : "Payout sent";
    paid.bodyRu = "{customer.name}, выплата по заявке {order.code} отправлена. Проверьте поступление.";
    paid.bodyEn = "{customer.name}, the payout for order {order.code} is sent. Please check your account.";
    tickets.cannedReplies() = {paid};
    tickets.addTicket(20);
    tickets.addCustomerMessage(20, "Можно продать 500 USDT по телефону? Бот не принимает заявку.");

    ScriptedTrustPrompt trust(true);
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    CertificatePinStore pins(&settings);
    PinnedNetworkAccess network(&pins, &trust);
    ApiClient api(&network);
    api.setServer(server.url());
    api.setToken(QStringLiteral("token"));
    CannedReplyCatalog catalog(&api);
    catalog.load();
    QTRY_VERIFY(catalog.isLoaded());

    proto::OrderDetail detail;
    detail.summary = order;
    OrderActions actions(m_api.get());
    actions.setOperator(seniorInfo());
    actions.setSettings(deskSettings());
    actions.setDetail(detail);
    OrderCardWidget card(&actions);
    card.setWindowFlag(Qt::Window);
    card.setOnline(true);
    auto *conversation = new TicketConversation(&api);
    conversation->setOperator(proto::OperatorRef{kSenior, "senior"});
    auto *pane = new ChatPane(conversation, &catalog);
    conversation->setParent(pane);
    card.addSidePane(pane);
    card.resize(1366, 768 - 70);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    conversation->openOrder(order.id);
    QTRY_COMPARE(pane->messageModel()->rowCount(), 6);
    pane->composer()->setFocus();
    QTest::keyClicks(pane->composer(), QStringLiteral("/paid"));
    QTRY_VERIFY(pane->previewText().contains(QString::fromStdString(order.code)));
    pane->messageView()->scrollToBottom();
    QCOMPARE(labelsShowingRawMnemonics(&card), QStringList());
    QVERIFY(screenshots::save(&card, shotName(language, QStringLiteral("card-chat"))));

    auto *general = new TicketConversation(&api);
    auto *generalPane = new ChatPane(general, &catalog);
    general->setParent(generalPane);
    OrderCreation creation(&api);
    TicketWindow window(generalPane, &creation);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    general->openTicket(20);
    QTRY_COMPARE(generalPane->messageModel()->rowCount(), 1);
    generalPane->setPrivateNote(true);
    // The desk writes its notes in the language of the screen (QTest types ASCII only, hence insert).
    generalPane->composer()->insertPlainText(language == u"ru" ? QStringLiteral("Просил перезвонить в 15:00")
                                                               : QStringLiteral("Asked to call back at 15:00"));
    QCOMPARE(labelsShowingRawMnemonics(&window), QStringList());
    QVERIFY(screenshots::save(&window, shotName(language, QStringLiteral("ticket-window")), screenshots::Kind::Dialog));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
