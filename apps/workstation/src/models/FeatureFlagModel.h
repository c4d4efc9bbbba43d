#pragma once

#include "p2pdesk/proto/FeatureFlags.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace p2pdesk::workstation {

// The desk's feature flags as syncd serves them (its fixed catalogue, in its order): the flag in
// words, on or off (and whether it acts yet), and the last change with who made it.
class FeatureFlagModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Flag, State, Changed, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, EnabledRole };

    explicit FeatureFlagModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setList(const proto::FeatureFlagList &list);
    // Replaces the row of the same key.
    void update(const proto::FeatureFlagDto &flag);

    const proto::FeatureFlagDto &at(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    int rowOf(const std::string &key) const;

    // The flag's name and meaning in words; a key this build does not know shows the server's
    // English description.
    static QString name(const proto::FeatureFlagDto &flag);
    static QString meaning(const proto::FeatureFlagDto &flag);

private:
    std::vector<proto::FeatureFlagDto> m_items;
};

} // namespace p2pdesk::workstation
