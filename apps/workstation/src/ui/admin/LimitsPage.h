#pragma once

#include "core/AdminService.h"
#include "ui/admin/LimitEditDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class RiskLimitModel;

// The anti-fraud limits: every stored limit (the rule in words, currency, threshold, action,
// whether active, the flags it raised in 30 days), the selected rule's meaning beside it, and the
// edit dialog that sets one with a reason. Rules without a row run with their defaults.
class LimitsPage final : public QWidget {
    Q_OBJECT

public:
    LimitsPage(AdminService *service, QWidget *parent = nullptr);

    RiskLimitModel *model() const { return m_model; }
    // The open edit dialog, if any (window-modal, so tests and screenshots can reach it).
    LimitEditDialog *editDialog() const { return m_dialog; }
    void reload();

signals:
    void message(const QString &text);

private:
    void showMeaning();
    void openEditor(bool forSelected);

    AdminService *m_service;
    RiskLimitModel *m_model;
    QTableView *m_table;
    QLabel *m_meaning;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPointer<LimitEditDialog> m_dialog;
};

} // namespace p2pdesk::workstation
