#pragma once

#include <string>
#include <string_view>

namespace p2pdesk::syncd::service {

// What a person typed into a form, without the blanks around it (space, tab, CR, LF, VT, FF): the
// services judge "SBER " and "SBER" alike, and a blank field as an absent one.
inline std::string trimmed(std::string_view text)
{
    constexpr std::string_view kBlank = " \t\r\n\v\f";
    const auto first = text.find_first_not_of(kBlank);
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(kBlank) - first + 1));
}

} // namespace p2pdesk::syncd::service
