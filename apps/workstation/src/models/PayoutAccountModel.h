#pragma once

#include "p2pdesk/proto/Customers.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// A customer's payout accounts as syncd lists them: masked only ("•••• 9012"), never the full
// requisites (those stay on the order card, for its holder or a senior).
class PayoutAccountModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Masked, Bank, Added, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1 };

    explicit PayoutAccountModel(QObject *parent = nullptr);

    void setAccounts(std::vector<proto::CustomerPayoutAccount> accounts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Card", "Bank account", … for payout_accounts.kind.
    static QString kindText(const std::string &kind);

private:
    std::vector<proto::CustomerPayoutAccount> m_accounts;
};

} // namespace p2pdesk::workstation
