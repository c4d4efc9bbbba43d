// The Reserves page against the REAL syncd and PostgreSQL: a reserve entered from the form (amount
// typed the way people type money, export code upper-cased, a reason asked), the orders' commitment
// shown when the page is shown again, a recount, and refusals in words (too many decimals checked as
// typed, a recount that lost the race against another senior's).
#include "Mnemonics.h"
#include "RealSyncdAdminTest.h"
#include "Screenshot.h"
#include "app/LanguageSettings.h"
#include "models/ReserveListModel.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/BanksPage.h"
#include "ui/admin/ReservesPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::test;

class TestAdminReservesRealSyncd : public workstation::test::RealSyncdAdminTest {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enterSeeCommitmentAndRecount();
    void refusalsShowInWords();
    void aReadingOfTheWalletsSaysSo();
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
    void openWindow();
    void showReserves();
    void chooseCurrency(const QString &key);
    void typeInto(const char *name, const QString &text);
};

void TestAdminReservesRealSyncd::init()
{
    connectAdmin();
}

void TestAdminReservesRealSyncd::cleanup()
{
    disconnectAdmin();
}

void TestAdminReservesRealSyncd::openWindow()
{
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    showReserves();
}

void TestAdminReservesRealSyncd::showReserves()
{
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(m_window->reservesPage());
}

void TestAdminReservesRealSyncd::chooseCurrency(const QString &key)
{
    auto *combo = find<QComboBox>(m_window.get(), "reserveCurrencyCombo");
    const int index = combo->findData(key);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestAdminReservesRealSyncd::typeInto(const char *name, const QString &text)
{
    auto *edit = find<QLineEdit>(m_window.get(), name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestAdminReservesRealSyncd::enterSeeCommitmentAndRecount()
{
    openWindow();
    ReserveListModel *model = m_window->reservesPage()->model();
    auto *details = find<QLabel>(m_window.get(), "reserveDetailsLabel");
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(QStringLiteral("No reserve yet")), 15000);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());

    chooseCurrency(QStringLiteral("RUB"));
    typeInto("reserveAmountEdit", QStringLiteral("150 000,00"));
    typeInto("reserveExportCodeEdit", QStringLiteral("cardrub"));
    QCOMPARE(find<QLineEdit>(m_window.get(), "reserveExportCodeEdit")->text(), QStringLiteral("CARDRUB"));
    auto *hint = find<QLabel>(m_window.get(), "reserveFormHint");
    QVERIFY(hint->text().contains(QStringLiteral("no reserve yet")));
    auto *save = find<QPushButton>(m_window.get(), "saveReserveButton");
    QVERIFY(save->isEnabled());
    m_prompts.answer = QStringLiteral("cash desk counted at nine");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QCOMPARE(m_prompts.asked.value(0), QStringLiteral("Enter the reserve of RUB"));
    QCOMPARE(m_world->scalar("SELECT amount::numeric(20,2)::text || ' ' || export_code FROM reserves"),
             std::string("150000.00 CARDRUB"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'reserve.create'"),
             std::string("cash desk counted at nine"));
    QVERIFY(find<QLabel>(m_window.get(), "adminMessageLabel")->text().contains(QStringLiteral("Reserve entered")));
    QVERIFY(hint->text().contains(QStringLiteral("has a reserve")));

    // An order of 9 900.00 RUB: the figures follow when the page is shown again.
    auto op1 = m_world->as(m_world->op1);
    QCOMPARE(orders::createOrder(op1, 7301).status, 201);
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(m_window->banksPage());
    showReserves();
    QTRY_COMPARE_WITH_TIMEOUT(model->at(0).committed.toString(), std::string("9900.00"), 15000);
    QCOMPARE(model->at(0).available.toString(), std::string("140100.00"));
    find<QTableView>(m_window.get(), "reservesTableView")->selectRow(0);
    QVERIFY(details->text().contains(QStringLiteral("available")));

    // A recount of the selected currency: the form holds its figures, the save recounts.
    QCOMPARE(find<QLineEdit>(m_window.get(), "reserveAmountEdit")->text(), QStringLiteral("150000.00"));
    typeInto("reserveAmountEdit", QStringLiteral("140000"));
    m_prompts.answer = QStringLiteral("evening count");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->at(0).version, std::int64_t(2), 15000);
    QCOMPARE(m_prompts.asked.value(1), QStringLiteral("Recount the reserve of RUB"));
    QCOMPARE(model->at(0).amount.toString(), std::string("140000.00"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'reserve.update'"),
             std::string("evening count"));
}

void TestAdminReservesRealSyncd::refusalsShowInWords()
{
    m_world->sql("INSERT INTO reserves (kind, fiat_currency, amount) VALUES ('fiat', 'RUB', 5000)");
    openWindow();
    ReserveListModel *model = m_window->reservesPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    auto *hint = find<QLabel>(m_window.get(), "reserveFormHint");
    auto *save = find<QPushButton>(m_window.get(), "saveReserveButton");

    // Kopecks below the currency's scale: said as typed, nothing can be sent.
    chooseCurrency(QStringLiteral("RUB"));
    typeInto("reserveAmountEdit", QStringLiteral("10.001"));
    QVERIFY(!save->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("decimal place")));

    // Cancelled at the reason: nothing is sent.
    typeInto("reserveAmountEdit", QStringLiteral("4000"));
    QVERIFY(save->isEnabled());
    m_prompts.answer = std::nullopt;
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_prompts.asked.size(), 1);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE entity = 'reserve'"), 0LL);

    // Another senior recounted after this page loaded: refused, said in words, reloaded.
    m_world->sql("UPDATE reserves SET amount = 4500, version = version + 1");
    m_prompts.answer = QStringLiteral("morning count");
    QTest::mouseClick(save, Qt::LeftButton);
    auto *message = find<QLabel>(m_window.get(), "adminMessageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Someone recounted this reserve")), 15000);
    QVERIFY(!message->text().contains(QStringLiteral("version_conflict")));
    QTRY_COMPARE_WITH_TIMEOUT(model->at(0).version, std::int64_t(2), 15000);
    QCOMPARE(m_world->scalar("SELECT amount::numeric(20,2)::text FROM reserves"), std::string("4500.00"));

    // An export code another currency uses: refused by syncd, said in words.
    m_world->sql("INSERT INTO reserves (kind, asset, network, amount, export_code) "
                 "VALUES ('crypto', 'USDT', 'TRON', 10, 'USDTTRC20')");
    chooseCurrency(QStringLiteral("KZT"));
    typeInto("reserveAmountEdit", QStringLiteral("100000"));
    typeInto("reserveExportCodeEdit", QStringLiteral("USDTTRC20"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains(QStringLiteral("Another currency already uses")), 15000);
    QCOMPARE(m_world->count("SELECT count(*) FROM reserves WHERE fiat_currency = 'KZT'"), 0LL);
}

