// The admin's Wallets and Settings pages against the REAL syncd and PostgreSQL: a wallet added in
// the dialog (the address checked for its network, a key pasted as secret_ref refused before
// anything is sent), listed, shown as a QR code and deactivated with a reason; a desk setting
// edited, checked before saving and saved with its reason (the audit row reads old -> new); and a
// second admin's changes arriving through the change feed reload the open page.
#include "Mnemonics.h"
#include "RealSyncdAdminTest.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "app/LanguageSettings.h"
#include "core/AdminService.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/ChangeFeedSync.h"
#include "core/PinnedNetworkAccess.h"
#include "models/OrderQueueModel.h"
#include "models/RiskLimitModel.h"
#include "models/WalletListModel.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/DeskSettingsPage.h"
#include "ui/admin/LimitsPage.h"
#include "ui/admin/SupportSettingsPage.h"
#include "ui/admin/WalletDialog.h"
#include "ui/admin/WalletsPage.h"

#include "p2pdesk/test/TestOperators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::test;

namespace {

// Well-known public mainnet addresses (token contracts): valid, no secrets.
constexpr const char *kTronAddress = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
constexpr const char *kEthAddress = "0xdAC17F958D2ee523a2206206994597C13D831ec7";

} // namespace

class TestAdminWalletsSettingsRealSyncd : public workstation::test::RealSyncdAdminTest {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void adminAddsListsAndDeactivatesAWallet();
    void adminEditsTheDeskSettings();
    void anotherAdminsChangesReloadTheOpenPage();
    void adminSetsTheOpeningHours();
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
    // The admin window with every page loaded, showing `page`.
    template<typename Page> void openWindowAt(Page *(AdminWindow::*page)() const);
    WalletDialog *openWalletDialog();
};

void TestAdminWalletsSettingsRealSyncd::init()
{
    connectAdmin();
}

void TestAdminWalletsSettingsRealSyncd::cleanup()
{
    disconnectAdmin();
}

template<typename Page> void TestAdminWalletsSettingsRealSyncd::openWindowAt(Page *(AdminWindow::*page)() const)
{
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget((m_window.get()->*page)());
}

