#include "core/OtpAuthUri.h"
#include "models/AnnotationModel.h"
#include "models/ChecklistEditModel.h"
#include "models/OperatorListModel.h"
#include "models/RateListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

proto::OperatorAccount account(std::int64_t id, const std::string &name, std::vector<domain::Role> roles)
{
    proto::OperatorAccount a;
    a.id = id;
    a.username = name;
    a.roles = std::move(roles);
    a.createdAt = proto::Timestamp(std::chrono::seconds(1'700'000'000 + id));
    return a;
}

proto::RateDto rate(domain::Direction direction, const std::string &asset, const std::string &base)
{
    proto::RateDto r;
    r.direction = direction;
    r.asset = asset;
    r.network = "TRON";
    r.fiatCurrency = "RUB";
    r.baseRate = domain::Decimal::parse(base).value();
    r.marginPercent = domain::Decimal::parse("1.5").value();
    r.fixedFee = domain::Decimal::parse("100").value();
    r.suggestedRate = r.baseRate;
    return r;
}

proto::Annotation annotation(std::int64_t id, std::int64_t x, const std::string &note, int secondsAt)
{
    proto::Annotation a;
    a.id = id;
    a.proofId = 5;
    a.x = x;
    a.y = 100;
    a.w = 250;
    a.h = 500;
    a.note = note;
    a.author = {3, "alice"};
    a.at = proto::Timestamp(std::chrono::seconds(1'700'000'000 + secondsAt));
    return a;
}

} // namespace

class TestAdminModels : public QObject {
    Q_OBJECT

private slots:
    void operatorsUpsertInPlace();
    void ratesKeyedByDirectionAndPair();
    void checklistEditing();
    void checklistRefusesBlankTitles();
    void annotationsSortedAndNormalised();
    void otpauthUriRfc6238_data();
    void otpauthUriRfc6238();
    void otpauthUriParsing();
};

void TestAdminModels::operatorsUpsertInPlace()
{
    OperatorListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOperators({account(1, "admin", {domain::Role::Admin}), account(2, "bob", {domain::Role::Operator})});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, OperatorListModel::Username).data().toString(), QStringLiteral("bob"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsert(account(2, "bob", {domain::Role::Operator, domain::Role::Senior}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(1, 0).data(OperatorListModel::RoleNamesRole).toStringList(),
             (QStringList{QStringLiteral("operator"), QStringLiteral("senior")}));
    model.upsert(account(3, "carol", {domain::Role::Operator}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(3), 2);
    auto deactivated = account(3, "carol", {domain::Role::Operator});
    deactivated.active = false;
    model.upsert(deactivated);
    QCOMPARE(model.index(2, 0).data(OperatorListModel::ActiveRole).toBool(), false);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(reset.count(), 0);
}

void TestAdminModels::ratesKeyedByDirectionAndPair()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // rates read in the user's locale
    RateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRates({rate(domain::Direction::Sell, "USDT", "92.5"), rate(domain::Direction::Buy, "USDT", "94")});
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsert(rate(domain::Direction::Buy, "USDT", "95.25"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, RateListModel::BaseRate).data().toString(), QStringLiteral("95.25"));
    model.upsert(rate(domain::Direction::Sell, "BTC", "6000000"));
    QCOMPARE(model.rowCount(), 3);
    auto stale = rate(domain::Direction::Sell, "BTC", "6000000");
    stale.stale = true;
    model.upsert(stale);
    QVERIFY(model.index(2, 0).data(RateListModel::StaleRole).toBool());
    QVERIFY(model.index(2, RateListModel::Suggested).data().toString().contains(QStringLiteral("6,000,000")));
    QCOMPARE(model.index(2, RateListModel::BaseRate).data().toString(), QStringLiteral("6,000,000.00"));
}

void TestAdminModels::checklistEditing()
{
    ChecklistEditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proto::ChecklistDef saved{proto::ChecklistKind::Payout, {{11, "Requisites match"}, {12, "Amount matches"}}};
    model.setChecklist(saved);
    QVERIFY(!model.isDirty());
    QSignalSpy dirty(&model, &ChecklistEditModel::dirtyChanged);

    QCOMPARE(model.addItem(QStringLiteral("  Receipt attached  ")), 2);
    QVERIFY(model.isDirty());
    QCOMPARE(dirty.count(), 1);
    QVERIFY(model.moveUp(2));
    QVERIFY(model.moveDown(0));
    QVERIFY(!model.moveUp(0));
    QVERIFY(!model.moveDown(2));
    QVERIFY(model.setData(model.index(2, ChecklistEditModel::Title), QStringLiteral("Amount matches exactly")));
    QVERIFY(model.flags(model.index(0, ChecklistEditModel::Title)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(model.index(0, ChecklistEditModel::Origin)).testFlag(Qt::ItemIsEditable));

    // [Requisites, Amount, Receipt] → moveUp(2) → [Requisites, Receipt, Amount] → moveDown(0) →
    // [Receipt, Requisites, Amount]
    const auto items = model.items();
    QCOMPARE(items.size(), std::size_t(3));
    QCOMPARE(items[0].id, std::nullopt);
    QCOMPARE(items[0].title, std::string("Receipt attached"));
    QCOMPARE(items[1].id, std::optional<std::int64_t>(11));
    QCOMPARE(items[2].id, std::optional<std::int64_t>(12));
    QCOMPARE(items[2].title, std::string("Amount matches exactly"));
    QVERIFY(model.kind() == proto::ChecklistKind::Payout);

    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.removeRows(5, 1));
    model.setChecklist(saved);
    QVERIFY(!model.isDirty());
    QCOMPARE(dirty.count(), 2);
}

void TestAdminModels::checklistRefusesBlankTitles()
{
    ChecklistEditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.addItem(QStringLiteral("   ")), -1);
    QCOMPARE(model.addItem(QStringLiteral("Sender name matches")), 0);
    QVERIFY(!model.setData(model.index(0, ChecklistEditModel::Title), QStringLiteral("  ")));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Sender name matches"));
    QVERIFY(model.isValid());
}

void TestAdminModels::annotationsSortedAndNormalised()
{
    AnnotationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnnotations({annotation(2, 500, "later", 20), annotation(1, 0, "first", 10)});
    QCOMPARE(model.index(0, AnnotationModel::Note).data().toString(), QStringLiteral("first"));
    QCOMPARE(model.index(0, 0).data(AnnotationModel::NormalizedRectRole).toRectF(), QRectF(0.0, 0.1, 0.25, 0.5));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsert(annotation(3, 100, "", 30));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(3), 2);
    QVERIFY(!model.index(2, AnnotationModel::Note).data().toString().isEmpty()); // "(no note)"
    model.upsert(annotation(3, 100, "edited", 30));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, AnnotationModel::Note).data().toString(), QStringLiteral("edited"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAdminModels::otpauthUriRfc6238_data()
{
    // RFC 6238 appendix B, SHA1 key "12345678901234567890" (base32 below), 8 digits.
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
}

void TestAdminModels::otpauthUriRfc6238()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    const auto uri = OtpAuthUri::parse(
        QStringLiteral("otpauth://totp/p2pdesk:rfc?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=p2pdesk&digits=8"));
    QVERIFY(uri);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(time, Qt::UTC);
    QCOMPARE(uri->codeAt(when), code);
    QVERIFY(uri->accepts(code, when));
    QVERIFY(uri->accepts(code, when.addSecs(30))); // one step of drift
    QVERIFY(!uri->accepts(code, when.addSecs(120)));
}

void TestAdminModels::otpauthUriParsing()
{
    const auto uri = OtpAuthUri::parse(QStringLiteral(
        "otpauth://totp/p2pdesk:alice?secret=JBSWY3DPEHPK3PXP&issuer=p2pdesk&algorithm=SHA1&digits=6&period=30"));
    QVERIFY(uri);
    QCOMPARE(uri->label(), QStringLiteral("p2pdesk:alice"));
    QCOMPARE(uri->issuer(), QStringLiteral("p2pdesk"));
    QCOMPARE(uri->secretForDisplay(), QStringLiteral("JBSW Y3DP EHPK 3PXP"));
    QCOMPARE(uri->digits(), 6);
    QVERIFY(!uri->accepts(QStringLiteral("12345"), QDateTime::currentDateTimeUtc()));
    QVERIFY(!OtpAuthUri::parse(QStringLiteral("https://example.org/?secret=JBSWY3DPEHPK3PXP")));
    QVERIFY(!OtpAuthUri::parse(QStringLiteral("otpauth://totp/x?secret=not-base32!")));
    QVERIFY(!OtpAuthUri::parse(QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5")));
}

QTEST_GUILESS_MAIN(TestAdminModels)
#include "tst_admin_models.moc"
