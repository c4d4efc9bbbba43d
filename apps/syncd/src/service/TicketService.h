#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/TicketRepository.h"

#include "p2pdesk/proto/Tickets.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}
namespace p2pdesk::syncd::storage {
class ContentStore;
}

namespace p2pdesk::syncd::service {

class CannedReplyService;

// A file the customer sent with a message. mime is what Telegram claimed; the stored type is
// sniffed (storage::MimeSniffer), application/octet-stream when it is not a known format.
struct IncomingAttachment {
    std::string bytes;
    std::string fileName;
    std::string mime;
};

struct CustomerMessageInput {
    std::int64_t customerId = 0;
    // The explicit ticket's order, else the customer's active (non-terminal, newest) order, else
    // the general ticket.
    std::optional<std::int64_t> orderId;
    std::string body;
    std::optional<std::int64_t> tgMessageId;
    std::optional<std::int64_t> tgUpdateId;
    std::vector<IncomingAttachment> attachments;
};

struct RecordedMessage {
    std::int64_t ticketId = 0;
    std::int64_t messageId = 0;
    bool reopened = false;
    bool duplicate = false;
};

// The operator who acts on a ticket.
struct TicketOperator {
    std::int64_t id = 0;
    std::string username;
};

// A ticket file's bytes for download.
struct TicketFile {
    std::string bytes;
    std::string mime;
    std::string sha256Hex;
};

// Support tickets: one per order plus one general ticket per customer. The customer side is called
// by the Telegram bridge, the operator side by the HTTP API; both in the caller's one transaction,
// each change audited ('ticket.*') and on the change feed (proto::change_kind::kTicketMessage /
// kTicketUpdated, payload {"ticket_id", …}).
class TicketService final {
public:
    TicketService(feed::ChangeFeed &changeFeed, storage::ContentStore &contentStore, CannedReplyService &canned)
        : m_changeFeed(changeFeed)
        , m_contentStore(contentStore)
        , m_canned(canned)
    {
    }

    // --- customer side (Telegram bridge)
    RecordedMessage recordCustomerMessage(db::Transaction &tx, const CustomerMessageInput &input);
    // Keeps the first text in original_body; an unknown message is ignored.
    void recordCustomerEdit(db::Transaction &tx, std::int64_t customerId, std::int64_t tgMessageId,
                            const std::string &newBody);
    // author 'system', visible to operators only (never sent); the order's ticket is created if needed.
    std::int64_t recordSystemMessage(db::Transaction &tx, std::int64_t orderId, const std::string &body);

    // --- operator side (HTTP API); 404 not_found for an unknown ticket
    proto::TicketsPage list(db::Transaction &tx, const db::TicketFilter &filter);
    proto::TicketDetail detail(db::Transaction &tx, std::int64_t ticketId, std::int64_t viewerId);
    // Free text (request.text) is sent exactly as typed, HTML-escaped, with no variable
    // substitution (variables with it are refused, 422 field "variables"); a canned reply
    // (request.cannedReplyId) is rendered in the customer's language with its variables filled.
    // private_note=false: the text goes to the customer through CustomerOutbox (with the
    // verification word); true: stays on the desk. Answers the new message.
    proto::TicketMessage reply(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &sender,
                               const proto::TicketReplyRequest &request, audit::AuditEntry audit);
    // What reply() would send, without sending it: free text escaped, a canned reply rendered.
    proto::TicketPreviewResponse preview(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &sender,
                                         const proto::TicketPreviewRequest &request);
    proto::TicketSummary assign(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &caller,
                                const proto::TicketAssignRequest &request, audit::AuditEntry audit);
    proto::TicketSummary setPriority(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &caller,
                                     const proto::TicketPriorityRequest &request, audit::AuditEntry audit);
    // open=false closes, true reopens; 409 conflict when it already is.
    proto::TicketSummary setOpen(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &caller, bool open,
                                 const proto::TicketStatusRequest &request, audit::AuditEntry audit);
    proto::TicketSummary markRead(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &caller,
                                  std::int64_t messageId, audit::AuditEntry audit);
    TicketFile file(db::Transaction &tx, std::int64_t ticketId, std::int64_t attachmentId);

private:
    struct Rendered {
        std::string html;
        std::string language;
    };
    Rendered renderFor(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &sender,
                       const std::optional<std::string> &text, const std::optional<std::int64_t> &cannedReplyId,
                       const std::map<std::string, std::string> &variables);
    proto::TicketSummary summary(db::Transaction &tx, std::int64_t ticketId, std::int64_t viewerId);
    void lockOrThrow(db::Transaction &tx, std::int64_t ticketId);
    void updated(db::Transaction &tx, std::int64_t ticketId, const std::string &change);

    feed::ChangeFeed &m_changeFeed;
    storage::ContentStore &m_contentStore;
    CannedReplyService &m_canned;
};

} // namespace p2pdesk::syncd::service
