#include "ui/admin/ReservesPage.h"

#include "models/DisplayText.h"
#include "models/ReserveListModel.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminTables.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

// Combo item data: "asset|network" for crypto, the fiat code for fiat.
QString currencyKey(const std::string &asset, const std::string &network, const std::string &fiat)
{
    return asset.empty() ? QString::fromStdString(fiat)
                         : QString::fromStdString(asset) + QLatin1Char('|') + QString::fromStdString(network);
}

} // namespace

ReservesPage::ReservesPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new ReserveListModel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_currency(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_exportCode(new QLineEdit(this))
    , m_formHint(new QLabel(this))
    , m_save(new QPushButton(tr("&Save count…"), this))
{
    setObjectName(QStringLiteral("reservesPage"));
    m_table->setObjectName(QStringLiteral("reservesTableView"));
    m_table->setModel(m_model);
    configureAdminTable(m_table);
    fitColumnsToContents(m_table);
    m_details->setObjectName(QStringLiteral("reserveDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_currency->setObjectName(QStringLiteral("reserveCurrencyCombo"));
    for (const auto &asset : domain::assets()) {
        const std::string code(asset.code);
        const std::string network(asset.network);
        m_currency->addItem(ReserveListModel::assetCurrency(code, network), currencyKey(code, network, {}));
    }
    for (const auto &fiat : domain::fiats())
        m_currency->addItem(QString::fromStdString(std::string(fiat.code)),
                            currencyKey({}, {}, std::string(fiat.code)));
    m_amount->setObjectName(QStringLiteral("reserveAmountEdit"));
    m_amount->setPlaceholderText(tr("as counted, e.g. 150000.00"));
    m_exportCode->setObjectName(QStringLiteral("reserveExportCodeEdit"));
    m_exportCode->setPlaceholderText(tr("e.g. USDTTRC20; empty: not exported"));
    m_exportCode->setMaxLength(20);
    m_exportCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,20}")), m_exportCode));
    m_formHint->setObjectName(QStringLiteral("reserveFormHint"));
    m_formHint->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveReserveButton"));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_selectedId = current.isValid() ? m_model->at(current.row()).id : 0;
        showSelected();
        if (current.isValid())
            fillForm(m_model->at(current.row()));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReservesPage::showSelected);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ReservesPage::updateFormHint);
    connect(m_amount, &QLineEdit::textChanged, this, &ReservesPage::updateFormHint);
    connect(m_exportCode, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Codes are capitals; typing them in lower case is not a mistake worth a refusal.
        const int cursor = m_exportCode->cursorPosition();
        m_exportCode->setText(text.toUpper());
        m_exportCode->setCursorPosition(cursor);
    });
    connect(m_save, &QPushButton::clicked, this, &ReservesPage::save);
    connect(m_service, &AdminService::reservesLoaded, this, [this](const QList<proto::ReserveDto> &reserves) {
        const std::int64_t keep = m_selectedId;
        m_model->setReserves(reserves);
        const int row = m_model->rowOf(keep);
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_selectedId = 0;
        showSelected();
        updateFormHint();
    });
    connect(m_service, &AdminService::reserveSaved, this, [this](const proto::ReserveDto &reserve, bool created) {
        m_model->upsert(reserve);
        const int row = m_model->rowOf(reserve.id);
        if (row >= 0)
            m_table->selectRow(row);
        fillForm(reserve);
        const QString currency = ReserveListModel::currency(reserve);
        const QString available = ReserveListModel::amount(reserve, reserve.available);
        emit message(created ? tr("Reserve entered for %1: %2 available.").arg(currency, available)
                             : tr("Reserve of %1 recounted: %2 available.").arg(currency, available));
    });
    connect(m_service, &AdminService::failed, this, &ReservesPage::onFailed);

    auto *form = new QFormLayout;
    form->addRow(tr("Curr&ency:"), m_currency);
    form->addRow(tr("Counted a&mount:"), m_amount);
    form->addRow(tr("E&xport code:"), m_exportCode);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *countBox = new QGroupBox(tr("Count a reserve"), this);
    auto *countLayout = new QVBoxLayout(countBox);
    countLayout->addLayout(form);
    countLayout->addWidget(m_formHint);
    countLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(countBox);
    showSelected();
    updateFormHint();
}

