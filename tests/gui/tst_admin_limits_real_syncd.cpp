// The admin's limits screen against the REAL syncd and PostgreSQL: the admin edits a limit in the
// dialog (the threshold checked with the currency's decimals before anything is sent, a reason
// required), the table shows it, syncd holds it and audits the reason, and the next order obeys it.
#include "Mnemonics.h"
#include "RealSyncdAdminTest.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "app/LanguageSettings.h"
#include "core/AdminService.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"
#include "models/RiskLimitModel.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/LimitEditDialog.h"
#include "ui/admin/LimitsPage.h"

#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/test/TestOperators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::test;

class TestAdminLimitsRealSyncd : public workstation::test::RealSyncdAdminTest {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void adminSetsALimitThatTheNextOrderObeys();
    // Last: it may install another language (P2PDESK_SCREENSHOT_LANGUAGE, scripts/screenshots.sh).
    void rendersForScreenshots();

private:
    template<typename T> T *find(QWidget *in, const char *name) const
    {
        auto *widget = in->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    LimitEditDialog *openEditor(const char *button);
};

void TestAdminLimitsRealSyncd::init()
{
    connectAdmin();
}

void TestAdminLimitsRealSyncd::cleanup()
{
    disconnectAdmin();
}

LimitEditDialog *TestAdminLimitsRealSyncd::openEditor(const char *button)
{
    QTest::mouseClick(find<QPushButton>(m_window.get(), button), Qt::LeftButton);
    LimitEditDialog *dialog = m_window->limitsPage()->editDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestAdminLimitsRealSyncd::adminSetsALimitThatTheNextOrderObeys()
{
    m_world->sql("INSERT INTO limits (rule, threshold, action) VALUES ('customer_orders_24h', 30, 'hold')");
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(m_window->limitsPage());
    RiskLimitModel *model = m_window->limitsPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QCOMPARE(model->data(model->index(0, RiskLimitModel::Rule)).toString(),
             QStringLiteral("Many orders from this customer in 24 h"));
    QCOMPARE(model->data(model->index(0, RiskLimitModel::Currency)).toString(), QStringLiteral("All"));

    // A new RUB amount limit: the rule's meaning shows, the currency is asked for this rule only.
    LimitEditDialog *dialog = openEditor("newLimitButton");
    QVERIFY(dialog);
    auto *rule = find<QComboBox>(dialog, "limitRuleComboBox");
    QCOMPARE(rule->count(), int(p2pdesk::domain::limitRuleCatalog().size())); // every rule syncd lists
    QVERIFY(rule->findData(QStringLiteral("kyc_level0_volume_30d")) >= 0);
    rule->setCurrentIndex(rule->findData(QStringLiteral("customer_orders_24h")));
    QVERIFY(find<QComboBox>(dialog, "limitFiatComboBox")->isHidden());
    rule->setCurrentIndex(rule->findData(QStringLiteral("single_order_max")));
    QVERIFY(find<QComboBox>(dialog, "limitFiatComboBox")->isVisible());
    QVERIFY(find<QLabel>(dialog, "limitDialogMeaningLabel")->text().contains(QStringLiteral("one order")));
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(dialog), QStringList());
    auto *fiat = find<QComboBox>(dialog, "limitFiatComboBox");
    fiat->setCurrentIndex(fiat->findData(QStringLiteral("RUB")));
    auto *threshold = find<QLineEdit>(dialog, "limitThresholdLineEdit");
    auto *reason = find<QLineEdit>(dialog, "limitReasonLineEdit");
    auto *save = find<QPushButton>(dialog, "saveLimitButton");
    auto *problem = find<QLabel>(dialog, "limitProblemLabel");
    // Checked here before anything is sent: RUB has two decimals, a reason is required.
    threshold->setText(QStringLiteral("5000.005"));
    QTest::keyClicks(reason, QStringLiteral("payouts above 5k get a second look"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("2 decimal")), qPrintable(problem->text()));
    threshold->setText(QStringLiteral("-5"));
    QVERIFY(!save->isEnabled());
    threshold->setText(QStringLiteral("5000.00"));
    reason->clear();
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("reason")));
    QTest::keyClicks(reason, QStringLiteral("payouts above 5k get a second look"));
    QVERIFY(save->isEnabled());
    auto *action = find<QComboBox>(dialog, "limitActionComboBox");
    action->setCurrentIndex(action->findData(static_cast<int>(proto::LimitAction::Hold)));
    QTest::mouseClick(save, Qt::LeftButton);

    // The table shows it, syncd holds it with the reason audited.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 15000);
    const int row = model->rowOf("single_order_max", std::string("RUB"));
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, RiskLimitModel::Rule)).toString(),
             QStringLiteral("Order above the single-order limit"));
    QCOMPARE(model->data(model->index(row, RiskLimitModel::Action)).toString(), QStringLiteral("Hold"));
    QVERIFY(model->data(model->index(row, RiskLimitModel::Threshold)).toString().contains(QStringLiteral("5")));
    QCOMPARE(m_world->scalar("SELECT threshold::numeric(30,2)::text || '|' || action || '|' || active FROM limits "
                             "WHERE rule = 'single_order_max' AND fiat_currency = 'RUB'"),
             std::string("5000.00|hold|true"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'risk_limit.set'"),
             std::string("payouts above 5k get a second look"));
    QVERIFY(find<QLabel>(m_window.get(), "adminMessageLabel")->text().contains(QStringLiteral("saved")));
    QVERIFY(find<QLabel>(m_window.get(), "limitMeaningLabel")->text().contains(QStringLiteral("one order")));

    // The next order is held by it.
    auto op1 = m_world->as(m_world->op1);
    const auto created = orders::createOrder(op1, 795001);
    QCOMPARE(created.status, 201);
    QCOMPARE(m_world->count("SELECT count(*) FROM risk_flags WHERE rule = 'single_order_max' AND severity = 'hold'"),
             1LL);

    // Switched off from the selected row: the dialog starts from the stored values.
    find<QTableView>(m_window.get(), "limitsTableView")->selectRow(row);
    dialog = openEditor("editLimitButton");
    QVERIFY(dialog);
    QCOMPARE(find<QLineEdit>(dialog, "limitThresholdLineEdit")->text(), QStringLiteral("5000.00"));
    auto *active = find<QCheckBox>(dialog, "limitActiveCheckBox");
    QVERIFY(active->isChecked());
    active->setChecked(false);
    QTest::keyClicks(find<QLineEdit>(dialog, "limitReasonLineEdit"), QStringLiteral("too many holds"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveLimitButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->scalar("SELECT active::text FROM limits WHERE rule = 'single_order_max'"),
                              std::string("false"), 15000);
    QTRY_COMPARE(model->data(model->index(row, RiskLimitModel::Active)).toString(),
                 QStringLiteral("No (default applies)"));
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

void TestAdminLimitsRealSyncd::rendersForScreenshots()
{
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    m_world->sql("INSERT INTO limits (rule, fiat_currency, threshold, action, active) VALUES "
                 "('customer_orders_24h', NULL, 30, 'hold', true), ('single_order_max', 'RUB', 500000, 'hold', true), "
                 "('new_payout_account_above', 'RUB', 150000, 'hold', true), "
                 "('payout_account_customers_30d', NULL, 2, 'block', true), "
                 "('amount_above_usual', NULL, 5, 'flag', true), "
                 "('requisites_changed_near_order', NULL, 30, 'hold', false)");
    auto op1 = m_world->as(m_world->op1);
    QCOMPARE(orders::createOrder(op1, 796001).status, 201);
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(m_window->limitsPage());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->limitsPage()->model()->rowCount(), 6, 15000);
    find<QTableView>(m_window.get(), "limitsTableView")->selectRow(2);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-limits-real")));
    LimitEditDialog *dialog = openEditor("editLimitButton");
    QVERIFY(dialog);
    QTest::keyClicks(find<QLineEdit>(dialog, "limitReasonLineEdit"), QStringLiteral("x"));
    QVERIFY(p2pdesk::screenshots::save(dialog, QStringLiteral("admin-limit-edit-real"),
                                       p2pdesk::screenshots::Kind::Dialog));
}

QTEST_MAIN(TestAdminLimitsRealSyncd)
#include "tst_admin_limits_real_syncd.moc"
