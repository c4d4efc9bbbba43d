// The admin's support screens against the REAL syncd and PostgreSQL: a canned reply is created
// (an unknown variable is flagged before it can be saved) and the support settings are saved, each
// with a reason, and the server holds what the admin typed.
#include "Mnemonics.h"
#include "RealSyncdAdminTest.h"
#include "ScriptedTrustPrompt.h"
#include "core/AdminService.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"
#include "models/CannedReplyListModel.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/CannedRepliesPage.h"

#include "p2pdesk/test/TestOperators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::test;

class TestAdminSupportRealSyncd : public workstation::test::RealSyncdAdminTest {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cannedReplyFlagsAnUnknownVariableThenSaves();
    void supportSettingsSaveTheResponseTimes();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
};

void TestAdminSupportRealSyncd::init()
{
    connectAdmin();
    m_prompts.answer = QStringLiteral("for the support desk");
    m_window = std::make_unique<AdminWindow>(m_service.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->reload();
}

void TestAdminSupportRealSyncd::cleanup()
{
    disconnectAdmin();
}

void TestAdminSupportRealSyncd::cannedReplyFlagsAnUnknownVariableThenSaves()
{
    find<QTabWidget>("adminTabWidget")->setCurrentWidget(m_window->cannedRepliesPage());
    auto *insert = find<QComboBox>("insertVariableComboBox");
    // The known variables come from syncd's list.
    QTRY_VERIFY_WITH_TIMEOUT(insert->count() > 1, 15000);
    QVERIFY(insert->findData(QStringLiteral("order.code")) > 0);
    QCOMPARE(m_window->cannedRepliesPage()->model()->rowCount(), 0);

    QTest::mouseClick(find<QPushButton>("newCannedReplyButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>("shortcutLineEdit"), QStringLiteral("rate-final"));
    QTest::keyClicks(find<QLineEdit>("titleLineEdit"), QStringLiteral("Final rate"));
    auto *ru = find<QPlainTextEdit>("bodyRuTextEdit");
    auto *en = find<QPlainTextEdit>("bodyEnTextEdit");
    // Typed as an input method would (QTest types Latin-1 only).
    ru->insertPlainText(
        QStringLiteral("Здравствуйте, {customer.name}! Курс по {order.nope}: <b>{order.final_rate}</b>"));
    QTest::keyClicks(en, QStringLiteral("Hello, {customer.name}!"));

    // Flagged before saving: the save button stays off and the form says which variable and where.
    auto *save = find<QPushButton>("saveCannedReplyButton");
    auto *problem = find<QLabel>("cannedProblemLabel");
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("{order.nope}")) &&
                 problem->text().contains(QStringLiteral("Russian")),
             qPrintable(problem->text()));
    QVERIFY(!problem->text().contains(QStringLiteral("validation_failed")));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(m_prompts.asked.isEmpty());
    // The preview fills the sample values in, escaped, with the admin's markup kept.
    const QString preview = find<QTextBrowser>("previewRuBrowser")->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("Здравствуйте, Анна!")) && preview.contains(QStringLiteral("92.35")),
             qPrintable(preview));
    QVERIFY(find<QTextBrowser>("previewEnBrowser")->toPlainText().contains(QStringLiteral("Hello, Anna!")));

    // Fixed through "Insert variable": saved with a reason, and syncd holds it.
    ru->selectAll();
    ru->insertPlainText(QStringLiteral("Здравствуйте, {customer.name}! Курс по "));
    ru->setFocus();
    insert->setCurrentIndex(insert->findData(QStringLiteral("order.code")));
    emit insert->activated(insert->findData(QStringLiteral("order.code")));
    QCOMPARE(ru->toPlainText(), QStringLiteral("Здравствуйте, {customer.name}! Курс по {order.code}"));
    QVERIFY(problem->isHidden());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("Create the canned reply /rate-final")});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->cannedRepliesPage()->model()->rowCount(), 1, 15000);
    QCOMPARE(m_world->scalar("SELECT shortcut || '|' || title || '|' || body_ru || '|' || body_en || '|' || active "
                             "FROM canned_replies"),
             std::string("rate-final|Final rate|Здравствуйте, {customer.name}! Курс по {order.code}|Hello, "
                         "{customer.name}!|true"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'canned_reply.create'"),
             std::string("for the support desk"));
    QTRY_VERIFY(!save->isEnabled()); // saved: nothing left to save
    QCOMPARE(find<QLabel>("editingLabel")->text(), QStringLiteral("Editing /rate-final"));

    // Editing it keeps the version; a taken shortcut is refused by the server in words.
    auto *active = find<QCheckBox>("activeCheckBox");
    active->setChecked(false);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->scalar("SELECT active::text || version FROM canned_replies"),
                              std::string("false2"), 15000);
    QTest::mouseClick(find<QPushButton>("newCannedReplyButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>("shortcutLineEdit"), QStringLiteral("rate-final"));
    QTest::keyClicks(en, QStringLiteral("Bye"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("already uses the shortcut /rate-final")), 15000);
    QCOMPARE(m_world->count("SELECT count(*) FROM canned_replies"), 1LL);
}

void TestAdminSupportRealSyncd::supportSettingsSaveTheResponseTimes()
{
    find<QTabWidget>("adminTabWidget")->setCurrentWidget(find<QWidget>("supportSettingsPage"));
    auto *first = find<QSpinBox>("firstResponseSpinBox");
    auto *next = find<QSpinBox>("nextResponseSpinBox");
    auto *alerts = find<QCheckBox>("opsAlertsCheckBox");
    auto *save = find<QPushButton>("saveSupportButton");
    // syncd's defaults.
    QTRY_VERIFY_WITH_TIMEOUT(first->isEnabled(), 15000);
    QCOMPARE(first->value(), 15);
    QCOMPARE(next->value(), 60);
    QVERIFY(alerts->isChecked());
    QVERIFY(!save->isEnabled());

    first->setValue(30);
    next->setValue(90);
    alerts->setChecked(false);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("Change the support settings")});
    QTRY_VERIFY_WITH_TIMEOUT(!save->isEnabled(), 15000);
    QCOMPARE(m_world->scalar("SELECT string_agg(key || '=' || value::text, ',' ORDER BY key) FROM settings WHERE key "
                             "IN ('ticket_first_response_minutes', 'ticket_next_response_minutes', "
                             "'ops_alerts_enabled')"),
             std::string("ops_alerts_enabled=false,ticket_first_response_minutes=30,ticket_next_response_minutes=90"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'settings.update'"),
             std::string("for the support desk"));
    // The rest of the desk settings went back as they were: the approval threshold is unchanged.
    QCOMPARE(m_world->scalar("SELECT value->>'RUB' FROM settings WHERE key = 'approval_thresholds'"),
             std::string("5000.00"));
    QVERIFY(find<QLabel>("adminMessageLabel")->text().contains(QStringLiteral("saved")));
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(m_window.get()), QStringList());
}

QTEST_MAIN(TestAdminSupportRealSyncd)
#include "tst_admin_support_real_syncd.moc"
