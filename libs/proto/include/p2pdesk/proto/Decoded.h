#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace p2pdesk::proto {

// std::map-backed: object keys are always emitted sorted, which makes every encoding canonical.
using Json = nlohmann::json;

// Why a body was refused. The kind is stable and machine-readable; the reason is for humans.
enum class DecodeErrorKind {
    MalformedJson,    // the body is not JSON at all
    Missing,          // required field absent or null; also a blank reason
    WrongType,        // e.g. a number where a string is expected (money is never a JSON number)
    OutOfRange,       // integer outside the field's range
    TooLong,          // string longer than the field's limit (counted in Unicode code points)
    TooShort,         // string shorter than the field's minimum
    BadEnum,          // string not in the field's value set
    BadDecimal,       // malformed exact decimal
    BadTimestamp,     // not an RFC 3339 timestamp
    ControlCharacter, // a C0 control character or DEL in text (a newline or tab only where lines are free)
    Invalid,          // a constraint across fields, e.g. "exactly one of amount_crypto / amount_fiat"
};

std::string_view toString(DecodeErrorKind kind) noexcept;

// fieldPath uses dots for members and brackets for array elements: "customer.telegram_id",
// "items[3].reason". The empty path means the document itself.
struct DecodeError {
    std::string fieldPath;
    DecodeErrorKind kind = DecodeErrorKind::Invalid;
    std::string reason;

    friend bool operator==(const DecodeError &, const DecodeError &) = default;
};

template<typename T> class [[nodiscard]] Decoded {
public:
    Decoded(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Decoded(DecodeError error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const DecodeError &error() const & { return std::get<1>(m_v); }

private:
    std::variant<T, DecodeError> m_v;
};

// Every DTO X in this library has, in its header:
//   Json toJson(const X &value);
//   std::optional<DecodeError> decodeInto(const Json &json, X &out);
// The templates below are the convenient entry points built on those two.
//
// Decoding rules shared by every DTO: unknown fields are ignored (forward compatibility — an older
// client must survive a newer server); an optional field may be absent or null; absent optional
// fields are omitted (never null) when encoding; money and rates are JSON strings holding exact
// decimals; timestamps are RFC 3339 strings, always encoded in UTC with a "Z".

template<typename T> Decoded<T> fromJson(const Json &json)
{
    T out{};
    if (auto error = decodeInto(json, out))
        return std::move(*error);
    return out;
}

// Parses a request/response body. A syntax error is DecodeErrorKind::MalformedJson at path "".
Decoded<Json> parseJson(std::string_view text);

template<typename T> Decoded<T> parse(std::string_view text)
{
    auto json = parseJson(text);
    if (!json)
        return json.error();
    return fromJson<T>(json.value());
}

// Compact canonical body (sorted keys, no whitespace). Invalid UTF-8 in a string (which decoding
// never produces, but a database or a file might) becomes U+FFFD instead of throwing.
template<typename T> std::string serialize(const T &value)
{
    return toJson(value).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace p2pdesk::proto
