#include "JsonReader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

namespace p2pdesk::proto::detail {

namespace {

std::size_t codePoints(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

// Echoing the offending value helps the caller, but never more than a short prefix of it, cut
// between characters: half a UTF-8 sequence in the error body makes syncd's encoder throw.
std::string echoValue(std::string_view text)
{
    constexpr std::size_t kMaxEcho = 40;
    std::size_t end = std::min(text.size(), kMaxEcho);
    while (end > 0 && end < text.size() && isContinuationByte(text[end]))
        --end;
    std::string out = "'";
    out += text.substr(0, end);
    if (end < text.size())
        out += "...";
    out += "'";
    return out;
}

// A reason that quotes the refused value ends up as an error body's one-line message, which the
// client's decoder refuses if it holds a control character: those are written as "U+0007".
std::string printable(std::string reason)
{
    if (!findForbiddenControl(reason, Lines::One))
        return reason;
    std::string out;
    for (const char c : reason) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20U || byte == 0x7FU) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(byte));
            out += code;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

void fail(std::string path, DecodeErrorKind kind, std::string reason)
{
    throw DecodeFailure(DecodeError{std::move(path), kind, printable(std::move(reason))});
}

std::string memberPath(const std::string &base, std::string_view key)
{
    if (base.empty())
        return std::string(key);
    std::string out = base;
    out += '.';
    out += key;
    return out;
}

std::string elementPath(const std::string &base, std::size_t index)
{
    return base + '[' + std::to_string(index) + ']';
}

std::string readString(const Json &json, const std::string &path, Len len)
{
    if (!json.is_string())
        fail(path, DecodeErrorKind::WrongType, "expected a string");
    const auto &text = json.get_ref<const std::string &>();
    // Checked before the length, so that no other message echoes a value holding a control character.
    if (const auto at = findForbiddenControl(text, len.lines)) {
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(text[*at])));
        fail(path, DecodeErrorKind::ControlCharacter,
             std::string("control character ") + code +
                 (len.lines == Lines::Many ? " is not allowed (only newline and tab are)" : " is not allowed"));
    }
    const std::size_t length = isBlank(text) ? 0 : codePoints(text);
    if (length > len.max)
        fail(path, DecodeErrorKind::TooLong, "at most " + std::to_string(len.max) + " characters");
    if (length < len.min)
        fail(path, DecodeErrorKind::TooShort, "at least " + std::to_string(len.min) + " characters");
    return text;
}

std::int64_t readInteger(const Json &json, const std::string &path, std::int64_t min, std::int64_t max)
{
    const std::string range = "must be between " + std::to_string(min) + " and " + std::to_string(max);
    if (json.is_number_unsigned()) {
        const auto value = json.get<std::uint64_t>();
        if (value > static_cast<std::uint64_t>(max))
            fail(path, DecodeErrorKind::OutOfRange, range);
        const auto signedValue = static_cast<std::int64_t>(value);
        if (signedValue < min)
            fail(path, DecodeErrorKind::OutOfRange, range);
        return signedValue;
    }
    if (json.is_number_integer()) {
        const auto value = json.get<std::int64_t>();
        if (value < min || value > max)
            fail(path, DecodeErrorKind::OutOfRange, range);
        return value;
    }
    if (json.is_number_float()) {
        // nlohmann turns integers beyond 64 bits into doubles: report those as out of range.
        const double value = json.get<double>();
        constexpr double kTwo63 = 9223372036854775808.0;
        if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) >= kTwo63)
            fail(path, DecodeErrorKind::OutOfRange, range);
    }
    fail(path, DecodeErrorKind::WrongType, "expected an integer");
}

bool readBool(const Json &json, const std::string &path)
{
    if (!json.is_boolean())
        fail(path, DecodeErrorKind::WrongType, "expected true or false");
    return json.get<bool>();
}

domain::Decimal readDecimal(const Json &json, const std::string &path)
{
    if (!json.is_string())
        fail(path, DecodeErrorKind::WrongType, "expected a decimal string such as \"1234.50\"");
    const auto &text = json.get_ref<const std::string &>();
    constexpr std::size_t kMaxDecimalText = 40;
    if (text.size() > kMaxDecimalText)
        fail(path, DecodeErrorKind::BadDecimal, "decimal too long");
    auto parsed = domain::Decimal::parse(text);
    if (!parsed)
        fail(path, DecodeErrorKind::BadDecimal, "malformed decimal " + echoValue(text) + ": " + parsed.error().message);
    return parsed.value();
}

Timestamp readTimestamp(const Json &json, const std::string &path)
{
    if (!json.is_string())
        fail(path, DecodeErrorKind::WrongType, "expected an RFC 3339 timestamp string");
    const auto &text = json.get_ref<const std::string &>();
    auto parsed = parseTimestamp(text);
    if (!parsed)
        fail(path, DecodeErrorKind::BadTimestamp, "malformed RFC 3339 timestamp " + echoValue(text));
    return *parsed;
}

Json readObject(const Json &json, const std::string &path)
{
    if (!json.is_object())
        fail(path, DecodeErrorKind::WrongType, "expected an object");
    return json;
}

const Json &requireArray(const Json &json, const std::string &path, std::size_t maxItems)
{
    if (!json.is_array())
        fail(path, DecodeErrorKind::WrongType, "expected an array");
    if (json.size() > maxItems)
        fail(path, DecodeErrorKind::TooLong, "at most " + std::to_string(maxItems) + " items");
    return json;
}

