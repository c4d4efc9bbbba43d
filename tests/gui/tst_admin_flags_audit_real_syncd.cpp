// The admin's feature flags and audit log screens against the REAL syncd and PostgreSQL: a flag
// switched from the page (a reason asked, kept in the audit log) is obeyed by syncd at once, and
// another admin's switch reloads the page through the change feed; the audit log pages as the
// admin scrolls, filters, shows a row's details in words, and says loudly when the chain is broken.
#include "Mnemonics.h"
#include "RealSyncdAdminTest.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "app/LanguageSettings.h"
#include "core/AdminService.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"
#include "models/AuditLogModel.h"
#include "models/FeatureFlagModel.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/FeatureFlagsPage.h"

#include "p2pdesk/test/TestOperators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::test;

class TestAdminFlagsAuditRealSyncd : public workstation::test::RealSyncdAdminTest {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void adminSwitchesNewOrdersOff();
    void auditLogPagesFiltersAndExplains();
    void brokenChainShowsLoudly();
    // Last: it may install another language (P2PDESK_SCREENSHOT_LANGUAGE, scripts/screenshots.sh).
    void rendersForScreenshots();

private:
    void openAuditPage();
    void insertSwitches(int count);

    template<typename T> T *find(QWidget *in, const char *name) const
    {
        auto *widget = in->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
};

void TestAdminFlagsAuditRealSyncd::init()
{
    connectAdmin();
    m_api->setWorkstationId(QStringLiteral("desk-7"));
}

void TestAdminFlagsAuditRealSyncd::cleanup()
{
    disconnectAdmin();
}

void TestAdminFlagsAuditRealSyncd::adminSwitchesNewOrdersOff()
{
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    FeatureFlagsPage *page = m_window->featureFlagsPage();
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(page);
    FeatureFlagModel *model = page->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 15000);
    const int row = model->rowOf("new_orders");
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, FeatureFlagModel::Flag)).toString(), QStringLiteral("New orders"));
    QCOMPARE(model->data(model->index(row, FeatureFlagModel::State)).toString(), QStringLiteral("On"));
    QCOMPARE(model->data(model->index(row, FeatureFlagModel::Changed)).toString(),
             QStringLiteral("Never changed (default)"));
    const int feed = model->rowOf("rate_feed");
    QCOMPARE(model->data(model->index(feed, FeatureFlagModel::State)).toString(), QStringLiteral("On"));
    const int exportRow = model->rowOf("rates_export");
    QCOMPARE(model->data(model->index(exportRow, FeatureFlagModel::State)).toString(), QStringLiteral("Off"));
    const int hintsRow = model->rowOf("explorer_hints");
    QCOMPARE(model->data(model->index(hintsRow, FeatureFlagModel::State)).toString(), QStringLiteral("Off"));
    const int syncRow = model->rowOf("reserve_sync");
    QCOMPARE(model->data(model->index(syncRow, FeatureFlagModel::Flag)).toString(),
             QStringLiteral("Reserves from wallet balances"));
    QCOMPARE(model->data(model->index(syncRow, FeatureFlagModel::State)).toString(), QStringLiteral("Off"));

    auto *table = find<QTableView>(page, "featureFlagsTableView");
    auto *toggle = find<QPushButton>(page, "toggleFeatureFlagButton");
    QVERIFY(!toggle->isEnabled());
    table->selectRow(row);
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), QStringLiteral("&Switch off…"));
    QVERIFY(find<QLabel>(page, "featureFlagMeaningLabel")->text().contains(QStringLiteral("refused")));

    // Cancelled at the reason: nothing is sent.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("Switch off: New orders")});
    QTest::qWait(0);
    QCOMPARE(m_world->count("SELECT count(*) FROM feature_flags"), 0LL);

    // With a reason: stored, audited with it and the workstation, shown.
    m_prompts.answer = QStringLiteral("bank holiday");
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->scalar("SELECT enabled::text FROM feature_flags WHERE key = 'new_orders'"),
                              std::string("false"), 15000);
    QCOMPARE(m_world->scalar("SELECT reason || '|' || workstation_id FROM audit_log WHERE action = "
                             "'feature_flag.set' AND entity_id = 'new_orders'"),
             std::string("bank holiday|desk-7"));
    QTRY_COMPARE(model->data(model->index(row, FeatureFlagModel::State)).toString(), QStringLiteral("Off"));
    QVERIFY(model->data(model->index(row, FeatureFlagModel::Changed))
                .toString()
                .contains(QString::fromStdString(m_world->admin.username)));
    QCOMPARE(toggle->text(), QStringLiteral("&Switch on…"));
    QVERIFY(find<QLabel>(m_window.get(), "adminMessageLabel")->text().contains(QStringLiteral("Switched off")));

    // syncd obeys it at once.
    auto op1 = m_world->as(m_world->op1);
    const auto refused = orders::createOrder(op1, 797001);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), std::string("new_orders_paused"));

    // Another admin switches it back on: the change feed's event reloads the page.
    auto other = m_world->as(m_world->admin);
    QCOMPARE(other
                 .request("PUT", "/api/v1/admin/flags/new_orders",
                          nlohmann::json{{"enabled", true}, {"reason", "open again"}}.dump(), "application/json")
                 .status,
             200);
    page->onChangeEvent(QStringLiteral("limits.updated")); // not ours: no reload
    QTest::qWait(200);
    QCOMPARE(model->data(model->index(row, FeatureFlagModel::State)).toString(), QStringLiteral("Off"));
    page->onChangeEvent(QStringLiteral("flags.updated"));
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(row, FeatureFlagModel::State)).toString(), QStringLiteral("On"),
                              15000);
    QCOMPARE(table->currentIndex().row(), row); // the selection survives the reload
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

