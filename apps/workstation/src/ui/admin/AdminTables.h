#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace p2pdesk::workstation {

// The admin lists are short (operators, rates, checklist items): every column fits its header
// and content whenever the list changes, texts stay on one line, nothing is cut.
inline void fitColumnsToContents(QTableView *table)
{
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    QAbstractItemModel *model = table->model();
    const auto fit = [table] { table->resizeColumnsToContents(); };
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, table, fit);
    fit();
}

} // namespace p2pdesk::workstation
