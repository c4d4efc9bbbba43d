#pragma once

#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

// Payout requisites as lists and notifications show them: "•••• 1234", the last four characters of
// the value with separators removed (see KeyedHash::normaliseRequisites()), enough for an operator
// to tell accounts apart and for a customer to recognise their own. Works the same for card,
// account and phone numbers. Values with fewer than 8 significant characters are masked completely
// ("••••"), since four of, say, six characters would give most of the value away. The full value
// never passes through here; the caller decides who may see it.
std::string maskRequisites(std::string_view requisites);

} // namespace p2pdesk::syncd::security
