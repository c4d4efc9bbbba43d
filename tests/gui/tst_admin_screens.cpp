#include "FakeSyncd.h"
#include "Mnemonics.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "app/LanguageSettings.h"
#include "core/AdminService.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/OtpAuthUri.h"
#include "core/PinnedNetworkAccess.h"
#include "models/AuditLogModel.h"
#include "models/BankListModel.h"
#include "models/CannedReplyListModel.h"
#include "models/ChecklistEditModel.h"
#include "models/FeatureFlagModel.h"
#include "models/OperatorListModel.h"
#include "models/OrderQueueModel.h"
#include "models/RateListModel.h"
#include "models/RiskLimitModel.h"
#include "models/WalletListModel.h"
#include "platform/QrCode.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/BanksPage.h"
#include "ui/admin/CannedRepliesPage.h"
#include "ui/admin/ChecklistsPage.h"
#include "ui/admin/DeskSettingsPage.h"
#include "ui/admin/EnrolmentDialog.h"
#include "ui/admin/FeatureFlagsPage.h"
#include "ui/admin/LimitEditDialog.h"
#include "ui/admin/LimitsPage.h"
#include "ui/admin/OperatorFormDialog.h"
#include "ui/admin/OperatorsPage.h"
#include "ui/admin/RatesPage.h"
#include "ui/admin/WalletsPage.h"
#include "ui/main/MainWindow.h"

#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/proto/RiskLimits.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

const QString kUri = QStringLiteral(
    "otpauth://totp/p2pdesk:carol?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=p2pdesk&algorithm=SHA1&digits=6&period=30");
const QString kResetUri = QStringLiteral(
    "otpauth://totp/p2pdesk:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBV&issuer=p2pdesk&algorithm=SHA1&digits=6&period=30");

