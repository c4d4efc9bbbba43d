#pragma once

#include "p2pdesk/proto/Reserves.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>
#include <vector>

namespace p2pdesk::workstation {

// The reserves as syncd lists them: per currency what was counted, what the orders committed of it
// since, what is left to promise, its code in the public export and who counted it when.
class ReserveListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Currency, Counted, Committed, Available, ExportCode, CountedAt, ColumnCount };
    enum Role { ReserveIdRole = Qt::UserRole + 1 };

    explicit ReserveListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReserves(const QList<proto::ReserveDto> &reserves);
    // Replaces the reserve of the same id, or appends it.
    void upsert(const proto::ReserveDto &reserve);

    const proto::ReserveDto &at(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    int rowOf(std::int64_t reserveId) const;
    // The row of a currency: an asset on a network, or a fiat code (asset and network empty).
    int rowOfCurrency(const std::string &asset, const std::string &network, const std::string &fiat) const;

    // "USDT on TRON" or "RUB".
    static QString currency(const proto::ReserveDto &reserve);
    static QString assetCurrency(const std::string &asset, const std::string &network); // "USDT on TRON"
    // An amount of the reserve's currency, at its precision.
    static QString amount(const proto::ReserveDto &reserve, const domain::Decimal &value);

private:
    std::vector<proto::ReserveDto> m_items;
};

} // namespace p2pdesk::workstation
