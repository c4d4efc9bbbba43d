#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/AttachmentRepository.h"

#include "p2pdesk/domain/OrderStateMachine.h"
#include "p2pdesk/domain/ProofImagePolicy.h"
#include "p2pdesk/proto/Orders.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}
namespace p2pdesk::syncd::storage {
class ContentStore;
}

namespace p2pdesk::syncd::service {

class OrderService;

// Who attached a proof: the wire actor plus the 'operator:<id>' spelling stored in the row, the
// domain actor the permission check reads, and the reason a senior gives for another's order.
struct ProofUploader {
    proto::Actor actor;
    std::string actorText;
    domain::Actor domainActor;
    std::string reason;
};

struct ProofFile {
    std::string mime;
    std::string sha256Hex;
    std::string bytes;
};

// Proofs of payment. Either a txid (validated and normalised for the order's network) or a file
// (JPEG/PNG/WebP/PDF whose structure parses, images within `imageLimits`; content-addressed on
// disk). In the same transaction: the
// attachment row, risk flags when the same file or txid already backs another order, the audit
// row, the change event, and — when the order waits for a proof — USER_MARKED_SENT →
// OPERATOR_VERIFY_PROOF by actor system through the orders service.
class ProofService final {
public:
    ProofService(feed::ChangeFeed &changeFeed, storage::ContentStore &store, OrderService &orders,
                 domain::ImageLimits imageLimits);

    proto::Proof addTxid(db::Transaction &tx, std::int64_t orderId, const std::string &txid,
                         const ProofUploader &uploader, audit::AuditEntry audit);
    proto::Proof addFile(db::Transaction &tx, std::int64_t orderId, std::string_view bytes,
                         const ProofUploader &uploader, audit::AuditEntry audit);
    // 404 for unknown or non-file attachments, 410 proof_purged for files removed by retention.
    ProofFile file(db::Transaction &tx, std::int64_t attachmentId);

    static proto::Proof toProof(const db::AttachmentRow &row, const proto::Actor &uploader);

private:
    db::ProofOrderContext lockForProof(db::Transaction &tx, std::int64_t orderId, const ProofUploader &uploader);
    void finish(db::Transaction &tx, const db::ProofOrderContext &order, const db::AttachmentRow &row,
                std::uint32_t sameFileOrders, std::uint32_t sameTxidOrders, const ProofUploader &uploader,
                audit::AuditEntry audit);

    feed::ChangeFeed &m_changeFeed;
    storage::ContentStore &m_store;
    OrderService &m_orders;
    domain::ImageLimits m_imageLimits;
};

} // namespace p2pdesk::syncd::service
