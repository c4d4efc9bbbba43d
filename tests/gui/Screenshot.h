#pragma once

#include <QPixmap>
#include <QString>
#include <QWidget>
#include <QtGlobal>

namespace p2pdesk::screenshots {

// With P2PDESK_SCREENSHOT_DIR set (scripts/screenshots.sh), GUI tests save what the operator sees
// at a few moments of a real session: the README's pictures come from the app itself, never drawn
// by hand. Without it this only checks that the widget renders.
inline bool save(QWidget *widget, const QString &name)
{
    const QPixmap picture = widget->grab();
    if (picture.isNull())
        return false;
    const QString dir = qEnvironmentVariable("P2PDESK_SCREENSHOT_DIR");
    return dir.isEmpty() || picture.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace p2pdesk::screenshots
