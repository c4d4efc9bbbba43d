#include "ui/support/CreateOrderDialog.h"

#include "core/OrderCreation.h"
#include "models/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace p2pdesk::workstation {

namespace {

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

CreateOrderDialog::CreateOrderDialog(OrderCreation *creation, const proto::TicketCustomer &customer, QWidget *parent)
    : QDialog(parent)
    , m_creation(creation)
    , m_customer(customer)
    , m_direction(new QComboBox(this))
    , m_pair(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_bank(new QComboBox(this))
    , m_requisitesLabel(new QLabel(this))
    , m_requisites(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createOrderDialog"));
    setWindowTitle(tr("Create order for this customer"));

    QString who = customer.firstName ? str(*customer.firstName) : QString();
    if (customer.username)
        who += (who.isEmpty() ? QString() : QStringLiteral(" ")) + u'@' + str(*customer.username);
    auto *customerLabel = new QLabel(tr("%1 (Telegram id %2)").arg(who, QString::number(customer.telegramId)), this);
    customerLabel->setObjectName(QStringLiteral("customerLabel"));

    m_direction->setObjectName(QStringLiteral("directionComboBox"));
    m_direction->addItem(tr("The customer sells crypto (the desk pays out money)"),
                         static_cast<int>(domain::Direction::Sell));
    m_direction->addItem(tr("The customer buys crypto (the desk sends crypto)"),
                         static_cast<int>(domain::Direction::Buy));
    m_pair->setObjectName(QStringLiteral("pairComboBox"));
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setPlaceholderText(tr("e.g. 250.00"));
    m_unit->setObjectName(QStringLiteral("amountUnitComboBox"));
    m_bank->setObjectName(QStringLiteral("payoutBankComboBox"));
    m_requisitesLabel->setWordWrap(true);
    m_requisites->setObjectName(QStringLiteral("requisitesTextEdit"));
    m_requisites->setTabChangesFocus(true);
    m_requisites->setMaximumHeight(m_requisites->fontMetrics().lineSpacing() * 4 + 12);
    m_error->setObjectName(QStringLiteral("createOrderErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8a1020; }"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create order"));

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_unit);
    auto *form = new QFormLayout;
    form->addRow(tr("Customer:"), customerLabel);
    form->addRow(tr("Direction:"), m_direction);
    form->addRow(tr("Pair:"), m_pair);
    form->addRow(tr("Amount:"), amountRow);
    form->addRow(m_requisitesLabel);
    form->addRow(m_requisites);
    form->addRow(tr("Bank:"), m_bank);
    form->setRowVisible(m_bank, false);
    m_form = form;
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("The server prices the order at the desk's current rate and checks it against the "
                               "risk limits, as for an order from the bot."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_direction, &QComboBox::currentIndexChanged, this, &CreateOrderDialog::fillPairs);
    connect(m_pair, &QComboBox::currentIndexChanged, this, &CreateOrderDialog::updateUnits);
    connect(m_amount, &QLineEdit::textChanged, this, &CreateOrderDialog::updateOk);
    connect(m_requisites, &QPlainTextEdit::textChanged, this, &CreateOrderDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateOrderDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_creation, &OrderCreation::ratesChanged, this, &CreateOrderDialog::fillPairs);
    connect(m_creation, &OrderCreation::banksChanged, this, &CreateOrderDialog::fillBanks);
    connect(m_creation, &OrderCreation::ratesFailed, this, [this](const ApiError &error) {
        m_error->setText(tr("The desk's rates could not be read: %1").arg(DisplayText::error(error)));
    });
    connect(m_creation, &OrderCreation::busyChanged, this, &CreateOrderDialog::updateOk);
    connect(m_creation, &OrderCreation::failed, this, [this](const ApiError &error) {
        m_error->setText(tr("The order was not created: %1").arg(DisplayText::error(error)));
        m_error->setToolTip(DisplayText::errorTooltip(error));
    });
    connect(m_creation, &OrderCreation::created, this, [this](const proto::OrderDetail &order) {
        emit orderCreated(order.summary.id);
        accept();
    });
    fillPairs();
    if (m_creation->rates().empty())
        m_creation->loadRates();
    // Read each time the form opens: an admin may have added or switched off a bank meanwhile.
    m_creation->loadBanks();
    resize(560, 420);
}

void CreateOrderDialog::fillPairs()
{
    const auto direction = static_cast<domain::Direction>(m_direction->currentData().toInt());
    const QString before = m_pair->currentText();
    m_pair->clear();
    for (const proto::RateDto &rate : m_creation->rates()) {
        if (rate.direction != direction || rate.stale)
            continue;
        const QString text = tr("%1 (%2) for %3, rate %4")
                                 .arg(str(rate.asset), str(rate.network), str(rate.fiatCurrency),
                                      DisplayText::rate(rate.suggestedRate, rate.fiatCurrency));
        m_pair->addItem(text, QStringList{str(rate.asset), str(rate.network), str(rate.fiatCurrency)});
    }
    if (const int again = m_pair->findText(before); again >= 0)
        m_pair->setCurrentIndex(again);
    m_requisitesLabel->setText(direction == domain::Direction::Sell
                                   ? tr("Where the desk pays the customer (card or account number):")
                                   : tr("The customer's wallet address for the crypto:"));
    updateUnits();
}

void CreateOrderDialog::updateUnits()
{
    const QStringList pair = m_pair->currentData().toStringList();
    m_unit->clear();
    if (pair.size() == 3) {
        m_unit->addItem(pair.at(0), QStringLiteral("crypto"));
        m_unit->addItem(pair.at(2), QStringLiteral("fiat"));
    }
    fillBanks();
}

void CreateOrderDialog::fillBanks()
{
    const QStringList pair = m_pair->currentData().toStringList();
    const bool sell = static_cast<domain::Direction>(m_direction->currentData().toInt()) == domain::Direction::Sell;
    const QString before = m_bank->currentData().toString();
    m_bank->clear();
    if (sell && pair.size() == 3) {
        for (const proto::BankDto &bank : m_creation->banks()) {
            if (str(bank.fiatCurrency) == pair.at(2))
                m_bank->addItem(str(bank.name), str(bank.code));
        }
    }
    const bool offered = m_bank->count() > 0;
    if (offered) {
        // Naming no bank stays possible (the customer may not have said), and is the default.
        m_bank->insertItem(0, tr("Not named"), QString());
        m_bank->setCurrentIndex(std::max(0, m_bank->findData(before)));
    }
    m_form->setRowVisible(m_bank, offered);
    updateOk();
}

std::optional<proto::CreateOrderRequest> CreateOrderDialog::request(QString *why) const
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QStringList pair = m_pair->currentData().toStringList();
    if (pair.size() != 3)
        return refuse(tr("Choose a pair the desk quotes."));
    // Typed as the operator's locale writes numbers ("1 250,50" or "1,250.50").
    QString typed = m_amount->text().trimmed().remove(QLocale().groupSeparator()).remove(u' ');
    typed.replace(QLocale().decimalPoint(), QStringLiteral("."));
    const auto amount = domain::Decimal::parse(typed.toStdString());
    if (typed.isEmpty() || !amount.ok())
        return refuse(tr("Enter the amount as a number."));
    const QString requisites = m_requisites->toPlainText().trimmed();
    if (requisites.isEmpty())
        return refuse(m_requisitesLabel->text());
    proto::CreateOrderRequest out;
    out.customer.telegramId = m_customer.telegramId;
    out.customer.username = m_customer.username;
    out.direction = static_cast<domain::Direction>(m_direction->currentData().toInt());
    out.asset = pair.at(0).toStdString();
    out.network = pair.at(1).toStdString();
    out.fiatCurrency = pair.at(2).toStdString();
    if (m_unit->currentData().toString() == u"fiat")
        out.amountFiat = amount.value();
    else
        out.amountCrypto = amount.value();
    out.payoutRequisites = requisites.toStdString();
    if (const QString bank = m_bank->currentData().toString(); !bank.isEmpty())
        out.payoutBank = bank.toStdString();
    return out;
}

QString CreateOrderDialog::errorText() const
{
    return m_error->text();
}

void CreateOrderDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_creation->isBusy() && request().has_value());
}

void CreateOrderDialog::submit()
{
    QString why;
    const auto order = request(&why);
    if (!order) {
        m_error->setText(why);
        return;
    }
    m_error->clear();
    m_creation->create(*order);
}

} // namespace p2pdesk::workstation
