#include "service/ProofService.h"

#include "db/repositories/RiskFlagRepository.h"
#include "feed/ChangeFeed.h"
#include "security/Sha256.h"
#include "service/OrderService.h"
#include "service/ServiceError.h"
#include "storage/ContentStore.h"
#include "storage/MimeSniffer.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/proto/Changes.h"

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

// Proofs are accepted while the desk waits for or checks them, and as evidence in a dispute.
bool acceptsProofs(const std::string &status)
{
    return status == "USER_MARKED_SENT" || status == "OPERATOR_VERIFY_PROOF" || status == "DISPUTE";
}

void refuseUnlessAccepted(const storage::MimeSniffer::Result &sniffed, const domain::ImageLimits &limits)
{
    using Verdict = storage::MimeSniffer::Verdict;
    switch (sniffed.verdict) {
    case Verdict::Accepted:
        return;
    case Verdict::Unknown:
        throw ServiceError(ApiErrorCode::UnsupportedMediaType, "proof files must be JPEG, PNG, WebP or PDF");
    case Verdict::Malformed:
        // Not a usable file of the type it claims to be: the same answer as any other type.
        throw ServiceError(ApiErrorCode::UnsupportedMediaType,
                           "not a complete " + sniffed.mime + ": " + sniffed.problem,
                           {{"mime", sniffed.mime}, {"reason", "malformed"}});
    case Verdict::TooLarge:
        // A real image of an accepted type, refused for a rule the uploader can act on (scale it
        // down), hence validation_failed with the figures rather than "wrong type".
        throw ServiceError(ApiErrorCode::ValidationFailed, sniffed.problem,
                           {{"field", "body"},
                            {"kind", "image_too_large"},
                            {"mime", sniffed.mime},
                            {"width", sniffed.width.value_or(0)},
                            {"height", sniffed.height.value_or(0)},
                            {"max_side", limits.maxSide},
                            {"max_pixels", limits.maxPixels}});
    }
}

} // namespace

ProofService::ProofService(feed::ChangeFeed &changeFeed, storage::ContentStore &store, OrderService &orders,
                           domain::ImageLimits imageLimits)
    : m_changeFeed(changeFeed)
    , m_store(store)
    , m_orders(orders)
    , m_imageLimits(imageLimits)
{
}

proto::Proof ProofService::toProof(const db::AttachmentRow &row, const proto::Actor &uploader)
{
    proto::Proof proof;
    proof.id = row.id;
    proof.kind = row.kind == db::AttachmentKind::ProofTxid ? proto::ProofKind::Txid : proto::ProofKind::File;
    proof.txid = row.txid;
    if (row.sha256)
        proof.sha256 = security::toHex(row.sha256->data(), row.sha256->size());
    proof.size = row.sizeBytes;
    proof.mime = row.mime;
    proof.uploader = uploader;
    proof.at = std::chrono::time_point_cast<std::chrono::microseconds>(row.createdAt);
    return proof;
}

db::ProofOrderContext ProofService::lockForProof(db::Transaction &tx, std::int64_t orderId,
                                                 const ProofUploader &uploader)
{
    const auto order = db::AttachmentRepository::lockOrder(tx.work(), orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "no such order");
    // A proof moves the order on (USER_MARKED_SENT -> OPERATOR_VERIFY_PROOF): the holder's work.
    domain::OrderFacts facts;
    facts.holderOperatorId = order->holderId;
    facts.customerId = order->customerId;
    if (const auto allowed = domain::checkProofAttach(facts, uploader.domainActor, uploader.reason); !allowed.ok())
        throw ServiceError::fromDomain(allowed.error());
    if (!acceptsProofs(order->status))
        throw ServiceError(ApiErrorCode::InvalidTransition, "the order does not take proofs in status " + order->status,
                           {{"status", order->status}});
    return *order;
}

proto::Proof ProofService::addTxid(db::Transaction &tx, std::int64_t orderId, const std::string &txid,
                                   const ProofUploader &uploader, audit::AuditEntry audit)
{
    const auto order = lockForProof(tx, orderId, uploader);
    const auto asset = domain::findAsset(order.asset, order.network);
    if (!asset)
        throw ServiceError(ApiErrorCode::ValidationFailed, "the order's asset is not supported any more");
    auto normalized = domain::normalizeTxid(*asset, txid);
    if (!normalized.ok())
        throw ServiceError(ApiErrorCode::ValidationFailed, "txid: " + normalized.error().message,
                           {{"field", "txid"}, {"domain_code", "invalid_format"}});
    const auto sameTxid = db::AttachmentRepository::otherOrdersWithTxid(tx.work(), normalized.value(), orderId);
    const auto row = db::AttachmentRepository::insertTxid(tx.work(), orderId, normalized.value(), uploader.actorText);
    audit.payload = {{"order_id", orderId}, {"kind", "txid"}, {"txid", row.txid.value_or("")}};
    finish(tx, order, row, 0, sameTxid, uploader, std::move(audit));
    return toProof(row, uploader.actor);
}

