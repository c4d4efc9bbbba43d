#include "ui/support/AssignTicketDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

AssignTicketDialog::AssignTicketDialog(const std::vector<proto::OperatorRef> &operators, QWidget *parent)
    : QDialog(parent)
    , m_operators(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignTicketDialog"));
    setWindowTitle(tr("Assign ticket"));
    m_operators->setObjectName(QStringLiteral("assigneeComboBox"));
    for (const proto::OperatorRef &op : operators)
        m_operators->addItem(QString::fromStdString(op.username), QVariant::fromValue<qint64>(op.id));
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this operator (required)"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));

    auto *form = new QFormLayout;
    form->addRow(tr("Operator:"), m_operators);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    if (operators.empty()) {
        auto *none = new QLabel(tr("No other operator is known to this workstation yet: operators appear here once "
                                   "they hold an order in the queue."),
                                this);
        none->setObjectName(QStringLiteral("noOperatorsLabel"));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AssignTicketDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    resize(440, 260);
}

std::optional<std::int64_t> AssignTicketDialog::operatorId() const
{
    if (m_operators->currentIndex() < 0)
        return std::nullopt;
    return m_operators->currentData().toLongLong();
}

QString AssignTicketDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void AssignTicketDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(operatorId().has_value() && !reason().isEmpty());
}

} // namespace p2pdesk::workstation
