#include "audit/AuditChain.h"

#include "db/SqlParams.h"

#include <pqxx/binarystring>
#include <pqxx/result>

#include <cstring>

namespace p2pdesk::syncd::audit {

namespace {

constexpr const char *kRowColumns =
    "seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor, action, entity, entity_id, "
    "reason, ip::text, user_agent, workstation_id, payload::text";
constexpr int kBatch = 1000;

void field(std::string &out, const char *name, const std::optional<std::string> &value)
{
    out += name;
    if (value)
        out += '=' + std::to_string(value->size()) + ':' + *value + '\n';
    else
        out += "=null\n";
}

std::optional<std::string> optionalText(const pqxx::field &f)
{
    return f.is_null() ? std::nullopt : std::optional<std::string>(f.as<std::string>());
}

AuditRow readRow(const pqxx::row &r)
{
    AuditRow row;
    row.seq = r[0].as<std::int64_t>();
    row.at = r[1].as<std::string>();
    row.actor = r[2].as<std::string>();
    row.action = r[3].as<std::string>();
    row.entity = r[4].as<std::string>();
    row.entityId = optionalText(r[5]);
    row.reason = optionalText(r[6]);
    row.ip = optionalText(r[7]);
    row.userAgent = optionalText(r[8]);
    row.workstationId = optionalText(r[9]);
    row.payload = r[10].as<std::string>();
    return row;
}

std::optional<security::Sha256Digest> digestOf(const pqxx::field &f)
{
    if (f.is_null())
        return std::nullopt;
    const pqxx::binarystring bytes(f);
    security::Sha256Digest d{};
    if (bytes.size() != d.size())
        return std::nullopt;
    std::memcpy(d.data(), bytes.data(), d.size());
    return d;
}

} // namespace

std::string canonicalEncoding(const AuditRow &row, const security::Sha256Digest &prevHash)
{
    std::string out = "p2pdesk-audit-v1\n";
    field(out, "prev_hash", security::toHex(prevHash.data(), prevHash.size()));
    field(out, "seq", std::to_string(row.seq));
    field(out, "at", row.at);
    field(out, "actor", row.actor);
    field(out, "action", row.action);
    field(out, "entity", row.entity);
    field(out, "entity_id", row.entityId);
    field(out, "reason", row.reason);
    field(out, "ip", row.ip);
    field(out, "user_agent", row.userAgent);
    field(out, "workstation_id", row.workstationId);
    field(out, "payload", row.payload);
    return out;
}

security::Sha256Digest rowHash(const AuditRow &row, const security::Sha256Digest &prevHash)
{
    return security::sha256(canonicalEncoding(row, prevHash));
}

std::int64_t sealUpTo(pqxx::work &work, std::int64_t maxSeq)
{
    security::Sha256Digest prev{};
    const auto last = work.exec("SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1");
    if (!last.empty())
        prev = digestOf(last[0][0]).value_or(prev);

    std::int64_t sealed = 0;
    for (;;) {
        const auto rows = work.exec_params(std::string("SELECT ") + kRowColumns +
                                               " FROM audit_log WHERE hash IS NULL AND seq <= $1 ORDER BY seq LIMIT $2",
                                           maxSeq, kBatch);
        for (const auto &r : rows) {
            const AuditRow row = readRow(r);
            const auto hash = rowHash(row, prev);
            work.exec_params0("UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3", db::bytea(prev),
                              db::bytea(hash), row.seq);
            prev = hash;
            ++sealed;
        }
        if (rows.size() < static_cast<std::size_t>(kBatch))
            return sealed;
    }
}

VerifyResult verifyChain(pqxx::transaction_base &tx)
{
    VerifyResult result;
    security::Sha256Digest prev{};
    std::int64_t after = 0;
    bool seenUnsealed = false;
    for (;;) {
        const auto rows = tx.exec_params(std::string("SELECT ") + kRowColumns +
                                             ", prev_hash, hash FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2",
                                         after, kBatch);
        for (const auto &r : rows) {
            const AuditRow row = readRow(r);
            after = row.seq;
            const auto storedPrev = digestOf(r[11]);
            const auto storedHash = digestOf(r[12]);
            if (!storedHash) {
                seenUnsealed = true;
                ++result.pendingRows;
                continue;
            }
            auto fail = [&](std::string problem) {
                result.ok = false;
                result.brokenSeq = row.seq;
                result.problem = std::move(problem);
                return result;
            };
            if (seenUnsealed)
                return fail("sealed row follows an unsealed one");
            if (!storedPrev || *storedPrev != prev)
                return fail("prev_hash does not match the previous row's hash (row removed or reordered)");
            if (rowHash(row, prev) != *storedHash)
                return fail("hash does not match the row's content (row modified)");
            prev = *storedHash;
            ++result.sealedRows;
            result.lastSealedSeq = row.seq;
        }
        if (rows.size() < static_cast<std::size_t>(kBatch))
            return result;
    }
}

} // namespace p2pdesk::syncd::audit
