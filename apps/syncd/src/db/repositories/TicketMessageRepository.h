#pragma once

#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

struct NewTicketMessage {
    std::int64_t ticketId = 0;
    std::string author; // 'customer:<id>', 'operator:<id>', 'system'
    std::optional<std::int64_t> operatorId;
    std::string body;
    bool privateNote = false;
    std::optional<std::int64_t> tgMessageId;
    std::optional<std::int64_t> tgUpdateId;
};

// A message with its operator's name and, for an operator's reply, the state of its outbox row.
struct TicketMessageRow {
    std::int64_t id = 0;
    std::int64_t ticketId = 0;
    std::string author;
    std::optional<std::int64_t> operatorId;
    std::optional<std::string> operatorUsername;
    std::string body;
    bool privateNote = false;
    std::optional<std::string> originalBody;
    std::optional<proto::Timestamp> editedAt;
    proto::Timestamp createdAt{};
    std::optional<std::string> delivery;
    std::optional<std::string> deliveryError;
};

// A file of a ticket message (attachments kind 'message_file').
struct TicketAttachmentRow {
    std::int64_t id = 0;
    std::int64_t messageId = 0;
    std::string mime;
    std::int64_t size = 0;
    std::array<std::uint8_t, 32> sha256{};
    std::string storageKey;
    bool purged = false;
};

struct NewTicketAttachment {
    std::int64_t messageId = 0;
    std::optional<std::int64_t> orderId;
    std::array<std::uint8_t, 32> sha256{};
    std::int64_t size = 0;
    std::string mime;
    std::string storageKey;
    std::string uploader;
};

// `ticket_messages` and their files. Takes the caller's transaction, never opens one.
class TicketMessageRepository final {
public:
    TicketMessageRepository() = delete;

    // nullopt when tgUpdateId was already recorded (the same Telegram update delivered again).
    static std::optional<std::int64_t> insert(pqxx::work &work, const NewTicketMessage &message);
    // Oldest first.
    static std::vector<TicketMessageRow> listForTicket(pqxx::work &work, std::int64_t ticketId);
    // The customer's message with this Telegram id gets the new text; original_body keeps the
    // first one. Returns the (ticket, message) ids, nullopt when unknown.
    static std::optional<std::pair<std::int64_t, std::int64_t>> editCustomerMessage(pqxx::work &work,
                                                                                    const std::string &author,
                                                                                    std::int64_t tgMessageId,
                                                                                    const std::string &newBody);
    static bool belongsTo(pqxx::work &work, std::int64_t ticketId, std::int64_t messageId);

    static std::int64_t insertAttachment(pqxx::work &work, const NewTicketAttachment &file);
    static std::vector<TicketAttachmentRow> attachmentsOfTicket(pqxx::work &work, std::int64_t ticketId);
    static std::optional<TicketAttachmentRow> findAttachment(pqxx::work &work, std::int64_t ticketId,
                                                             std::int64_t attachmentId);
};

} // namespace p2pdesk::syncd::db