void TestAdminReservesRealSyncd::aReadingOfTheWalletsSaysSo()
{
    // What the reserve sync writes (tst_syncd_reserve_sync drives the worker itself).
    m_world->sql("INSERT INTO reserves (kind, asset, network, amount, export_code, synced_from, synced_at) VALUES "
                 "('crypto', 'USDT', 'TRON', 1750.5, 'USDTTRC20', 'Tronscan apilist.tronscanapi.com', now())");
    openWindow();
    ReserveListModel *model = m_window->reservesPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QVERIFY(model->at(0).syncedFrom.has_value());
    const QString counted = model->index(0, ReserveListModel::CountedAt).data().toString();
    QVERIFY2(counted.endsWith(QStringLiteral(", from the wallets")), qPrintable(counted));
    QVERIFY(model->index(0, ReserveListModel::CountedAt)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("through Tronscan apilist.tronscanapi.com")));
    find<QTableView>(m_window.get(), "reservesTableView")->selectRow(0);
    const QString details = find<QLabel>(m_window.get(), "reserveDetailsLabel")->text();
    QVERIFY2(details.contains(QStringLiteral("Read from the desk's active hot wallets through Tronscan")),
             qPrintable(details));
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

void TestAdminReservesRealSyncd::rendersForScreenshots()
{
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    m_world->sql("INSERT INTO reserves (kind, asset, network, amount, export_code) VALUES "
                 "('crypto', 'USDT', 'TRON', 15000, 'USDTTRC20'), ('crypto', 'USDT', 'ETHEREUM', 2500, NULL)");
    // The USDT/TRON reserve as the reserve sync keeps it, read from the hot wallets.
    m_world->sql("UPDATE reserves SET synced_from = 'Tronscan apilist.tronscanapi.com', synced_at = now() "
                 "WHERE asset = 'USDT' AND network = 'TRON'");
    m_world->sql("INSERT INTO reserves (kind, fiat_currency, amount, export_code) VALUES "
                 "('fiat', 'RUB', 750000, 'CARDRUB'), ('fiat', 'KZT', 0, NULL)");
    auto op1 = m_world->as(m_world->op1);
    QCOMPARE(orders::createOrder(op1, 7401).status, 201);
    QCOMPARE(orders::createOrder(op1, 7402).status, 201);
    openWindow();
    ReserveListModel *model = m_window->reservesPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 15000);
    find<QTableView>(m_window.get(), "reservesTableView")->selectRow(model->rowOfCurrency("", "", "RUB"));
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-reserves-real")));
}

QTEST_MAIN(TestAdminReservesRealSyncd)
#include "tst_admin_reserves_real_syncd.moc"
