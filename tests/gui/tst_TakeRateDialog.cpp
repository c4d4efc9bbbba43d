#include "ui/actions/PayoutReferenceDialog.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/actions/TakeRateDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

domain::Decimal dec(const char *text)
{
    return domain::Decimal::parse(text).value();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

// The take dialog: live deviation from the suggested rate, exact (Decimal), the admin limit's
// warning and the reason it makes required; and the small reason / payout reference dialogs.
class TestTakeRateDialog : public QObject {
    Q_OBJECT

private slots:
    void deviationIsShownExactly_data();
    void deviationIsShownExactly();
    void aboveTheLimitWarnsAndNeedsAReason();
    void exactlyAtTheLimitIsAllowed();
    void unknownLimitNeverWarnsUnlessSyncdAsked();
    void invalidRatesCannotBeTaken_data();
    void invalidRatesCannotBeTaken();
    void reasonDialogNeedsText();
    void payoutReferenceDialogNeedsText();
    void takeAndSendDepositIsOneChoice();
    void dialogsAreWideEnoughForTheirTitles();
};

void TestTakeRateDialog::deviationIsShownExactly_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("expected");
    // suggested 90.50: |r − 90.50| / 90.50 × 100, scale 4, rounded up.
    QTest::newRow("equal") << QStringLiteral("90.50") << QStringLiteral("0.0000 %");
    QTest::newRow("exact two percent above") << QStringLiteral("92.31") << QStringLiteral("2.0000 %");
    QTest::newRow("rounded up, never understated") << QStringLiteral("91") << QStringLiteral("0.5525 %");
    QTest::newRow("below") << QStringLiteral("80") << QStringLiteral("11.6023 %");
    QTest::newRow("comma decimal separator") << QStringLiteral("92,31") << QStringLiteral("2.0000 %");
}

void TestTakeRateDialog::deviationIsShownExactly()
{
    QFETCH(QString, rate);
    QFETCH(QString, expected);
    TakeRateDialog dialog(
        TakeRateInput{QStringLiteral("P-1001"), QStringLiteral("Sell 100 USDT"), dec("90.50"), dec("25"), false});
    auto *edit = child<QLineEdit>(&dialog, "rateLineEdit");
    QCOMPARE(edit->text(), QStringLiteral("90.50")); // prefilled with the suggestion
    edit->selectAll();
    QTest::keyClicks(edit, rate);
    QVERIFY2(child<QLabel>(&dialog, "deviationLabel")->text().startsWith(expected),
             qPrintable(child<QLabel>(&dialog, "deviationLabel")->text()));
    QVERIFY(child<QLabel>(&dialog, "warningLabel")->isHidden());
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestTakeRateDialog::aboveTheLimitWarnsAndNeedsAReason()
{
    TakeRateDialog dialog(TakeRateInput{QStringLiteral("P-1001"), QString(), dec("90.50"), dec("2.5"), false});
    dialog.show();
    auto *ok = child<QPushButton>(&dialog, "okButton");
    auto *warning = child<QLabel>(&dialog, "warningLabel");
    dialog.setRateText(QStringLiteral("92.77")); // 2.5083 %
    QVERIFY(dialog.deviationAboveLimit());
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QStringLiteral("2.5 %")));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "reasonTextEdit"), QStringLiteral("   "));
    QVERIFY2(!ok->isEnabled(), "a blank reason is no reason");
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "reasonTextEdit"), QStringLiteral("market moved"));
    QVERIFY(ok->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(QString::fromStdString(dialog.finalRate()->toString()), QStringLiteral("92.77"));
    QCOMPARE(dialog.reason(), QStringLiteral("market moved"));

    dialog.setRateText(QStringLiteral("90.60")); // back within the limit: the warning goes
    QVERIFY(warning->isHidden());
}

void TestTakeRateDialog::exactlyAtTheLimitIsAllowed()
{
    TakeRateDialog dialog(TakeRateInput{QStringLiteral("P-1001"), QString(), dec("90.50"), dec("2.5"), false});
    dialog.setRateText(QStringLiteral("92.7625")); // exactly 2.5 %
    QVERIFY(!dialog.deviationAboveLimit());
    QVERIFY(child<QLabel>(&dialog, "warningLabel")->isHidden());
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    dialog.setRateText(QStringLiteral("92.762501"));
    QVERIFY(dialog.deviationAboveLimit());
}

