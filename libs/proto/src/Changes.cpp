#include "p2pdesk/proto/Changes.h"

#include "JsonReader.h"

#include <charconv>

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {
constexpr std::size_t kMaxEvents = 10000;
} // namespace

Json toJson(const ChangeEvent &value)
{
    Json json{{"seq", value.seq},
              {"at", formatTimestamp(value.at)},
              {"kind", value.kind},
              {"payload", value.payload.is_object() ? value.payload : Json::object()}};
    detail::putOptional(json, "order_id", value.orderId);
    if (value.status)
        json["status"] = std::string(domain::toString(*value.status));
    detail::putOptional(json, "version", value.version);
    return json;
}

void detail::read(const Json &json, const std::string &path, ChangeEvent &out)
{
    const ObjectReader r(json, path);
    out.seq = r.id("seq");
    out.at = r.timestamp("at");
    out.kind = r.string("kind", Len{1, limits::kChangeKind});
    out.orderId = r.optId("order_id");
    out.status = r.optEnumeration<domain::OrderStatus>("status", &domain::parseOrderStatus);
    out.version = r.optInteger("version");
    out.payload = r.object("payload");
}

std::optional<DecodeError> decodeInto(const Json &json, ChangeEvent &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ChangesResponse &value)
{
    Json json{{"events", detail::arrayToJson(value.events)}, {"last_seq", value.lastSeq}};
    if (value.feedEpoch != 0)
        json["feed_epoch"] = value.feedEpoch;
    return json;
}

void detail::read(const Json &json, const std::string &path, ChangesResponse &out)
{
    const ObjectReader r(json, path);
    out.events = r.array<ChangeEvent>("events", kMaxEvents);
    out.lastSeq = r.integer("last_seq");
    out.feedEpoch = r.optInteger("feed_epoch").value_or(0);
}

std::optional<DecodeError> decodeInto(const Json &json, ChangesResponse &out)
{
    return detail::decodeRoot(json, out);
}

Decoded<ChangesQuery> decodeChangesQuery(const std::vector<std::pair<std::string, std::string>> &params)
{
    ChangesQuery query;
    const auto parse = [](const std::string &text, const char *name, std::int64_t max,
                          std::int64_t &out) -> std::optional<DecodeError> {
        std::int64_t value = 0;
        const char *end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, value);
        if (ec == std::errc::result_out_of_range)
            return DecodeError{name, DecodeErrorKind::OutOfRange, "out of range"};
        if (text.empty() || ec != std::errc{} || ptr != end)
            return DecodeError{name, DecodeErrorKind::WrongType, "expected an integer"};
        if (value < 0 || value > max)
            return DecodeError{name, DecodeErrorKind::OutOfRange, "must be between 0 and " + std::to_string(max)};
        out = value;
        return std::nullopt;
    };
    for (const auto &[key, value] : params) {
        std::optional<DecodeError> error;
        if (key == "since")
            error = parse(value, "since", detail::kInt64Max, query.since);
        else if (key == "wait")
            error = parse(value, "wait", limits::kMaxWaitSeconds, query.waitSeconds);
        if (error)
            return std::move(*error);
    }
    return query;
}

} // namespace p2pdesk::proto
