// The admin's Banks page against the REAL syncd and PostgreSQL: a bank added through the dialog
// (code, country and reason checked as typed, a taken code refused before anything is sent),
// listed, edited, deactivated with a reason (the audit row carries it); syncd's refusals shown in
// words; and another admin's change arriving through the change feed reloads the open page.
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
#include "models/BankListModel.h"
#include "models/OrderQueueModel.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/BankDialog.h"
#include "ui/admin/BanksPage.h"

#include "p2pdesk/test/TestOperators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::test;

class TestAdminBanksRealSyncd : public workstation::test::RealSyncdAdminTest {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void adminAddsEditsAndDeactivatesABank();
    void refusalsShowInWords();
    void anotherAdminsChangeReloadsThePage();
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
    BankDialog *openDialog(const char *button);
    int rowOfCode(const std::string &code) const;
};

void TestAdminBanksRealSyncd::init()
{
    connectAdmin();
}

void TestAdminBanksRealSyncd::cleanup()
{
    disconnectAdmin();
}

void TestAdminBanksRealSyncd::openWindow()
{
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
    find<QTabWidget>(m_window.get(), "adminTabWidget")->setCurrentWidget(m_window->banksPage());
}

BankDialog *TestAdminBanksRealSyncd::openDialog(const char *button)
{
    QTest::mouseClick(find<QPushButton>(m_window.get(), button), Qt::LeftButton);
    BankDialog *dialog = m_window->banksPage()->bankDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

int TestAdminBanksRealSyncd::rowOfCode(const std::string &code) const
{
    const BankListModel *model = m_window->banksPage()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->at(row).code == code)
            return row;
    }
    return -1;
}

