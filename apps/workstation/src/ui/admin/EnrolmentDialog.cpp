#include "ui/admin/EnrolmentDialog.h"

#include "platform/QrCode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

constexpr int kModulePixels = 5;

} // namespace

EnrolmentDialog::EnrolmentDialog(const QString &username, const QString &otpauthUri, QWidget *parent)
    : QDialog(parent)
    , m_uri(OtpAuthUri::parse(otpauthUri))
    , m_qrLabel(new QLabel(this))
    , m_uriEdit(new QLineEdit(otpauthUri, this))
    , m_secretLabel(new QLabel(this))
    , m_codeEdit(new QLineEdit(this))
    , m_checkButton(new QPushButton(tr("&Check code"), this))
    , m_codeStatus(new QLabel(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("enrolmentDialog"));
    setWindowTitle(tr("Two-factor enrolment for %1").arg(username));
    // The secret must not linger anywhere after the admin closes this.
    setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(tr("Let %1 scan this code with an authenticator app (or type the secret). It is "
                                "shown only now; closing this window forgets it.")
                                 .arg(username),
                             this);
    intro->setWordWrap(true);

    m_qrLabel->setObjectName(QStringLiteral("qrCodeLabel"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    if (const auto qr = QrCode::encode(otpauthUri.toUtf8()))
        m_qrLabel->setPixmap(QPixmap::fromImage(qr->toImage(kModulePixels)));
    else
        m_qrLabel->setText(tr("The QR code could not be made; use the secret below."));

    m_uriEdit->setObjectName(QStringLiteral("otpauthUriLineEdit"));
    m_uriEdit->setReadOnly(true);
    m_secretLabel->setObjectName(QStringLiteral("secretLabel"));
    m_secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secretLabel->setText(m_uri ? m_uri->secretForDisplay() : tr("(the URI could not be read)"));
    QFont mono = m_secretLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_secretLabel->setFont(mono);

    m_codeEdit->setObjectName(QStringLiteral("firstCodeLineEdit"));
    m_codeEdit->setPlaceholderText(tr("Code from the app"));
    m_codeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,10}")), this));
    m_checkButton->setObjectName(QStringLiteral("checkCodeButton"));
    m_codeStatus->setObjectName(QStringLiteral("codeStatusLabel"));
    m_codeStatus->setWordWrap(true);
    m_codeStatus->setText(tr("Ask for the first code to make sure the app was set up correctly. The server "
                             "confirms the enrolment when %1 first logs in with a code.")
                              .arg(username));
    connect(m_checkButton, &QPushButton::clicked, this, &EnrolmentDialog::checkCode);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &EnrolmentDialog::checkCode);
    m_checkButton->setEnabled(m_uri.has_value());

    auto *form = new QFormLayout;
    form->addRow(tr("URI:"), m_uriEdit);
    form->addRow(tr("Secret:"), m_secretLabel);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeEdit, 1);
    codeRow->addWidget(m_checkButton);
    // A row that is a layout gets no buddy from QFormLayout: without one the label shows "&".
    auto *codeLabel = new QLabel(tr("First &code:"), this);
    codeLabel->setBuddy(m_codeEdit);
    form->addRow(codeLabel, codeRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("enrolmentCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_qrLabel);
    layout->addLayout(form);
    layout->addWidget(m_codeStatus);
    layout->addWidget(buttons);
    m_codeEdit->setFocus();
    // Wide enough for the code field's hint and most of the URI in either language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 75);
}

bool EnrolmentDialog::hasQrCode() const
{
    return !m_qrLabel->pixmap().isNull();
}

void EnrolmentDialog::checkCode()
{
    if (!m_uri)
        return;
    m_confirmed = m_uri->accepts(m_codeEdit->text(), m_now());
    if (m_confirmed) {
        m_codeStatus->setText(tr("✔ The code matches: the app is set up. The enrolment is confirmed on the first "
                                 "login."));
        m_codeStatus->setStyleSheet(QStringLiteral("color: #1b7f2a;"));
    } else {
        m_codeStatus->setText(tr("✘ This code does not match. Check the phone's clock and scan again."));
        m_codeStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
}

} // namespace p2pdesk::workstation
