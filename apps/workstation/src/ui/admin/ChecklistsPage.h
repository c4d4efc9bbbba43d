#pragma once

#include "core/AdminService.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class AdminPrompts;
class ChecklistEditModel;

// The "verify" and "payout" checklists that gate PAYMENT_VERIFIED and PAID_OUT: ordered items,
// edited in place and saved as a whole list with a reason.
class ChecklistsPage final : public QWidget {
    Q_OBJECT

public:
    ChecklistsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    ChecklistEditModel *model() const { return m_model; }
    void reload();

signals:
    void message(const QString &text);

private:
    proto::ChecklistKind currentKind() const;
    void showKind();
    void addItem();
    void removeItem();
    void move(int delta);
    void save();
    void updateButtons();

    AdminService *m_service;
    AdminPrompts *m_prompts;
    ChecklistEditModel *m_model;
    QHash<int, proto::ChecklistDef> m_saved; // by ChecklistKind
    QComboBox *m_kind;
    QTableView *m_table;
    QLineEdit *m_newItem;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace p2pdesk::workstation
