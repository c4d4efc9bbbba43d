#include "ui/actions/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace p2pdesk::workstation {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_fields(new QFormLayout)
    , m_prompt(new QLabel(prompt, this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Reason (required; Ctrl+Enter to confirm)"));
    m_buttons->setObjectName(QStringLiteral("reasonButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_fields);
    layout->addWidget(m_prompt);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->installEventFilter(this);
    updateOk();
    setMinimumWidth(std::max(480, fontMetrics().horizontalAdvance(title) + 160));
    resize(minimumWidth(), 260);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &text)
{
    m_reason->setPlainText(text);
}

void ReasonDialog::setPlaceholderText(const QString &text)
{
    m_reason->setPlaceholderText(text);
}

void ReasonDialog::addField(const QString &label, QWidget *field)
{
    field->setParent(this);
    m_fields->addRow(label, field);
    // The choice comes first, the reason for it after.
    setTabOrder(field, m_reason);
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter confirms from inside the text, where plain Enter starts a new line; filtered on
    // the editor itself so it works whichever window the system considers active.
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReasonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace p2pdesk::workstation
