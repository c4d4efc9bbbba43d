#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::tg {

// Telegram's HTML parse mode: user content must have <, > and & escaped (and " inside attributes).
std::string escapeHtml(std::string_view text);

// Length as Telegram counts it: UTF-16 code units (a character outside the BMP, e.g. most emoji,
// counts 2). Invalid UTF-8 bytes count 1 each.
std::size_t utf16Length(std::string_view utf8);

} // namespace p2pdesk::syncd::tg