proto::Proof ProofService::addFile(db::Transaction &tx, std::int64_t orderId, std::string_view bytes,
                                   const ProofUploader &uploader, audit::AuditEntry audit)
{
    // Refused before the order is locked or a byte is stored: a refusal changes nothing.
    const auto sniffed = storage::MimeSniffer::inspect(bytes, m_imageLimits);
    refuseUnlessAccepted(sniffed, m_imageLimits);
    const std::string &mime = sniffed.mime;
    const auto order = lockForProof(tx, orderId, uploader);
    // The file is durable before its row commits; a rolled-back upload leaves an unreferenced
    // object behind, which is harmless (content-addressed). The key lock, held until this
    // transaction ends, keeps a retention purge from removing these same bytes (stored earlier for
    // another attachment) between put() and our row becoming visible.
    db::AttachmentRepository::lockStorageKey(tx.work(), storage::ContentStore::keyOf(security::sha256(bytes)));
    const auto stored = m_store.put(bytes);
    const auto sameFile = db::AttachmentRepository::otherOrdersWithSha256(tx.work(), stored.sha256, orderId);

    db::NewFileAttachment file;
    file.orderId = orderId;
    file.kind = db::AttachmentKind::ProofFile;
    file.sha256 = stored.sha256;
    file.sizeBytes = static_cast<std::int64_t>(stored.size);
    file.mime = mime;
    file.storageKey = stored.key;
    file.uploader = uploader.actorText;
    const auto row = db::AttachmentRepository::insertFile(tx.work(), file);
    audit.payload = {
        {"order_id", orderId}, {"kind", "file"}, {"sha256", stored.sha256Hex}, {"size", stored.size}, {"mime", mime}};
    finish(tx, order, row, sameFile, 0, uploader, std::move(audit));
    return toProof(row, uploader.actor);
}

void ProofService::finish(db::Transaction &tx, const db::ProofOrderContext &order, const db::AttachmentRow &row,
                          std::uint32_t sameFileOrders, std::uint32_t sameTxidOrders, const ProofUploader &uploader,
                          audit::AuditEntry audit)
{
    const bool blankReason = uploader.reason.find_first_not_of(" \t\r\n\v\f") == std::string::npos;
    const std::optional<std::string> reason = blankReason ? std::nullopt : std::optional(uploader.reason);
    audit.entityId = std::to_string(row.id);
    if (reason)
        audit.reason = reason;
    audit::AuditWriter::append(tx.work(), audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kProofAdded), order.orderId,
                        {{"proof_id", row.id}, {"kind", row.txid ? "txid" : "file"}});

    const auto limits = db::RiskFlagRepository::loadLimits(tx.work());
    for (const auto &hit : domain::evaluateProofUpload(sameFileOrders, sameTxidOrders, limits)) {
        const auto flagId = db::RiskFlagRepository::insert(tx.work(), order.orderId, order.customerId, hit);
        audit::AuditEntry flagAudit;
        flagAudit.actor = "system";
        flagAudit.action = "risk_flag.raise";
        flagAudit.entity = "order";
        flagAudit.entityId = std::to_string(order.orderId);
        flagAudit.payload = {
            {"flag_id", flagId},        {"rule", hit.ruleId}, {"severity", std::string(domain::toString(hit.severity))},
            {"observed", hit.observed}, {"limit", hit.limit}, {"proof_id", row.id}};
        audit::AuditWriter::append(tx.work(), flagAudit);
        m_changeFeed.append(tx, std::string(proto::change_kind::kRiskFlagRaised), order.orderId,
                            {{"flag_id", flagId}, {"rule", hit.ruleId}});
    }

    // The one entry point of every status change, as actor system, in this same transaction.
    if (order.status == "USER_MARKED_SENT") {
        TransitionInput input;
        input.to = domain::OrderStatus::OperatorVerifyProof;
        input.expectedVersion = order.version;
        input.meta = {{"proof_id", row.id}, {"uploaded_by", uploader.actorText}};
        input.reason = reason.value_or("");
        m_orders.applyTransition(tx, order.orderId, OrderActor::system(), input);
    }
}

ProofFile ProofService::file(db::Transaction &tx, std::int64_t attachmentId)
{
    const auto row = db::AttachmentRepository::findById(tx.work(), attachmentId);
    if (!row || !row->storageKey || !row->mime)
        throw ServiceError(ApiErrorCode::NotFound, "no such proof file");
    if (row->purged) {
        const auto sha256 = row->sha256 ? security::toHex(row->sha256->data(), row->sha256->size()) : std::string();
        throw ServiceError(ApiErrorCode::ProofPurged, "the proof file was deleted by the retention policy",
                           {{"proof_id", attachmentId}, {"sha256", sha256}});
    }
    auto bytes = m_store.read(*row->storageKey);
    if (!bytes)
        throw ServiceError(ApiErrorCode::NotFound, "the proof file is no longer stored");
    return {*row->mime, security::toHex(row->sha256->data(), row->sha256->size()), std::move(*bytes)};
}

} // namespace p2pdesk::syncd::service
