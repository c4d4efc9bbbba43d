#include "FakeSyncd.h"
#include "Orders.h"
#include "ScriptedTrustPrompt.h"
#include "SupportInboxFixtures.h"
#include "TestCertificate.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/ChangeFeedSync.h"
#include "core/PinnedNetworkAccess.h"
#include "models/OrderQueueFilterModel.h"
#include "models/OrderQueueModel.h"
#include "models/TicketListModel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ShortcutsDialog.h"
#include "ui/support/SupportInbox.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

constexpr std::int64_t kMe = 7;

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickingTabsSwitchesTheFilter();
    void ctrlNumberSelectsTabs_data();
    void ctrlNumberSelectsTabs();
    void searchFiltersAsYouType();
    void queueWorksWithoutAMouse();
    void takeIsOfferedOnlyForNewOrders();
    void offlineFeedShowsTheBannerAndDisablesActions();
    void rendersForScreenshots();
    void tabsCountTheirOrders();
    void selectionSurvivesTabSwitchesSoEnterOpens();
    void keyboardShortcutsSheetListsTheMenus();
    void statusColumnHoldsEveryStatus();
    void supportTabBesideTheQueue();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    int visibleRows() const { return find<QTableView>("queueTableView")->model()->rowCount(); }
    void selectOrder(std::int64_t id);

    std::unique_ptr<OrderQueueModel> m_orders;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindow::init()
{
    m_orders = std::make_unique<OrderQueueModel>();
    using S = domain::OrderStatus;
    m_orders->upsert(makeOrder(1, S::New));
    m_orders->upsert(makeOrder(2, S::New));
    auto mine = makeOrder(3, S::Assigned);
    mine.holder = proto::OperatorRef{kMe, "alice"};
    m_orders->upsert(mine);
    auto disputed = makeOrder(4, S::Dispute);
    disputed.holder = proto::OperatorRef{9, "bob"};
    m_orders->upsert(disputed);

    m_window = std::make_unique<MainWindow>(m_orders.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->queue(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->setOperator(QStringLiteral("alice"), domain::Actor::operatorAccount(kMe, {domain::Role::Operator}));
    m_window->setOnline(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_orders.reset();
}

void TestMainWindow::selectOrder(std::int64_t id)
{
    auto *table = find<QTableView>("queueTableView");
    const QModelIndex source = m_orders->indexOf(id);
    table->setCurrentIndex(m_window->queue()->mapFromSource(source));
}

void TestMainWindow::clickingTabsSwitchesTheFilter()
{
    auto *tabs = find<QTabBar>("queueTabBar");
    QCOMPARE(tabs->count(), 6);
    QCOMPARE(visibleRows(), 4); // starts on All
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(QueueTab::Mine)).center());
    QCOMPARE(m_window->queue()->tab(), QueueTab::Mine);
    QCOMPARE(visibleRows(), 1);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(QueueTab::New)).center());
    QCOMPARE(visibleRows(), 2);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(QueueTab::Disputes)).center());
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(find<QTableView>("queueTableView")->model()->index(0, 0).data().toString(), QStringLiteral("P-1004"));
}

void TestMainWindow::ctrlNumberSelectsTabs_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("tab");
    QTest::addColumn<int>("rows");
    QTest::newRow("Ctrl+1 new") << int(Qt::Key_1) << int(QueueTab::New) << 2;
    QTest::newRow("Ctrl+2 mine") << int(Qt::Key_2) << int(QueueTab::Mine) << 1;
    QTest::newRow("Ctrl+3 waiting") << int(Qt::Key_3) << int(QueueTab::WaitingForCustomer) << 0;
    QTest::newRow("Ctrl+4 approval") << int(Qt::Key_4) << int(QueueTab::NeedsApproval) << 0;
    QTest::newRow("Ctrl+5 disputes") << int(Qt::Key_5) << int(QueueTab::Disputes) << 1;
    QTest::newRow("Ctrl+6 all") << int(Qt::Key_6) << int(QueueTab::All) << 4;
}