void TestAdminFlagsAuditRealSyncd::openAuditPage()
{
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(m_window->auditLogPage());
    m_window->reload();
}

// `count` switches of the rate feed by the admin, as syncd would have audited them, from desk-7.
void TestAdminFlagsAuditRealSyncd::insertSwitches(int count)
{
    m_world->sql("INSERT INTO audit_log (actor, action, entity, entity_id, reason, ip, workstation_id, payload) "
                 "SELECT 'operator:" +
                 std::to_string(m_world->admin.id) +
                 "', 'feature_flag.set', 'feature_flag', 'rate_feed', 'switch ' || g, '192.0.2.7', 'desk-7', "
                 "jsonb_build_object('enabled', g % 2 = 0, 'old', jsonb_build_object('enabled', g % 2 = 1)) "
                 "FROM generate_series(1, " +
                 std::to_string(count) + ") g");
}

void TestAdminFlagsAuditRealSyncd::auditLogPagesFiltersAndExplains()
{
    insertSwitches(150);
    auto op1 = m_world->as(m_world->op1);
    QCOMPARE(orders::createOrder(op1, 798001).status, 201);
    const long long total = m_world->count("SELECT count(*) FROM audit_log");
    QVERIFY(total > 150);

    openAuditPage();
    AuditLogPage *page = m_window->auditLogPage();
    AuditLogModel *model = page->model();
    auto *table = find<QTableView>(page, "auditTableView");
    // The newest page first; the next ones as the admin scrolls down.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->loading(), 15000);
    QVERIFY(model->canFetchMore({}));
    // Scrolled to the end, again and again as rows arrive: the view asks the model for more.
    QTRY_VERIFY_WITH_TIMEOUT((table->scrollToBottom(), model->complete()), 30000);
    QVERIFY(model->complete());
    QCOMPARE(static_cast<long long>(model->rowCount()), total);
    QVERIFY(!model->canFetchMore({}));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->at(row).seq < model->at(row - 1).seq);

    // Only op1's rows.
    auto *actor = find<QComboBox>(page, "auditActorComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(actor->findText(QString::fromStdString(m_world->op1.username)) > 0, 15000);
    actor->setCurrentIndex(actor->findText(QString::fromStdString(m_world->op1.username)));
    QTest::mouseClick(find<QPushButton>(page, "applyAuditFilterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->complete() && model->rowCount() > 0, 15000);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, AuditLogModel::Who)).toString(),
                 QString::fromStdString(m_world->op1.username));
    QCOMPARE(model->data(model->index(model->rowCount() - 1, AuditLogModel::What)).toString(),
             QStringLiteral("Order created"));

    // The admin's flag switches of one flag, by action and the thing concerned.
    actor->setCurrentIndex(0);
    auto *action = find<QComboBox>(page, "auditActionComboBox");
    action->setCurrentIndex(action->findData(QStringLiteral("feature_flag.set")));
    auto *entity = find<QComboBox>(page, "auditEntityComboBox");
    entity->setCurrentIndex(entity->findData(QStringLiteral("feature_flag")));
    find<QLineEdit>(page, "auditEntityIdLineEdit")->setText(QStringLiteral("rate_feed"));
    QTest::mouseClick(find<QPushButton>(page, "applyAuditFilterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 100 && !model->loading(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT((table->scrollToBottom(), model->rowCount() == 150), 15000);
    QCOMPARE(model->data(model->index(0, AuditLogModel::Object)).toString(),
             QStringLiteral("Feature flag: Reference rate feed"));
    QCOMPARE(model->data(model->index(0, AuditLogModel::What)).toString(), QStringLiteral("Feature flag switched"));
    QCOMPARE(model->data(model->index(0, AuditLogModel::Reason)).toString(), QStringLiteral("switch 150"));

    // A date range in the future holds nothing.
    auto *useFrom = find<QCheckBox>(page, "auditFromCheckBox");
    useFrom->setChecked(true);
    find<QDateEdit>(page, "auditFromDateEdit")->setDate(QDate::currentDate().addDays(2));
    QTest::mouseClick(find<QPushButton>(page, "applyAuditFilterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->complete(), 15000);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(find<QTextBrowser>(page, "auditDetailBrowser")->toPlainText().contains(QStringLiteral("Nothing")));
    useFrom->setChecked(false);
    QTest::mouseClick(find<QPushButton>(page, "applyAuditFilterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 15000);

    // The selected row in words: reason, IP, workstation, old → new.
    table->selectRow(0);
    const QString detail = find<QTextBrowser>(page, "auditDetailBrowser")->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("switch 150")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("192.0.2.7")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("desk-7")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Switched on: no → yes")), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1Char('{')), qPrintable(detail)); // no raw JSON
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

void TestAdminFlagsAuditRealSyncd::brokenChainShowsLoudly()
{
    insertSwitches(3);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->count("SELECT count(*) FROM audit_log WHERE hash IS NULL"), 0LL, 15000);
    openAuditPage();
    AuditLogPage *page = m_window->auditLogPage();
    auto *banner = find<QLabel>(page, "auditChainBanner");
    auto *chain = find<QLabel>(page, "auditChainLabel");
    QTRY_VERIFY_WITH_TIMEOUT(chain->text().contains(QStringLiteral("verified intact")), 15000);
    QVERIFY(banner->isHidden());

    const auto seq = m_world->scalar("SELECT seq FROM audit_log WHERE reason = 'switch 2'");
    m_world->sql("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = " + seq);
    QTest::mouseClick(find<QPushButton>(page, "verifyAuditButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY2(banner->text().contains(QStringLiteral("TAMPERED")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QString::fromStdString(seq)), qPrintable(banner->text()));
    QVERIFY(chain->text().contains(QStringLiteral("broken")));
}

void TestAdminFlagsAuditRealSyncd::rendersForScreenshots()
{
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    auto op1 = m_world->as(m_world->op1);
    QCOMPARE(orders::createOrder(op1, 799001).status, 201); // before new orders are switched off
    auto admin = m_world->as(m_world->admin);
    for (const auto &[key, enabled] : {std::pair{"new_orders", false}, std::pair{"rates_export", true}})
        QCOMPARE(admin
                     .request("PUT", std::string("/api/v1/admin/flags/") + key,
                              nlohmann::json{{"enabled", enabled}, {"reason", "bank holiday"}}.dump(),
                              "application/json")
                     .status,
                 200);
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(m_window->featureFlagsPage());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->featureFlagsPage()->model()->rowCount(), 6, 15000);
    QTRY_VERIFY(m_window->featureFlagsPage()->model()->at(1).updatedAt.has_value());
    find<QTableView>(m_window.get(), "featureFlagsTableView")->selectRow(1);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-feature-flags-real")));

    insertSwitches(40);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->count("SELECT count(*) FROM audit_log WHERE hash IS NULL"), 0LL, 15000);
    AuditLogPage *audit = m_window->auditLogPage();
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(audit);
    audit->reload();
    QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 40 && !audit->model()->loading(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(audit, "verifyAuditButton")->isEnabled(), 15000);
    int row = 0;
    while (row < audit->model()->rowCount() && audit->model()->at(row).action != "feature_flag.set")
        ++row;
    find<QTableView>(audit, "auditTableView")->selectRow(row);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-audit-log-real")));

    // The same page once someone has edited an entry in the database.
    QTRY_COMPARE_WITH_TIMEOUT(m_world->count("SELECT count(*) FROM audit_log WHERE hash IS NULL"), 0LL, 15000);
    m_world->sql("UPDATE audit_log SET reason = 'nothing to see' WHERE reason = 'switch 7'");
    QTest::mouseClick(find<QPushButton>(audit, "verifyAuditButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(audit, "auditChainBanner")->isVisible(), 15000);
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-audit-broken-real")));
}

QTEST_MAIN(TestAdminFlagsAuditRealSyncd)
#include "tst_admin_flags_audit_real_syncd.moc"
