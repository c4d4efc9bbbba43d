#pragma once

#include "workers/AdvisoryLock.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::workers {

// Seals audit_log rows into the hash chain shortly after they commit (see the .cpp for the gap
// problem and how it is solved). One sealer per database: the instance holding the advisory lock.
class AuditSealer final {
public:
    static constexpr long long kLockKey = 0x7032706175646974; // "p2pdaudit"

    explicit AuditSealer(db::ConnectionPool &pool);

    // One round; returns the number of rows sealed (0 when another instance leads, nothing is
    // pending, or older transactions are still in flight). Throws on database errors.
    std::int64_t sealOnce();

private:
    struct Horizon {
        std::int64_t maxSeq;
        std::string xmax; // xid8 of the snapshot that saw maxSeq
        std::chrono::steady_clock::time_point since;
    };

    AdvisoryLock m_lock;
    std::optional<Horizon> m_pending;
    bool m_warnedSlow = false;
};

} // namespace p2pdesk::syncd::workers
