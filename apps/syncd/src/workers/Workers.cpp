#include "app/Services.h"
#include "db/Transaction.h"
#include "workers/AuditAnchorWorker.h"
#include "workers/AuditSealer.h"
#include "workers/DeadlineWorker.h"
#include "workers/ProofRetentionWorker.h"
#include "workers/WorkerSet.h"

#include <pqxx/result>

#include <algorithm>
#include <cstdint>
#include <memory>

namespace p2pdesk::syncd::workers {

// One line (or a small block) per worker. Singleton work takes an AdvisoryLock in its tick (see
// AuditSealer); work that is harmless to run on every instance at once (an idempotent DELETE)
// needs none.
void registerWorkers(WorkerSet &workers, app::Services &services)
{
    auto sealer = std::make_shared<AuditSealer>(services.pool());
    workers.add("audit_sealer", std::chrono::milliseconds(services.config().integer("audit.seal_interval_ms")),
                [sealer] { sealer->sealOnce(); });

    auto anchor = std::make_shared<AuditAnchorWorker>(services.pool(), services.config().path("audit.anchor_file"));
    workers.add("audit_anchor",
                std::chrono::seconds(std::max<std::int64_t>(1, services.config().integer("audit.anchor_interval_s"))),
                [anchor] { anchor->runOnce(); });

    auto deadlines = std::make_shared<DeadlineWorker>(services.pool(), services.changeFeed(), services.orders());
    workers.add("order_deadlines", std::chrono::seconds(5), [deadlines] { deadlines->runOnce(); });

    const auto retentionDays = services.config().integer("proofs.retention_days");
    if (retentionDays > 0) {
        auto retention = std::make_shared<ProofRetentionWorker>(services.pool(), services.contentStore(),
                                                                static_cast<int>(retentionDays));
        workers.add("proof_retention", std::chrono::minutes(10), [retention] { retention->runOnce(); });
    }

    workers.add("idempotency_purge", std::chrono::minutes(10), [&services] {
        const auto hours = services.config().integer("http.idempotency_ttl_h");
        db::inTransaction(services.pool(), [hours](db::Transaction &tx) {
            tx.work().exec_params0("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)",
                                   static_cast<int>(hours));
        });
    });
}

} // namespace p2pdesk::syncd::workers
