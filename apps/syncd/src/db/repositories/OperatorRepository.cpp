#include "db/repositories/OperatorRepository.h"

#include "db/SqlParams.h"

#include <pqxx/binarystring>
#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

using Clock = std::chrono::system_clock;

constexpr const char *kColumns =
    "id, username, array_to_string(roles, ','), password_hash, totp_secret_ciphertext, totp_secret_nonce, "
    "totp_secret_key_id, totp_confirmed, totp_last_step, active, failed_logins, "
    "extract(epoch FROM locked_until)::bigint, (extract(epoch FROM created_at) * 1000000)::bigint, "
    "extract(epoch FROM now())::bigint, on_duty";

std::vector<std::string> splitRoles(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= text.size() && !text.empty()) {
        const auto comma = text.find(',', pos);
        out.push_back(text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return out;
}

std::string joinRoles(const std::vector<std::string> &roles)
{
    std::string out;
    for (const auto &r : roles)
        out += (out.empty() ? "" : ",") + r;
    return out;
}

security::Bytes bytesOf(const pqxx::field &field)
{
    const pqxx::binarystring bin(field);
    return security::Bytes(bin.begin(), bin.end());
}

OperatorRow readRow(const pqxx::row &row)
{
    OperatorRow op;
    op.id = row[0].as<std::int64_t>();
    op.username = row[1].as<std::string>();
    op.roles = splitRoles(row[2].as<std::string>());
    op.passwordHash = row[3].as<std::string>();
    if (!row[4].is_null() && !row[5].is_null() && !row[6].is_null())
        op.totpSecret = security::SealedBox{row[6].as<std::string>(), bytesOf(row[5]), bytesOf(row[4])};
    op.totpConfirmed = row[7].as<bool>();
    op.totpLastStep = row[8].as<std::int64_t>();
    op.active = row[9].as<bool>();
    op.failedLogins = row[10].as<int>();
    if (!row[11].is_null())
        op.lockedUntil = std::chrono::sys_seconds(std::chrono::seconds(row[11].as<std::int64_t>()));
    op.createdAt = Clock::time_point(std::chrono::microseconds(row[12].as<std::int64_t>()));
    op.dbNow = std::chrono::sys_seconds(std::chrono::seconds(row[13].as<std::int64_t>()));
    op.onDuty = row[14].as<bool>();
    return op;
}

std::optional<OperatorRow> single(const pqxx::result &result)
{
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

} // namespace

std::optional<OperatorRow> OperatorRepository::lockByUsername(pqxx::work &work, const std::string &username)
{
    return single(work.exec_params(
        std::string("SELECT ") + kColumns + " FROM operators WHERE lower(username) = lower($1) FOR UPDATE", username));
}

std::optional<OperatorRow> OperatorRepository::lockById(pqxx::work &work, std::int64_t id)
{
    return single(work.exec_params(std::string("SELECT ") + kColumns + " FROM operators WHERE id = $1 FOR UPDATE", id));
}

std::optional<OperatorRow> OperatorRepository::findById(pqxx::work &work, std::int64_t id)
{
    return single(work.exec_params(std::string("SELECT ") + kColumns + " FROM operators WHERE id = $1", id));
}

std::vector<OperatorRow> OperatorRepository::list(pqxx::work &work)
{
    std::vector<OperatorRow> out;
    for (const auto &row : work.exec(std::string("SELECT ") + kColumns + " FROM operators ORDER BY id"))
        out.push_back(readRow(row));
    return out;
}

std::optional<std::int64_t> OperatorRepository::insert(pqxx::work &work, const std::string &username,
                                                       const std::vector<std::string> &roles,
                                                       const std::string &passwordHash)
{
    const auto result = work.exec_params(
        "INSERT INTO operators (username, roles, password_hash) VALUES ($1, string_to_array($2, ','), $3) "
        "ON CONFLICT ((lower(username))) DO NOTHING RETURNING id",
        username, joinRoles(roles), passwordHash);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

void OperatorRepository::setTotpSecret(pqxx::work &work, std::int64_t id, const security::SealedBox &secret)
{
    work.exec_params0("UPDATE operators SET totp_secret_ciphertext = $2, totp_secret_nonce = $3, "
                      "totp_secret_key_id = $4, totp_confirmed = false, totp_last_step = 0, failed_logins = 0, "
                      "locked_until = NULL, updated_at = now() WHERE id = $1",
                      id, bytea(secret.ciphertext), bytea(secret.nonce), secret.keyId);
}

void OperatorRepository::recordLoginFailure(pqxx::work &work, std::int64_t id, int failedLogins,
                                            std::optional<std::chrono::sys_seconds> lockedUntil)
{
    const std::optional<std::string> until =
        lockedUntil ? std::optional<std::string>(std::to_string(lockedUntil->time_since_epoch().count()))
                    : std::nullopt;
    work.exec_params0("UPDATE operators SET failed_logins = $2, locked_until = to_timestamp($3::bigint) "
                      "WHERE id = $1",
                      id, failedLogins, nullable(until));
}

void OperatorRepository::recordLoginSuccess(pqxx::work &work, std::int64_t id, std::int64_t totpStep)
{
    work.exec_params0("UPDATE operators SET totp_last_step = $2, totp_confirmed = true, failed_logins = 0, "
                      "locked_until = NULL WHERE id = $1",
                      id, totpStep);
}

void OperatorRepository::setRoles(pqxx::work &work, std::int64_t id, const std::vector<std::string> &roles)
{
    work.exec_params0("UPDATE operators SET roles = string_to_array($2, ','), updated_at = now() WHERE id = $1", id,
                      joinRoles(roles));
}

void OperatorRepository::deactivate(pqxx::work &work, std::int64_t id)
{
    work.exec_params0("UPDATE operators SET active = false, on_duty = false, updated_at = now() WHERE id = $1", id);
}

void OperatorRepository::setPasswordHash(pqxx::work &work, std::int64_t id, const std::string &passwordHash)
{
    work.exec_params0("UPDATE operators SET password_hash = $2, failed_logins = 0, locked_until = NULL, "
                      "updated_at = now() WHERE id = $1",
                      id, passwordHash);
}

std::vector<std::int64_t> OperatorRepository::lockActiveAdmins(pqxx::work &work)
{
    std::vector<std::int64_t> ids;
    for (const auto &row :
         work.exec("SELECT id FROM operators WHERE active AND 'admin' = ANY (roles) ORDER BY id FOR UPDATE"))
        ids.push_back(row[0].as<std::int64_t>());
    return ids;
}

bool OperatorRepository::setOnDuty(pqxx::work &work, std::int64_t id, bool onDuty)
{
    // Only an active account can go on duty; deactivate() clears the flag in the same statement.
    const auto result = work.exec_params(
        "UPDATE operators SET on_duty = $2, updated_at = now() WHERE id = $1 AND (active OR NOT $2) RETURNING id", id,
        onDuty);
    return !result.empty();
}

} // namespace p2pdesk::syncd::db
