#pragma once

#include "db/ConnectionPool.h"
#include "storage/ContentStore.h"
#include "workers/AdvisoryLock.h"

namespace p2pdesk::syncd::workers {

// Deletes proof files past the retention period (proofs.retention_days; 0 keeps them forever), one
// instance per database (the holder of the advisory lock), acting as `system`. Never a proof of an
// order on hold, in dispute or not closed (AttachmentRepository::dueForPurge). The row stays with
// its SHA-256 and gets purged_at; serving it answers 410 proof_purged.
class ProofRetentionWorker final {
public:
    static constexpr long long kLockKey = 0x7032707270726f66; // "p2prprof"
    static constexpr int kBatch = 200;

    struct TickResult {
        bool leader = false;
        int purged = 0;        // rows marked purged (each with its audit row)
        int filesRemoved = 0;  // files deleted from the store (shared bytes stay while still used)
        int filesReleased = 0; // purged rows whose file step finished, removed or still shared
    };

    ProofRetentionWorker(db::ConnectionPool &pool, storage::ContentStore &store, int retentionDays);

    // One bounded round (at most kBatch purges); tests call it directly instead of waiting for the timer.
    TickResult runOnce();

private:
    void releaseFiles(TickResult &result);

    db::ConnectionPool &m_pool;
    storage::ContentStore &m_store;
    const int m_retentionDays;
    AdvisoryLock m_lock;
};

} // namespace p2pdesk::syncd::workers