WalletDialog *TestAdminWalletsSettingsRealSyncd::openWalletDialog()
{
    QTest::mouseClick(find<QPushButton>(m_window.get(), "newWalletButton"), Qt::LeftButton);
    WalletDialog *dialog = m_window->walletsPage()->walletDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestAdminWalletsSettingsRealSyncd::adminAddsListsAndDeactivatesAWallet()
{
    openWindowAt(&AdminWindow::walletsPage);
    WalletListModel *model = m_window->walletsPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000); // the world's hot wallet

    WalletDialog *dialog = openWalletDialog();
    QVERIFY(dialog);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(dialog), QStringList());
    auto *asset = find<QComboBox>(dialog, "walletAssetComboBox");
    asset->setCurrentIndex(asset->findData(QStringList{QStringLiteral("USDT"), QStringLiteral("TRON")}));
    QVERIFY(asset->currentIndex() >= 0);
    auto *address = find<QLineEdit>(dialog, "walletAddressLineEdit");
    auto *secretRef = find<QLineEdit>(dialog, "walletSecretRefLineEdit");
    auto *reason = find<QLineEdit>(dialog, "walletReasonLineEdit");
    auto *save = find<QPushButton>(dialog, "saveWalletButton");
    auto *problem = find<QLabel>(dialog, "walletProblemLabel");
    // Checked here before anything is sent: the address for its network, no key, a reason.
    QTest::keyClicks(address, QString::fromLatin1(kEthAddress));
    QTest::keyClicks(find<QLineEdit>(dialog, "walletLabelLineEdit"), QStringLiteral("Tron hot 2"));
    QTest::keyClicks(secretRef, QStringLiteral("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"));
    QTest::keyClicks(reason, QStringLiteral("second deposit wallet for the weekend"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("Tron")), qPrintable(problem->text()));
    address->setText(QString::fromLatin1(kTronAddress));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("private key")), qPrintable(problem->text()));
    secretRef->setText(QStringLiteral("ledger:desk-nano-2"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // Listed and selected, its address shown and as a QR code; syncd holds it with the reason.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 15000);
    const int row = model->rowOf(std::stoll(
        m_world->scalar(std::string("SELECT id FROM crypto_wallets WHERE address = '") + kTronAddress + "'")));
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, WalletListModel::Label)).toString(), QStringLiteral("Tron hot 2"));
    QCOMPARE(model->data(model->index(row, WalletListModel::Network)).toString(), QStringLiteral("Tron"));
    QCOMPARE(model->data(model->index(row, WalletListModel::Kind)).toString(), QStringLiteral("Hot"));
    QCOMPARE(model->data(model->index(row, WalletListModel::Active)).toString(), QStringLiteral("Yes"));
    QCOMPARE(m_world->scalar("SELECT secret_ref || '|' || label FROM crypto_wallets WHERE address = '" +
                             std::string(kTronAddress) + "'"),
             std::string("ledger:desk-nano-2|Tron hot 2"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'wallet.create'"),
             std::string("second deposit wallet for the weekend"));
    QVERIFY(m_window->walletsPage()->showsQrCode());
    QCOMPARE(find<QLabel>(m_window.get(), "walletAddressLabel")->text(), QString::fromLatin1(kTronAddress));
    QVERIFY(find<QLabel>(m_window.get(), "walletDetailsLabel")->text().contains(QStringLiteral("ledger:desk-nano-2")));
    QVERIFY(find<QLabel>(m_window.get(), "adminMessageLabel")->text().contains(QStringLiteral("added")));

    // Deactivated with a reason: asked, sent, audited, shown.
    auto *toggle = find<QPushButton>(m_window.get(), "toggleWalletButton");
    QCOMPARE(toggle->text(), QStringLiteral("&Deactivate…"));
    m_prompts.answer = QStringLiteral("the nano went to the safe");
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_prompts.asked.size(), 1);
    QVERIFY(m_prompts.asked.first().contains(QString::fromLatin1(kTronAddress)));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_world->scalar("SELECT active::text FROM crypto_wallets WHERE address = '" + std::string(kTronAddress) + "'"),
        std::string("false"), 15000);
    QTRY_COMPARE(model->data(model->index(row, WalletListModel::Active)).toString(), QStringLiteral("No"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'wallet.deactivate'"),
             std::string("the nano went to the safe"));
    QCOMPARE(toggle->text(), QStringLiteral("Acti&vate…"));
    QVERIFY(find<QLabel>(m_window.get(), "walletDetailsLabel")->text().contains(QStringLiteral("Not in use")));
    // Cancelling the reason changes nothing.
    m_prompts.answer.reset();
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE entity = 'wallet'"), 2LL);

    // Another admin switched the world's wallet off meanwhile (this page has no change feed here):
    // switching it off again is refused, said so, and the page shows what syncd holds.
    auto second = m_world->as(createOperator(*m_world->server, "admin2", {"admin"}));
    QCOMPARE(second
                 .post("/api/v1/admin/wallets/" + std::to_string(m_world->walletId) + "/active",
                       {{"active", false}, {"reason", "from the other desk"}})
                 .status,
             200);
    const int worldRow = model->rowOf(m_world->walletId);
    QCOMPARE(model->data(model->index(worldRow, WalletListModel::Active)).toString(), QStringLiteral("Yes"));
    find<QTableView>(m_window.get(), "walletsTableView")->selectRow(worldRow);
    QCOMPARE(toggle->text(), QStringLiteral("&Deactivate…"));
    m_prompts.answer = QStringLiteral("rotating");
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(worldRow, WalletListModel::Active)).toString(),
                              QStringLiteral("No"), 15000);
    QVERIFY2(find<QLabel>(m_window.get(), "adminMessageLabel")->text().contains(QStringLiteral("not made")),
             qPrintable(find<QLabel>(m_window.get(), "adminMessageLabel")->text()));
    QCOMPARE(toggle->text(), QStringLiteral("Acti&vate…"));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'wallet.deactivate'"), 2LL);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

