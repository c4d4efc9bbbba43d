#pragma once

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// One row of audit_log as the admin's audit screen reads it.
// actor: the stored actor text ("operator:<id>", "customer:<id>", "system"); operator: the
// operator behind an "operator:<id>" actor (id and login) when that operator exists.
// details: the row's payload (old/new values and the like), an object. sealed: the row already
// carries its hash (rows are sealed shortly after their transaction commits).
struct AuditRecord {
    std::int64_t seq = 0;
    Timestamp at{};
    std::string actor;
    std::optional<OperatorRef> actorOperator;
    std::string action;
    std::string entity;
    std::optional<std::string> entityId;
    std::optional<std::string> reason;
    std::optional<std::string> ip;
    std::optional<std::string> userAgent;
    std::optional<std::string> workstationId;
    Json details = Json::object();
    bool sealed = false;
};

// The chain as far as it was sealed: last_sealed_seq absent while nothing is sealed;
// pending_rows: rows committed but not sealed yet (normal for a second or two).
struct AuditChainState {
    std::optional<std::int64_t> lastSealedSeq;
    std::int64_t pendingRows = 0;
};

// GET /api/v1/admin/audit?operator_id&entity&entity_id&action&from&to&before_seq&limit →
// newest first; next_before_seq is the before_seq of the next (older) page, absent on the last.
struct AuditPage {
    std::vector<AuditRecord> items;
    std::optional<std::int64_t> nextBeforeSeq;
    AuditChainState chain;
};

// POST /api/v1/admin/audit/verify → the verdict of the same walk as `syncd audit-verify`.
// last_verified_seq: the last sealed row checked (absent when none is sealed); broken_seq and
// problem only when ok is false.
struct AuditVerification {
    bool ok = true;
    std::int64_t sealedRows = 0;
    std::int64_t pendingRows = 0;
    std::optional<std::int64_t> lastVerifiedSeq;
    std::optional<std::int64_t> brokenSeq;
    std::optional<std::string> problem;
    Timestamp verifiedAt{};
};

Json toJson(const AuditRecord &value);
std::optional<DecodeError> decodeInto(const Json &json, AuditRecord &out);
Json toJson(const AuditChainState &value);
std::optional<DecodeError> decodeInto(const Json &json, AuditChainState &out);
Json toJson(const AuditPage &value);
std::optional<DecodeError> decodeInto(const Json &json, AuditPage &out);
Json toJson(const AuditVerification &value);
std::optional<DecodeError> decodeInto(const Json &json, AuditVerification &out);

} // namespace p2pdesk::proto
