#include "db/repositories/IdempotencyRepository.h"

#include "db/SqlParams.h"

#include <pqxx/binarystring>
#include <pqxx/result>

namespace p2pdesk::syncd::db {

bool IdempotencyRepository::reserve(pqxx::work &work, const std::string &principal, const std::string &key,
                                    const std::string &method, const std::string &path,
                                    const security::Sha256Digest &requestHash)
{
    const auto reserved = work.exec_params(
        "INSERT INTO idempotency_keys (principal, key, method, path, request_hash) VALUES ($1, $2, $3, $4, $5) "
        "ON CONFLICT (principal, key) DO NOTHING RETURNING 1",
        principal, key, method, path, bytea(requestHash));
    return !reserved.empty();
}

IdempotencyRecord IdempotencyRepository::find(pqxx::work &work, const std::string &principal, const std::string &key)
{
    const auto row = work.exec_params1("SELECT request_hash, response_status, response_body FROM idempotency_keys "
                                       "WHERE principal = $1 AND key = $2",
                                       principal, key);
    IdempotencyRecord record;
    const pqxx::binarystring hash(row[0]);
    record.requestHash = hash.str();
    if (!row[1].is_null())
        record.responseStatus = row[1].as<int>();
    if (!row[2].is_null())
        record.responseBody = row[2].as<std::string>();
    return record;
}

void IdempotencyRepository::storeResponse(pqxx::work &work, const std::string &principal, const std::string &key,
                                          int status, const std::string &body)
{
    work.exec_params0("UPDATE idempotency_keys SET response_status = $3, response_body = $4 "
                      "WHERE principal = $1 AND key = $2",
                      principal, key, status, body);
}

} // namespace p2pdesk::syncd::db
