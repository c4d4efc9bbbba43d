#include "ui/admin/RatesPage.h"

#include "models/DisplayText.h"
#include "models/RateListModel.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminTables.h"
#include "ui/admin/RateHistoryChart.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateQuote.h"

#include <QCheckBox>
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
    , m_chart(new RateHistoryChart(this))
    , m_direction(new QComboBox(this))
    , m_asset(new QComboBox(this))
    , m_fiat(new QComboBox(this))
    , m_baseRate(new QLineEdit(this))
    , m_followFeed(new QCheckBox(tr("&Use the reference feed for the base rate"), this))
    , m_margin(new QLineEdit(this))
    , m_fee(new QLineEdit(this))
    , m_suggested(new QLabel(this))
    , m_save(new QPushButton(tr("&Save rate…"), this))
    , m_confirmFeed(new QPushButton(tr("&Confirm feed value…"), this))
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
    m_followFeed->setObjectName(QStringLiteral("followFeedCheckBox"));
    m_followFeed->setToolTip(tr("syncd polls the reference rate and updates the base; a jump beyond the "
                                "tolerance waits for a senior. Leave the base rate empty to keep the current one."));
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
    connect(m_followFeed, &QCheckBox::toggled, this, &RatesPage::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &RatesPage::save);
    m_confirmFeed->setObjectName(QStringLiteral("confirmFeedButton"));
    m_confirmFeed->setToolTip(tr("Apply the value the reference feed holds back for this rate."));
    connect(m_confirmFeed, &QPushButton::clicked, this, &RatesPage::confirmFeed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RatesPage::updateConfirmButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RatesPage::updateConfirmButton);

    // A reload (the feed, another admin) keeps the selected row selected and leaves the form alone:
    // the admin may be half-way through typing a change.
    connect(m_service, &AdminService::ratesLoaded, this, [this](const QList<proto::RateDto> &rates) {
        const std::int64_t selected = m_chartRateId;
        m_model->setRates(rates);
        for (int row = 0; selected != 0 && row < m_model->rowCount(); ++row) {
            if (m_model->at(row).id != selected)
                continue;
            m_keepForm = true;
            m_table->selectRow(row);
            m_keepForm = false;
            break;
        }
        updateConfirmButton();
    });
    connect(m_service, &AdminService::rateUpdated, this, [this](const proto::RateDto &rate) {
        m_model->upsert(rate);
        emit message(
            tr("Rate saved; suggested rate now %1.").arg(QString::fromStdString(rate.suggestedRate.toString())));
        if (rate.id == m_chartRateId)
            m_service->loadRateHistory(rate.id, kChartDays);
    });
    connect(m_service, &AdminService::rateHistoryLoaded, this,
            [this](qint64 rateId, const QList<proto::RateHistoryEntry> &entries) {
                const int row = m_table->currentIndex().row();
                if (rateId != m_chartRateId || row < 0)
                    return; // an answer for a row no longer selected
                const proto::RateDto &rate = m_model->at(row);
                m_chart->setHistory(tr("%1, %2 → %3, last %n day(s)", nullptr, kChartDays)
                                        .arg(RateListModel::directionTitle(rate.direction),
                                             m_model->index(row, RateListModel::Asset).data().toString(),
                                             QString::fromStdString(rate.fiatCurrency)),
                                    rate.fiatCurrency, entries, m_chartFrom, m_chartTo);
            });

    auto *form = new QFormLayout;
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Asset:"), m_asset);
    form->addRow(tr("&Fiat:"), m_fiat);
    form->addRow(tr("&Base rate:"), m_baseRate);
    form->addRow(QString(), m_followFeed);
    form->addRow(tr("&Margin, %:"), m_margin);
    form->addRow(tr("Fixed f&ee:"), m_fee);
    form->addRow(tr("Suggested rate:"), m_suggested);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_confirmFeed);
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chart);
    layout->addLayout(form);
    layout->addLayout(saveRow);
    updatePreview();
    updateConfirmButton();
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
    if (m_keepForm) {
        updateConfirmButton();
        return;
    }
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(rate.direction)));
    m_asset->setCurrentIndex(
        m_asset->findData(QStringList{QString::fromStdString(rate.asset), QString::fromStdString(rate.network)}));
    m_fiat->setCurrentIndex(m_fiat->findData(QString::fromStdString(rate.fiatCurrency)));
    const bool fed = rate.baseSource == proto::RateSource::Feed;
    m_followFeed->setChecked(fed);
    // A fed row is saved without a base (it keeps the feed's); a typed one shows what to change.
    m_baseRate->setText(fed || rate.baseRate.isZero() ? QString() : QString::fromStdString(rate.baseRate.toString()));
    m_margin->setText(QString::fromStdString(rate.marginPercent.toString()));
    m_fee->setText(QString::fromStdString(rate.fixedFee.toString()));
    updateConfirmButton();
    m_chartRateId = rate.id;
    m_chartTo = std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
    m_chartFrom = m_chartTo - std::chrono::hours(24) * kChartDays;
    m_chart->clear(tr("Loading the rate's history…"));
    m_service->loadRateHistory(rate.id, kChartDays);
}

void RatesPage::updateConfirmButton()
{
    const QModelIndex current = m_table->currentIndex();
    const bool held =
        current.isValid() && !m_model->index(current.row(), 0).data(RateListModel::FeedHeldRole).toString().isEmpty();
    m_confirmFeed->setEnabled(held);
}

void RatesPage::confirmFeed()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const proto::RateDto &rate = m_model->at(current.row());
    if (!rate.feedPendingRate)
        return;
    const auto jump = domain::deviationPercent(*rate.feedPendingRate, rate.baseRate);
    const QString title = tr("Apply the feed's %1 as the base rate (now %2, a move of %3 %)")
                              .arg(DisplayText::rate(*rate.feedPendingRate, rate.fiatCurrency),
                                   DisplayText::rate(rate.baseRate, rate.fiatCurrency),
                                   jump ? DisplayText::number(jump.value(), 1) : QStringLiteral("?"));
    const auto reason = m_prompts->reason(this, title);
    if (!reason)
        return;
    proto::RateFeedConfirmRequest request;
    request.feedRate = *rate.feedPendingRate;
    request.reason = reason->toStdString();
    m_service->confirmRateFeed(rate.id, request);
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
    // Following the feed, an empty base keeps the row's current one (syncd's rule).
    std::optional<domain::Decimal> base;
    if (!m_followFeed->isChecked() || !m_baseRate->text().trimmed().isEmpty()) {
        base = parse(m_baseRate, tr("The base rate"));
        if (!base)
            return std::nullopt;
    }
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
    request.baseRate = base;
    request.baseSource = m_followFeed->isChecked() ? proto::RateSource::Feed : proto::RateSource::Manual;
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
    if (!request->baseRate) {
        m_suggested->setText(tr("From the feed's next value, with this margin"));
        m_save->setEnabled(true);
        return;
    }
    auto suggested = domain::suggestedRate(*request->baseRate, request->marginPercent, request->direction);
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
