#include "db/repositories/SessionRepository.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

using Clock = std::chrono::system_clock;

Clock::time_point micros(const pqxx::field &field)
{
    return Clock::time_point(std::chrono::microseconds(field.as<std::int64_t>()));
}

std::vector<std::string> splitRoles(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (!text.empty()) {
        const auto comma = text.find(',', pos);
        out.push_back(text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return out;
}

} // namespace

CreatedSession SessionRepository::create(pqxx::work &work, const NewSession &session)
{
    const auto row = work.exec_params1(
        "INSERT INTO sessions (token_hash, operator_id, idle_expires_at, absolute_expires_at, ip, user_agent, "
        "workstation_id) "
        "VALUES (decode($1, 'hex'), $2, now() + $3::bigint * interval '1 second', "
        "now() + $4::bigint * interval '1 second', $5::inet, $6, $7) "
        "RETURNING id, (extract(epoch FROM LEAST(idle_expires_at, absolute_expires_at)) * 1000000)::bigint",
        session.tokenHashHex, session.operatorId, static_cast<std::int64_t>(session.idleTimeout.count()),
        static_cast<std::int64_t>(session.absoluteTimeout.count()), session.ip.empty() ? nullptr : session.ip.c_str(),
        nullable(session.userAgent), nullable(session.workstationId));
    return {row[0].as<std::int64_t>(), micros(row[1])};
}

std::optional<ActiveSession> SessionRepository::findActive(pqxx::transaction_base &tx, const std::string &tokenHashHex,
                                                           std::chrono::seconds idleTimeout,
                                                           std::chrono::seconds touchInterval)
{
    // One statement, so that it is atomic without an explicit transaction (see db::inAutocommit).
    static const PreparedStatement statement{
        "sessions.find_active",
        "WITH found AS ("
        "  SELECT s.id, s.operator_id, o.username, array_to_string(o.roles, ',') AS roles,"
        "         s.last_seen_at < now() - $3::bigint * interval '1 second' AS stale,"
        "         s.idle_expires_at, s.absolute_expires_at"
        "  FROM sessions s JOIN operators o ON o.id = s.operator_id"
        "  WHERE s.token_hash = decode($1, 'hex') AND s.revoked_at IS NULL AND s.idle_expires_at > now()"
        "    AND s.absolute_expires_at > now() AND o.active"
        "), touched AS ("
        "  UPDATE sessions SET last_seen_at = now(),"
        "         idle_expires_at = LEAST(now() + $2::bigint * interval '1 second', sessions.absolute_expires_at)"
        "  FROM found WHERE sessions.id = found.id AND found.stale"
        "  RETURNING sessions.id, sessions.idle_expires_at"
        ") "
        "SELECT f.id, f.operator_id, f.username, f.roles,"
        "       (extract(epoch FROM LEAST(COALESCE(t.idle_expires_at, f.idle_expires_at), f.absolute_expires_at))"
        "        * 1000000)::bigint "
        "FROM found f LEFT JOIN touched t ON t.id = f.id"};
    const auto result = execPrepared(tx, statement, tokenHashHex, static_cast<std::int64_t>(idleTimeout.count()),
                                     static_cast<std::int64_t>(touchInterval.count()));
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    return ActiveSession{row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].as<std::string>(),
                         splitRoles(row[3].as<std::string>()), micros(row[4])};
}

std::optional<Clock::time_point> SessionRepository::expiry(pqxx::work &work, std::int64_t sessionId)
{
    const auto result = work.exec_params(
        "SELECT (extract(epoch FROM LEAST(idle_expires_at, absolute_expires_at)) * 1000000)::bigint FROM sessions "
        "WHERE id = $1 AND revoked_at IS NULL AND idle_expires_at > now() AND absolute_expires_at > now()",
        sessionId);
    if (result.empty())
        return std::nullopt;
    return micros(result[0][0]);
}

bool SessionRepository::revoke(pqxx::work &work, std::int64_t sessionId)
{
    return work.exec_params("UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL", sessionId)
               .affected_rows() == 1;
}

std::int64_t SessionRepository::revokeAllFor(pqxx::work &work, std::int64_t operatorId)
{
    return static_cast<std::int64_t>(
        work.exec_params("UPDATE sessions SET revoked_at = now() WHERE operator_id = $1 AND revoked_at IS NULL",
                         operatorId)
            .affected_rows());
}

} // namespace p2pdesk::syncd::db
