#include "TestCertificate.h"
#include "ui/trust/TrustCertificateDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

class TestTrustCertificateDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheFullFingerprint();
    void enterDoesNotTrust();
    void trustButtonTrusts();

private:
    QTemporaryDir m_dir;
    CertificateInfo m_info;
};

void TestTrustCertificateDialog::initTestCase()
{
    const auto certificate = TestCertificate::generate(m_dir, QStringLiteral("dialog"));
    QVERIFY(certificate);
    m_info = CertificateInfo::from(QStringLiteral("desk.example.org"), 8443, certificate->certificate);
}

void TestTrustCertificateDialog::showsTheFullFingerprint()
{
    TrustCertificateDialog dialog(m_info);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("fingerprintLabel"));
    QVERIFY(label);
    QString shown = label->text();
    shown.replace(u'\n', u':');
    QCOMPARE(shown, m_info.fingerprintText());
    QCOMPARE(m_info.fingerprintText().size(), 95);
}

void TestTrustCertificateDialog::enterDoesNotTrust()
{
    TrustCertificateDialog dialog(m_info);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void TestTrustCertificateDialog::trustButtonTrusts()
{
    // Through the TrustPrompt interface, as the network layer asks it.
    DialogTrustPrompt prompt;
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<TrustCertificateDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    });
    QVERIFY(prompt.confirmTrust(m_info));
}

QTEST_MAIN(TestTrustCertificateDialog)
#include "tst_TrustCertificateDialog.moc"