void TestAdminWalletsSettingsRealSyncd::adminEditsTheDeskSettings()
{
    openWindowAt(&AdminWindow::deskSettingsPage);
    DeskSettingsPage *page = m_window->deskSettingsPage();
    auto *rub = find<QLineEdit>(page, "thresholdRUBLineEdit");
    QTRY_COMPARE_WITH_TIMEOUT(rub->text(), QStringLiteral("5000"), 15000); // the world's threshold
    auto *save = find<QPushButton>(page, "saveDeskSettingsButton");
    auto *problem = find<QLabel>(page, "deskSettingsProblemLabel");
    QVERIFY(!save->isEnabled());
    QCOMPARE(find<QLineEdit>(page, "deviationLineEdit")->text(), QStringLiteral("2"));
    QCOMPARE(find<QSpinBox>(page, "timeoutNEWSpinBox")->value(), 60);
    auto *feedJump = find<QLineEdit>(page, "feedJumpLineEdit");
    QCOMPARE(feedJump->text(), QStringLiteral("5"));
    feedJump->setText(QStringLiteral("0"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("above 0")), qPrintable(problem->text()));
    feedJump->setText(QStringLiteral("7.5"));

    // Checked before saving: the hard limit may not be below the soft one, amounts in cents.
    auto *hard = find<QLineEdit>(page, "hardDeviationLineEdit");
    hard->setText(QStringLiteral("1.5"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("cannot be below")), qPrintable(problem->text()));
    hard->setText(QStringLiteral("12,5"));
    rub->setText(QStringLiteral("250000.005"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("RUB")), qPrintable(problem->text()));
    rub->setText(QStringLiteral("250000"));
    find<QSpinBox>(page, "timeoutNEWSpinBox")->setValue(45);
    find<QSpinBox>(page, "timeoutPROCESSING_PAYOUTSpinBox")->setValue(0); // no deadline
    find<QSpinBox>(page, "botMessagesSpinBox")->setValue(30);
    QVERIFY(save->isEnabled());
    QVERIFY(problem->text().isEmpty());

    // Cancelling the reason sends nothing; with one, it is saved.
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_prompts.asked.size(), 1);
    m_prompts.answer = QStringLiteral("weekend policy");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'settings.update'"), 1LL,
                              15000);
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'settings.update'"),
             std::string("weekend policy"));
    QCOMPARE(
        m_world->scalar("SELECT (payload->'old'->'approval_thresholds'->>'RUB') || ' -> ' || "
                        "(payload->'approval_thresholds'->>'RUB') FROM audit_log WHERE action = 'settings.update'"),
        std::string("5000.00 -> 250000.00"));
    QCOMPARE(m_world->scalar("SELECT payload->'old'->>'max_rate_hard_deviation_percent' || ' -> ' || "
                             "(payload->>'max_rate_hard_deviation_percent') FROM audit_log WHERE action = "
                             "'settings.update'"),
             std::string("10.0000 -> 12.5000"));
    auto admin = m_world->as(m_world->admin);
    const auto stored = admin.get("/api/v1/admin/settings");
    QCOMPARE(stored.json["status_timeouts"]["NEW"].get<int>(), 45 * 60);
    QVERIFY(!stored.json["status_timeouts"].contains("PROCESSING_PAYOUT"));
    QCOMPARE(stored.json["status_timeouts"]["PAID_OUT"].get<int>(), 24 * 3600); // untouched
    QCOMPARE(stored.json["bot_messages_per_minute"].get<int>(), 30);
    QCOMPARE(stored.json["rate_feed_max_jump_percent"].get<std::string>(), std::string("7.5000"));
    QCOMPARE(stored.json["ticket_first_response_minutes"].get<int>(), 15); // the Support page's, kept
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QLabel>(m_window.get(), "adminMessageLabel")->text().contains(QStringLiteral("Desk settings saved")),
        15000);
    QVERIFY(!save->isEnabled());
    QVERIFY(!page->isDirty());
    QCOMPARE(hard->text(), QStringLiteral("12.5")); // as syncd stored it
    QCOMPARE(find<QSpinBox>(page, "timeoutPROCESSING_PAYOUTSpinBox")->text(), QStringLiteral("no deadline"));
    QVERIFY(find<QLabel>(page, "timeoutPROCESSING_PAYOUTSpinBoxUnit")->isHidden()); // not "no deadline minutes"
    QVERIFY(!find<QLabel>(page, "timeoutNEWSpinBoxUnit")->isHidden());
    // The Support page shows the same settings and did not claim the save.
    QCOMPARE(find<QSpinBox>(m_window.get(), "firstResponseSpinBox")->value(), 15);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