QJsonObject accountJson(qint64 id, const QString &name, const QStringList &roles, bool active = true)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("username"), name},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                       {QStringLiteral("active"), active},
                       {QStringLiteral("totp_confirmed"), true},
                       {QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:00:00Z")}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A golden file of the wire contract (tests/data/proto), byte for byte.
QByteArray goldenJson(const char *name)
{
    QFile file(QStringLiteral(P2PDESK_PROTO_GOLDEN_DIR "/%1.json").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no golden file %s", name);
    return file.readAll();
}

// A small desk's limits as the demo sets them, with syncd's catalogue of rules.
QByteArray limitsJson()
{
    const auto dec = [](const char *text) { return domain::Decimal::parse(text).value(); };
    const auto at = proto::parseTimestamp("2024-05-01T10:00:00Z").value();
    proto::RiskLimitList list;
    list.items = {
        {1, "customer_orders_24h", std::nullopt, dec("30"), proto::LimitAction::Hold, true, at, 2},
        {2, "single_order_max", std::string("RUB"), dec("500000.00"), proto::LimitAction::Hold, true, at, 1},
        {3, "new_payout_account_above", std::string("RUB"), dec("150000.00"), proto::LimitAction::Hold, true, at, 0},
        {4, "amount_above_usual", std::nullopt, dec("5.00"), proto::LimitAction::Flag, true, at, 4},
        {5, "requisites_changed_near_order", std::nullopt, dec("30"), proto::LimitAction::Hold, false, at, 0},
    };
    for (const auto &info : domain::limitRuleCatalog()) {
        proto::RiskRuleInfo rule;
        rule.rule = std::string(info.id);
        rule.kind = info.kind == domain::LimitKind::AmountPerFiat ? proto::LimitKind::AmountPerFiat
                    : info.kind == domain::LimitKind::Multiplier  ? proto::LimitKind::Multiplier
                    : info.kind == domain::LimitKind::Minutes     ? proto::LimitKind::Minutes
                                                                  : proto::LimitKind::Count;
        rule.decimals = info.decimals;
        rule.onByDefault = info.onByDefault;
        rule.defaultThreshold = info.defaultThreshold;
        rule.defaultAction = info.defaultSeverity == domain::Severity::Info    ? proto::LimitAction::Flag
                             : info.defaultSeverity == domain::Severity::Block ? proto::LimitAction::Block
                                                                               : proto::LimitAction::Hold;
        list.rules.push_back(rule);
    }
    return QByteArray::fromStdString(proto::toJson(list).dump());
}

// Answers the admin screens' questions from a script and counts them.
class ScriptedAdminPrompts final : public AdminPrompts {
public:
    std::optional<NewOperatorForm> form;
    std::optional<std::vector<domain::Role>> rolesAnswer;
    std::optional<QString> passwordAnswer;
    std::optional<QString> reasonAnswer;
    QStringList reasonsAskedFor;

    std::optional<NewOperatorForm> newOperator(QWidget *) override { return form; }
    std::optional<std::vector<domain::Role>> roles(QWidget *, const proto::OperatorAccount &) override
    {
        return rolesAnswer;
    }
    std::optional<QString> newPassword(QWidget *, const proto::OperatorAccount &) override { return passwordAnswer; }
    std::optional<QString> reason(QWidget *, const QString &action) override
    {
        reasonsAskedFor << action;
        return reasonAnswer;
    }
};

} // namespace

class TestAdminScreens : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsLoadOnOpen();
    void createOperatorShowsQrAndUri();
    void enrolmentChecksTheFirstCode();
    void roleChangeAsksReason();
    void cancellingTheReasonChangesNothing();
    void deactivateAndReset2faAskReason();
    void checklistEditSavesOrderedItemsWithReason();
    void rateEditShowsSuggestedRateAndSavesWithReason();
    void nonAdminCannotSeeAdminScreens();
    void deskSettingsLoadAndSaveTheAmlHoldScore();
    // Last: it may install another language (P2PDESK_SCREENSHOT_LANGUAGE, scripts/screenshots.sh).
    void rendersEveryPageForScreenshots();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void selectOperator(qint64 id);
    QJsonObject lastBody(const QString &path) const
    {
        return QJsonDocument::fromJson(m_server->requestsTo(path).last().body).object();
    }

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_trust{true};
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<FakeSyncd> m_server;
    std::unique_ptr<AdminService> m_service;
    ScriptedAdminPrompts m_prompts;
    std::unique_ptr<AdminWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestAdminScreens::initTestCase()
{
    m_certificate = TestCertificate::generate(m_dir, QStringLiteral("admin"));
    QVERIFY(m_certificate);
}

void TestAdminScreens::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("admin.ini")), QSettings::IniFormat);
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_trust);
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_server = std::make_unique<FakeSyncd>();
    QVERIFY(m_server->listen(*m_certificate));
    m_api->setServer(m_server->url());
    m_api->setToken(QStringLiteral("admin-token"));

    m_server->routeJson("GET", QStringLiteral("/api/v1/admin/operators"), 200,
                        json({{QStringLiteral("items"),
                               QJsonArray{accountJson(1, QStringLiteral("root"), {QStringLiteral("admin")}),
                                          accountJson(2, QStringLiteral("bob"), {QStringLiteral("operator")})}}}));
    m_server->route("POST", QStringLiteral("/api/v1/admin/operators"),
                    [](const FakeSyncd::Request &request, const FakeSyncd::Responder &responder) {
                        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                        QStringList roles;
                        for (const QJsonValue &role : body.value(QStringLiteral("roles")).toArray())
                            roles << role.toString();
                        QJsonObject account = accountJson(3, body.value(QStringLiteral("username")).toString(), roles);
                        account.insert(QStringLiteral("totp_confirmed"), false);
                        responder.respond(
                            201, json({{QStringLiteral("operator"), account}, {QStringLiteral("otpauth_uri"), kUri}}));
                    });
    m_server->route("POST", QStringLiteral("/api/v1/admin/operators/2/roles"),
                    [](const FakeSyncd::Request &request, const FakeSyncd::Responder &responder) {
                        QStringList roles;
                        for (const QJsonValue &role :
                             QJsonDocument::fromJson(request.body).object().value(QStringLiteral("roles")).toArray())
                            roles << role.toString();
                        responder.respond(200, json(accountJson(2, QStringLiteral("bob"), roles)));
                    });
    m_server->routeJson("POST", QStringLiteral("/api/v1/admin/operators/2/deactivate"), 200,
                        json(accountJson(2, QStringLiteral("bob"), {QStringLiteral("operator")}, false)));
    m_server->routeJson("POST", QStringLiteral("/api/v1/admin/operators/2/reset-2fa"), 200,
                        json({{QStringLiteral("otpauth_uri"), kResetUri}}));
    m_server->routeJson(
        "GET", QStringLiteral("/api/v1/rates"), 200,
        json({{QStringLiteral("items"),
               QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                      {QStringLiteral("direction"), QStringLiteral("sell")},
                                      {QStringLiteral("asset"), QStringLiteral("USDT")},
                                      {QStringLiteral("network"), QStringLiteral("TRON")},
                                      {QStringLiteral("fiat_currency"), QStringLiteral("RUB")},
                                      {QStringLiteral("base_rate"), QStringLiteral("92.5")},
                                      {QStringLiteral("base_source"), QStringLiteral("manual")},
                                      {QStringLiteral("margin_percent"), QStringLiteral("1")},
                                      {QStringLiteral("fixed_fee"), QStringLiteral("100")},
                                      {QStringLiteral("suggested_rate"), QStringLiteral("91.575")},
                                      {QStringLiteral("updated_at"), QStringLiteral("2024-05-01T10:00:00Z")},
                                      {QStringLiteral("stale"), false}}}}}));
    m_server->route("POST", QStringLiteral("/api/v1/admin/rates"),
                    [](const FakeSyncd::Request &request, const FakeSyncd::Responder &responder) {
                        QJsonObject body = QJsonDocument::fromJson(request.body).object();
                        body.remove(QStringLiteral("reason"));
                        body.insert(QStringLiteral("id"), 1);
                        body.insert(QStringLiteral("suggested_rate"), QStringLiteral("90.65"));
                        body.insert(QStringLiteral("updated_at"), QStringLiteral("2024-05-01T11:00:00Z"));
                        body.insert(QStringLiteral("stale"), false);
                        responder.respond(200, json(body));
                    });
    const QJsonArray verifyItems{
        QJsonObject{{QStringLiteral("id"), 11}, {QStringLiteral("title"), QStringLiteral("Amount received")}},
        QJsonObject{{QStringLiteral("id"), 12}, {QStringLiteral("title"), QStringLiteral("Sender matches")}}};
    m_server->routeJson(
        "GET", QStringLiteral("/api/v1/admin/checklists"), 200,
        json({{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("verify")},
                                                               {QStringLiteral("items"), verifyItems}},
                                                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("payout")},
                                                               {QStringLiteral("items"), QJsonArray{}}}}}}));
    m_server->route("POST", QStringLiteral("/api/v1/admin/checklists/verify"),
                    [](const FakeSyncd::Request &request, const FakeSyncd::Responder &responder) {
                        QJsonArray items;
                        qint64 next = 20;
                        for (const QJsonValue &item :
                             QJsonDocument::fromJson(request.body).object().value(QStringLiteral("items")).toArray()) {
                            QJsonObject saved = item.toObject();
                            if (!saved.contains(QStringLiteral("id")))
                                saved.insert(QStringLiteral("id"), next++);
                            items.append(saved);
                        }
                        responder.respond(200, json({{QStringLiteral("kind"), QStringLiteral("verify")},
                                                     {QStringLiteral("items"), items}}));
                    });
    const QJsonArray known{QStringLiteral("customer.name"), QStringLiteral("order.code"),
                           QStringLiteral("order.final_rate")};
    m_server->routeJson(
        "GET", QStringLiteral("/api/v1/admin/canned-replies"), 200,
        json({{QStringLiteral("known_variables"), known},
              {QStringLiteral("items"),
               QJsonArray{QJsonObject{{QStringLiteral("id"), 3},
                                      {QStringLiteral("shortcut"), QStringLiteral("rate-final")},
                                      {QStringLiteral("title"), QStringLiteral("Final rate of the order")},
                                      {QStringLiteral("body_ru"),
                                       QStringLiteral("Здравствуйте, {customer.name}!\nКурс по заявке "
                                                      "<b>{order.code}</b>: {order.final_rate}.")},
                                      {QStringLiteral("body_en"), QStringLiteral("Hello, {customer.name}!\nThe rate "
                                                                                 "of <b>{order.code}</b> is "
                                                                                 "{order.final_rate}.")},
                                      {QStringLiteral("active"), true},
                                      {QStringLiteral("version"), 2},
                                      {QStringLiteral("updated_at"), QStringLiteral("2024-05-01T09:00:00Z")}},
                          QJsonObject{{QStringLiteral("id"), 4},
                                      {QStringLiteral("shortcut"), QStringLiteral("bye")},
                                      {QStringLiteral("title"), QStringLiteral("Goodbye")},
                                      {QStringLiteral("body_ru"), QStringLiteral("До свидания!")},
                                      {QStringLiteral("body_en"), QStringLiteral("Goodbye!")},
                                      {QStringLiteral("active"), false},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("updated_at"), QStringLiteral("2024-05-01T09:30:00Z")}}}}}));
    m_server->routeJson("GET", QStringLiteral("/api/v1/admin/limits"), 200, limitsJson());
    m_server->routeJson(
        "GET", QStringLiteral("/api/v1/admin/wallets"), 200,
        json({{QStringLiteral("items"),
               QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                      {QStringLiteral("asset"), QStringLiteral("USDT")},
                                      {QStringLiteral("network"), QStringLiteral("TRON")},
                                      {QStringLiteral("kind"), QStringLiteral("hot")},
                                      {QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")},
                                      {QStringLiteral("label"), QStringLiteral("Tron hot 1")},
                                      {QStringLiteral("secret_ref"), QStringLiteral("vault://desk/tron-hot-1")},
                                      {QStringLiteral("active"), true},
                                      {QStringLiteral("created_at"), QStringLiteral("2024-05-01T09:00:00Z")}},
                          QJsonObject{
                              {QStringLiteral("id"), 2},
                              {QStringLiteral("asset"), QStringLiteral("BTC")},
                              {QStringLiteral("network"), QStringLiteral("BITCOIN")},
                              {QStringLiteral("kind"), QStringLiteral("cold")},
                              {QStringLiteral("address"), QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")},
                              {QStringLiteral("secret_ref"), QStringLiteral("hsm:slot-4")},
                              {QStringLiteral("active"), false},
                              {QStringLiteral("created_at"), QStringLiteral("2024-05-01T09:30:00Z")}}}}}));
    // Feature flags and the audit log, as the golden files of the wire contract spell them.
    m_server->routeJson("GET", QStringLiteral("/api/v1/admin/banks"), 200, goldenJson("bank_list"));
    m_server->routeJson("GET", QStringLiteral("/api/v1/admin/reserves"), 200, goldenJson("reserve_list"));
    m_server->routeJson("GET", QStringLiteral("/api/v1/admin/flags"), 200, goldenJson("feature_flag_list"));
    m_server->routeJson("GET", QStringLiteral("/api/v1/admin/audit"), 200, goldenJson("audit_page"));
    m_server->routeJson("POST", QStringLiteral("/api/v1/admin/audit/verify"), 200,
                        json({{QStringLiteral("ok"), true},
                              {QStringLiteral("sealed_rows"), 41},
                              {QStringLiteral("pending_rows"), 1},
                              {QStringLiteral("last_verified_seq"), 41},
                              {QStringLiteral("verified_at"), QStringLiteral("2026-12-06T16:41:00Z")}}));
    m_server->routeJson("GET", QStringLiteral("/api/v1/admin/settings"), 200,
                        json({{QStringLiteral("approval_thresholds"),
                               QJsonObject{{QStringLiteral("RUB"), QStringLiteral("300000.00")}}},
                              {QStringLiteral("status_timeouts"), QJsonObject{}},
                              {QStringLiteral("max_rate_deviation_percent"), QStringLiteral("2.0000")},
                              {QStringLiteral("max_rate_hard_deviation_percent"), QStringLiteral("10.0000")},
                              {QStringLiteral("rate_max_age_seconds"), 600},
                              {QStringLiteral("ticket_first_response_minutes"), 15},
                              {QStringLiteral("ticket_next_response_minutes"), 60},
                              {QStringLiteral("ops_alerts_enabled"), true}}));

    m_prompts = ScriptedAdminPrompts{};
    m_service = std::make_unique<AdminService>(m_api.get());
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_testers.clear();
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_window->operatorsPage()->model(), m_window->ratesPage()->model(), m_window->checklistsPage()->model()})
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    QTRY_COMPARE(m_window->operatorsPage()->model()->rowCount(), 2);
    QTRY_COMPARE(m_window->ratesPage()->model()->rowCount(), 1);
    QTRY_COMPARE(m_window->checklistsPage()->model()->rowCount(), 2);
}

