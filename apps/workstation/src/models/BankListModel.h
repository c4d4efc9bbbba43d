#pragma once

#include "p2pdesk/proto/Banks.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>
#include <vector>

namespace p2pdesk::workstation {

// The banks directory as syncd lists it (inactive banks included): code, name, country, currency,
// whether payout accounts may name the bank, when it last changed.
class BankListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Country, Currency, Active, Updated, ColumnCount };
    enum Role { BankIdRole = Qt::UserRole + 1 };

    explicit BankListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setBanks(const QList<proto::BankDto> &banks);
    // Replaces the bank of the same id, or appends it.
    void upsert(const proto::BankDto &bank);

    const proto::BankDto &at(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    int rowOf(std::int64_t bankId) const;
    bool containsCode(const QString &code) const;

    // The ISO 3166 code ("RU"), empty when the bank names no country.
    static QString country(const std::optional<std::string> &code);

private:
    std::vector<proto::BankDto> m_items;
};

} // namespace p2pdesk::workstation