void TestAdminBanksRealSyncd::adminAddsEditsAndDeactivatesABank()
{
    m_world->sql("INSERT INTO banks (code, name, country, fiat_currency) VALUES ('SBER', 'Sberbank', 'RU', 'RUB')");
    openWindow();
    BankListModel *model = m_window->banksPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);

    BankDialog *dialog = openDialog("newBankButton");
    QVERIFY(dialog);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(dialog), QStringList());
    auto *code = find<QLineEdit>(dialog, "bankCodeLineEdit");
    auto *name = find<QLineEdit>(dialog, "bankNameLineEdit");
    auto *country = find<QLineEdit>(dialog, "bankCountryLineEdit");
    auto *fiat = find<QComboBox>(dialog, "bankFiatComboBox");
    auto *reason = find<QLineEdit>(dialog, "bankReasonLineEdit");
    auto *save = find<QPushButton>(dialog, "saveBankButton");
    auto *problem = find<QLabel>(dialog, "bankProblemLabel");
    // Checked as typed: a taken code (letters come out in capitals), a country that is no ISO code,
    // a missing reason.
    QTest::keyClicks(code, QStringLiteral("sber"));
    QCOMPARE(code->text(), QStringLiteral("SBER"));
    QTest::keyClicks(name, QStringLiteral("Tinkoff"));
    QTest::keyClicks(country, QStringLiteral("xx"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("SBER")), qPrintable(problem->text()));
    code->setText(QStringLiteral("TINKOFF"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("XX")), qPrintable(problem->text()));
    country->setText(QStringLiteral("RU"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("reason")), qPrintable(problem->text()));
    fiat->setCurrentIndex(fiat->findData(QStringLiteral("RUB")));
    QTest::keyClicks(reason, QStringLiteral("customers ask for T-Bank"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // Listed and selected; syncd holds it with the reason; the dialog closed on success.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->banksPage()->bankDialog(), 15000);
    int row = rowOfCode("TINKOFF");
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, BankListModel::Name)).toString(), QStringLiteral("Tinkoff"));
    QCOMPARE(model->data(model->index(row, BankListModel::Country)).toString(), QStringLiteral("RU"));
    QCOMPARE(model->data(model->index(row, BankListModel::Currency)).toString(), QStringLiteral("RUB"));
    QCOMPARE(model->data(model->index(row, BankListModel::Active)).toString(), QStringLiteral("Yes"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'bank.create'"),
             std::string("customers ask for T-Bank"));
    QVERIFY(find<QLabel>(m_window.get(), "adminMessageLabel")->text().contains(QStringLiteral("Bank added")));

    // Edited: renamed, with its own reason; the code and currency stay fixed.
    find<QTableView>(m_window.get(), "banksTableView")->selectRow(row);
    dialog = openDialog("editBankButton");
    QVERIFY(dialog);
    QVERIFY(find<QLineEdit>(dialog, "bankCodeLineEdit")->isReadOnly());
    QVERIFY(!find<QComboBox>(dialog, "bankFiatComboBox")->isEnabled());
    save = find<QPushButton>(dialog, "saveBankButton");
    QVERIFY(!save->isEnabled()); // nothing changed yet
    find<QLineEdit>(dialog, "bankNameLineEdit")->setText(QStringLiteral("T-Bank"));
    QTest::keyClicks(find<QLineEdit>(dialog, "bankReasonLineEdit"), QStringLiteral("rebranded"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(rowOfCode("TINKOFF"), BankListModel::Name)).toString(),
                              QStringLiteral("T-Bank"), 15000);
    QCOMPARE(m_world->scalar("SELECT payload->'old'->>'name' FROM audit_log WHERE action = 'bank.update'"),
             std::string("Tinkoff"));

    // Deactivated with a reason; no new payout account may name it.
    row = rowOfCode("TINKOFF");
    find<QTableView>(m_window.get(), "banksTableView")->selectRow(row);
    auto *toggle = find<QPushButton>(m_window.get(), "toggleBankButton");
    QVERIFY(toggle->isEnabled());
    m_prompts.answer = std::nullopt; // cancelled: nothing sent
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_prompts.asked.size(), 1);
    QCOMPARE(m_world->scalar("SELECT active FROM banks WHERE code = 'TINKOFF'"), std::string("t"));
    m_prompts.answer = QStringLiteral("the desk stopped paying out there");
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(rowOfCode("TINKOFF"), BankListModel::Active)).toString(),
                              QStringLiteral("No"), 15000);
    QVERIFY(m_prompts.asked.last().contains(QStringLiteral("T-Bank")));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'bank.deactivate'"),
             std::string("the desk stopped paying out there"));
    QCOMPARE(toggle->text(), QStringLiteral("Acti&vate…"));
    QVERIFY(find<QLabel>(m_window.get(), "bankDetailsLabel")->text().contains(QStringLiteral("Switched off")));
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

// syncd's refusals read as sentences, never as codes: a bank another admin changed meanwhile (the
// list reloads), a code another admin took between the dialog's check and the save.
void TestAdminBanksRealSyncd::refusalsShowInWords()
{
    m_world->sql("INSERT INTO banks (code, name, country, fiat_currency) VALUES ('ALFA', 'Alfa-Bank', 'RU', 'RUB')");
    openWindow();
    BankListModel *model = m_window->banksPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    auto *message = find<QLabel>(m_window.get(), "adminMessageLabel");

    // Stale: another admin renamed the bank after this page loaded it.
    m_world->sql("UPDATE banks SET name = 'Alfa Bank', version = version + 1 WHERE code = 'ALFA'");
    find<QTableView>(m_window.get(), "banksTableView")->selectRow(0);
    m_prompts.answer = QStringLiteral("not used");
    QTest::mouseClick(find<QPushButton>(m_window.get(), "toggleBankButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Another admin changed this bank")), 15000);
    QVERIFY(!message->text().contains(QStringLiteral("version_conflict")));
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, BankListModel::Name)).toString(), QStringLiteral("Alfa Bank"),
                              15000);
    QCOMPARE(m_world->scalar("SELECT active FROM banks WHERE code = 'ALFA'"), std::string("t"));

    // Taken meanwhile: the dialog checked against the list it had; syncd refuses, the dialog says why.
    BankDialog *dialog = openDialog("newBankButton");
    QVERIFY(dialog);
    QTest::keyClicks(find<QLineEdit>(dialog, "bankCodeLineEdit"), QStringLiteral("VTB"));
    QTest::keyClicks(find<QLineEdit>(dialog, "bankNameLineEdit"), QStringLiteral("VTB"));
    QTest::keyClicks(find<QLineEdit>(dialog, "bankReasonLineEdit"), QStringLiteral("customers use it"));
    auto *save = find<QPushButton>(dialog, "saveBankButton");
    QVERIFY(save->isEnabled());
    m_world->sql("INSERT INTO banks (code, name, fiat_currency) VALUES ('VTB', 'VTB', 'RUB')");
    QTest::mouseClick(save, Qt::LeftButton);
    auto *problem = find<QLabel>(dialog, "bankProblemLabel");
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("already has this code")), 15000);
    QVERIFY(!problem->text().contains(QStringLiteral("conflict")));
    QVERIFY(m_window->banksPage()->bankDialog()); // still open, to fix the code
    QVERIFY(!save->isEnabled());
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE entity = 'bank'"), 0LL);
    dialog->reject();
}

