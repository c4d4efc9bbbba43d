#pragma once

#include "security/Sha256.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::audit {

// The hash chain over audit_log. Each sealed row stores prev_hash (the previous sealed row's hash,
// 32 zero bytes for the first) and hash = SHA-256(canonicalEncoding(row, prev_hash)). The encoding
// is built from text PostgreSQL renders the same way on every server (UTC timestamp with
// microseconds, jsonb's normalised text), so verification does not depend on session settings.
struct AuditRow {
    std::int64_t seq = 0;
    std::string at;
    std::string actor;
    std::string action;
    std::string entity;
    std::optional<std::string> entityId;
    std::optional<std::string> reason;
    std::optional<std::string> ip;
    std::optional<std::string> userAgent;
    std::optional<std::string> workstationId;
    std::string payload;
};

std::string canonicalEncoding(const AuditRow &row, const security::Sha256Digest &prevHash);
security::Sha256Digest rowHash(const AuditRow &row, const security::Sha256Digest &prevHash);

// Seals, in seq order, every unsealed row with seq <= maxSeq, continuing from the last sealed row.
// The caller guarantees no row <= maxSeq can still appear (AuditSealer). Returns rows sealed.
std::int64_t sealUpTo(pqxx::work &work, std::int64_t maxSeq);

struct VerifyResult {
    bool ok = true;
    std::int64_t sealedRows = 0;
    std::optional<std::int64_t> lastSealedSeq; // the last sealed row found intact
    std::int64_t pendingRows = 0;              // unsealed tail, normal right after commits
    std::optional<std::int64_t> brokenSeq;
    std::string problem;
};

// Walks the whole chain. An unsealed row followed by a sealed one is a break, as is any hash or
// prev_hash mismatch.
VerifyResult verifyChain(pqxx::transaction_base &tx);

} // namespace p2pdesk::syncd::audit