void TestMainWindow::ctrlNumberSelectsTabs()
{
    QFETCH(int, key);
    QFETCH(int, tab);
    QFETCH(int, rows);
    if (tab == int(QueueTab::All))
        m_window->selectTab(QueueTab::New); // so that Ctrl+6 has something to change
    QTest::keyClick(find<QTableView>("queueTableView"), Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(find<QTabBar>("queueTabBar")->currentIndex(), tab);
    QCOMPARE(int(m_window->queue()->tab()), tab);
    QCOMPARE(visibleRows(), rows);
}

void TestMainWindow::searchFiltersAsYouType()
{
    auto *search = find<QLineEdit>("searchLineEdit");
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("p-1003"));
    QTRY_COMPARE(visibleRows(), 1);
    QCOMPARE(find<QTableView>("queueTableView")->model()->index(0, 0).data().toString(), QStringLiteral("P-1003"));
    QTest::keyClicks(search, QStringLiteral("x"));
    QTRY_COMPARE(visibleRows(), 0);
    search->clear();
    QTRY_COMPARE(visibleRows(), 4);
    // Search applies within the tab.
    m_window->selectTab(QueueTab::New);
    QTest::keyClicks(search, QStringLiteral("customer2"));
    QTRY_COMPARE(visibleRows(), 1);
}

void TestMainWindow::queueWorksWithoutAMouse()
{
    QSignalSpy open(m_window.get(), &MainWindow::openOrderRequested);
    auto *search = find<QLineEdit>("searchLineEdit");
    auto *table = find<QTableView>("queueTableView");
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(search, QStringLiteral("p-100"));
    QTest::keyClick(search, Qt::Key_Return); // applies at once and moves to the first row
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    const qint64 expected = table->currentIndex().data(OrderQueueModel::OrderIdRole).toLongLong();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), expected);
    QTest::keyClick(table, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(open.size(), 2);
}

void TestMainWindow::takeIsOfferedOnlyForNewOrders()
{
    QSignalSpy take(m_window.get(), &MainWindow::takeRequested);
    auto *action = find<QAction>("takeOrderAction");
    auto *table = find<QTableView>("queueTableView");
    selectOrder(3); // assigned to me already
    QVERIFY(!action->isEnabled());
    selectOrder(2);
    QVERIFY(action->isEnabled());
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(take.size(), 1);
    QCOMPARE(take.at(0).at(0).toLongLong(), 2);
    // Taken by someone else meanwhile: the live update withdraws the action.
    auto taken = makeOrder(2, domain::OrderStatus::Assigned, "1000.00", 2);
    taken.holder = proto::OperatorRef{9, "bob"};
    m_orders->upsert(taken);
    QVERIFY(!action->isEnabled());
}

void TestMainWindow::offlineFeedShowsTheBannerAndDisablesActions()
{
    // A real feed against a server that has gone away.
    QTemporaryDir dir;
    const auto certificate = TestCertificate::generate(dir, QStringLiteral("gone"));
    QVERIFY(certificate);
    QUrl url;
    {
        FakeSyncd server;
        QVERIFY(server.listen(*certificate));
        url = server.url();
    }
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    CertificatePinStore pins(&settings);
    ScriptedTrustPrompt prompt;
    PinnedNetworkAccess network(&pins, &prompt);
    ApiClient api(&network);
    api.setServer(url);
    ChangeFeedSync sync(&api, nullptr, m_orders.get());
    sync.setBackoff(50, 200);
    connect(&sync, &ChangeFeedSync::onlineChanged, m_window.get(), &MainWindow::setOnline);

    auto *banner = find<QWidget>("offlineBanner");
    auto *take = find<QAction>("takeOrderAction");
    selectOrder(1);
    QVERIFY(!banner->isVisible());
    QVERIFY(take->isEnabled());

    sync.start();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!take->isEnabled());
    // In words; the code stays in the log.
    QVERIFY(find<QLabel>("offlineLabel")->text().contains(QStringLiteral("The server cannot be reached.")));
    QVERIFY(!find<QLabel>("offlineLabel")->text().contains(QStringLiteral("network_error")));
    QCOMPARE(find<QLabel>("connectionLabel")->text(), QStringLiteral("Offline"));
    QVERIFY(find<QAction>("openOrderAction")->isEnabled()); // reading stays possible
    QCOMPARE(visibleRows(), 4);
    sync.stop();

    m_window->setOnline(true);
    QVERIFY(!banner->isVisible());
    QVERIFY(take->isEnabled());
}

