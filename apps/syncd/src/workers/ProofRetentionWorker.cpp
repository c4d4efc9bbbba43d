#include "workers/ProofRetentionWorker.h"

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/AttachmentRepository.h"

#include "p2pdesk/domain/OrderStatus.h"

#include <Poco/Logger.h>

#include <string>

namespace p2pdesk::syncd::workers {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.workers.proof_retention");
}

db::RetentionRule ruleFor(int days)
{
    db::RetentionRule rule;
    rule.days = days;
    // Closed means terminal in libs/domain: a dispute is not, so its evidence is never purged.
    for (const auto status : domain::kAllOrderStatuses) {
        if (domain::isTerminal(status))
            rule.closedStatuses.push_back(status);
    }
    return rule;
}

} // namespace

ProofRetentionWorker::ProofRetentionWorker(db::ConnectionPool &pool, storage::ContentStore &store, int retentionDays)
    : m_pool(pool)
    , m_store(store)
    , m_retentionDays(retentionDays)
    , m_lock(pool, kLockKey)
{
}

// Two steps, because a file system cannot commit with the database:
//   1. per proof, one transaction sets purged_at and writes its audit row (actor system, reason
//      retention); from that commit on the proof is never served, whatever happens to the file;
//   2. after the commit the file is removed and file_released_at set.
// A crash between 1 and 2 leaves a file nobody serves (an orphan); the next round finds the row by
// file_released_at IS NULL and removes it. The reverse order could leave a live row pointing at a
// deleted file, which would turn an honest proof into a 500 and look like tampering.
ProofRetentionWorker::TickResult ProofRetentionWorker::runOnce()
{
    TickResult result;
    if (m_retentionDays <= 0)
        return result;
    // Leadership only: each purge re-checks its conditions in its own statement, so a lost lock
    // can at worst make two instances race for a row that only one of them updates.
    if (!m_lock.tryAcquire())
        return result;
    result.leader = true;

    const auto rule = ruleFor(m_retentionDays);
    const auto due = db::inTransaction(
        m_pool, [&](db::Transaction &tx) { return db::AttachmentRepository::dueForPurge(tx.work(), rule, kBatch); });
    for (const auto id : due) {
        const bool purged = db::inTransaction(m_pool, [&](db::Transaction &tx) {
            const auto row = db::AttachmentRepository::markPurged(tx.work(), id, rule);
            if (!row)
                return false; // put on hold (or otherwise changed) since it was listed
            audit::AuditEntry audit;
            audit.actor = "system";
            audit.action = "proof.purge";
            audit.entity = "proof";
            audit.entityId = std::to_string(row->id);
            audit.reason = "retention";
            audit.payload = {{"order_id", row->orderId},
                             {"sha256", row->sha256Hex},
                             {"size", row->sizeBytes},
                             {"retention_days", m_retentionDays}};
            audit::AuditWriter::append(tx.work(), audit);
            return true;
        });
        if (purged)
            ++result.purged;
    }
    releaseFiles(result);
    if (result.purged > 0 || result.filesReleased > 0)
        logger().information("proof retention: " + std::to_string(result.purged) + " purged, " +
                             std::to_string(result.filesRemoved) + " file(s) removed");
    return result;
}

void ProofRetentionWorker::releaseFiles(TickResult &result)
{
    const auto pending = db::inTransaction(
        m_pool, [&](db::Transaction &tx) { return db::AttachmentRepository::unreleasedFiles(tx.work(), kBatch); });
    for (const auto &file : pending) {
        const bool removed = db::inTransaction(m_pool, [&](db::Transaction &tx) {
            // The store keeps one copy of identical bytes: another live attachment (a proof reused
            // on another order, a chat file) may still need them. Uploads take the same key lock
            // before storing, so none can start using these bytes between the check and the unlink.
            bool unlinked = false;
            if (!storage::ContentStore::isValidKey(file.storageKey)) {
                // Never written by the store, so nothing of ours to delete; finishing the row keeps
                // one odd row from stalling every later one.
                logger().warning("proof " + std::to_string(file.attachmentId) + " has no valid storage key");
                db::AttachmentRepository::markFileReleased(tx.work(), file.attachmentId);
                return false;
            }
            db::AttachmentRepository::lockStorageKey(tx.work(), file.storageKey);
            if (!db::AttachmentRepository::storageKeyInUse(tx.work(), file.storageKey))
                unlinked = m_store.remove(file.storageKey);
            db::AttachmentRepository::markFileReleased(tx.work(), file.attachmentId);
            return unlinked;
        });
        ++result.filesReleased;
        if (removed)
            ++result.filesRemoved;
    }
}

} // namespace p2pdesk::syncd::workers
