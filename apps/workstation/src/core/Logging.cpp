#include "core/Logging.h"

namespace p2pdesk::workstation {

Q_LOGGING_CATEGORY(lcNet, "p2pdesk.workstation.net")
Q_LOGGING_CATEGORY(lcTls, "p2pdesk.workstation.tls")
Q_LOGGING_CATEGORY(lcSync, "p2pdesk.workstation.sync")
Q_LOGGING_CATEGORY(lcCache, "p2pdesk.workstation.cache")
Q_LOGGING_CATEGORY(lcSession, "p2pdesk.workstation.session")
Q_LOGGING_CATEGORY(lcUi, "p2pdesk.workstation.ui")
Q_LOGGING_CATEGORY(lcChat, "p2pdesk.workstation.chat")

} // namespace p2pdesk::workstation