void TestAdminWalletsSettingsRealSyncd::anotherAdminsChangesReloadTheOpenPage()
{
    // This workstation's change feed, as the app runs it (the feed's order snapshot needs an
    // account that works orders too).
    const auto desk = createOperator(*m_world->server, "deskadmin", {"operator", "admin"});
    m_api->setToken(QString::fromStdString(createSession(m_world->db, desk.id)));
    OrderQueueModel orders;
    ChangeFeedSync sync(m_api.get(), nullptr, &orders);
    sync.setWaitSeconds(1);
    openWindowAt(&AdminWindow::walletsPage);
    connect(&sync, &ChangeFeedSync::configEvent, m_window.get(), &AdminWindow::onChangeEvent);
    QSignalSpy caughtUp(&sync, &ChangeFeedSync::caughtUp);
    QSignalSpy events(&sync, &ChangeFeedSync::configEvent);
    const auto arrived = [&events](const char *kind) {
        for (const QList<QVariant> &event : std::as_const(events)) {
            if (event.at(0).toString() == QLatin1String(kind))
                return true;
        }
        return false;
    };
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp.count() >= 1, 15000);
    WalletListModel *wallets = m_window->walletsPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(wallets->rowCount(), 1, 15000);

    const auto other = createOperator(*m_world->server, "admin2", {"admin"});
    auto second = m_world->as(other);
    // A wallet added by the other admin shows on the open Wallets page.
    const auto created = second.post("/api/v1/admin/wallets", {{"asset", "USDT"},
                                                               {"network", "ETHEREUM"},
                                                               {"kind", "cold"},
                                                               {"address", kEthAddress},
                                                               {"secret_ref", "safe:shelf-2"},
                                                               {"reason", "cold storage"}});
    QCOMPARE(created.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(wallets->rowCount(), 2, 15000);

    // A setting changed elsewhere while this admin has an unsaved edit: the edit stays, the rest
    // takes the new value, so saving cannot put the other admin's change back.
    auto *tabs = find<QTabWidget>(m_window.get(), "adminTabWidget");
    tabs->setCurrentWidget(m_window->deskSettingsPage());
    DeskSettingsPage *page = m_window->deskSettingsPage();
    auto *rub = find<QLineEdit>(page, "thresholdRUBLineEdit");
    QTRY_COMPARE_WITH_TIMEOUT(rub->text(), QStringLiteral("5000"), 15000);
    auto *quoteLock = find<QSpinBox>(page, "quoteLockSpinBox");
    quoteLock->setValue(20);
    auto current = second.get("/api/v1/admin/settings").json;
    current["approval_thresholds"]["RUB"] = "7000.00";
    current["reason"] = "from the other desk";
    QCOMPARE(second.post("/api/v1/admin/settings", current).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rub->text(), QStringLiteral("7000"), 15000);
    QCOMPARE(quoteLock->value(), 20);
    QVERIFY(page->isDirty());

    // A limit set elsewhere: the Limits page (not visible) reloads when it is shown.
    QCOMPARE(second
                 .request("PUT", "/api/v1/admin/limits",
                          R"({"rule":"customer_orders_24h","threshold":"25","action":"hold","active":true,)"
                          R"("reason":"tighter"})",
                          "application/json")
                 .status,
             200);
    RiskLimitModel *limits = m_window->limitsPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(arrived("limits.updated"), 15000);
    QCOMPARE(limits->rowCount(), 0); // loaded when the window opened, not reloaded while hidden
    tabs->setCurrentWidget(m_window->limitsPage());
    QTRY_COMPARE_WITH_TIMEOUT(limits->rowCount(), 1, 15000);
    QVERIFY(arrived("wallet.updated"));
    QVERIFY(arrived("settings.updated"));
    sync.stop();
}

