#include "ui/admin/RatesPage.h"

#include "models/RateListModel.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminTables.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateQuote.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

QString text(std::string_view view)
{
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

RatesPage::RatesPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new RateListModel(this))
    , m_table(new QTableView(this))
    , m_direction(new QComboBox(this))
    , m_asset(new QComboBox(this))
    , m_fiat(new QComboBox(this))
    , m_baseRate(new QLineEdit(this))
    , m_margin(new QLineEdit(this))
    , m_fee(new QLineEdit(this))
    , m_suggested(new QLabel(this))
    , m_save(new QPushButton(tr("&Save rate…"), this))
{
    setObjectName(QStringLiteral("ratesPage"));
    m_table->setObjectName(QStringLiteral("ratesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToContents(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RatesPage::fillFrom);

    m_direction->setObjectName(QStringLiteral("directionComboBox"));
    m_direction->addItem(RateListModel::directionTitle(domain::Direction::Sell),
                         static_cast<int>(domain::Direction::Sell));
    m_direction->addItem(RateListModel::directionTitle(domain::Direction::Buy),
                         static_cast<int>(domain::Direction::Buy));
    m_asset->setObjectName(QStringLiteral("assetComboBox"));
    for (const domain::Asset &asset : domain::assets())
        m_asset->addItem(tr("%1 on %2").arg(text(asset.code), text(asset.network)),
                         QStringList{text(asset.code), text(asset.network)});
    m_fiat->setObjectName(QStringLiteral("fiatComboBox"));
    for (const domain::Fiat &fiat : domain::fiats())
        m_fiat->addItem(text(fiat.code), text(fiat.code));
    m_baseRate->setObjectName(QStringLiteral("baseRateLineEdit"));
    m_baseRate->setPlaceholderText(tr("fiat per 1 unit, e.g. 92.50"));
    m_margin->setObjectName(QStringLiteral("marginLineEdit"));
    m_margin->setPlaceholderText(tr("percent, e.g. 1.5"));
    m_fee->setObjectName(QStringLiteral("feeLineEdit"));
    m_fee->setPlaceholderText(tr("fiat, e.g. 100"));
    m_suggested->setObjectName(QStringLiteral("suggestedRateLabel"));
    m_save->setObjectName(QStringLiteral("saveRateButton"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    for (QLineEdit *edit : {m_baseRate, m_margin, m_fee})
        connect(edit, &QLineEdit::textChanged, this, &RatesPage::updatePreview);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &RatesPage::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &RatesPage::save);

    connect(m_service, &AdminService::ratesLoaded, m_model, &RateListModel::setRates);
    connect(m_service, &AdminService::rateUpdated, this, [this](const proto::RateDto &rate) {
        m_model->upsert(rate);
        emit message(
            tr("Rate saved; suggested rate now %1.").arg(QString::fromStdString(rate.suggestedRate.toString())));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Asset:"), m_asset);
    form->addRow(tr("&Fiat:"), m_fiat);
    form->addRow(tr("&Base rate:"), m_baseRate);
    form->addRow(tr("&Margin, %:"), m_margin);
    form->addRow(tr("Fixed f&ee:"), m_fee);
    form->addRow(tr("Suggested rate:"), m_suggested);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(saveRow);
    updatePreview();
}

void RatesPage::reload()
{
    m_service->loadRates();
}

void RatesPage::fillFrom(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const proto::RateDto &rate = m_model->at(index.row());
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(rate.direction)));
    m_asset->setCurrentIndex(
        m_asset->findData(QStringList{QString::fromStdString(rate.asset), QString::fromStdString(rate.network)}));
    m_fiat->setCurrentIndex(m_fiat->findData(QString::fromStdString(rate.fiatCurrency)));
    m_baseRate->setText(QString::fromStdString(rate.baseRate.toString()));
    m_margin->setText(QString::fromStdString(rate.marginPercent.toString()));
    m_fee->setText(QString::fromStdString(rate.fixedFee.toString()));
}

std::optional<proto::RateUpdateRequest> RatesPage::formRequest(QString *problem) const
{
    const auto parse = [problem](const QLineEdit *edit, const QString &name) -> std::optional<domain::Decimal> {
        auto value = domain::Decimal::parse(edit->text().trimmed().toStdString());
        if (!value) {
            *problem = tr("%1 is not a number like 92.50.").arg(name);
            return std::nullopt;
        }
        return value.value();
    };
    const auto base = parse(m_baseRate, tr("The base rate"));
    if (!base)
        return std::nullopt;
    const auto margin = parse(m_margin, tr("The margin"));
    if (!margin)
        return std::nullopt;
    const auto fee = parse(m_fee, tr("The fixed fee"));
    if (!fee)
        return std::nullopt;
    const QStringList asset = m_asset->currentData().toStringList();
    proto::RateUpdateRequest request;
    request.direction = static_cast<domain::Direction>(m_direction->currentData().toInt());
    request.asset = asset.value(0).toStdString();
    request.network = asset.value(1).toStdString();
    request.fiatCurrency = m_fiat->currentData().toString().toStdString();
    request.baseRate = *base;
    request.marginPercent = *margin;
    request.fixedFee = *fee;
    return request;
}

void RatesPage::updatePreview()
{
    QString problem;
    const auto request = formRequest(&problem);
    if (!request) {
        m_suggested->setText(problem);
        m_save->setEnabled(false);
        return;
    }
    auto suggested = domain::suggestedRate(request->baseRate, request->marginPercent, request->direction);
    if (!suggested) {
        m_suggested->setText(tr("No rate: %1").arg(QString::fromStdString(suggested.error().message)));
        m_save->setEnabled(false);
        return;
    }
    m_suggested->setText(QString::fromStdString(suggested.value().toString()));
    m_save->setEnabled(true);
}

void RatesPage::save()
{
    QString problem;
    auto request = formRequest(&problem);
    if (!request)
        return emit message(problem);
    const auto reason =
        m_prompts->reason(this, tr("Change the rate %1 %2 → %3")
                                    .arg(m_direction->currentText(), m_asset->currentText(), m_fiat->currentText()));
    if (!reason)
        return;
    request->reason = reason->toStdString();
    m_service->updateRate(*request);
}

} // namespace p2pdesk::workstation
