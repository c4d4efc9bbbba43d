#pragma once

#include <QDialog>

class QComboBox;

namespace p2pdesk::workstation {

// Desk settings of this workstation. For now the interface language, applied at the next start.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &language, QWidget *parent = nullptr);

    // "" = follow the system, "en", "ru".
    QString language() const;

private:
    QComboBox *m_language;
};

} // namespace p2pdesk::workstation
