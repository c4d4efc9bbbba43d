#pragma once

class QWidget;

namespace p2pdesk::workstation {

// Where the app's windows open: on the screen the operator works on (the anchor's), never larger
// than its free area, never partly off it, and each further window of a kind offset from the
// last so that two cards are not stacked exactly on top of each other.
namespace WindowPlacement {

// Fits `window` (its current size is the preferred one) to the anchor's screen and moves it
// there: centred, then shifted by `cascade` steps down and right, wrapping before it would leave
// the screen. Call before show().
void place(QWidget *window, const QWidget *anchor, int cascade = 0);

} // namespace WindowPlacement

} // namespace p2pdesk::workstation
