#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace p2pdesk::workstation {

// Asks why. OK stays disabled until the reason has some non-blank text; Ctrl+Enter accepts.
class ReasonDialog final : public QDialog {
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &text);
    // What the empty editor says; "Reason (required; …)" unless the text is something else (a note).
    void setPlaceholderText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOk();

    QLabel *m_prompt;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
