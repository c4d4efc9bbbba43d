#include "ui/actions/TakeRateDialog.h"

#include "p2pdesk/domain/RateQuote.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

QString text(const domain::Decimal &value)
{
    return QString::fromStdString(value.toString());
}

} // namespace

TakeRateDialog::TakeRateDialog(const TakeRateInput &input, QWidget *parent)
    : QDialog(parent)
    , m_input(input)
    , m_stale(new QLabel(this))
    , m_rate(new QLineEdit(this))
    , m_deviation(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_sendDeposit(new QCheckBox(tr("&Send the deposit address to the customer right after taking"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("takeRateDialog"));
    setWindowTitle(tr("Take order %1").arg(input.orderCode));

    auto *pair = new QLabel(input.pairText, this);
    pair->setObjectName(QStringLiteral("pairLabel"));
    pair->setWordWrap(true);
    auto *suggested = new QLabel(text(input.suggestedRate), this);
    suggested->setObjectName(QStringLiteral("suggestedRateLabel"));
    suggested->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *limit = new QLabel(input.maxDeviationPercent ? tr("%1 %").arg(text(*input.maxDeviationPercent))
                                                       : tr("not visible to this account; the server checks it"),
                             this);
    limit->setObjectName(QStringLiteral("limitLabel"));
    limit->setWordWrap(true);

    m_rate->setObjectName(QStringLiteral("rateLineEdit"));
    m_rate->setText(text(input.suggestedRate));
    m_rate->selectAll();
    m_deviation->setObjectName(QStringLiteral("deviationLabel"));
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_sendDeposit->setObjectName(QStringLiteral("sendDepositCheckBox"));
    m_sendDeposit->setToolTip(tr("Take, then send the deposit instructions to the customer: one action. If the "
                                 "second step is refused, the order stays yours and the card says why."));
    m_sendDeposit->setChecked(input.sendDeposit);
    m_sendDeposit->setVisible(input.offerSendDeposit);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    const auto okText = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setText(sendDeposit() ? tr("&Take and send address") : tr("&Take"));
    };
    okText();
    connect(m_sendDeposit, &QCheckBox::toggled, this, okText);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Order:"), pair);
    form->addRow(tr("Suggested rate:"), suggested);
    form->addRow(tr("&Final rate:"), m_rate);
    form->addRow(tr("Deviation:"), m_deviation);
    form->addRow(tr("Admin limit:"), limit);
    form->addRow(m_reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    m_stale->setObjectName(QStringLiteral("rateStaleLabel"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_stale->hide();
    layout->addWidget(m_stale);
    if (!input.note.isEmpty()) {
        auto *note = new QLabel(input.note, this);
        note->setObjectName(QStringLiteral("takeNoteLabel"));
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("QLabel { color: #9a5b00; font-weight: bold; }"));
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_sendDeposit);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_rate, &QLineEdit::textChanged, this, &TakeRateDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TakeRateDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TakeRateDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->installEventFilter(this);
    update();
    m_rate->setFocus();
}

void TakeRateDialog::showRateStale()
{
    m_stale->setText(tr("The desk's rate for this pair is stale: the reference feed stopped or nobody has updated "
                        "it, and the bot no longer quotes it. Check the market before fixing the final rate."));
    m_stale->show();
}

bool TakeRateDialog::showsRateStale() const
{
    return !m_stale->isHidden();
}

bool TakeRateDialog::eventFilter(QObject *watched, QEvent *event)
{
    // In the reason field plain Enter starts a new line; Ctrl+Enter takes (when allowed).
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            tryAccept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TakeRateDialog::tryAccept()
{
    if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        accept();
}

std::optional<domain::Decimal> TakeRateDialog::parseRate(const QString &input)
{
    QString trimmed = input.trimmed();
    trimmed.replace(u',', u'.');
    auto rate = domain::Decimal::parse(trimmed.toStdString());
    if (!rate || rate->isZero() || rate->scale() > domain::kRateScale)
        return std::nullopt;
    return rate.value();
}

bool TakeRateDialog::sendDeposit() const
{
    return m_input.offerSendDeposit && m_sendDeposit->isChecked();
}

void TakeRateDialog::setRateText(const QString &value)
{
    m_rate->setText(value);
}

std::optional<domain::Decimal> TakeRateDialog::finalRate() const
{
    return parseRate(m_rate->text());
}

QString TakeRateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool TakeRateDialog::reasonRequired() const
{
    return m_aboveLimit || m_input.reasonRequired;
}

void TakeRateDialog::update()
{
    const auto rate = finalRate();
    m_aboveLimit = false;
    if (!rate) {
        m_deviation->setText(tr("enter a positive rate with at most %1 decimals").arg(domain::kRateScale));
    } else if (auto deviation = domain::deviationPercent(*rate, m_input.suggestedRate)) {
        const QString direction = *rate > m_input.suggestedRate   ? tr("above the suggestion")
                                  : *rate < m_input.suggestedRate ? tr("below the suggestion")
                                                                  : tr("equal to the suggestion");
        m_deviation->setText(tr("%1 % (%2)").arg(text(deviation.value()), direction));
        if (m_input.maxDeviationPercent) {
            const auto exceeds = domain::deviationExceeds(*rate, m_input.suggestedRate, *m_input.maxDeviationPercent);
            m_aboveLimit = exceeds && exceeds.value();
        }
    } else {
        m_deviation->setText(tr("no suggested rate to compare with"));
    }

    if (m_aboveLimit) {
        m_warning->setText(tr("The rate deviates from the suggestion by more than the admin limit of %1 %. "
                              "Give a reason; it is recorded with the order.")
                               .arg(text(*m_input.maxDeviationPercent)));
    } else if (m_input.reasonRequired) {
        m_warning->setText(
            tr("The server requires a reason for this rate. Give a reason; it is recorded with the order."));
    }
    m_warning->setVisible(reasonRequired());
    m_reasonLabel->setText(reasonRequired() ? tr("&Reason (required):") : tr("&Reason (optional):"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(rate && (!reasonRequired() || !reason().isEmpty()));
}

} // namespace p2pdesk::workstation
