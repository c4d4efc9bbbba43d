#pragma once

#include "p2pdesk/proto/Wallets.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>
#include <string_view>
#include <vector>

namespace p2pdesk::workstation {

// The desk's deposit wallets as syncd lists them (inactive ones included): asset, network, hot or
// cold, the admin's label, the address, whether the desk uses it, when it was added.
class WalletListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Asset, Network, Kind, Label, Address, Active, Added, ColumnCount };
    enum Role { WalletIdRole = Qt::UserRole + 1 };

    explicit WalletListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setWallets(const QList<proto::WalletDto> &wallets);
    // Replaces the wallet of the same id, or appends it.
    void upsert(const proto::WalletDto &wallet);

    const proto::WalletDto &at(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    int rowOf(std::int64_t walletId) const;

    // The network in words ("Tron", "Ethereum", "Bitcoin"); an unknown one as syncd spells it.
    static QString network(std::string_view network);
    static QString kind(proto::WalletKind kind);

private:
    std::vector<proto::WalletDto> m_items;
};

} // namespace p2pdesk::workstation
