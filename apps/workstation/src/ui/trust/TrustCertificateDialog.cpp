#include "ui/trust/TrustCertificateDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

TrustCertificateDialog::TrustCertificateDialog(const CertificateInfo &certificate, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trustCertificateDialog"));
    setWindowTitle(tr("Trust this server?"));

    auto *intro = new QLabel(tr("This is the first connection to <b>%1:%2</b>. Compare the fingerprint below with the "
                                "one syncd printed when it created its certificate (ask your admin). Trust it only "
                                "if they match exactly; afterwards any other certificate will be refused.")
                                 .arg(certificate.host.toHtmlEscaped())
                                 .arg(certificate.port),
                             this);
    intro->setWordWrap(true);

    // Two lines of 16 bytes each are far easier to compare by eye than one long line.
    const QString fingerprint = certificate.fingerprintText();
    auto *fingerprintLabel = new QLabel(fingerprint.left(47) + u'\n' + fingerprint.mid(48), this);
    fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fingerprintLabel->setAccessibleName(fingerprint);

    const QLocale locale;
    auto *details = new QFormLayout;
    details->addRow(tr("SHA-256:"), fingerprintLabel);
    details->addRow(tr("Subject:"), new QLabel(certificate.subject.toHtmlEscaped(), this));
    details->addRow(tr("Issuer:"), new QLabel(certificate.issuer.toHtmlEscaped(), this));
    details->addRow(tr("Valid:"), new QLabel(tr("%1 to %2")
                                                 .arg(locale.toString(certificate.notBefore, QLocale::ShortFormat),
                                                      locale.toString(certificate.notAfter, QLocale::ShortFormat)),
                                             this));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("&Trust and connect"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(details);
    layout->addWidget(buttons);
}

bool DialogTrustPrompt::confirmTrust(const CertificateInfo &certificate)
{
    TrustCertificateDialog dialog(certificate, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace p2pdesk::workstation
