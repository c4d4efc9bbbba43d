#include "ui/admin/ChecklistsPage.h"

#include "models/ChecklistEditModel.h"
#include "ui/admin/AdminPrompts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

ChecklistsPage::ChecklistsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new ChecklistEditModel(this))
    , m_kind(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_newItem(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("checklistsPage"));
    m_kind->setObjectName(QStringLiteral("checklistKindComboBox"));
    m_kind->addItem(tr("Verify payment (gates “payment verified”)"), static_cast<int>(proto::ChecklistKind::Verify));
    m_kind->addItem(tr("Payout (gates “paid out”)"), static_cast<int>(proto::ChecklistKind::Payout));
    m_table->setObjectName(QStringLiteral("checklistTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistEditModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistEditModel::Origin, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_newItem->setObjectName(QStringLiteral("newItemLineEdit"));
    m_newItem->setPlaceholderText(tr("New item, e.g. “Amount received matches the order”"));
    m_newItem->setMaxLength(200);
    m_add->setObjectName(QStringLiteral("addItemButton"));
    m_remove->setObjectName(QStringLiteral("removeItemButton"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_save->setObjectName(QStringLiteral("saveChecklistButton"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_revert->setObjectName(QStringLiteral("revertChecklistButton"));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChecklistsPage::showKind);
    connect(m_newItem, &QLineEdit::returnPressed, this, &ChecklistsPage::addItem);
    connect(m_add, &QPushButton::clicked, this, &ChecklistsPage::addItem);
    connect(m_remove, &QPushButton::clicked, this, &ChecklistsPage::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_save, &QPushButton::clicked, this, &ChecklistsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &ChecklistsPage::showKind);
    connect(m_model, &ChecklistEditModel::dirtyChanged, this, &ChecklistsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChecklistsPage::updateButtons);

    connect(m_service, &AdminService::checklistsLoaded, this, [this](const QList<proto::ChecklistDef> &lists) {
        m_saved.clear();
        for (const proto::ChecklistDef &list : lists)
            m_saved.insert(static_cast<int>(list.kind), list);
        showKind();
    });
    connect(m_service, &AdminService::checklistUpdated, this, [this](const proto::ChecklistDef &list) {
        m_saved.insert(static_cast<int>(list.kind), list);
        if (list.kind == currentKind())
            showKind();
        emit message(tr("Checklist saved."));
    });

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Checklist:"), this));
    kindRow->addWidget(m_kind, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newItem, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttons);
    updateButtons();
}

void ChecklistsPage::reload()
{
    m_service->loadChecklists();
}

proto::ChecklistKind ChecklistsPage::currentKind() const
{
    return static_cast<proto::ChecklistKind>(m_kind->currentData().toInt());
}

void ChecklistsPage::showKind()
{
    const proto::ChecklistKind kind = currentKind();
    m_model->setChecklist(m_saved.value(static_cast<int>(kind), proto::ChecklistDef{kind, {}}));
    updateButtons();
}

void ChecklistsPage::addItem()
{
    const int row = m_model->addItem(m_newItem->text());
    if (row < 0)
        return;
    m_newItem->clear();
    m_table->selectRow(row);
}

void ChecklistsPage::removeItem()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_model->removeRows(current.row(), 1);
}

void ChecklistsPage::move(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    if (delta < 0 ? m_model->moveUp(row) : m_model->moveDown(row))
        m_table->selectRow(row + delta);
}

void ChecklistsPage::save()
{
    if (!m_model->isDirty() || !m_model->isValid())
        return;
    const auto reason = m_prompts->reason(this, tr("Change the checklist “%1”").arg(m_kind->currentText()));
    if (!reason)
        return;
    proto::ChecklistUpdateRequest request;
    request.items = m_model->items();
    request.reason = reason->toStdString();
    m_service->replaceChecklist(m_model->kind(), request);
}

void ChecklistsPage::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid();
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && m_table->currentIndex().row() > 0);
    m_down->setEnabled(selected && m_table->currentIndex().row() + 1 < m_model->rowCount());
    m_save->setEnabled(m_model->isDirty());
    m_revert->setEnabled(m_model->isDirty());
}

} // namespace p2pdesk::workstation
