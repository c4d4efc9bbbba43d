#pragma once

#include "p2pdesk/domain/OrderStatus.h"

#include <string>
#include <string_view>

namespace p2pdesk::syncd::service {

// What every front-end that talks to customers shares (the bot, canned replies, e-mail): Telegram's
// HTML escaping of anything a person typed, and the name a customer reads for each status.

// <, >, & and " escaped for Telegram's HTML parse mode (and for attributes).
std::string escapeHtml(std::string_view text);

// "ru" or "en" (anything else reads as Russian, the desk's default).
std::string_view orderStatusForCustomer(domain::OrderStatus status, std::string_view language);

} // namespace p2pdesk::syncd::service
