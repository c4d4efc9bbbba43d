#pragma once

#include "core/OversightService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace p2pdesk::workstation {

class AuditLogModel;

// Administration → Audit log: every audited action, newest first, more pages as the admin
// scrolls; filters by who, what kind of thing (and which one), action and dates; the selected
// row's reason, IP, workstation and changed values in words; and the hash chain's state — a
// broken chain in a red banner nobody can miss.
class AuditLogPage final : public QWidget {
    Q_OBJECT

public:
    AuditLogPage(OversightService *service, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    // Loads the operators for the filter, the newest rows and verifies the chain.
    void reload();
    // The filter the widgets describe.
    AuditFilter currentFilter() const;

signals:
    void message(const QString &text);

private:
    void applyFilter();
    void showSelected();
    void showVerdict(const proto::AuditVerification &verdict);
    void showChain();

    OversightService *m_service;
    AuditLogModel *m_model;
    QLabel *m_banner;
    QLabel *m_chain;
    QPushButton *m_verify;
    QComboBox *m_actor;
    QComboBox *m_entity;
    QLineEdit *m_entityId;
    QComboBox *m_action;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QTableView *m_table;
    QTextBrowser *m_detail;
    std::optional<proto::AuditVerification> m_verdict;
};

} // namespace p2pdesk::workstation
