#pragma once

#include "security/Sha256.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::db {

// A request already seen under an idempotency key, and the response it got (none yet while the
// first attempt's transaction is still open — it holds the row, so a retry waits for it).
struct IdempotencyRecord {
    std::string requestHash; // the stored SHA-256, as bytes
    std::optional<int> responseStatus;
    std::string responseBody;
};

// `idempotency_keys`, keyed by (principal, key). Runs in the caller's transaction — the request's
// own, so the reservation, the writes it guards and the stored response commit or vanish together.
class IdempotencyRepository final {
public:
    IdempotencyRepository() = delete;

    // true: the key is new and now reserved for this request. false: it was used before; find() it.
    static bool reserve(pqxx::work &work, const std::string &principal, const std::string &key,
                        const std::string &method, const std::string &path, const security::Sha256Digest &requestHash);
    static IdempotencyRecord find(pqxx::work &work, const std::string &principal, const std::string &key);
    static void storeResponse(pqxx::work &work, const std::string &principal, const std::string &key, int status,
                              const std::string &body);
};

} // namespace p2pdesk::syncd::db
