#include "ui/actions/RequoteDialog.h"

#include "models/DisplayText.h"
#include "ui/actions/TakeRateDialog.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateAgreement.h"

#include <QDialogButtonBox>
#include <QFormLayout>
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

QString lockText(const proto::RateAgreementView &agreement)
{
    return agreement.quoteLockedUntil ? DisplayText::dateTime(*agreement.quoteLockedUntil) : QString();
}

} // namespace

RequoteDialog::RequoteDialog(const proto::OrderDetail &order, QWidget *parent)
    : QDialog(parent)
    , m_order(order)
    , m_rate(new QLineEdit(this))
    , m_outcome(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_keep(new QPushButton(tr("&Keep the old rate"), this))
{
    setObjectName(QStringLiteral("requoteDialog"));
    const auto &s = order.summary;
    setWindowTitle(tr("Re-quote order %1").arg(QString::fromStdString(s.code)));
    setMinimumWidth(520);

    const proto::RateAgreementView agreement = order.rateAgreement.value_or(proto::RateAgreementView{});
    QString why;
    if (agreement.reason == domain::RequoteReason::RateMoved)
        why = tr("The desk's rate moved too far between fixing the order's rate and the customer's payment.");
    else
        why = tr("The customer paid after the rate stopped holding (it was fixed until %1).").arg(lockText(agreement));
    auto *explanation = new QLabel(
        why + QLatin1Char(' ') +
            tr("Offer a new rate: the customer accepts or declines it in the bot, and the payout waits for the "
               "answer. Or keep the order's rate: no answer is needed."),
        this);
    explanation->setObjectName(QStringLiteral("requoteExplanation"));
    explanation->setWordWrap(true);

    const QString finalRate = s.finalRate ? text(*s.finalRate) : QString();
    auto *current = new QLabel(agreement.currentRate ? DisplayText::rate(*agreement.currentRate, s.fiatCurrency)
                                                     : tr("stale — update the rate before offering a new one"),
                               this);
    current->setObjectName(QStringLiteral("currentRateLabel"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *old = new QLabel(s.finalRate ? DisplayText::rate(*s.finalRate, s.fiatCurrency) : QString(), this);
    old->setObjectName(QStringLiteral("orderRateLabel"));

    m_rate->setObjectName(QStringLiteral("requoteRateLineEdit"));
    m_rate->setText(agreement.currentRate ? text(*agreement.currentRate) : finalRate);
    m_rate->selectAll();
    m_outcome->setObjectName(QStringLiteral("requoteOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("requoteReasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_keep->setObjectName(QStringLiteral("keepRateButton"));
    m_buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    auto *rateLabel = new QLabel(tr("&New rate:"), this);
    rateLabel->setBuddy(m_rate);
    auto *form = new QFormLayout;
    form->addRow(tr("Order's rate:"), old);
    form->addRow(tr("Desk's rate now:"), current);
    form->addRow(rateLabel, m_rate);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_rate, &QLineEdit::textChanged, this, &RequoteDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RequoteDialog::update);
    connect(m_keep, &QPushButton::clicked, this, [this, finalRate] { m_rate->setText(finalRate); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    m_rate->setFocus();
}

std::optional<domain::Decimal> RequoteDialog::rate() const
{
    return TakeRateDialog::parseRate(m_rate->text());
}

QString RequoteDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool RequoteDialog::keepsRate() const
{
    const auto chosen = rate();
    return chosen && m_order.summary.finalRate && *chosen == *m_order.summary.finalRate;
}

void RequoteDialog::update()
{
    const auto &s = m_order.summary;
    const auto chosen = rate();
    bool valid = false;
    if (!chosen || !s.finalRate) {
        m_outcome->setText(tr("Enter a positive rate with at most %1 decimals.").arg(domain::kRateScale));
    } else if (keepsRate()) {
        valid = true;
        m_outcome->setText(tr("The order keeps its rate; the payout can go ahead without the customer's answer."));
    } else {
        const auto asset = domain::findAsset(s.asset, s.network);
        const auto fiat = domain::fiat(s.fiatCurrency);
        const auto priced = asset && fiat ? domain::requoteAfterPayment(s.direction, *s.finalRate, *chosen,
                                                                        s.amountCrypto, s.amountFiat, *asset, *fiat)
                                          : domain::Result<domain::Quote>(domain::makeError(
                                                domain::ErrorCode::UnknownAsset, "unknown asset or fiat"));
        if (!priced) {
            m_outcome->setText(tr("This rate cannot price the order."));
        } else {
            valid = true;
            const bool sell = s.direction == domain::Direction::Sell;
            const QString receive = sell ? DisplayText::fiatAmount(priced->amountFiat, s.fiatCurrency)
                                         : DisplayText::cryptoAmount(priced->amountCrypto, s.asset, s.network);
            const QString before = sell ? DisplayText::fiatAmount(s.amountFiat, s.fiatCurrency)
                                        : DisplayText::cryptoAmount(s.amountCrypto, s.asset, s.network);
            m_outcome->setText(
                tr("The customer would receive %1 instead of %2, once they accept in the bot.").arg(receive, before));
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(keepsRate() ? tr("Keep the rate") : tr("&Offer to the customer"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && !reason().isEmpty());
}

} // namespace p2pdesk::workstation
