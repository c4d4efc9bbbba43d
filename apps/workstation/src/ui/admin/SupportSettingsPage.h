#pragma once

#include "core/AdminService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace p2pdesk::workstation {

class AdminPrompts;

// The support desk's settings: how soon a ticket's first answer and each next answer are due
// (the SLA the tickets inbox counts down), and whether alerts go to the ops chat. The rest of the
// desk settings are sent back as loaded (syncd replaces them as a whole); saving asks for a reason.
// The Settings page edits the rest; a change saved there (or by another admin) updates this page,
// keeping any edit not saved yet.
class SupportSettingsPage final : public QWidget {
    Q_OBJECT

public:
    SupportSettingsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    void reload();

signals:
    void message(const QString &text);

private:
    void showSettings(const proto::Settings &settings);
    void updateButtons();
    void save();

    AdminService *m_service;
    AdminPrompts *m_prompts;
    std::optional<proto::Settings> m_saved;
    bool m_saving = false;
    QSpinBox *m_firstResponse;
    QSpinBox *m_nextResponse;
    QCheckBox *m_opsAlerts;
    QLabel *m_hint;
    QPushButton *m_revert;
    QPushButton *m_save;
};

} // namespace p2pdesk::workstation
