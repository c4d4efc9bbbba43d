#include "p2pdesk/proto/Decoded.h"

namespace p2pdesk::proto {

std::string_view toString(DecodeErrorKind kind) noexcept
{
    switch (kind) {
    case DecodeErrorKind::MalformedJson:
        return "malformed_json";
    case DecodeErrorKind::Missing:
        return "missing";
    case DecodeErrorKind::WrongType:
        return "wrong_type";
    case DecodeErrorKind::OutOfRange:
        return "out_of_range";
    case DecodeErrorKind::TooLong:
        return "too_long";
    case DecodeErrorKind::TooShort:
        return "too_short";
    case DecodeErrorKind::BadEnum:
        return "bad_enum";
    case DecodeErrorKind::BadDecimal:
        return "bad_decimal";
    case DecodeErrorKind::BadTimestamp:
        return "bad_timestamp";
    case DecodeErrorKind::ControlCharacter:
        return "control_character";
    case DecodeErrorKind::Invalid:
        return "invalid";
    }
    return "invalid";
}

Decoded<Json> parseJson(std::string_view text)
{
    // No exceptions: a syntax error yields a "discarded" value. Invalid UTF-8 is a syntax error too.
    Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded())
        return DecodeError{std::string{}, DecodeErrorKind::MalformedJson, "the body is not valid JSON"};
    return json;
}

} // namespace p2pdesk::proto
