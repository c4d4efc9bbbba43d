#include "ui/actions/PayoutReferenceDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace p2pdesk::workstation {

PayoutReferenceDialog::PayoutReferenceDialog(const QString &orderCode, QWidget *parent)
    : QDialog(parent)
    , m_reference(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("payoutReferenceDialog"));
    setWindowTitle(tr("Mark order %1 paid").arg(orderCode));
    m_reference->setObjectName(QStringLiteral("payoutReferenceLineEdit"));
    m_reference->setMaxLength(kMaxLength);
    m_reference->setPlaceholderText(tr("Transfer number from the bank or P2P platform"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark paid"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *hint = new QLabel(tr("The customer sees this reference. Check it against the receipt."), this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Payout &reference:"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    const auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!payoutReference().isEmpty()); };
    connect(m_reference, &QLineEdit::textChanged, this, updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    // Wide enough for the whole title (window managers cut a title to the window) and a long
    // bank reference; the hint wraps in any language.
    setMinimumWidth(std::max(520, fontMetrics().horizontalAdvance(windowTitle()) + 160));
}

QString PayoutReferenceDialog::payoutReference() const
{
    return m_reference->text().trimmed();
}

} // namespace p2pdesk::workstation
