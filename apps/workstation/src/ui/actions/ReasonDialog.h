#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
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
    // A choice that goes with the reason (a level, an amount), labelled, above the prompt; the
    // caller reads its value after accepted(). The dialog takes the field.
    void addField(const QString &label, QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOk();

    QFormLayout *m_fields;
    QLabel *m_prompt;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
