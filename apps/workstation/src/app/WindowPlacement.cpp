#include "app/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace p2pdesk::workstation::WindowPlacement {

void place(QWidget *window, const QWidget *anchor, int cascade)
{
    QScreen *screen = anchor ? anchor->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!window || !screen)
        return;
    const QRect area = screen->availableGeometry();
    // The frame (title bar, borders) is not known before the first show; leave room for it.
    constexpr int kFrame = 40;
    const QSize size(std::min(window->width(), area.width() - kFrame),
                     std::min(window->height(), area.height() - kFrame));
    window->resize(size.expandedTo(window->minimumSizeHint().boundedTo(area.size())));
    // Centred; each further window shifted down and right within the space the centring left, then
    // round again from the centre.
    constexpr int kStep = 32;
    const int slack = std::min(area.width() - window->width(), area.height() - window->height()) / 2;
    const int steps = std::max(0, slack) / kStep + 1;
    const int shift = (std::max(0, cascade) % steps) * kStep;
    QPoint topLeft = area.center() - QPoint(window->width() / 2, window->height() / 2) + QPoint(shift, shift);
    topLeft.setX(std::clamp(topLeft.x(), area.left(), std::max(area.left(), area.right() + 1 - window->width())));
    topLeft.setY(std::clamp(topLeft.y(), area.top(), std::max(area.top(), area.bottom() + 1 - window->height())));
    window->move(topLeft);
}

} // namespace p2pdesk::workstation::WindowPlacement
