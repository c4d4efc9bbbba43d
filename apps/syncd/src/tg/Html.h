#pragma once

#include "service/CustomerWording.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::tg {

// Telegram's HTML parse mode: user content must have <, > and & escaped (and " inside attributes).
using service::escapeHtml; // shared with the core (service/CustomerWording.h)

// Length as Telegram counts it: UTF-16 code units (a character outside the BMP, e.g. most emoji,
// counts 2). Invalid UTF-8 bytes count 1 each.
std::size_t utf16Length(std::string_view utf8);

// Telegram HTML as the plain text Telegram would show: tags dropped, entities (&lt; &gt; &amp; &quot;
// &#39; and numeric ones) decoded. The fallback when Telegram refuses the markup ("can't parse
// entities"): the customer still gets the words.
std::string htmlToPlain(std::string_view html);

// Splits a text into messages of at most maxUnits UTF-16 units each (Telegram counts the text after
// entity parsing, so with html the tags do not count). Cuts after a paragraph ("\n\n") if possible,
// else after a line, else after a space, else anywhere between two characters; never inside a UTF-8
// sequence, a tag or an entity. With html, tags open at a cut are closed at the end of the part and
// reopened at the start of the next, so every part is valid on its own. Parts with no visible text
// are dropped; an empty text gives no part.
std::vector<std::string> splitForTelegram(std::string_view text, std::size_t maxUnits = 4096, bool html = true);

} // namespace p2pdesk::syncd::tg