void TestAdminScreens::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_service.reset();
    m_server.reset();
    m_api.reset();
    m_network.reset();
}

void TestAdminScreens::selectOperator(qint64 id)
{
    auto *table = find<QTableView>("operatorsTableView");
    const int row = m_window->operatorsPage()->model()->rowOf(id);
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
}

void TestAdminScreens::listsLoadOnOpen()
{
    auto *operators = m_window->operatorsPage()->model();
    QCOMPARE(operators->index(1, OperatorListModel::Username).data().toString(), QStringLiteral("bob"));
    QCOMPARE(m_window->ratesPage()->model()->index(0, RateListModel::Suggested).data().toString(),
             QStringLiteral("91.575"));
    QCOMPARE(m_window->checklistsPage()->model()->index(1, ChecklistEditModel::Title).data().toString(),
             QStringLiteral("Sender matches"));
    // Loading asks nothing and changes nothing (verifying the audit chain is a POST that only reads).
    QVERIFY(m_prompts.reasonsAskedFor.isEmpty());
    QVERIFY(!m_server->requestsTo(QStringLiteral("/api/v1/admin/audit/verify")).isEmpty());
    for (const FakeSyncd::Request &request : m_server->requests()) {
        if (request.path != QStringLiteral("/api/v1/admin/audit/verify"))
            QCOMPARE(request.method, QByteArray("GET"));
    }
}

