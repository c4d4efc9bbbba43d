// The admin's Rates page against the REAL syncd and PostgreSQL: where each base comes from, a feed
// value held for a jump shown and confirmed with a reason (or not, when the admin cancels), a row
// switched to the feed saved without a base, and the selected row's recent base rates charted.
#include "Mnemonics.h"
#include "RealSyncdAdminTest.h"
#include "Screenshot.h"
#include "app/LanguageSettings.h"
#include "app/Services.h"
#include "models/RateListModel.h"
#include "ui/admin/RateHistoryChart.h"
#include "ui/admin/RatesPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

class TestAdminRatesRealSyncd : public workstation::test::RealSyncdAdminTest {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void heldFeedJumpIsConfirmedWithAReason();
    void cancellingTheReasonSendsNothing();
    void rowSwitchedToTheFeedIsSavedWithoutABase();
    void feedChangeReloadsThePageAndKeepsWhatTheAdminTyped();
    // Last: it may install another language (P2PDESK_SCREENSHOT_LANGUAGE, scripts/screenshots.sh).
    void rendersForScreenshots();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void openRates();
    // The fixture's USDT/TRON→RUB sell row (base 100) follows the feed, which went 99 → 100 and now
    // holds 110.00 back as a jump.
    void holdAJump();
    std::string rateId() const { return m_world->scalar("SELECT id FROM rates LIMIT 1"); }
};

void TestAdminRatesRealSyncd::init()
{
    connectAdmin();
}

void TestAdminRatesRealSyncd::cleanup()
{
    disconnectAdmin();
}

void TestAdminRatesRealSyncd::openRates()
{
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    find<QTabWidget>("adminTabWidget")->setCurrentWidget(m_window->ratesPage());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ratesPage()->model()->rowCount() >= 1, 15000);
}

void TestAdminRatesRealSyncd::holdAJump()
{
    const auto id = rateId();
    m_world->sql("INSERT INTO rate_history (rate_id, at, actor, base_rate, margin_percent, fixed_fee, min_amount, "
                 "reason) VALUES (" +
                 id +
                 ", now() - interval '2 days', 'feed', 99, 1, 0, 0, 'reference feed: ticker'), "
                 "(" +
                 id + ", now() - interval '1 day', 'feed', 100, 1, 0, 0, 'reference feed: ticker')");
    m_world->sql("UPDATE rates SET base_source = 'feed', feed_pending_rate = 110, feed_pending_at = now() "
                 "WHERE id = " +
                 id);
    // Written behind syncd's back: its rate cache learns of it as from the feed worker's event.
    m_world->server->app().services().rates().invalidate();
}

void TestAdminRatesRealSyncd::heldFeedJumpIsConfirmedWithAReason()
{
    holdAJump();
    openRates();
    RateListModel *model = m_window->ratesPage()->model();
    QVERIFY2(model->index(0, RateListModel::Source).data().toString().contains(QStringLiteral("110.00")),
             qPrintable(model->index(0, RateListModel::Source).data().toString()));
    auto *confirm = find<QPushButton>("confirmFeedButton");
    QVERIFY(!confirm->isEnabled()); // nothing selected yet
    find<QTableView>("ratesTableView")->selectRow(0);
    QVERIFY(confirm->isEnabled());
    // The chart shows the selected row's history once it arrives.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ratesPage()->chart()->summary().contains(QStringLiteral("100.00")), 15000);

    m_prompts.answer = QStringLiteral("checked two other exchanges");
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(m_prompts.asked.size(), 1);
    QVERIFY2(m_prompts.asked.first().contains(QStringLiteral("110.00")) &&
                 m_prompts.asked.first().contains(QStringLiteral("10.0")),
             qPrintable(m_prompts.asked.first()));
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, RateListModel::BaseRate).data().toString(), QStringLiteral("110.00"),
                              15000);
    QCOMPARE(model->index(0, RateListModel::Source).data().toString(), QStringLiteral("Feed"));
    QVERIFY(!confirm->isEnabled());
    QCOMPARE(m_world->count("SELECT count(*) FROM rate_history h JOIN operators o ON o.id = h.operator_id "
                            "WHERE h.base_rate = 110 AND h.reason = 'checked two other exchanges' AND o.id = " +
                            std::to_string(m_world->admin.id)),
             1LL);
    // The chart is reloaded with the confirmed value.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ratesPage()->chart()->summary().contains(QStringLiteral("110.00")), 15000);
}

void TestAdminRatesRealSyncd::cancellingTheReasonSendsNothing()
{
    holdAJump();
    openRates();
    find<QTableView>("ratesTableView")->selectRow(0);
    m_prompts.answer = std::nullopt;
    QTest::mouseClick(find<QPushButton>("confirmFeedButton"), Qt::LeftButton);
    QCOMPARE(m_prompts.asked.size(), 1);
    QTest::qWait(200); // nothing to await: the point is that no request goes out
    QCOMPARE(m_world->scalar("SELECT feed_pending_rate::numeric(10,2)::text FROM rates WHERE id = " + rateId()),
             std::string("110.00"));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'rate.feed_confirm'"), 0LL);
}

void TestAdminRatesRealSyncd::rowSwitchedToTheFeedIsSavedWithoutABase()
{
    openRates();
    find<QTableView>("ratesTableView")->selectRow(0);
    auto *base = find<QLineEdit>("baseRateLineEdit");
    QCOMPARE(base->text(), QStringLiteral("100.000000"));
    find<QCheckBox>("followFeedCheckBox")->setChecked(true);
    base->clear();
    QVERIFY(find<QLabel>("suggestedRateLabel")->text().contains(QStringLiteral("feed")));
    auto *save = find<QPushButton>("saveRateButton");
    QVERIFY(save->isEnabled());
    m_prompts.answer = QStringLiteral("follow the exchange from now on");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->scalar("SELECT base_source FROM rates WHERE id = " + rateId()),
                              std::string("feed"), 15000);
    // The base is kept until the feed's first value; the row says where it comes from.
    QCOMPARE(m_world->scalar("SELECT base_rate::numeric(10,2)::text FROM rates WHERE id = " + rateId()),
             std::string("100.00"));
    QTRY_COMPARE(m_window->ratesPage()->model()->index(0, RateListModel::Source).data().toString(),
                 QStringLiteral("Feed"));
}

void TestAdminRatesRealSyncd::feedChangeReloadsThePageAndKeepsWhatTheAdminTyped()
{
    openRates();
    find<QTableView>("ratesTableView")->selectRow(0);
    auto *margin = find<QLineEdit>("marginLineEdit");
    margin->setText(QStringLiteral("2.5"));
    QVERIFY(!find<QPushButton>("confirmFeedButton")->isEnabled());
    holdAJump();
    // What the change feed delivers when the feed's worker holds a jump (rate.updated).
    m_window->onChangeEvent(QStringLiteral("rate.updated"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ratesPage()
                                 ->model()
                                 ->index(0, RateListModel::Source)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("held")),
                             15000);
    QCOMPARE(find<QTableView>("ratesTableView")->currentIndex().row(), 0);
    QCOMPARE(margin->text(), QStringLiteral("2.5"));
    QVERIFY(find<QPushButton>("confirmFeedButton")->isEnabled());
}

void TestAdminRatesRealSyncd::rendersForScreenshots()
{
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    holdAJump();
    openRates();
    find<QTableView>("ratesTableView")->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ratesPage()->chart()->summary().contains(QStringLiteral("100")), 15000);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-rates-feed-real")));
}

QTEST_MAIN(TestAdminRatesRealSyncd)
#include "tst_admin_rates_real_syncd.moc"
