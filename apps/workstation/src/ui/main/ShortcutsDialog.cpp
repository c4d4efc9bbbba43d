#include "ui/main/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace p2pdesk::workstation {

ShortcutsDialog::ShortcutsDialog(const QList<QPair<QString, QString>> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(shortcuts.size()), 2, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < shortcuts.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    const int width = m_table->columnWidth(0) + m_table->columnWidth(1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    // Every row visible without scrolling, at a width that fits the longest description.
    const int rowsHeight =
        m_table->verticalHeader()->length() + m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    m_table->setMinimumHeight(rowsHeight);
    resize(std::max(520, width + 80), rowsHeight + 90);
}

} // namespace p2pdesk::workstation