void TestAdminScreens::createOperatorShowsQrAndUri()
{
    m_prompts.form = NewOperatorForm{
        QStringLiteral("carol"), QStringLiteral("initial-secret-1"), {domain::Role::Operator, domain::Role::Senior}};
    m_prompts.reasonAnswer = QStringLiteral("new night-shift operator");
    QTest::mouseClick(find<QPushButton>("newOperatorButton"), Qt::LeftButton);
    QCOMPARE(m_prompts.reasonsAskedFor.size(), 1);
    QVERIFY(m_prompts.reasonsAskedFor.first().contains(QStringLiteral("carol")));

    QTRY_COMPARE(m_server->requestsTo(QStringLiteral("/api/v1/admin/operators")).last().method, QByteArray("POST"));
    const QJsonObject body = lastBody(QStringLiteral("/api/v1/admin/operators"));
    QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("carol"));
    QCOMPARE(body.value(QStringLiteral("password")).toString(), QStringLiteral("initial-secret-1"));
    QCOMPARE(body.value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("operator"), QStringLiteral("senior")}));
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("new night-shift operator"));
    QVERIFY(!m_server->requestsTo(QStringLiteral("/api/v1/admin/operators"))
                 .last()
                 .headers.value("idempotency-key")
                 .isEmpty());

    QTRY_VERIFY(m_window->operatorsPage()->enrolmentDialog());
    EnrolmentDialog *enrolment = m_window->operatorsPage()->enrolmentDialog();
    QVERIFY(enrolment->isVisible());
    QVERIFY(enrolment->hasQrCode());
    QCOMPARE(enrolment->findChild<QLineEdit *>(QStringLiteral("otpauthUriLineEdit"))->text(), kUri);
    QCOMPARE(enrolment->findChild<QLabel *>(QStringLiteral("secretLabel"))->text(),
             QStringLiteral("JBSW Y3DP EHPK 3PXP JBSW Y3DP"));
    // The QR shown is the symbol of exactly this URI.
    const auto qr = QrCode::encode(kUri.toUtf8());
    QVERIFY(qr);
    const QImage shown = enrolment->findChild<QLabel *>(QStringLiteral("qrCodeLabel"))->pixmap().toImage();
    const QImage expected = qr->toImage(5);
    QCOMPARE(shown.size(), expected.size());
    QCOMPARE(shown.convertToFormat(QImage::Format_RGB32), expected.convertToFormat(QImage::Format_RGB32));

    QCOMPARE(m_window->operatorsPage()->model()->rowCount(), 3);
    QCOMPARE(m_window->operatorsPage()->model()->index(2, OperatorListModel::Username).data().toString(),
             QStringLiteral("carol"));
}

