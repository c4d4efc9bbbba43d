#include "ui/main/OfflineBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace p2pdesk::workstation {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#offlineBanner { background: #fff3cd; border: 1px solid #e0b252; }"));
    m_label->setObjectName(QStringLiteral("offlineLabel"));
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    setReason({});
}

void OfflineBanner::setReason(const QString &reason)
{
    QString text = tr("Offline — showing the last known state; actions are disabled until the connection returns.");
    if (!reason.isEmpty())
        text += u' ' + reason;
    m_label->setText(text);
}

QString OfflineBanner::text() const
{
    return m_label->text();
}

} // namespace p2pdesk::workstation