void TestMainWindow::rendersForScreenshots()
{
    // P2PDESK_SCREENSHOT_DIR=… saves what the operator sees, for the README and for review.
    m_window->setOnline(false, QStringLiteral("(network_error)"));
    selectOrder(2);
    const QPixmap offline = m_window->grab();
    QVERIFY(!offline.isNull());
    QCOMPARE(offline.size(), m_window->size());
    const QString dir = qEnvironmentVariable("P2PDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(offline.save(dir + QStringLiteral("/queue-offline.png")));
}

void TestMainWindow::tabsCountTheirOrders()
{
    auto *tabs = find<QTabBar>("queueTabBar");
    QTRY_COMPARE(tabs->tabText(int(QueueTab::New)), QStringLiteral("New (2)"));
    QCOMPARE(tabs->tabText(int(QueueTab::Mine)), QStringLiteral("Mine (1)"));
    QCOMPARE(tabs->tabText(int(QueueTab::Disputes)), QStringLiteral("Disputes (1)"));
    QCOMPARE(tabs->tabText(int(QueueTab::WaitingForCustomer)), QStringLiteral("Waiting for customer")); // none
    QCOMPARE(tabs->tabText(int(QueueTab::All)), QStringLiteral("All"));
    // Live: someone takes a new order for me; the counters follow, whatever tab is shown.
    auto taken = makeOrder(1, domain::OrderStatus::Assigned, "1000.00", 2);
    taken.holder = proto::OperatorRef{kMe, "alice"};
    m_orders->upsert(taken);
    QTRY_COMPARE(tabs->tabText(int(QueueTab::Mine)), QStringLiteral("Mine (2)"));
    QCOMPARE(tabs->tabText(int(QueueTab::New)), QStringLiteral("New (1)"));
    // The search narrows the table, not the counters.
    m_window->queue()->setSearchText(QStringLiteral("zzz"));
    m_orders->upsert(makeOrder(5, domain::OrderStatus::New));
    QTRY_COMPARE(tabs->tabText(int(QueueTab::New)), QStringLiteral("New (2)"));
}

void TestMainWindow::selectionSurvivesTabSwitchesSoEnterOpens()
{
    QSignalSpy open(m_window.get(), &MainWindow::openOrderRequested);
    auto *table = find<QTableView>("queueTableView");
    selectOrder(3);
    table->setFocus();
    // Mine shows order 3: it stays selected, Enter opens it.
    QTest::keyClick(table, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->queue()->tab(), QueueTab::Mine);
    QCOMPARE(m_window->selectedOrderId(), std::optional<std::int64_t>(3));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.last().at(0).toLongLong(), 3);
    // New does not show it: the first row is selected instead, never nothing.
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    const auto selected = m_window->selectedOrderId();
    QVERIFY(selected == 1 || selected == 2);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.last().at(0).toLongLong(), *selected);
    // Back on All, the operator's last choice is selected again.
    QTest::keyClick(table, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->selectedOrderId(), selected);
}