void TestAdminScreens::enrolmentChecksTheFirstCode()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'714'560'000, Qt::UTC);
    EnrolmentDialog dialog(QStringLiteral("carol"), kUri);
    dialog.setClock([now] { return now; });
    dialog.show();
    QCOMPARE(labelsShowingRawMnemonics(&dialog), QStringList()); // was "First &code:"
    for (auto mode : {OperatorFormDialog::Mode::Create, OperatorFormDialog::Mode::Password}) {
        OperatorFormDialog form(mode);
        QCOMPARE(labelsShowingRawMnemonics(&form), QStringList()); // was "&Password:"
    }
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("firstCodeLineEdit"));
    auto *check = dialog.findChild<QPushButton *>(QStringLiteral("checkCodeButton"));
    QVERIFY(code && check);
    const auto uri = OtpAuthUri::parse(kUri);
    QVERIFY(uri);
    const QString good = uri->codeAt(now);
    const QString bad = QStringLiteral("%1").arg((good.toInt() + 1) % 1'000'000, 6, 10, QLatin1Char('0'));
    QTest::keyClicks(code, bad);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!dialog.codeConfirmed());
    code->clear();
    QTest::keyClicks(code, good);
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(dialog.codeConfirmed());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("codeStatusLabel"))->text().contains(QStringLiteral("✔")));
}

void TestAdminScreens::roleChangeAsksReason()
{
    selectOperator(2);
    QVERIFY(find<QPushButton>("rolesButton")->isEnabled());
    m_prompts.rolesAnswer = std::vector<domain::Role>{domain::Role::Operator, domain::Role::Senior};
    m_prompts.reasonAnswer = QStringLiteral("promoted to senior");
    QTest::mouseClick(find<QPushButton>("rolesButton"), Qt::LeftButton);
    QCOMPARE(m_prompts.reasonsAskedFor.size(), 1);
    QVERIFY(m_prompts.reasonsAskedFor.first().contains(QStringLiteral("bob")));
    const QString path = QStringLiteral("/api/v1/admin/operators/2/roles");
    QTRY_COMPARE(m_server->requestsTo(path).size(), 1);
    const QJsonObject body = lastBody(path);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("promoted to senior"));
    QCOMPARE(body.value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("operator"), QStringLiteral("senior")}));
    QTRY_COMPARE(m_window->operatorsPage()->model()->index(1, 0).data(OperatorListModel::RoleNamesRole).toStringList(),
                 (QStringList{QStringLiteral("operator"), QStringLiteral("senior")}));
}

