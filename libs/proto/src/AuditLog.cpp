#include "p2pdesk/proto/AuditLog.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

// The API serves at most 500 rows a page.
constexpr std::size_t kMaxAuditPage = 500;
// Stored text comes from many writers over the years: bounds generous enough never to refuse a
// page over one long value, tight enough to stop a runaway body.
constexpr std::size_t kMaxName = 256;
constexpr std::size_t kMaxText = 4096;

} // namespace

Json toJson(const AuditRecord &value)
{
    Json json{{"seq", value.seq},       {"at", formatTimestamp(value.at)},
              {"actor", value.actor},   {"action", value.action},
              {"entity", value.entity}, {"details", value.details.is_object() ? value.details : Json::object()},
              {"sealed", value.sealed}};
    if (value.actorOperator)
        json["operator"] = toJson(*value.actorOperator);
    detail::putOptional(json, "entity_id", value.entityId);
    detail::putOptional(json, "reason", value.reason);
    detail::putOptional(json, "ip", value.ip);
    detail::putOptional(json, "user_agent", value.userAgent);
    detail::putOptional(json, "workstation_id", value.workstationId);
    return json;
}

void detail::read(const Json &json, const std::string &path, AuditRecord &out)
{
    const ObjectReader r(json, path);
    out.seq = r.id("seq");
    out.at = r.timestamp("at");
    out.actor = r.string("actor", Len{1, kMaxName});
    out.actorOperator = r.optNested<OperatorRef>("operator");
    out.action = r.string("action", Len{1, kMaxName});
    out.entity = r.string("entity", Len{1, kMaxName});
    out.entityId = r.optString("entity_id", Len{0, kMaxName});
    out.reason = r.optString("reason", Len{0, kMaxText, Lines::Many});
    out.ip = r.optString("ip", Len{1, kMaxName});
    out.userAgent = r.optString("user_agent", Len{0, kMaxText});
    out.workstationId = r.optString("workstation_id", Len{0, kMaxName});
    out.details = r.object("details");
    out.sealed = r.boolean("sealed");
}

std::optional<DecodeError> decodeInto(const Json &json, AuditRecord &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const AuditChainState &value)
{
    Json json{{"pending_rows", value.pendingRows}};
    detail::putOptional(json, "last_sealed_seq", value.lastSealedSeq);
    return json;
}

void detail::read(const Json &json, const std::string &path, AuditChainState &out)
{
    const ObjectReader r(json, path);
    out.lastSealedSeq = r.optId("last_sealed_seq");
    out.pendingRows = r.integer("pending_rows");
}

std::optional<DecodeError> decodeInto(const Json &json, AuditChainState &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const AuditPage &value)
{
    Json json{{"items", detail::arrayToJson(value.items)}, {"chain", toJson(value.chain)}};
    detail::putOptional(json, "next_before_seq", value.nextBeforeSeq);
    return json;
}

void detail::read(const Json &json, const std::string &path, AuditPage &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<AuditRecord>("items", kMaxAuditPage);
    out.nextBeforeSeq = r.optId("next_before_seq");
    out.chain = r.nested<AuditChainState>("chain");
}

std::optional<DecodeError> decodeInto(const Json &json, AuditPage &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const AuditVerification &value)
{
    Json json{{"ok", value.ok},
              {"sealed_rows", value.sealedRows},
              {"pending_rows", value.pendingRows},
              {"verified_at", formatTimestamp(value.verifiedAt)}};
    detail::putOptional(json, "last_verified_seq", value.lastVerifiedSeq);
    detail::putOptional(json, "broken_seq", value.brokenSeq);
    detail::putOptional(json, "problem", value.problem);
    return json;
}

void detail::read(const Json &json, const std::string &path, AuditVerification &out)
{
    const ObjectReader r(json, path);
    out.ok = r.boolean("ok");
    out.sealedRows = r.integer("sealed_rows");
    out.pendingRows = r.integer("pending_rows");
    out.lastVerifiedSeq = r.optId("last_verified_seq");
    out.brokenSeq = r.optId("broken_seq");
    out.problem = r.optString("problem", Len{0, kMaxText});
    out.verifiedAt = r.timestamp("verified_at");
}

std::optional<DecodeError> decodeInto(const Json &json, AuditVerification &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
