#include "Mnemonics.h"
#include "ui/login/LoginDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

class TestLoginDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loginButtonWaitsForEveryField();
    void typingAndClickingEmitsTheForm();
    void enterSubmitsFromTheCodeField();
    void codeFieldTakesDigitsOnly();
    void errorIsShownAndTheUsedCodeCleared();
    void prefilledFormFocusesTheFirstEmptyField();
    void labelsShowNoRawMnemonicsAndNoForeignHost();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void fill(const QString &totp = QStringLiteral("123456"));

    std::unique_ptr<LoginDialog> m_dialog;
};

void TestLoginDialog::init()
{
    m_dialog = std::make_unique<LoginDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestLoginDialog::cleanup()
{
    m_dialog.reset();
}

void TestLoginDialog::fill(const QString &totp)
{
    QTest::keyClicks(find<QLineEdit>("serverLineEdit"), QStringLiteral("127.0.0.1:8443"));
    QTest::keyClicks(find<QLineEdit>("usernameLineEdit"), QStringLiteral("alice"));
    QTest::keyClicks(find<QLineEdit>("passwordLineEdit"), QStringLiteral("correct horse"));
    QTest::keyClicks(find<QLineEdit>("totpLineEdit"), totp);
}

void TestLoginDialog::loginButtonWaitsForEveryField()
{
    auto *button = find<QPushButton>("loginButton");
    QVERIFY(!button->isEnabled());
    fill(QStringLiteral("12345"));
    QVERIFY(!button->isEnabled()); // five digits are not a code yet
    QTest::keyClicks(find<QLineEdit>("totpLineEdit"), QStringLiteral("6"));
    QVERIFY(button->isEnabled());
    find<QLineEdit>("passwordLineEdit")->clear();
    QVERIFY(!button->isEnabled());
    QCOMPARE(find<QLineEdit>("passwordLineEdit")->echoMode(), QLineEdit::Password);
}

void TestLoginDialog::typingAndClickingEmitsTheForm()
{
    QSignalSpy requested(m_dialog.get(), &LoginDialog::loginRequested);
    fill();
    QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const auto form = requested.at(0).at(0).value<LoginForm>();
    QCOMPARE(form.server, QStringLiteral("127.0.0.1:8443"));
    QCOMPARE(form.username, QStringLiteral("alice"));
    QCOMPARE(form.password, QStringLiteral("correct horse"));
    QCOMPARE(form.totp, QStringLiteral("123456"));
    QVERIFY(form.remember);
    // Busy while syncd answers: no second submit, fields locked.
    QVERIFY(!find<QPushButton>("loginButton")->isEnabled());
    QVERIFY(!find<QLineEdit>("passwordLineEdit")->isEnabled());
    QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
}

void TestLoginDialog::enterSubmitsFromTheCodeField()
{
    QSignalSpy requested(m_dialog.get(), &LoginDialog::loginRequested);
    fill();
    QTest::keyClick(find<QLineEdit>("totpLineEdit"), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
}

void TestLoginDialog::codeFieldTakesDigitsOnly()
{
    auto *totp = find<QLineEdit>("totpLineEdit");
    QTest::keyClicks(totp, QStringLiteral("12ab34 56"));
    QCOMPARE(totp->text(), QStringLiteral("123456"));
}

void TestLoginDialog::errorIsShownAndTheUsedCodeCleared()
{
    fill();
    QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
    m_dialog->showError(QStringLiteral("Login failed (auth_failed)"));
    auto *error = find<QLabel>("errorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Login failed (auth_failed)"));
    QVERIFY(find<QLineEdit>("totpLineEdit")->text().isEmpty());
    QCOMPARE(find<QLineEdit>("passwordLineEdit")->text(), QStringLiteral("correct horse"));
    QVERIFY(find<QLineEdit>("totpLineEdit")->hasFocus());
    QVERIFY(find<QLineEdit>("totpLineEdit")->isEnabled());
}

void TestLoginDialog::prefilledFormFocusesTheFirstEmptyField()
{
    m_dialog->setServer(QStringLiteral("desk:8443"));
    m_dialog->setUsername(QStringLiteral("alice"));
    QApplication::setActiveWindow(m_dialog.get());
    QTRY_VERIFY(find<QLineEdit>("passwordLineEdit")->hasFocus());
    m_dialog->setNotice(QStringLiteral("Your session has ended."));
    QVERIFY(find<QLabel>("noticeLabel")->isVisible());
}

// "&Password:" must read "Password:" with P underlined, and the empty Server field must not
// suggest some other desk's host.
void TestLoginDialog::labelsShowNoRawMnemonicsAndNoForeignHost()
{
    QCOMPARE(labelsShowingRawMnemonics(m_dialog.get()), QStringList());
    const QString placeholder = find<QLineEdit>("serverLineEdit")->placeholderText();
    QVERIFY2(!placeholder.contains(u'.'), qPrintable(placeholder));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_LoginDialog.moc"