void TestAdminScreens::cancellingTheReasonChangesNothing()
{
    selectOperator(2);
    m_prompts.rolesAnswer = std::vector<domain::Role>{domain::Role::Admin};
    m_prompts.reasonAnswer = std::nullopt; // the admin cancels the reason dialog
    QTest::mouseClick(find<QPushButton>("rolesButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>("deactivateButton"), Qt::LeftButton);
    QCOMPARE(m_prompts.reasonsAskedFor.size(), 2);
    QTest::qWait(100); // nothing is in flight; give a stray request the chance to show up
    for (const FakeSyncd::Request &request : m_server->requests()) {
        if (request.path != QStringLiteral("/api/v1/admin/audit/verify")) // reads only
            QCOMPARE(request.method, QByteArray("GET"));
    }
}

void TestAdminScreens::deactivateAndReset2faAskReason()
{
    selectOperator(2);
    m_prompts.reasonAnswer = QStringLiteral("lost phone");
    QTest::mouseClick(find<QPushButton>("reset2faButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->operatorsPage()->enrolmentDialog());
    QCOMPARE(m_window->operatorsPage()
                 ->enrolmentDialog()
                 ->findChild<QLineEdit *>(QStringLiteral("otpauthUriLineEdit"))
                 ->text(),
             kResetUri);
    QVERIFY(m_window->operatorsPage()->enrolmentDialog()->hasQrCode());
    QCOMPARE(lastBody(QStringLiteral("/api/v1/admin/operators/2/reset-2fa")).value(QStringLiteral("reason")).toString(),
             QStringLiteral("lost phone"));
    m_window->operatorsPage()->enrolmentDialog()->close();

    selectOperator(2);
    m_prompts.reasonAnswer = QStringLiteral("left the desk");
    QTest::mouseClick(find<QPushButton>("deactivateButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->operatorsPage()->model()->index(1, 0).data(OperatorListModel::ActiveRole).toBool(), false);
    QCOMPARE(
        lastBody(QStringLiteral("/api/v1/admin/operators/2/deactivate")).value(QStringLiteral("reason")).toString(),
        QStringLiteral("left the desk"));
    QCOMPARE(m_prompts.reasonsAskedFor.size(), 2);
    // A deactivated account offers no further changes.
    QVERIFY(!find<QPushButton>("rolesButton")->isEnabled());
}

void TestAdminScreens::checklistEditSavesOrderedItemsWithReason()
{
    m_prompts.reasonAnswer = QStringLiteral("new bank rule");
    auto *table = find<QTableView>("checklistTableView");
    QVERIFY(!find<QPushButton>("saveChecklistButton")->isEnabled());
    QTest::keyClicks(find<QLineEdit>("newItemLineEdit"), QStringLiteral("Receipt checked in bank app"));
    QTest::keyClick(find<QLineEdit>("newItemLineEdit"), Qt::Key_Return);
    QCOMPARE(m_window->checklistsPage()->model()->rowCount(), 3);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::mouseClick(find<QPushButton>("moveUpButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>("moveUpButton"), Qt::LeftButton);
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(find<QPushButton>("saveChecklistButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>("saveChecklistButton"), Qt::LeftButton);
    const QString path = QStringLiteral("/api/v1/admin/checklists/verify");
    QTRY_COMPARE(m_server->requestsTo(path).size(), 1);
    const QJsonObject body = lastBody(path);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("new bank rule"));
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Receipt checked in bank app"));
    QVERIFY(!items[0].toObject().contains(QStringLiteral("id")));
    QCOMPARE(items[1].toObject().value(QStringLiteral("id")).toInt(), 11);
    QCOMPARE(items[2].toObject().value(QStringLiteral("id")).toInt(), 12);
    // The saved list comes back with the new item's id and the page is clean again.
    QTRY_VERIFY(!m_window->checklistsPage()->model()->isDirty());
    QCOMPARE(m_window->checklistsPage()->model()->index(0, 0).data(ChecklistEditModel::ItemIdRole).toLongLong(), 20);
}

void TestAdminScreens::rateEditShowsSuggestedRateAndSavesWithReason()
{
    auto *table = find<QTableView>("ratesTableView");
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(find<QLineEdit>("baseRateLineEdit")->text(), QStringLiteral("92.5"));
    auto *margin = find<QLineEdit>("marginLineEdit");
    margin->clear();
    QTest::keyClicks(margin, QStringLiteral("2"));
    const auto expected = domain::suggestedRate(domain::Decimal::parse("92.5").value(),
                                                domain::Decimal::parse("2").value(), domain::Direction::Sell);
    QVERIFY(expected);
    QCOMPARE(find<QLabel>("suggestedRateLabel")->text(), QString::fromStdString(expected.value().toString()));
    margin->setText(QStringLiteral("abc"));
    QVERIFY(!find<QPushButton>("saveRateButton")->isEnabled());
    margin->setText(QStringLiteral("2"));
    QVERIFY(find<QPushButton>("saveRateButton")->isEnabled());

    m_prompts.reasonAnswer = QStringLiteral("market moved");
    QTest::mouseClick(find<QPushButton>("saveRateButton"), Qt::LeftButton);
    QCOMPARE(m_prompts.reasonsAskedFor.size(), 1);
    const QString path = QStringLiteral("/api/v1/admin/rates");
    QTRY_COMPARE(m_server->requestsTo(path).size(), 1);
    const QJsonObject body = lastBody(path);
    QCOMPARE(body.value(QStringLiteral("margin_percent")).toString(), QStringLiteral("2"));
    QCOMPARE(body.value(QStringLiteral("base_rate")).toString(), QStringLiteral("92.5"));
    QCOMPARE(body.value(QStringLiteral("direction")).toString(), QStringLiteral("sell"));
    QCOMPARE(body.value(QStringLiteral("asset")).toString(), QStringLiteral("USDT"));
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("market moved"));
    QTRY_COMPARE(m_window->ratesPage()->model()->index(0, RateListModel::Suggested).data().toString(),
                 QStringLiteral("90.65"));
    QCOMPARE(m_window->ratesPage()->model()->rowCount(), 1);
}

void TestAdminScreens::nonAdminCannotSeeAdminScreens()
{
    OrderQueueModel orders;
    MainWindow main(&orders);
    QSignalSpy requested(&main, &MainWindow::adminRequested);
    auto *menu = main.findChild<QAction *>(QStringLiteral("adminMenuAction"));
    auto *action = main.findChild<QAction *>(QStringLiteral("adminAction"));
    QVERIFY(menu && action);

    main.setOperator(QStringLiteral("senior"),
                     domain::Actor::operatorAccount(5, {domain::Role::Operator, domain::Role::Senior}));
    QVERIFY(!menu->isVisible());
    QVERIFY(!action->isVisible());
    action->trigger();
    QCOMPARE(requested.count(), 0);

    main.setOperator(QStringLiteral("root"), domain::Actor::operatorAccount(1, {domain::Role::Admin}));
    QVERIFY(menu->isVisible());
    QVERIFY(action->isVisible());
    action->trigger();
    QCOMPARE(requested.count(), 1);

    // Back to a plain operator (another login in the same window): hidden again.
    main.setOperator(QStringLiteral("op"), domain::Actor::operatorAccount(6, {domain::Role::Operator}));
    QVERIFY(!menu->isVisible());
    action->trigger();
    QCOMPARE(requested.count(), 1);
}

// The desk's AML hold score (the golden settings) loads into its spin box and is saved with the rest.
void TestAdminScreens::deskSettingsLoadAndSaveTheAmlHoldScore()
{
    const QString path = QStringLiteral("/api/v1/admin/settings");
    m_server->routeJson("GET", path, 200, goldenJson("settings"));
    m_server->route("POST", path, [](const FakeSyncd::Request &request, const FakeSyncd::Responder &responder) {
        QJsonObject stored = QJsonDocument::fromJson(request.body).object();
        stored.remove(QStringLiteral("reason"));
        responder.respond(200, QJsonDocument(stored).toJson(QJsonDocument::Compact));
    });
    auto *tabs = find<QTabWidget>("adminTabWidget");
    tabs->setCurrentWidget(m_window->deskSettingsPage());
    m_window->deskSettingsPage()->reload();
    auto *spin = find<QSpinBox>("amlHoldScoreSpin");
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 100);
    QTRY_VERIFY(spin->isEnabled());
    QTRY_COMPARE(find<QSpinBox>("rateMaxAgeSpinBox")->value(), 15); // the golden's, not the first load's
    QCOMPARE(spin->value(), 70);

    // A value changed elsewhere arrives in the spin box.
    QJsonObject changed = QJsonDocument::fromJson(goldenJson("settings")).object();
    changed.insert(QStringLiteral("aml_hold_score"), 55);
    m_server->routeJson("GET", path, 200, json(changed));
    m_window->deskSettingsPage()->reload();
    QTRY_COMPARE(spin->value(), 55);
    QVERIFY(!find<QPushButton>("saveDeskSettingsButton")->isEnabled());

    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("80"));
    QCOMPARE(spin->value(), 80);
    auto *save = find<QPushButton>("saveDeskSettingsButton");
    QTRY_VERIFY(save->isEnabled());
    m_prompts.reasonAnswer = QStringLiteral("fewer false holds");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(m_server->requestsTo(path).size() > 0 && m_server->requestsTo(path).last().method == "POST", true);
    const QJsonObject body = lastBody(path);
    QCOMPARE(body.value(QStringLiteral("aml_hold_score")).toInt(), 80);
    QCOMPARE(body.value(QStringLiteral("bot_messages_per_minute")).toInt(), 20);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("fewer false holds"));
    QTRY_VERIFY(!save->isEnabled());
    QCOMPARE(spin->value(), 80);
}

void TestAdminScreens::rendersEveryPageForScreenshots()
{
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    // Built after the language is installed, as the app builds its windows.
    AdminWindow window(m_service.get(), &m_prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.reload();
    QTRY_COMPARE(window.operatorsPage()->model()->rowCount(), 2);
    QTRY_COMPARE(window.ratesPage()->model()->rowCount(), 1);
    QTRY_COMPARE(window.checklistsPage()->model()->rowCount(), 2);
    QTRY_COMPARE(window.cannedRepliesPage()->model()->rowCount(), 2);
    QTRY_VERIFY(window.findChild<QSpinBox *>(QStringLiteral("firstResponseSpinBox"))->isEnabled());
    QTRY_COMPARE(window.limitsPage()->model()->rowCount(), 5);
    QTRY_COMPARE(window.featureFlagsPage()->model()->rowCount(), 3);
    QTRY_COMPARE(window.auditLogPage()->model()->rowCount(), 2);
    window.findChild<QTableView *>(QStringLiteral("featureFlagsTableView"))->selectRow(1);
    window.findChild<QTableView *>(QStringLiteral("auditTableView"))->selectRow(0);
    window.findChild<QTableView *>(QStringLiteral("limitsTableView"))->selectRow(2);
    QTRY_COMPARE(window.walletsPage()->model()->rowCount(), 2);
    window.findChild<QTableView *>(QStringLiteral("walletsTableView"))->selectRow(0);
    QVERIFY(window.walletsPage()->showsQrCode());
    QTRY_COMPARE(window.banksPage()->model()->rowCount(), 2);
    window.findChild<QTableView *>(QStringLiteral("banksTableView"))->selectRow(0);
    QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("deviationLineEdit"))->isEnabled());
    // The canned replies page shows the first reply with its preview filled in.
    window.findChild<QTableView *>(QStringLiteral("cannedRepliesTableView"))->selectRow(0);
    QCOMPARE(labelsShowingRawMnemonics(&window), QStringList());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("adminTabWidget"));
    QVERIFY(tabs);
    const QStringList names = {
        QStringLiteral("admin-operators"), QStringLiteral("admin-checklists"),     QStringLiteral("admin-rates"),
        QStringLiteral("admin-limits"),    QStringLiteral("admin-canned-replies"), QStringLiteral("admin-support"),
        QStringLiteral("admin-wallets"),   QStringLiteral("admin-banks"),          QStringLiteral("admin-reserves"),
        QStringLiteral("admin-settings"),  QStringLiteral("admin-feature-flags"),  QStringLiteral("admin-audit-log")};
    QCOMPARE(tabs->count(), names.size());
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(p2pdesk::screenshots::save(&window, names.at(i)));
    }
    // The limit editor on the selected cooling-off limit, with a reason typed.
    tabs->setCurrentWidget(window.limitsPage());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("editLimitButton")), Qt::LeftButton);
    LimitEditDialog *editor = window.limitsPage()->editDialog();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("limitReasonLineEdit")),
                     QStringLiteral("stolen cards: longer cooling-off"));
    QCOMPARE(labelsShowingRawMnemonics(editor), QStringList());
    QVERIFY(p2pdesk::screenshots::save(editor, QStringLiteral("admin-limit-edit"), p2pdesk::screenshots::Kind::Dialog));
    editor->reject();
    OperatorFormDialog form(OperatorFormDialog::Mode::Create, &window);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(
        p2pdesk::screenshots::save(&form, QStringLiteral("admin-new-operator"), p2pdesk::screenshots::Kind::Dialog));
    form.close();
    EnrolmentDialog enrolment(QStringLiteral("carol"), kUri, &window);
    enrolment.show();
    QVERIFY(QTest::qWaitForWindowExposed(&enrolment));
    QVERIFY(
        p2pdesk::screenshots::save(&enrolment, QStringLiteral("admin-enrolment"), p2pdesk::screenshots::Kind::Dialog));
}

QTEST_MAIN(TestAdminScreens)
#include "tst_admin_screens.moc"
