#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QTableWidget;

namespace p2pdesk::workstation {

// Help → Keyboard shortcuts: what each key does, in the interface language.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    // (what it does, key text) pairs.
    explicit ShortcutsDialog(const QList<QPair<QString, QString>> &shortcuts, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace p2pdesk::workstation