const std::string *lastQueryValue(const QueryParams &params, std::string_view name)
{
    const std::string *found = nullptr;
    for (const auto &[key, value] : params) {
        if (key == name)
            found = &value;
    }
    return found;
}

std::int64_t queryInteger(const std::string &text, const std::string &name, std::int64_t min, std::int64_t max)
{
    std::int64_t value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc::result_out_of_range)
        fail(name, DecodeErrorKind::OutOfRange, "out of range");
    if (text.empty() || ec != std::errc{} || ptr != end)
        fail(name, DecodeErrorKind::WrongType, "expected an integer");
    if (value < min || value > max)
        fail(name, DecodeErrorKind::OutOfRange,
             "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return value;
}

void failBadEnum(const std::string &path, const Json &json)
{
    fail(path, DecodeErrorKind::BadEnum, "unknown value " + echoValue(json.get_ref<const std::string &>()));
}

ObjectReader::ObjectReader(const Json &json, std::string path)
    : m_json(json)
    , m_path(std::move(path))
{
    if (!m_json.is_object())
        fail(m_path, DecodeErrorKind::WrongType, "expected an object");
}

const Json *ObjectReader::find(std::string_view key) const
{
    const auto it = m_json.find(key);
    if (it == m_json.end() || it->is_null())
        return nullptr;
    return &*it;
}

const Json &ObjectReader::require(std::string_view key) const
{
    const Json *json = find(key);
    if (!json)
        fail(pathOf(key), DecodeErrorKind::Missing, "required");
    return *json;
}

std::string ObjectReader::string(std::string_view key, Len len) const
{
    return readString(require(key), pathOf(key), len);
}

std::optional<std::string> ObjectReader::optString(std::string_view key, Len len) const
{
    const Json *json = find(key);
    if (!json)
        return std::nullopt;
    return readString(*json, pathOf(key), len);
}

std::vector<std::string> ObjectReader::strings(std::string_view key, std::size_t maxItems, Len len) const
{
    const auto path = pathOf(key);
    const Json &array = requireArray(require(key), path, maxItems);
    std::vector<std::string> out;
    out.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i)
        out.push_back(readString(array[i], elementPath(path, i), len));
    return out;
}

std::string ObjectReader::reason(std::string_view key) const
{
    const Json &json = require(key);
    if (json.is_string() && isBlank(json.get_ref<const std::string &>()))
        fail(pathOf(key), DecodeErrorKind::Missing, "a reason is required");
    return readString(json, pathOf(key), Len{1, limits::kReason, Lines::Many});
}

std::optional<std::string> ObjectReader::optReason(std::string_view key) const
{
    if (!find(key))
        return std::nullopt;
    return reason(key);
}

std::int64_t ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max) const
{
    return readInteger(require(key), pathOf(key), min, max);
}

std::optional<std::int64_t> ObjectReader::optInteger(std::string_view key, std::int64_t min, std::int64_t max) const
{
    const Json *json = find(key);
    if (!json)
        return std::nullopt;
    return readInteger(*json, pathOf(key), min, max);
}

bool ObjectReader::boolean(std::string_view key) const
{
    return readBool(require(key), pathOf(key));
}

domain::Decimal ObjectReader::decimal(std::string_view key) const
{
    return readDecimal(require(key), pathOf(key));
}

std::optional<domain::Decimal> ObjectReader::optDecimal(std::string_view key) const
{
    const Json *json = find(key);
    if (!json)
        return std::nullopt;
    return readDecimal(*json, pathOf(key));
}

Timestamp ObjectReader::timestamp(std::string_view key) const
{
    return readTimestamp(require(key), pathOf(key));
}

std::optional<Timestamp> ObjectReader::optTimestamp(std::string_view key) const
{
    const Json *json = find(key);
    if (!json)
        return std::nullopt;
    return readTimestamp(*json, pathOf(key));
}

Json ObjectReader::object(std::string_view key) const
{
    const Json *json = find(key);
    if (!json)
        return Json::object(); // an absent free-form object is an empty one
    return readObject(*json, pathOf(key));
}

std::vector<domain::Role> ObjectReader::roles(std::string_view key, bool allowEmpty) const
{
    const std::string path = pathOf(key);
    const Json &array = requireArray(require(key), path, limits::kRoles);
    if (array.empty() && !allowEmpty)
        fail(path, DecodeErrorKind::TooShort, "at least one role");
    std::vector<domain::Role> out;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto role = readEnum<domain::Role>(array[i], elementPath(path, i), &domain::parseRole);
        if (std::find(out.begin(), out.end(), role) != out.end())
            fail(elementPath(path, i), DecodeErrorKind::Invalid, "duplicate role");
        out.push_back(role);
    }
    return out;
}

void putOptional(Json &json, const char *key, const std::optional<domain::Decimal> &value)
{
    if (value)
        json[key] = value->toString();
}

void putOptional(Json &json, const char *key, const std::optional<Timestamp> &value)
{
    if (value)
        json[key] = formatTimestamp(*value);
}

Json rolesToJson(const std::vector<domain::Role> &roles)
{
    Json out = Json::array();
    for (const auto role : roles)
        out.push_back(std::string(domain::toString(role)));
    return out;
}

} // namespace p2pdesk::proto::detail
