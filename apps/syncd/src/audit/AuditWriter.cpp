#include "audit/AuditWriter.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"

namespace p2pdesk::syncd::audit {

std::int64_t AuditWriter::append(pqxx::work &work, const AuditEntry &entry)
{
    // The sealer relies on every writer owning a transaction id *before* it draws its seq (see
    // AuditSealer). Assigning it explicitly costs one round trip but makes the guarantee independent
    // of whatever the service wrote before.
    static const db::PreparedStatement assignXid{"audit_log.assign_xid", "SELECT pg_current_xact_id()"};
    static const db::PreparedStatement insert{
        "audit_log.append",
        "INSERT INTO audit_log (actor, action, entity, entity_id, reason, ip, user_agent, workstation_id, payload) "
        "VALUES ($1, $2, $3, $4, $5, $6::inet, $7, $8, $9::jsonb) RETURNING seq"};
    db::execPrepared1(work, assignXid);
    const auto row = db::execPrepared1(
        work, insert, entry.actor, entry.action, entry.entity, db::nullable(entry.entityId), db::nullable(entry.reason),
        db::nullable(entry.ip), db::nullable(entry.userAgent), db::nullable(entry.workstationId), entry.payload.dump());
    return row[0].as<std::int64_t>();
}

} // namespace p2pdesk::syncd::audit
