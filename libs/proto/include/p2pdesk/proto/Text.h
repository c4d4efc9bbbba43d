#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace p2pdesk::proto {

// Whether a text field may span lines. Only free text typed by a person (reasons, notes, payout
// requisites) may hold a newline or a tab; every other C0 control character, and DEL, is refused in
// every field, header and query parameter.
//
// NUL matters most: PostgreSQL can store it neither in text nor in jsonb, and libpqxx passes
// parameters as C strings, so "ab\0cd" silently became "ab" in one statement and failed the next
// (a login that matched the real account, then lost its failure count and audit row with the
// rollback). Refusing it where text enters the system keeps every later layer simple.
enum class Lines { One, Many };

// The byte offset of the first control character `text` may not hold, if any.
std::optional<std::size_t> findForbiddenControl(std::string_view text, Lines lines) noexcept;

} // namespace p2pdesk::proto
