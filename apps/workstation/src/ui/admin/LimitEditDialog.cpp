#include "ui/admin/LimitEditDialog.h"

#include "models/DisplayText.h"
#include "models/RiskLimitModel.h"

#include "p2pdesk/domain/Fiat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdint>

namespace p2pdesk::workstation {

namespace {

QString text(std::string_view view)
{
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

LimitEditDialog::LimitEditDialog(const RiskLimitModel *model, const std::string &rule,
                                 const std::optional<std::string> &fiat, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_rule(new QComboBox(this))
    , m_meaning(new QLabel(this))
    , m_fiat(new QComboBox(this))
    , m_everyCurrency(new QLabel(tr("Every currency"), this))
    , m_threshold(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_active(new QCheckBox(tr("Acti&ve (when off, the rule's default applies)"), this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("limitEditDialog"));
    setWindowTitle(tr("Risk limit"));
    m_rule->setObjectName(QStringLiteral("limitRuleComboBox"));
    for (const auto &info : model->rules())
        m_rule->addItem(DisplayText::riskRule(info.rule), QString::fromStdString(info.rule));
    m_meaning->setObjectName(QStringLiteral("limitDialogMeaningLabel"));
    m_meaning->setWordWrap(true);
    m_fiat->setObjectName(QStringLiteral("limitFiatComboBox"));
    for (const domain::Fiat &currency : domain::fiats())
        m_fiat->addItem(text(currency.code), text(currency.code));
    m_everyCurrency->setObjectName(QStringLiteral("limitEveryCurrencyLabel"));
    m_threshold->setObjectName(QStringLiteral("limitThresholdLineEdit"));
    m_unit->setObjectName(QStringLiteral("limitUnitLabel"));
    m_action->setObjectName(QStringLiteral("limitActionComboBox"));
    for (const auto action : {proto::LimitAction::Flag, proto::LimitAction::Hold, proto::LimitAction::Block})
        m_action->addItem(DisplayText::limitAction(action), static_cast<int>(action));
    m_active->setObjectName(QStringLiteral("limitActiveCheckBox"));
    m_active->setChecked(true);
    m_reason->setObjectName(QStringLiteral("limitReasonLineEdit"));
    m_reason->setPlaceholderText(tr("why — kept in the audit log"));
    m_problem->setObjectName(QStringLiteral("limitProblemLabel"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveLimitButton"));

    auto *currency = new QHBoxLayout;
    currency->setContentsMargins(0, 0, 0, 0);
    currency->addWidget(m_fiat);
    currency->addWidget(m_everyCurrency);
    currency->addStretch();
    auto *threshold = new QHBoxLayout;
    threshold->setContentsMargins(0, 0, 0, 0);
    threshold->addWidget(m_threshold, 1);
    threshold->addWidget(m_unit);
    auto *form = new QFormLayout;
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(QString(), m_meaning);
    // Rows whose field is a layout get no buddy from QFormLayout: without one the label would show
    // its "&" instead of a mnemonic.
    auto *currencyLabel = new QLabel(tr("&Currency:"), this);
    currencyLabel->setBuddy(m_fiat);
    auto *thresholdLabel = new QLabel(tr("&Threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    form->addRow(currencyLabel, currency);
    form->addRow(thresholdLabel, threshold);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(QString(), m_active);
    form->addRow(tr("R&eason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_rule, &QComboBox::currentIndexChanged, this, &LimitEditDialog::onRuleChanged);
    connect(m_fiat, &QComboBox::currentIndexChanged, this, [this] {
        fillFromStored();
        validate();
    });
    for (QLineEdit *edit : {m_threshold, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &LimitEditDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString problem;
        if (request(&problem))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int ruleIndex = m_rule->findData(QString::fromStdString(rule));
    if (fiat)
        m_fiat->setCurrentIndex(std::max(0, m_fiat->findData(QString::fromStdString(*fiat))));
    m_rule->setCurrentIndex(std::max(0, ruleIndex));
    onRuleChanged();
    setMinimumWidth(520);
}

const proto::RiskRuleInfo *LimitEditDialog::currentRule() const
{
    return m_model->rule(m_rule->currentData().toString().toStdString());
}

std::optional<std::string> LimitEditDialog::currentFiat() const
{
    const auto *info = currentRule();
    if (!info || info->kind != proto::LimitKind::AmountPerFiat)
        return std::nullopt;
    return m_fiat->currentData().toString().toStdString();
}

int LimitEditDialog::decimals() const
{
    if (const auto fiat = currentFiat()) {
        const auto known = domain::fiat(*fiat);
        return known.ok() ? known.value().decimals : 2;
    }
    const auto *info = currentRule();
    return info ? info->decimals : 0;
}

void LimitEditDialog::onRuleChanged()
{
    const auto *info = currentRule();
    const bool amount = info && info->kind == proto::LimitKind::AmountPerFiat;
    m_fiat->setVisible(amount);
    m_everyCurrency->setVisible(!amount);
    m_meaning->setText(info ? DisplayText::riskRuleMeaning(info->rule) : QString());
    fillFromStored();
    validate();
}

void LimitEditDialog::fillFromStored()
{
    const auto *info = currentRule();
    if (!info)
        return;
    const auto fiat = currentFiat();
    switch (info->kind) {
    case proto::LimitKind::AmountPerFiat:
        m_unit->setText(QString::fromStdString(fiat.value_or(std::string())));
        break;
    case proto::LimitKind::Count:
        m_unit->setText(tr("at most, more fires"));
        break;
    case proto::LimitKind::Multiplier:
        m_unit->setText(tr("× the customer's median"));
        break;
    case proto::LimitKind::Minutes:
        m_unit->setText(tr("minutes"));
        break;
    }
    const int row = m_model->rowOf(info->rule, fiat);
    if (row >= 0) {
        const auto &stored = m_model->at(row);
        m_threshold->setText(QString::fromStdString(stored.threshold.toString()));
        m_action->setCurrentIndex(m_action->findData(static_cast<int>(stored.action)));
        m_active->setChecked(stored.active);
        return;
    }
    m_threshold->setText(info->defaultThreshold ? QString::fromStdString(info->defaultThreshold->toString())
                                                : QString());
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(info->defaultAction)));
    m_active->setChecked(true);
}

std::optional<proto::RiskLimitUpdateRequest> LimitEditDialog::request(QString *problem) const
{
    const auto *info = currentRule();
    if (!info) {
        *problem = tr("Choose a rule.");
        return std::nullopt;
    }
    const QString typed = m_threshold->text().trimmed();
    const auto value = domain::Decimal::parse(typed.toStdString());
    if (typed.isEmpty() || !value) {
        *problem = tr("The threshold must be a number of zero or more, like %1.")
                       .arg(decimals() > 0 ? QStringLiteral("1500.") + QString(decimals(), QLatin1Char('0'))
                                           : QStringLiteral("10"));
        return std::nullopt;
    }
    const int places = decimals();
    const auto scaled = value.value().rescaled(places, domain::Rounding::Down);
    if (!scaled || !(scaled.value() == value.value())) {
        *problem = places == 0 ? tr("The threshold must be a whole number.")
                               : tr("The threshold takes at most %n decimal place(s).", nullptr, places);
        return std::nullopt;
    }
    if ((info->kind == proto::LimitKind::Count || info->kind == proto::LimitKind::Minutes) &&
        scaled.value().units() > UINT32_MAX) {
        *problem = tr("The threshold is too large.");
        return std::nullopt;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        *problem = tr("Say why: the reason goes to the audit log.");
        return std::nullopt;
    }
    proto::RiskLimitUpdateRequest out;
    out.rule = info->rule;
    out.fiatCurrency = currentFiat();
    out.threshold = scaled.value();
    out.action = static_cast<proto::LimitAction>(m_action->currentData().toInt());
    out.active = m_active->isChecked();
    out.reason = m_reason->text().trimmed().toStdString();
    return out;
}

void LimitEditDialog::validate()
{
    QString problem;
    const bool ok = request(&problem).has_value();
    m_problem->setText(ok ? QString() : problem);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

} // namespace p2pdesk::workstation
