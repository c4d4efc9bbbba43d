#include "db/repositories/LoginFailureRepository.h"

#include "db/SqlParams.h"

namespace p2pdesk::syncd::db {

LoginFailures LoginFailureRepository::find(pqxx::work &work, std::int64_t operatorId, const std::string &clientAddress)
{
    const auto result = work.exec_params("SELECT failures, extract(epoch FROM locked_until)::bigint "
                                         "FROM login_failures WHERE operator_id = $1 AND client_address = $2",
                                         operatorId, clientAddress);
    LoginFailures out;
    if (result.empty())
        return out;
    out.failures = result[0][0].as<int>();
    if (!result[0][1].is_null())
        out.lockedUntil = std::chrono::sys_seconds(std::chrono::seconds(result[0][1].as<std::int64_t>()));
    return out;
}

void LoginFailureRepository::record(pqxx::work &work, std::int64_t operatorId, const std::string &clientAddress,
                                    const LoginFailures &failures)
{
    const std::optional<std::string> until =
        failures.lockedUntil
            ? std::optional<std::string>(std::to_string(failures.lockedUntil->time_since_epoch().count()))
            : std::nullopt;
    work.exec_params0("INSERT INTO login_failures (operator_id, client_address, failures, locked_until) "
                      "VALUES ($1, $2, $3, to_timestamp($4::bigint)) "
                      "ON CONFLICT (operator_id, client_address) DO UPDATE SET failures = EXCLUDED.failures, "
                      "locked_until = EXCLUDED.locked_until, last_failure_at = now()",
                      operatorId, clientAddress, failures.failures, nullable(until));
}

void LoginFailureRepository::clear(pqxx::work &work, std::int64_t operatorId, const std::string &clientAddress)
{
    work.exec_params0("DELETE FROM login_failures WHERE operator_id = $1 AND client_address = $2", operatorId,
                      clientAddress);
}

void LoginFailureRepository::clearAll(pqxx::work &work, std::int64_t operatorId)
{
    work.exec_params0("DELETE FROM login_failures WHERE operator_id = $1", operatorId);
}

} // namespace p2pdesk::syncd::db