void TestAdminWalletsSettingsRealSyncd::adminSetsTheOpeningHours()
{
    openWindowAt(&AdminWindow::deskSettingsPage);
    DeskSettingsPage *page = m_window->deskSettingsPage();
    QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(page, "thresholdRUBLineEdit")->text(), QStringLiteral("5000"), 15000);
    auto *save = find<QPushButton>(page, "saveDeskSettingsButton");
    auto *problem = find<QLabel>(page, "deskSettingsProblemLabel");
    auto *on = find<QCheckBox>(page, "deskHoursCheckBox");
    auto *offset = find<QComboBox>(page, "deskHoursOffsetComboBox");
    auto *monday = find<QLineEdit>(page, "deskHoursmonLineEdit");
    auto *saturday = find<QLineEdit>(page, "deskHourssatLineEdit");
    QVERIFY(!on->isChecked()); // off until an admin sets them
    QCOMPARE(offset->currentData().toInt(), 0);
    QCOMPARE(monday->text(), QString());

    // On without a day, and a day that is not a span: refused before anything is sent.
    on->setChecked(true);
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("at least one day")), qPrintable(problem->text()));
    monday->setText(QStringLiteral("9-21"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QLocale().standaloneDayName(1), Qt::CaseInsensitive),
             qPrintable(problem->text()));
    monday->setText(QStringLiteral("9:00 - 21:00"));
    saturday->setText(QStringLiteral("10:00-16:00"));
    offset->setCurrentIndex(offset->findData(180));
    QCOMPARE(offset->currentText(), QStringLiteral("UTC+3"));
    QVERIFY(save->isEnabled());
    m_prompts.answer = QStringLiteral("opening hours");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'settings.update'"), 1LL,
                              15000);
    QCOMPARE(m_world->scalar("SELECT value::text FROM settings WHERE key = 'desk_hours'"),
             std::string(R"({"days": {"mon": "09:00-21:00", "sat": "10:00-16:00"}, "enabled": true, )"
                         R"("utc_offset_minutes": 180})"));
    // The page shows what syncd stored, written the way it reads back.
    QTRY_COMPARE_WITH_TIMEOUT(monday->text(), QStringLiteral("09:00-21:00"), 15000);
    QVERIFY(!page->isDirty());
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

void TestAdminWalletsSettingsRealSyncd::rendersForScreenshots()
{
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    // Opening hours as a desk would have them; set before the window reads the settings.
    m_world->sql(R"(INSERT INTO settings (key, value) VALUES ('desk_hours', '{"enabled": true, )"
                 R"("utc_offset_minutes": 180, "days": {"mon": "09:00-21:00", "tue": "09:00-21:00", )"
                 R"("wed": "09:00-21:00", "thu": "09:00-21:00", "fri": "09:00-21:00", "sat": "10:00-16:00"}}'))");
    m_world->sql("UPDATE crypto_wallets SET label = 'Tron hot 1' WHERE id = " + std::to_string(m_world->walletId));
    m_world->sql(std::string("INSERT INTO crypto_wallets (provider, kind, asset, network, address, label, secret_ref, "
                             "active) VALUES ('manual', 'cold', 'USDT', 'ETHEREUM', '") +
                 kEthAddress +
                 "', 'Ethereum cold', 'safe:shelf-2', true), ('manual', 'hot', 'BTC', 'BITCOIN', "
                 "'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', '', 'ledger:btc-1', false)");
    openWindowAt(&AdminWindow::walletsPage);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->walletsPage()->model()->rowCount(), 3, 15000);
    find<QTableView>(m_window.get(), "walletsTableView")->selectRow(0);
    QVERIFY(m_window->walletsPage()->showsQrCode());
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-wallets-real")));
    WalletDialog *dialog = openWalletDialog();
    QVERIFY(dialog);
    QTest::keyClicks(find<QLineEdit>(dialog, "walletAddressLineEdit"), QStringLiteral("TR7NHqjeKQ"));
    QVERIFY(p2pdesk::screenshots::save(dialog, QStringLiteral("admin-wallet-new-real"),
                                       p2pdesk::screenshots::Kind::Dialog));
    dialog->reject();

    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(m_window->deskSettingsPage());
    QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(m_window.get(), "thresholdRUBLineEdit")->text(), QStringLiteral("5000"),
                              15000);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-settings-real")));
}

QTEST_MAIN(TestAdminWalletsSettingsRealSyncd)
#include "tst_admin_wallets_settings_real_syncd.moc"