void TestAdminBanksRealSyncd::anotherAdminsChangeReloadsThePage()
{
    // This workstation's change feed, as the app runs it (the feed's order snapshot needs an
    // account that works orders too).
    const auto desk = createOperator(*m_world->server, "deskadmin", {"operator", "admin"});
    m_api->setToken(QString::fromStdString(createSession(m_world->db, desk.id)));
    OrderQueueModel orders;
    ChangeFeedSync sync(m_api.get(), nullptr, &orders);
    sync.setWaitSeconds(1);
    openWindow();
    connect(&sync, &ChangeFeedSync::configEvent, m_window.get(), &AdminWindow::onChangeEvent);
    QSignalSpy caughtUp(&sync, &ChangeFeedSync::caughtUp);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp.count() >= 1, 15000);
    BankListModel *model = m_window->banksPage()->model();
    QCOMPARE(model->rowCount(), 0);

    const auto other = createOperator(*m_world->server, "admin2", {"admin"});
    auto second = m_world->as(other);
    const auto created = second.post("/api/v1/admin/banks", {{"code", "KASPI"},
                                                             {"name", "Kaspi Bank"},
                                                             {"country", "KZ"},
                                                             {"fiat_currency", "KZT"},
                                                             {"reason", "KZT payouts"}});
    QCOMPARE(created.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QCOMPARE(model->at(0).code, std::string("KASPI"));
    sync.stop();
}

void TestAdminBanksRealSyncd::rendersForScreenshots()
{
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    m_world->sql("INSERT INTO banks (code, name, country, fiat_currency, active) VALUES "
                 "('SBER', 'Sberbank', 'RU', 'RUB', true), ('TINKOFF', 'T-Bank', 'RU', 'RUB', true), "
                 "('ALFA', 'Alfa-Bank', 'RU', 'RUB', true), ('VTB', 'VTB', 'RU', 'RUB', true), "
                 "('OTKRITIE', 'Otkritie', 'RU', 'RUB', false), ('KASPI', 'Kaspi Bank', 'KZ', 'KZT', true)");
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->banksPage()->model()->rowCount(), 6, 15000);
    find<QTableView>(m_window.get(), "banksTableView")->selectRow(rowOfCode("OTKRITIE"));
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
    QVERIFY(p2pdesk::screenshots::save(m_window.get(), QStringLiteral("admin-banks-real")));
    find<QTableView>(m_window.get(), "banksTableView")->selectRow(rowOfCode("SBER"));
    BankDialog *dialog = openDialog("editBankButton");
    QVERIFY(dialog);
    QTest::keyClicks(find<QLineEdit>(dialog, "bankNameLineEdit"), QStringLiteral(" PJSC"));
    QVERIFY(
        p2pdesk::screenshots::save(dialog, QStringLiteral("admin-bank-edit-real"), p2pdesk::screenshots::Kind::Dialog));
    dialog->reject();
}

QTEST_MAIN(TestAdminBanksRealSyncd)
#include "tst_admin_banks_real_syncd.moc"