void TestTakeRateDialog::unknownLimitNeverWarnsUnlessSyncdAsked()
{
    TakeRateDialog plain(TakeRateInput{QStringLiteral("P-1"), QString(), dec("90.50"), std::nullopt, false});
    plain.setRateText(QStringLiteral("200"));
    QVERIFY(child<QLabel>(&plain, "warningLabel")->isHidden());
    QVERIFY(child<QPushButton>(&plain, "okButton")->isEnabled());
    // Said in words an operator knows: the server checks it (no internal process names).
    QVERIFY(child<QLabel>(&plain, "limitLabel")->text().contains(QStringLiteral("server")));
    QVERIFY(!child<QLabel>(&plain, "limitLabel")->text().contains(QStringLiteral("syncd")));

    TakeRateDialog asked(TakeRateInput{QStringLiteral("P-1"), QString(), dec("90.50"), std::nullopt, true});
    asked.setRateText(QStringLiteral("200"));
    QVERIFY(!child<QLabel>(&asked, "warningLabel")->isHidden());
    QVERIFY(!child<QPushButton>(&asked, "okButton")->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(&asked, "reasonTextEdit"), QStringLiteral("agreed by phone"));
    QVERIFY(child<QPushButton>(&asked, "okButton")->isEnabled());
}

void TestTakeRateDialog::invalidRatesCannotBeTaken_data()
{
    QTest::addColumn<QString>("rate");
    QTest::newRow("empty") << QString();
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("negative") << QStringLiteral("-90");
    QTest::newRow("letters") << QStringLiteral("ninety");
    QTest::newRow("too many decimals") << QStringLiteral("90.1234567");
    QTest::newRow("exponent") << QStringLiteral("9e1");
}

void TestTakeRateDialog::invalidRatesCannotBeTaken()
{
    QFETCH(QString, rate);
    TakeRateDialog dialog(TakeRateInput{QStringLiteral("P-1"), QString(), dec("90.50"), dec("2.5"), false});
    dialog.setRateText(rate);
    QVERIFY(!dialog.finalRate().has_value());
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestTakeRateDialog::reasonDialogNeedsText()
{
    ReasonDialog dialog(QStringLiteral("Cancel"), QStringLiteral("Why?"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = child<QPushButton>(&dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *edit = child<QPlainTextEdit>(&dialog, "reasonTextEdit");
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(accepted.count(), 0);
    QTest::keyClicks(edit, QStringLiteral("customer asked"));
    QVERIFY(ok->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.reason(), QStringLiteral("customer asked"));
}

void TestTakeRateDialog::payoutReferenceDialogNeedsText()
{
    PayoutReferenceDialog dialog(QStringLiteral("P-1001"));
    auto *ok = child<QPushButton>(&dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "payoutReferenceLineEdit"), QStringLiteral(" SBP-42 "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.payoutReference(), QStringLiteral("SBP-42"));
}

void TestTakeRateDialog::takeAndSendDepositIsOneChoice()
{
    TakeRateInput input{QStringLiteral("P-1"), QString(), dec("90.50"), std::nullopt, false};
    TakeRateDialog takeOnly(input);
    QVERIFY(takeOnly.findChild<QCheckBox *>(QStringLiteral("sendDepositCheckBox"))->isHidden());
    QVERIFY(!takeOnly.sendDeposit());

    input.offerSendDeposit = true;
    TakeRateDialog both(input);
    auto *send = both.findChild<QCheckBox *>(QStringLiteral("sendDepositCheckBox"));
    QVERIFY(!send->isHidden());
    QVERIFY(send->isChecked()); // the usual case is the default
    QVERIFY(both.sendDeposit());
    auto *ok = both.findChild<QPushButton *>(QStringLiteral("okButton"));
    const QString combined = ok->text();
    send->setChecked(false);
    QVERIFY(!both.sendDeposit());
    QVERIFY(ok->text() != combined); // the button says what Enter will do

    input.sendDeposit = false; // the card remembers the operator's last choice
    TakeRateDialog remembered(input);
    QVERIFY(!remembered.sendDeposit());
}

void TestTakeRateDialog::dialogsAreWideEnoughForTheirTitles()
{
    PayoutReferenceDialog dialog(QStringLiteral("P-2026-120345"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.width() >= 520);
    QVERIFY(dialog.width() > dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()));
    ReasonDialog reason(QStringLiteral("Cancel order — order P-2026-120345, a long title to be seen whole"),
                        QStringLiteral("Why?"));
    QVERIFY(reason.width() > reason.fontMetrics().horizontalAdvance(reason.windowTitle()));
}

QTEST_MAIN(TestTakeRateDialog)
#include "tst_TakeRateDialog.moc"
