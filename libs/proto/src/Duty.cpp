#include "p2pdesk/proto/Duty.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::ObjectReader;

namespace {
constexpr std::size_t kMaxOnDuty = 1000; // a desk's operators, with room to spare
} // namespace

Json toJson(const DutyRoster &value)
{
    Json json{{"open", value.open},
              {"requires_on_duty", value.requiresOnDuty},
              {"on_duty", detail::arrayToJson(value.onDuty)},
              {"within_hours", value.withinHours}};
    if (value.opensAt)
        json["opens_at"] = formatTimestamp(*value.opensAt);
    if (value.closesAt)
        json["closes_at"] = formatTimestamp(*value.closesAt);
    return json;
}

void detail::read(const Json &json, const std::string &path, DutyRoster &out)
{
    const ObjectReader r(json, path);
    out.open = r.boolean("open");
    out.requiresOnDuty = r.boolean("requires_on_duty");
    out.onDuty = r.array<OperatorRef>("on_duty", kMaxOnDuty);
    out.withinHours = r.boolean("within_hours");
    out.opensAt = r.optTimestamp("opens_at");
    out.closesAt = r.optTimestamp("closes_at");
}

std::optional<DecodeError> decodeInto(const Json &json, DutyRoster &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