void ReservesPage::reload()
{
    m_service->loadReserves();
}

void ReservesPage::showSelected()
{
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0) {
        m_details->setText(
            m_model->rowCount() == 0
                ? tr("No reserve yet: orders are not capped and nothing is exported. Count what the desk holds of each "
                     "currency it pays out: fiat for sells, crypto for buys.")
                : tr("A sell pays fiat out of its currency's reserve, a buy pays crypto out of its asset's. Select a "
                     "reserve to recount it."));
        return;
    }
    const proto::ReserveDto &reserve = m_model->at(row);
    QStringList lines;
    lines << tr("%1: %2 counted, %3 owed by orders since, %4 available.")
                 .arg(ReserveListModel::currency(reserve), ReserveListModel::amount(reserve, reserve.amount),
                      ReserveListModel::amount(reserve, reserve.committed),
                      ReserveListModel::amount(reserve, reserve.available));
    if (reserve.syncedFrom && reserve.syncedAt)
        lines << tr("Read from the desk's active hot wallets through %1, last checked %2. Payouts of the few minutes "
                    "before a reading still count as owed: the explorer may not show them yet. A recount by hand "
                    "holds until the wallets' balance moves.")
                     .arg(QString::fromStdString(*reserve.syncedFrom), DisplayText::dateTime(*reserve.syncedAt));
    if (reserve.available.isZero())
        lines << tr("Nothing left to promise: new orders paid out of it are refused until it is recounted.");
    lines << (reserve.exportCode ? tr("Exported as %1.").arg(QString::fromStdString(*reserve.exportCode))
                                 : tr("Not in the public export (no export code)."));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void ReservesPage::fillForm(const proto::ReserveDto &reserve)
{
    const int index = m_currency->findData(
        currencyKey(reserve.asset.value_or(""), reserve.network.value_or(""), reserve.fiatCurrency.value_or("")));
    if (index >= 0)
        m_currency->setCurrentIndex(index);
    m_amount->setText(QString::fromStdString(reserve.amount.toString()));
    m_exportCode->setText(QString::fromStdString(reserve.exportCode.value_or("")));
    updateFormHint();
}

ReservesPage::Currency ReservesPage::currentCurrency() const
{
    const QString key = m_currency->currentData().toString();
    const auto bar = key.indexOf(QLatin1Char('|'));
    if (bar < 0)
        return {{}, {}, key.toStdString()};
    return {key.left(bar).toStdString(), key.mid(bar + 1).toStdString(), {}};
}

int ReservesPage::currencyScale(const Currency &currency) const
{
    if (currency.asset.empty())
        return domain::fiat(currency.fiat).ok() ? domain::fiat(currency.fiat)->decimals : 2;
    const auto asset = domain::findAsset(currency.asset, currency.network);
    return asset ? asset->amountScale : 8;
}

std::optional<domain::Decimal> ReservesPage::typedAmount(QString *problem) const
{
    QString text = m_amount->text().trimmed();
    text.remove(QLatin1Char(' '))
        .remove(QChar(0x00a0))
        .remove(QChar(0x202f))
        .replace(QLatin1Char(','), QLatin1Char('.'));
    const int scale = currencyScale(currentCurrency());
    const auto value = domain::Decimal::parse(text.toStdString());
    if (text.isEmpty() || !value) {
        *problem = tr("Type the amount as counted, e.g. 150000.00.");
        return std::nullopt;
    }
    const auto scaled = value.value().rescaled(scale, domain::Rounding::Down);
    if (!scaled || !(scaled.value() == value.value())) {
        *problem = tr("At most %n decimal place(s) for this currency.", nullptr, scale);
        return std::nullopt;
    }
    return scaled.value();
}

