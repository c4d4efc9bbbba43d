#pragma once

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace p2pdesk::workstation::test {

// Labels that would show their mnemonic raw: a QLabel renders "&" as an underline only when it
// has a buddy, otherwise the operator reads "&Password:". Returns their texts (empty: all fine).
inline QStringList labelsShowingRawMnemonics(const QWidget *root)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    QStringList raw;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() != Qt::RichText && mnemonic.match(label->text()).hasMatch() && !label->buddy())
            raw << label->text();
    }
    return raw;
}

} // namespace p2pdesk::workstation::test
