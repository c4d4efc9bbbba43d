#include "ui/admin/BankDialog.h"

#include "models/BankListModel.h"

#include "p2pdesk/domain/BankDirectory.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/proto/Limits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

QString text(std::string_view view)
{
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

// Letters typed in lower case come out in capitals (codes and countries are upper case).
class UpperCaseValidator final : public QRegularExpressionValidator {
public:
    UpperCaseValidator(const QString &pattern, QObject *parent)
        : QRegularExpressionValidator(QRegularExpression(pattern), parent)
    {
    }
    void fixup(QString &input) const override { input = input.toUpper(); }
    State validate(QString &input, int &pos) const override
    {
        input = input.toUpper();
        return QRegularExpressionValidator::validate(input, pos);
    }
};

} // namespace

BankDialog::BankDialog(const std::optional<proto::BankDto> &existing, const BankListModel *known, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_known(known)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_fiat(new QComboBox(this))
    , m_active(new QCheckBox(tr("Customers may name this bank for payouts"), this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bankDialog"));
    setWindowTitle(existing ? tr("Edit bank %1").arg(QString::fromStdString(existing->code)) : tr("New bank"));
    m_code->setObjectName(QStringLiteral("bankCodeLineEdit"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setMaxLength(static_cast<int>(proto::limits::kBankCode));
    m_code->setValidator(new UpperCaseValidator(QStringLiteral("[A-Za-z0-9_]*"), m_code));
    m_code->setPlaceholderText(tr("e.g. SBER — capitals, digits and _"));
    m_name->setObjectName(QStringLiteral("bankNameLineEdit"));
    m_name->setMaxLength(static_cast<int>(proto::limits::kBankName));
    m_name->setPlaceholderText(tr("as customers know it, e.g. Sberbank"));
    m_country->setObjectName(QStringLiteral("bankCountryLineEdit"));
    m_country->setMaxLength(static_cast<int>(proto::limits::kCountry));
    m_country->setValidator(new UpperCaseValidator(QStringLiteral("[A-Za-z]{0,2}"), m_country));
    m_country->setPlaceholderText(tr("two letters, e.g. RU; may stay empty"));
    m_fiat->setObjectName(QStringLiteral("bankFiatComboBox"));
    for (const domain::Fiat &fiat : domain::fiats())
        m_fiat->addItem(text(fiat.code), text(fiat.code));
    m_active->setObjectName(QStringLiteral("bankActiveCheckBox"));
    m_reason->setObjectName(QStringLiteral("bankReasonLineEdit"));
    m_reason->setMaxLength(static_cast<int>(proto::limits::kReason));
    m_reason->setPlaceholderText(tr("why — kept in the audit log"));
    m_problem->setObjectName(QStringLiteral("bankProblemLabel"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveBankButton"));

    if (existing) {
        // The code and currency are what payout accounts and the bot refer to: fixed.
        m_code->setText(QString::fromStdString(existing->code));
        m_code->setReadOnly(true);
        m_code->setEnabled(false);
        m_code->setToolTip(tr("The code never changes: payout accounts refer to it."));
        m_name->setText(QString::fromStdString(existing->name));
        m_country->setText(existing->country ? QString::fromStdString(*existing->country) : QString());
        m_fiat->setCurrentIndex(m_fiat->findData(QString::fromStdString(existing->fiatCurrency)));
        if (m_fiat->currentIndex() < 0) {
            m_fiat->addItem(QString::fromStdString(existing->fiatCurrency),
                            QString::fromStdString(existing->fiatCurrency));
            m_fiat->setCurrentIndex(m_fiat->count() - 1);
        }
        m_fiat->setEnabled(false);
        m_fiat->setToolTip(tr("The currency never changes: make another bank for another currency."));
        m_active->setChecked(existing->active);
    } else {
        m_active->setChecked(true);
        m_active->setEnabled(false);
        m_active->setToolTip(tr("A new bank is active; switch it off later with Deactivate."));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("C&urrency:"), m_fiat);
    form->addRow(QString(), m_active);
    form->addRow(tr("R&eason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_code, m_name, m_country, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &BankDialog::validate);
    connect(m_fiat, &QComboBox::currentIndexChanged, this, &BankDialog::validate);
    connect(m_active, &QCheckBox::toggled, this, &BankDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString problem;
        if (const auto ready = request(&problem)) {
            // Once: the answer (or a change of the form) enables Save again.
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            emit submitted(*ready);
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    setMinimumWidth(560);
}

std::optional<std::int64_t> BankDialog::bankId() const
{
    return m_existing ? std::optional(m_existing->id) : std::nullopt;
}

std::optional<BankDialog::Request> BankDialog::request(QString *problem) const
{
    const QString code = m_code->text().trimmed();
    const QString name = m_name->text().trimmed();
    const QString country = m_country->text().trimmed();
    const QString reason = m_reason->text().trimmed();
    if (!m_existing) {
        if (code.isEmpty()) {
            *problem = tr("Enter the bank's code, e.g. SBER.");
            return std::nullopt;
        }
        if (!domain::isBankCode(code.toStdString())) {
            *problem = tr("The code has 2 to 32 characters: Latin capitals, digits and “_”.");
            return std::nullopt;
        }
        if (m_known && m_known->containsCode(code)) {
            *problem = tr("Another bank already has the code %1.").arg(code);
            return std::nullopt;
        }
    }
    if (name.isEmpty()) {
        *problem = tr("Enter the bank's name as customers know it.");
        return std::nullopt;
    }
    if (!country.isEmpty() && !domain::isCountryCode(country.toStdString())) {
        *problem = tr("“%1” is not a country code: use two letters of ISO 3166, e.g. RU, KZ, TR — or leave it empty.")
                       .arg(country);
        return std::nullopt;
    }
    if (m_existing) {
        const bool same = name.toStdString() == m_existing->name &&
                          country.toStdString() == m_existing->country.value_or("") &&
                          m_active->isChecked() == m_existing->active;
        if (same) {
            *problem = tr("Nothing has changed yet.");
            return std::nullopt;
        }
    }
    if (reason.isEmpty()) {
        *problem = tr("Say why: the reason goes to the audit log.");
        return std::nullopt;
    }
    if (m_existing) {
        proto::UpdateBankRequest out;
        out.name = name.toStdString();
        if (!country.isEmpty())
            out.country = country.toStdString();
        out.active = m_active->isChecked();
        out.version = m_existing->version;
        out.reason = reason.toStdString();
        return out;
    }
    proto::CreateBankRequest out;
    out.code = code.toStdString();
    out.name = name.toStdString();
    if (!country.isEmpty())
        out.country = country.toStdString();
    out.fiatCurrency = m_fiat->currentData().toString().toStdString();
    out.reason = reason.toStdString();
    return out;
}

void BankDialog::showRefusal(const QString &text, const QString &tooltip)
{
    m_problem->setText(text);
    m_problem->setToolTip(tooltip);
    m_problem->setVisible(true);
    // Save comes back with the next change to the form (validate()).
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
}

void BankDialog::validate()
{
    QString problem;
    const bool ok = request(&problem).has_value();
    m_problem->setText(ok ? QString() : problem);
    m_problem->setToolTip(QString());
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

} // namespace p2pdesk::workstation
