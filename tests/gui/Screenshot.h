#pragma once

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <QtGlobal>

#include <vector>

namespace p2pdesk::screenshots {

// With P2PDESK_SCREENSHOT_DIR set (scripts/screenshots.sh), GUI tests save what the operator sees
// at a few moments of a real session: the README's pictures come from the app itself, never drawn
// by hand. Without it this only checks that the widget renders.
//
// P2PDESK_SCREENSHOT_SIZES ("1366x768,1920x1080") also saves each window at those screen sizes,
// as name-WxH.png (a window fills the screen less a task bar, as a maximised window does; dialogs
// keep their own size). Unset, windows are saved as they are, as name.png, and without
// P2PDESK_SCREENSHOT_DIR nothing is resized or written: the tests stay fast.
inline std::vector<QSize> sizes()
{
    std::vector<QSize> out;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    for (const QString &part : qEnvironmentVariable("P2PDESK_SCREENSHOT_SIZES").split(u',', Qt::SkipEmptyParts)) {
        const auto match = pattern.match(part.trimmed());
        if (match.hasMatch())
            out.emplace_back(match.captured(1).toInt(), match.captured(2).toInt());
    }
    return out;
}

inline bool grabTo(QWidget *widget, const QString &file)
{
    QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap picture = widget->grab();
    if (picture.isNull())
        return false;
    const QString dir = qEnvironmentVariable("P2PDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    const QString path = dir + QLatin1Char('/') + file + QStringLiteral(".png"); // file may name a subfolder
    return QDir().mkpath(QFileInfo(path).absolutePath()) && picture.save(path);
}

enum class Kind { Window, Dialog };

// A maximised window on a screen of that size: less a 40 px panel and the title bar.
inline void fitToScreen(QWidget *widget, const QSize &screen)
{
    if (widget->isWindow())
        widget->setWindowState(Qt::WindowNoState); // the offscreen screen is 800×600
    widget->resize(screen.width(), screen.height() - 40 - 30);
}

inline bool save(QWidget *widget, const QString &name, Kind kind = Kind::Window)
{
    if (kind == Kind::Dialog || qEnvironmentVariable("P2PDESK_SCREENSHOT_DIR").isEmpty())
        return grabTo(widget, name);
    const QSize original = widget->size();
    bool ok = true;
    // P2PDESK_SCREENSHOT_WINDOW_SIZE ("1366x768"): the README's pictures, under their plain name.
    const QString plain = qEnvironmentVariable("P2PDESK_SCREENSHOT_WINDOW_SIZE");
    const auto plainSize = QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$")).match(plain);
    if (plainSize.hasMatch())
        fitToScreen(widget, QSize(plainSize.captured(1).toInt(), plainSize.captured(2).toInt()));
    const std::vector<QSize> screens = sizes();
    if (screens.empty())
        ok = grabTo(widget, name);
    for (const QSize &screen : screens) {
        fitToScreen(widget, screen);
        ok = grabTo(widget, QStringLiteral("%1-%2x%3").arg(name).arg(screen.width()).arg(screen.height())) && ok;
    }
    widget->resize(original);
    return ok;
}

} // namespace p2pdesk::screenshots
