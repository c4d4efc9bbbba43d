#pragma once

#include "p2pdesk/proto/Rates.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace p2pdesk::workstation {

// Rate settings per direction and pair, with the suggested rate syncd computed from them. Source
// says where the base comes from (typed, or the reference feed, with a held jump called out) and
// Updated when the base was observed, since its age is what makes a rate stale.
class RateListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Direction, Asset, Network, Fiat, BaseRate, Source, Margin, Fee, Suggested, Updated, ColumnCount };
    // FeedHeldRole: the feed's held value as text ("" when none), for the page's Confirm button.
    enum Role { StaleRole = Qt::UserRole + 1, FeedHeldRole };

    explicit RateListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRates(const QList<proto::RateDto> &rates);
    // Replaces the row of the same direction and pair, or appends a new one.
    void upsert(const proto::RateDto &rate);

    const proto::RateDto &at(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    int rowOf(domain::Direction direction, const std::string &asset, const std::string &network,
              const std::string &fiat) const;
    static QString directionTitle(domain::Direction direction);

private:
    std::vector<proto::RateDto> m_items;
};

} // namespace p2pdesk::workstation
