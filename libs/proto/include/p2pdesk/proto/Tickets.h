#pragma once

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// Support tickets and canned replies (GET/POST /api/v1/tickets…, /api/v1/canned-replies,
// /api/v1/admin/canned-replies). Closed sets travel as strings and are checked by the decoders:
// status "open"|"closed", priority "normal"|"urgent", author "customer"|"operator"|"system",
// delivery "queued"|"sent"|"failed"|"undeliverable", language "ru"|"en".
namespace p2pdesk::proto {

namespace limits {
inline constexpr std::size_t kTicketText = 4000;   // an operator's reply or note
inline constexpr std::size_t kCustomerText = 8000; // what a customer sent (Telegram: 4096 UTF-16 units)
inline constexpr std::size_t kCannedBody = 4000;
inline constexpr std::size_t kCannedTitle = 200;
inline constexpr std::size_t kCannedShortcut = 32;
inline constexpr std::size_t kVariableValue = 500;
inline constexpr std::size_t kVariables = 20;
inline constexpr std::size_t kTicketMessages = 1000;
inline constexpr std::size_t kFileName = 255;
} // namespace limits

// {"id","mime","size","sha256"}: GET /api/v1/tickets/{ticket}/attachments/{id} serves the bytes.
struct TicketAttachment {
    std::int64_t id = 0;
    std::string mime;
    std::int64_t size = 0;
    std::string sha256; // hex
};

// The customer as the ticket screen shows them.
struct TicketCustomer {
    std::int64_t id = 0;
    std::int64_t telegramId = 0;
    std::optional<std::string> username;
    std::optional<std::string> firstName;
    std::string language = "ru";
    std::optional<std::string> verificationWord;
    bool unreachable = false;
};

// One message. author "operator" carries "operator"; delivery (and delivery_error) only for an
// operator's reply to the customer (not for private notes): the state of its outbox row.
struct TicketMessage {
    std::int64_t id = 0;
    std::string author;                     // customer | operator | system
    std::optional<OperatorRef> operatorRef; // JSON "operator"
    bool privateNote = false;
    std::string body;
    std::optional<std::string> originalBody; // the first text when the customer edited it
    std::optional<Timestamp> editedAt;
    Timestamp createdAt{};
    std::vector<TicketAttachment> attachments;
    std::optional<std::string> delivery;
    std::optional<std::string> deliveryError;
};

// A row of the ticket list. overdue: a response deadline has passed; unread: customer messages
// after the caller's read mark.
struct TicketSummary {
    std::int64_t id = 0;
    std::string status = "open";
    std::string priority = "normal";
    CustomerRef customer;
    std::optional<std::string> customerFirstName;
    std::optional<std::int64_t> orderId;
    std::optional<std::string> orderCode;
    std::optional<std::string> orderStatus;
    std::optional<OperatorRef> assignee;
    std::optional<Timestamp> firstResponseDueAt;
    std::optional<Timestamp> nextResponseDueAt;
    std::optional<Timestamp> firstRespondedAt;
    std::optional<Timestamp> lastCustomerMessageAt;
    std::optional<std::int64_t> lastMessageId;
    std::optional<Timestamp> closedAt;
    Timestamp createdAt{};
    Timestamp updatedAt{};
    std::int64_t version = 1;
    std::int64_t unread = 0;
    bool overdue = false;
};

// GET /api/v1/tickets?status=open|closed&mine=true&unassigned=true&overdue=true&urgent=true&
// id=ID&order=ID&customer=ID&q=TEXT&limit=50&offset=0 → {"items":[…],"next_offset"?}
struct TicketsPage {
    std::vector<TicketSummary> items;
    std::optional<std::int64_t> nextOffset;
};

// GET /api/v1/tickets/{id} → {"ticket":{…},"customer":{…},"messages":[…]} (oldest first).
struct TicketDetail {
    TicketSummary ticket;
    TicketCustomer customer;
    std::vector<TicketMessage> messages;
};

// POST /api/v1/tickets/{id}/messages {"text"?,"canned_reply_id"?,"variables"?,"private_note"}:
// exactly one of text and canned_reply_id. text is sent as typed (HTML-escaped, braces are just
// text); variables fill (or override) a canned reply's values and are refused with text.
struct TicketReplyRequest {
    std::optional<std::string> text;
    std::optional<std::int64_t> cannedReplyId;
    std::map<std::string, std::string> variables;
    bool privateNote = false;
};

// POST /api/v1/tickets/{id}/assign {"operator_id":ID|null,"reason"?}
struct TicketAssignRequest {
    std::optional<std::int64_t> operatorId;
    std::optional<std::string> reason;
};

// POST /api/v1/tickets/{id}/priority {"priority","reason"?}
struct TicketPriorityRequest {
    std::string priority;
    std::optional<std::string> reason;
};

// POST /api/v1/tickets/{id}/close and /reopen {"reason"?}
struct TicketStatusRequest {
    std::optional<std::string> reason;
};

// POST /api/v1/tickets/{id}/read {"message_id"}: read up to and including this message.
struct TicketReadRequest {
    std::int64_t messageId = 0;
};

// POST /api/v1/tickets/{id}/preview {"canned_reply_id"?|"text"?,"variables"?} → {"text","language"}:
// what the reply would send (free text escaped only, a canned reply rendered).
struct TicketPreviewRequest {
    std::optional<std::string> text;
    std::optional<std::int64_t> cannedReplyId;
    std::map<std::string, std::string> variables;
};
struct TicketPreviewResponse {
    std::string text; // Telegram HTML
    std::string language;
};

// {"id","shortcut","title","body_ru","body_en","active","version","updated_at"}
struct CannedReply {
    std::int64_t id = 0;
    std::string shortcut;
    std::string title;
    std::string bodyRu;
    std::string bodyEn;
    bool active = true;
    std::int64_t version = 1;
    Timestamp updatedAt{};
};

// {"items":[…],"known_variables"?:[…]} — known_variables: the `{name}` variables a template may
// use (syncd's CannedReplyService::knownVariables()), sent so that the admin screen flags an
// unknown one before saving; omitted when empty.
struct CannedReplyList {
    std::vector<CannedReply> items;
    std::vector<std::string> knownVariables;
};

// POST /api/v1/admin/canned-replies {"shortcut","title","body_ru","body_en","active"?,"reason"};
// PUT /api/v1/admin/canned-replies/{id} the same plus "version".
struct CannedReplyRequest {
    std::string shortcut;
    std::string title;
    std::string bodyRu;
    std::string bodyEn;
    bool active = true;
    std::optional<std::int64_t> version;
    std::string reason;
};

Json toJson(const TicketAttachment &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketAttachment &out);
Json toJson(const TicketCustomer &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketCustomer &out);
Json toJson(const TicketMessage &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketMessage &out);
Json toJson(const TicketSummary &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketSummary &out);
Json toJson(const TicketsPage &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketsPage &out);
Json toJson(const TicketDetail &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketDetail &out);
Json toJson(const TicketReplyRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketReplyRequest &out);
Json toJson(const TicketAssignRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketAssignRequest &out);
Json toJson(const TicketPriorityRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketPriorityRequest &out);
Json toJson(const TicketStatusRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketStatusRequest &out);
Json toJson(const TicketReadRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketReadRequest &out);
Json toJson(const TicketPreviewRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketPreviewRequest &out);
Json toJson(const TicketPreviewResponse &value);
std::optional<DecodeError> decodeInto(const Json &json, TicketPreviewResponse &out);
Json toJson(const CannedReply &value);
std::optional<DecodeError> decodeInto(const Json &json, CannedReply &out);
Json toJson(const CannedReplyList &value);
std::optional<DecodeError> decodeInto(const Json &json, CannedReplyList &out);
Json toJson(const CannedReplyRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CannedReplyRequest &out);

} // namespace p2pdesk::proto
