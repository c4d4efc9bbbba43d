#pragma once

#include "p2pdesk/domain/OrderStatus.h"

#include <pqxx/transaction>

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// What a proof upload needs to know about its order, read with FOR UPDATE so the status checked is
// the status transitioned.
struct ProofOrderContext {
    std::int64_t orderId = 0;
    std::int64_t customerId = 0;
    std::string status;
    std::int64_t version = 0;
    std::string asset;
    std::string network;
    std::optional<std::int64_t> holderId;
};

enum class AttachmentKind { ProofFile, ProofTxid, Receipt, MessageFile };

// One row of `attachments`. File kinds carry sha256/size/mime/storageKey, proof_txid carries txid.
struct AttachmentRow {
    std::int64_t id = 0;
    std::optional<std::int64_t> orderId;
    AttachmentKind kind = AttachmentKind::ProofFile;
    std::optional<std::array<std::uint8_t, 32>> sha256;
    std::optional<std::int64_t> sizeBytes;
    std::optional<std::string> mime;
    std::optional<std::string> storageKey;
    std::optional<std::string> txid; // normalised (domain::normalizeTxid)
    std::string uploader;            // 'operator:<id>', 'customer:<id>'
    std::chrono::system_clock::time_point createdAt{};
    bool purged = false;
};

struct NewFileAttachment {
    std::int64_t orderId = 0;
    AttachmentKind kind = AttachmentKind::ProofFile;
    std::array<std::uint8_t, 32> sha256{};
    std::int64_t sizeBytes = 0;
    std::string mime;
    std::string storageKey;
    std::string uploader;
};

// When a proof file may be purged: older than `days` (0 is never passed: it means keep forever), and
// its order in one of `closedStatuses` for as long.
struct RetentionRule {
    int days = 0;
    std::vector<domain::OrderStatus> closedStatuses;
};

// A proof file just marked purged: what its audit row records.
struct PurgedAttachment {
    std::int64_t id = 0;
    std::int64_t orderId = 0;
    std::string sha256Hex;
    std::int64_t sizeBytes = 0;
    std::string storageKey;
};

// A purged row whose file step has not finished (see migration 0012).
struct UnreleasedFile {
    std::int64_t attachmentId = 0;
    std::string storageKey;
};

// `attachments`. Takes the caller's transaction, never opens one.
class AttachmentRepository final {
public:
    AttachmentRepository() = delete;

    static std::optional<ProofOrderContext> lockOrder(pqxx::work &work, std::int64_t orderId);
    static AttachmentRow insertFile(pqxx::work &work, const NewFileAttachment &file);
    static AttachmentRow insertTxid(pqxx::work &work, std::int64_t orderId, const std::string &normalizedTxid,
                                    const std::string &uploader);
    static std::optional<AttachmentRow> findById(pqxx::work &work, std::int64_t id);
    // Every attachment of the order, oldest first.
    static std::vector<AttachmentRow> listForOrder(pqxx::work &work, std::int64_t orderId);
    // How many OTHER orders already carry a proof with this file hash / this normalised txid.
    static std::uint32_t otherOrdersWithSha256(pqxx::work &work, const std::array<std::uint8_t, 32> &sha256,
                                               std::int64_t orderId);
    static std::uint32_t otherOrdersWithTxid(pqxx::work &work, const std::string &normalizedTxid, std::int64_t orderId);

    // Retention. Proof files the rule allows to purge, oldest first: never one of an order on hold
    // (the order's flag, an uncleared hold/block risk flag of the order or of its customer, or a
    // blocked customer), in dispute or otherwise not closed.
    static std::vector<std::int64_t> dueForPurge(pqxx::work &work, const RetentionRule &rule, int limit);
    // Sets purged_at if the row is still due (re-checked in the same statement, so a hold raised
    // since dueForPurge wins); nullopt otherwise.
    static std::optional<PurgedAttachment> markPurged(pqxx::work &work, std::int64_t id, const RetentionRule &rule);
    static std::vector<UnreleasedFile> unreleasedFiles(pqxx::work &work, int limit);
    static void markFileReleased(pqxx::work &work, std::int64_t id);
    // Serialises everyone who adds or removes the file behind `storageKey` (held until the
    // transaction ends): an upload takes it before storing bytes, the purge before removing them.
    static void lockStorageKey(pqxx::work &work, const std::string &storageKey);
    // Whether a live (not purged) attachment of any kind refers to these bytes.
    static bool storageKeyInUse(pqxx::work &work, const std::string &storageKey);
};

} // namespace p2pdesk::syncd::db
