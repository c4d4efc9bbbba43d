#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace p2pdesk::workstation {

// Every admin list: whole rows, one at a time, no row numbers, the last column takes the rest of the
// width. Read-only lists also refuse edit triggers (their changes go through a form and a reason).
inline void configureAdminTable(QTableView *table, bool readOnly = true)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    if (readOnly)
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

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
