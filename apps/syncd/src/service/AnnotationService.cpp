#include "service/AnnotationService.h"

#include "db/repositories/AnnotationRepository.h"
#include "db/repositories/AttachmentRepository.h"
#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"

#include "p2pdesk/proto/Changes.h"

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

proto::Annotation toDto(const db::AnnotationRow &row)
{
    proto::Annotation a;
    a.id = row.id;
    a.proofId = row.attachmentId;
    a.x = row.x;
    a.y = row.y;
    a.w = row.w;
    a.h = row.h;
    a.note = row.note;
    a.author = {row.operatorId, row.operatorUsername};
    a.at = std::chrono::time_point_cast<std::chrono::microseconds>(row.createdAt);
    return a;
}

db::AttachmentRow requireFileProof(db::Transaction &tx, std::int64_t proofId)
{
    const auto row = db::AttachmentRepository::findById(tx.work(), proofId);
    if (!row || row->kind == db::AttachmentKind::MessageFile)
        throw ServiceError(ApiErrorCode::NotFound, "no such proof");
    return *row;
}

} // namespace

proto::Annotation AnnotationService::add(db::Transaction &tx, std::int64_t proofId, std::int64_t operatorId,
                                         const proto::CreateAnnotationRequest &req, audit::AuditEntry audit)
{
    const auto proof = requireFileProof(tx, proofId);
    if (!proof.storageKey)
        throw ServiceError(ApiErrorCode::ValidationFailed, "only file proofs can be annotated", {{"field", "proof"}});
    if (req.w < 1 || req.h < 1 || req.x < 0 || req.y < 0 || req.x + req.w > 1000 || req.y + req.h > 1000)
        throw ServiceError(ApiErrorCode::ValidationFailed, "the rectangle must lie inside the image (per-mille units)");
    const auto row =
        db::AnnotationRepository::insert(tx.work(), proofId, operatorId, req.x, req.y, req.w, req.h, req.note);
    audit.entityId = std::to_string(row.id);
    audit.payload = {{"proof_id", proofId}, {"x", req.x}, {"y", req.y}, {"w", req.w}, {"h", req.h}, {"note", req.note}};
    audit::AuditWriter::append(tx.work(), audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kAnnotationAdded), proof.orderId,
                        {{"proof_id", proofId}, {"annotation_id", row.id}});
    return toDto(row);
}

proto::AnnotationList AnnotationService::list(db::Transaction &tx, std::int64_t proofId)
{
    requireFileProof(tx, proofId);
    proto::AnnotationList out;
    for (const auto &row : db::AnnotationRepository::listForAttachment(tx.work(), proofId))
        out.items.push_back(toDto(row));
    return out;
}

} // namespace p2pdesk::syncd::service
