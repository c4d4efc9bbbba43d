#include "models/RateListModel.h"

#include "models/DisplayText.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <chrono>

namespace p2pdesk::workstation {

RateListModel::RateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString RateListModel::directionTitle(domain::Direction direction)
{
    return direction == domain::Direction::Sell ? tr("Customer sells crypto") : tr("Customer buys crypto");
}

int RateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::RateDto &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Direction:
            return directionTitle(item.direction);
        case Asset:
            return QString::fromStdString(item.asset);
        case Network:
            return QString::fromStdString(item.network);
        case Fiat:
            return QString::fromStdString(item.fiatCurrency);
        case BaseRate:
            return item.baseRate.isZero() ? tr("none yet") : DisplayText::rate(item.baseRate, item.fiatCurrency);
        case Source:
            if (item.baseSource == proto::RateSource::Manual)
                return tr("Typed");
            if (item.feedPendingRate)
                return tr("Feed, %1 held").arg(DisplayText::rate(*item.feedPendingRate, item.fiatCurrency));
            return tr("Feed");
        case Margin:
            return tr("%1 %").arg(DisplayText::number(item.marginPercent, 0));
        case Fee:
            return DisplayText::rate(item.fixedFee, item.fiatCurrency);
        case Suggested:
            return item.stale ? tr("%1 (stale)").arg(DisplayText::rate(item.suggestedRate, item.fiatCurrency))
                              : DisplayText::rate(item.suggestedRate, item.fiatCurrency);
        case Updated: {
            if (!item.baseUpdatedAt)
                return tr("never");
            const auto ms =
                std::chrono::duration_cast<std::chrono::milliseconds>(item.baseUpdatedAt->time_since_epoch()).count();
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= BaseRate && index.column() <= Suggested)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (item.stale && index.column() == Suggested)
            return QColor(Qt::red);
        if (item.feedPendingRate && index.column() == Source)
            return QColor(0xb3, 0x5c, 0x00); // amber: waiting for a senior, not an error
        return {};
    case Qt::ToolTipRole:
        if (item.feedPendingRate && index.column() == Source)
            return tr("The reference feed moved to %1, more than the desk tolerates between two polls. The base "
                      "stays at %2 and ages until a senior confirms the new value or the feed comes back.")
                .arg(DisplayText::rate(*item.feedPendingRate, item.fiatCurrency),
                     DisplayText::rate(item.baseRate, item.fiatCurrency));
        return {};
    case StaleRole:
        return item.stale;
    case FeedHeldRole:
        return item.feedPendingRate ? QString::fromStdString(item.feedPendingRate->toString()) : QString();
    default:
        return {};
    }
}

QVariant RateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Direction:
        return tr("Direction");
    case Asset:
        return tr("Asset");
    case Network:
        return tr("Network");
    case Fiat:
        return tr("Fiat");
    case BaseRate:
        return tr("Base rate");
    case Source:
        return tr("Source");
    case Margin:
        return tr("Margin");
    case Fee:
        return tr("Fixed fee");
    case Suggested:
        return tr("Suggested rate");
    case Updated:
        return tr("Base as of");
    default:
        return {};
    }
}

void RateListModel::setRates(const QList<proto::RateDto> &rates)
{
    beginResetModel();
    m_items.assign(rates.begin(), rates.end());
    endResetModel();
}

int RateListModel::rowOf(domain::Direction direction, const std::string &asset, const std::string &network,
                         const std::string &fiat) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const proto::RateDto &r = m_items[i];
        if (r.direction == direction && r.asset == asset && r.network == network && r.fiatCurrency == fiat)
            return static_cast<int>(i);
    }
    return -1;
}

void RateListModel::upsert(const proto::RateDto &rate)
{
    const int row = rowOf(rate.direction, rate.asset, rate.network, rate.fiatCurrency);
    if (row >= 0) {
        m_items[static_cast<std::size_t>(row)] = rate;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = static_cast<int>(m_items.size());
    beginInsertRows({}, newRow, newRow);
    m_items.push_back(rate);
    endInsertRows();
}

} // namespace p2pdesk::workstation