void ReservesPage::updateFormHint()
{
    const Currency currency = currentCurrency();
    const int row = m_model->rowOfCurrency(currency.asset, currency.network, currency.fiat);
    QString problem;
    const bool typed = !m_amount->text().trimmed().isEmpty();
    const auto amount = typed ? typedAmount(&problem) : std::nullopt;
    m_save->setEnabled(amount.has_value());
    if (typed && !amount) {
        m_formHint->setText(problem);
        return;
    }
    m_formHint->setText(row >= 0 ? tr("%1 has a reserve: saving recounts it, and orders count against it from now on.")
                                       .arg(m_currency->currentText())
                                 : tr("%1 has no reserve yet: saving enters one, and orders paid out of it are capped "
                                      "from now on.")
                                       .arg(m_currency->currentText()));
}

void ReservesPage::save()
{
    QString problem;
    const auto amount = typedAmount(&problem);
    if (!amount) {
        m_formHint->setText(problem);
        return;
    }
    const Currency currency = currentCurrency();
    const int row = m_model->rowOfCurrency(currency.asset, currency.network, currency.fiat);
    const QString code = m_exportCode->text().trimmed();
    const auto reason =
        m_prompts->reason(this, row >= 0 ? tr("Recount the reserve of %1").arg(m_currency->currentText())
                                         : tr("Enter the reserve of %1").arg(m_currency->currentText()));
    if (!reason)
        return;
    const std::optional<std::string> exportCode =
        code.isEmpty() ? std::nullopt : std::optional<std::string>(code.toStdString());
    if (row >= 0) {
        const proto::ReserveDto &reserve = m_model->at(row);
        proto::UpdateReserveRequest request;
        request.amount = *amount;
        request.exportCode = exportCode;
        request.version = reserve.version;
        request.reason = reason->toStdString();
        m_service->updateReserve(reserve.id, request);
        return;
    }
    proto::CreateReserveRequest request;
    if (currency.asset.empty()) {
        request.kind = domain::ReserveKind::Fiat;
        request.fiatCurrency = currency.fiat;
    } else {
        request.kind = domain::ReserveKind::Crypto;
        request.asset = currency.asset;
        request.network = currency.network;
    }
    request.amount = *amount;
    request.exportCode = exportCode;
    request.reason = reason->toStdString();
    m_service->createReserve(request);
}

void ReservesPage::onFailed(AdminService::Action action, const ApiError &error)
{
    if (action == AdminService::Action::LoadReserves) {
        emit message(tr("Loading the reserves failed: %1").arg(DisplayText::error(error)));
        return;
    }
    if (action != AdminService::Action::SaveReserve)
        return;
    QString text;
    if (error.code == u"conflict" && error.field == u"export_code") {
        text = tr("Another currency already uses this export code. Choose another code.");
    } else if (error.code == u"conflict") {
        text = tr("Someone entered this currency's reserve meanwhile. The list has been reloaded: recount it.");
        reload();
    } else if (error.code == u"version_conflict") {
        text = tr("Someone recounted this reserve meanwhile. The list has been reloaded: check the figures and count "
                  "again.");
        reload();
    } else if (error.code == u"validation_failed" && error.field == u"amount") {
        text = tr("The server did not accept the amount: at most the currency's decimal places.");
    } else if (error.code == u"validation_failed" && error.field == u"export_code") {
        text = tr("The server did not accept the export code: 2 to 20 Latin capitals and digits.");
    } else {
        text = DisplayText::error(error);
    }
    const QString shown = tr("Not saved. %1").arg(text);
    m_formHint->setText(shown);
    emit message(shown);
}

} // namespace p2pdesk::workstation
