#pragma once

#include "core/OversightService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class AdminPrompts;
class FeatureFlagModel;

// Administration → Feature flags: each switch of the desk in words, on or off, its last change;
// the selected one's meaning below; switching asks why (the reason goes to the audit log). The
// list reloads when any admin switches a flag (flags.updated on the change feed).
class FeatureFlagsPage final : public QWidget {
    Q_OBJECT

public:
    FeatureFlagsPage(OversightService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    FeatureFlagModel *model() const { return m_model; }
    void reload();
    // A change-feed event naming no order (ChangeFeedSync::configEvent): flags.updated reloads.
    void onChangeEvent(const QString &kind);

signals:
    void message(const QString &text);

private:
    void showSelected();
    void toggleSelected();

    OversightService *m_service;
    AdminPrompts *m_prompts;
    FeatureFlagModel *m_model;
    QTableView *m_table;
    QLabel *m_meaning;
    QPushButton *m_toggle;
};

} // namespace p2pdesk::workstation