void TestMainWindow::keyboardShortcutsSheetListsTheMenus()
{
    find<QAction>("shortcutsAction")->trigger();
    ShortcutsDialog *sheet = nullptr;
    QTRY_VERIFY((sheet = m_window->findChild<ShortcutsDialog *>()) && sheet->isVisible());
    QStringList rows;
    for (int row = 0; row < sheet->table()->rowCount(); ++row)
        rows << sheet->table()->item(row, 0)->text() + QStringLiteral(" = ") + sheet->table()->item(row, 1)->text();
    const QString text = rows.join(u'\n');
    for (const QString &expected :
         {QStringLiteral("Take… = Ctrl+T"), QStringLiteral("Open card = Ctrl+O"),
          QStringLiteral("Approvals inbox… = Ctrl+I"), QStringLiteral("Mine = Ctrl+2"), QStringLiteral("Find = Ctrl+F"),
          QStringLiteral("Keyboard shortcuts = F1"), QStringLiteral("Close the approvals inbox = Esc")})
        QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(!text.contains(u'&'), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Administration")), qPrintable(text)); // not an admin
    // The menus show the keys too (Qt prints an action's shortcut next to it).
    QCOMPARE(find<QAction>("takeOrderAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    sheet->close();
}

// Sized when the first orders came ("New"), the column cut "Verify p…" once an order moved on.
void TestMainWindow::statusColumnHoldsEveryStatus()
{
    auto *table = find<QTableView>("queueTableView");
    const QFontMetrics metrics = table->fontMetrics();
    for (domain::OrderStatus status : domain::kAllOrderStatuses)
        QVERIFY2(table->columnWidth(OrderQueueModel::Status) >
                     metrics.horizontalAdvance(OrderQueueModel::statusText(status)),
                 qPrintable(OrderQueueModel::statusText(status)));
}

// The Support tab (issue 11): one more tab after the queue's, with its own page, search and count
// of what wants an answer; the queue's actions rest while it is shown.
void TestMainWindow::supportTabBesideTheQueue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    TicketListModel tickets;
    tickets.upsertMany({makeTicket(1, now, 5, 10), assignedTo(withOrder(makeTicket(2, now, 9, -4), 3, "ASSIGNED"), kMe),
                        assignedTo(makeTicket(3, now, 2, 30), 9)});
    auto *support = new SupportInbox(&tickets, nullptr);
    support->setOperatorId(kMe);
    m_window->setSupportInbox(support);
    auto *tabs = find<QTabBar>("queueTabBar");
    QCOMPARE(tabs->count(), kQueueTabCount + 1);
    // Ticket 1 (nobody's, unread) and 2 (mine, overdue); not 3, someone else's.
    QTRY_COMPARE(tabs->tabText(kQueueTabCount), QStringLiteral("Support (2)"));
    QCOMPARE(tabs->tabTextColor(kQueueTabCount), QColor(0xc6, 0x28, 0x28));

    selectOrder(1);
    QVERIFY(find<QAction>("takeOrderAction")->isEnabled());
    QTest::keyClick(find<QTableView>("queueTableView"), Qt::Key_7, Qt::ControlModifier);
    QVERIFY(m_window->isSupportShown());
    QCOMPARE(tabs->currentIndex(), kQueueTabCount);
    QVERIFY(!find<QLineEdit>("searchLineEdit")->isVisible());
    QVERIFY(!find<QAction>("takeOrderAction")->isEnabled()); // the queue's row is out of sight
    auto *view = find<QTableView>("supportTableView");
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->currentIndex().data(TicketListModel::TicketIdRole).toLongLong(), 2); // overdue first

    // Enter opens the selected ticket; the window passes it on.
    QSignalSpy activated(m_window.get(), &MainWindow::ticketActivated);
    QApplication::setActiveWindow(m_window.get());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), 2);
    QCOMPARE(activated.first().at(1).toLongLong(), 3);

    // Ctrl+F searches the tickets, not the queue; a view button narrows the list.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = find<QLineEdit>("supportSearchLineEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("customer3"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QTest::mouseClick(find<QAbstractButton>("supportView1Button"), Qt::LeftButton); // Mine
    QCOMPARE(support->currentView(), TicketView::Mine);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(find<QAbstractButton>("supportView1Button")->text(), QStringLiteral("&Mine (1)"));

    // Back to the queue: its search, its count and its actions again.
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(!m_window->isSupportShown());
    QVERIFY(find<QLineEdit>("searchLineEdit")->isVisible());
    // The keys are on the sheet.
    const auto shortcuts = m_window->shortcutList();
    QVERIFY(shortcuts.contains(qMakePair(QStringLiteral("Support"), QStringLiteral("Ctrl+7"))));
    QVERIFY(shortcuts.contains(
        qMakePair(QStringLiteral("Support: assign the selected ticket to me"), QStringLiteral("Ctrl+Shift+M"))));
    // The inbox is the window's child; the ticket model must outlive it.
    m_tester.reset();
    m_window.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
