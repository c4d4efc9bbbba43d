#include "p2pdesk/proto/Tickets.h"

#include "JsonReader.h"

#include <initializer_list>
#include <string_view>

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

constexpr std::size_t kMaxKnownVariables = 100;

std::string oneOf(const ObjectReader &r, std::string_view key, std::initializer_list<std::string_view> allowed)
{
    const Json &json = r.require(key);
    const auto value = detail::readString(json, r.pathOf(key), Len{1, 32});
    for (const auto candidate : allowed) {
        if (value == candidate)
            return value;
    }
    detail::failBadEnum(r.pathOf(key), json);
}

std::optional<std::string> optOneOf(const ObjectReader &r, std::string_view key,
                                    std::initializer_list<std::string_view> allowed)
{
    if (!r.has(key))
        return std::nullopt;
    return oneOf(r, key, allowed);
}

std::map<std::string, std::string> readVariables(const ObjectReader &r)
{
    std::map<std::string, std::string> out;
    if (!r.has("variables"))
        return out;
    const std::string path = r.pathOf("variables");
    const Json object = detail::readObject(r.require("variables"), path);
    if (object.size() > limits::kVariables)
        detail::fail(path, DecodeErrorKind::TooLong, "too many variables");
    for (const auto &[name, value] : object.items()) {
        // The name is checked before it is part of any path: a refusal's message quotes the path.
        detail::readString(Json(name), path, Len{1, 64});
        const std::string at = detail::memberPath(path, name);
        out.emplace(name, detail::readString(value, at, Len{0, limits::kVariableValue}));
    }
    return out;
}

Json variablesJson(const std::map<std::string, std::string> &variables)
{
    Json json = Json::object();
    for (const auto &[name, value] : variables)
        json[name] = value;
    return json;
}

} // namespace

#define P2PDESK_DECODE_INTO(Type)                                                                                      \
    std::optional<DecodeError> decodeInto(const Json &json, Type &out)                                                 \
    {                                                                                                                  \
        return detail::decodeRoot(json, out);                                                                          \
    }

Json toJson(const TicketAttachment &value)
{
    return Json{{"id", value.id}, {"mime", value.mime}, {"size", value.size}, {"sha256", value.sha256}};
}

void detail::read(const Json &json, const std::string &path, TicketAttachment &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.mime = r.string("mime", Len{1, limits::kMime});
    out.size = r.integer("size");
    out.sha256 = r.string("sha256", Len{limits::kSha256Hex, limits::kSha256Hex});
}
P2PDESK_DECODE_INTO(TicketAttachment)

Json toJson(const TicketCustomer &value)
{
    Json json{{"id", value.id},
              {"telegram_id", value.telegramId},
              {"language", value.language},
              {"unreachable", value.unreachable}};
    detail::putOptional(json, "username", value.username);
    detail::putOptional(json, "first_name", value.firstName);
    detail::putOptional(json, "verification_word", value.verificationWord);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketCustomer &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.telegramId = r.id("telegram_id");
    out.username = r.optString("username", Len{1, limits::kUsername});
    out.firstName = r.optString("first_name", Len{0, 256});
    out.language = oneOf(r, "language", {"ru", "en"});
    out.verificationWord = r.optString("verification_word", Len{1, 64});
    out.unreachable = r.boolean("unreachable");
}
P2PDESK_DECODE_INTO(TicketCustomer)

Json toJson(const TicketMessage &value)
{
    Json json{{"id", value.id},
              {"author", value.author},
              {"private_note", value.privateNote},
              {"body", value.body},
              {"created_at", formatTimestamp(value.createdAt)},
              {"attachments", detail::arrayToJson(value.attachments)}};
    if (value.operatorRef)
        json["operator"] = toJson(*value.operatorRef);
    detail::putOptional(json, "original_body", value.originalBody);
    detail::putOptional(json, "edited_at", value.editedAt);
    detail::putOptional(json, "delivery", value.delivery);
    detail::putOptional(json, "delivery_error", value.deliveryError);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketMessage &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.author = oneOf(r, "author", {"customer", "operator", "system"});
    out.operatorRef = r.optNested<OperatorRef>("operator");
    out.privateNote = r.boolean("private_note");
    out.body = r.string("body", Len{0, limits::kCustomerText, Lines::Many});
    out.originalBody = r.optString("original_body", Len{0, limits::kCustomerText, Lines::Many});
    out.editedAt = r.optTimestamp("edited_at");
    out.createdAt = r.timestamp("created_at");
    out.attachments = r.array<TicketAttachment>("attachments", 100);
    out.delivery = optOneOf(r, "delivery", {"queued", "sent", "failed", "undeliverable"});
    out.deliveryError = r.optString("delivery_error", Len{0, limits::kMessage, Lines::Many});
}
P2PDESK_DECODE_INTO(TicketMessage)

Json toJson(const TicketSummary &value)
{
    Json json{{"id", value.id},
              {"status", value.status},
              {"priority", value.priority},
              {"customer", toJson(value.customer)},
              {"created_at", formatTimestamp(value.createdAt)},
              {"updated_at", formatTimestamp(value.updatedAt)},
              {"version", value.version},
              {"unread", value.unread},
              {"overdue", value.overdue}};
    detail::putOptional(json, "customer_first_name", value.customerFirstName);
    detail::putOptional(json, "order_id", value.orderId);
    detail::putOptional(json, "order_code", value.orderCode);
    detail::putOptional(json, "order_status", value.orderStatus);
    if (value.assignee)
        json["assignee"] = toJson(*value.assignee);
    detail::putOptional(json, "first_response_due_at", value.firstResponseDueAt);
    detail::putOptional(json, "next_response_due_at", value.nextResponseDueAt);
    detail::putOptional(json, "first_responded_at", value.firstRespondedAt);
    detail::putOptional(json, "last_customer_message_at", value.lastCustomerMessageAt);
    detail::putOptional(json, "last_message_id", value.lastMessageId);
    detail::putOptional(json, "closed_at", value.closedAt);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketSummary &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.status = oneOf(r, "status", {"open", "closed"});
    out.priority = oneOf(r, "priority", {"normal", "urgent"});
    out.customer = r.nested<CustomerRef>("customer");
    out.customerFirstName = r.optString("customer_first_name", Len{0, 256});
    out.orderId = r.optId("order_id");
    out.orderCode = r.optString("order_code", Len{1, limits::kOrderCode});
    out.orderStatus = r.optString("order_status", Len{1, 32});
    out.assignee = r.optNested<OperatorRef>("assignee");
    out.firstResponseDueAt = r.optTimestamp("first_response_due_at");
    out.nextResponseDueAt = r.optTimestamp("next_response_due_at");
    out.firstRespondedAt = r.optTimestamp("first_responded_at");
    out.lastCustomerMessageAt = r.optTimestamp("last_customer_message_at");
    out.lastMessageId = r.optId("last_message_id");
    out.closedAt = r.optTimestamp("closed_at");
    out.createdAt = r.timestamp("created_at");
    out.updatedAt = r.timestamp("updated_at");
    out.version = r.integer("version", 1);
    out.unread = r.integer("unread");
    out.overdue = r.boolean("overdue");
}
P2PDESK_DECODE_INTO(TicketSummary)

Json toJson(const TicketsPage &value)
{
    Json json{{"items", detail::arrayToJson(value.items)}};
    detail::putOptional(json, "next_offset", value.nextOffset);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketsPage &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<TicketSummary>("items", static_cast<std::size_t>(limits::kMaxPageSize));
    out.nextOffset = r.optInteger("next_offset");
}
P2PDESK_DECODE_INTO(TicketsPage)

Json toJson(const TicketDetail &value)
{
    return Json{{"ticket", toJson(value.ticket)},
                {"customer", toJson(value.customer)},
                {"messages", detail::arrayToJson(value.messages)}};
}

void detail::read(const Json &json, const std::string &path, TicketDetail &out)
{
    const ObjectReader r(json, path);
    out.ticket = r.nested<TicketSummary>("ticket");
    out.customer = r.nested<TicketCustomer>("customer");
    out.messages = r.array<TicketMessage>("messages", limits::kTicketMessages);
}
P2PDESK_DECODE_INTO(TicketDetail)

Json toJson(const TicketReplyRequest &value)
{
    Json json{{"private_note", value.privateNote}};
    detail::putOptional(json, "text", value.text);
    detail::putOptional(json, "canned_reply_id", value.cannedReplyId);
    if (!value.variables.empty())
        json["variables"] = variablesJson(value.variables);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketReplyRequest &out)
{
    const ObjectReader r(json, path);
    out.text = r.optString("text", Len{1, limits::kTicketText, Lines::Many});
    out.cannedReplyId = r.optId("canned_reply_id");
    out.variables = readVariables(r);
    out.privateNote = r.has("private_note") && r.boolean("private_note");
    if (out.text.has_value() == out.cannedReplyId.has_value())
        fail(r.pathOf("text"), out.text ? DecodeErrorKind::Invalid : DecodeErrorKind::Missing,
             "exactly one of text and canned_reply_id");
}
P2PDESK_DECODE_INTO(TicketReplyRequest)

Json toJson(const TicketAssignRequest &value)
{
    Json json{{"operator_id", value.operatorId ? Json(*value.operatorId) : Json(nullptr)}};
    detail::putOptional(json, "reason", value.reason);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketAssignRequest &out)
{
    const ObjectReader r(json, path);
    out.operatorId = r.optId("operator_id");
    out.reason = r.optReason();
}
P2PDESK_DECODE_INTO(TicketAssignRequest)

Json toJson(const TicketPriorityRequest &value)
{
    Json json{{"priority", value.priority}};
    detail::putOptional(json, "reason", value.reason);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketPriorityRequest &out)
{
    const ObjectReader r(json, path);
    out.priority = oneOf(r, "priority", {"normal", "urgent"});
    out.reason = r.optReason();
}
P2PDESK_DECODE_INTO(TicketPriorityRequest)

Json toJson(const TicketStatusRequest &value)
{
    Json json = Json::object();
    detail::putOptional(json, "reason", value.reason);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketStatusRequest &out)
{
    const ObjectReader r(json, path);
    out.reason = r.optReason();
}
P2PDESK_DECODE_INTO(TicketStatusRequest)

Json toJson(const TicketReadRequest &value)
{
    return Json{{"message_id", value.messageId}};
}

void detail::read(const Json &json, const std::string &path, TicketReadRequest &out)
{
    const ObjectReader r(json, path);
    out.messageId = r.id("message_id");
}
P2PDESK_DECODE_INTO(TicketReadRequest)

Json toJson(const TicketPreviewRequest &value)
{
    Json json = Json::object();
    detail::putOptional(json, "text", value.text);
    detail::putOptional(json, "canned_reply_id", value.cannedReplyId);
    if (!value.variables.empty())
        json["variables"] = variablesJson(value.variables);
    return json;
}

void detail::read(const Json &json, const std::string &path, TicketPreviewRequest &out)
{
    const ObjectReader r(json, path);
    out.text = r.optString("text", Len{1, limits::kTicketText, Lines::Many});
    out.cannedReplyId = r.optId("canned_reply_id");
    out.variables = readVariables(r);
    if (out.text.has_value() == out.cannedReplyId.has_value())
        fail(r.pathOf("text"), out.text ? DecodeErrorKind::Invalid : DecodeErrorKind::Missing,
             "exactly one of text and canned_reply_id");
}
P2PDESK_DECODE_INTO(TicketPreviewRequest)

Json toJson(const TicketPreviewResponse &value)
{
    return Json{{"text", value.text}, {"language", value.language}};
}

void detail::read(const Json &json, const std::string &path, TicketPreviewResponse &out)
{
    const ObjectReader r(json, path);
    out.text = r.string("text", Len{0, 4 * limits::kTicketText, Lines::Many});
    out.language = oneOf(r, "language", {"ru", "en"});
}
P2PDESK_DECODE_INTO(TicketPreviewResponse)

Json toJson(const CannedReply &value)
{
    return Json{{"id", value.id},           {"shortcut", value.shortcut},
                {"title", value.title},     {"body_ru", value.bodyRu},
                {"body_en", value.bodyEn},  {"active", value.active},
                {"version", value.version}, {"updated_at", formatTimestamp(value.updatedAt)}};
}

void detail::read(const Json &json, const std::string &path, CannedReply &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.shortcut = r.string("shortcut", Len{1, limits::kCannedShortcut});
    out.title = r.string("title", Len{0, limits::kCannedTitle});
    out.bodyRu = r.string("body_ru", Len{0, limits::kCannedBody, Lines::Many});
    out.bodyEn = r.string("body_en", Len{0, limits::kCannedBody, Lines::Many});
    out.active = r.boolean("active");
    out.version = r.integer("version", 1);
    out.updatedAt = r.timestamp("updated_at");
}
P2PDESK_DECODE_INTO(CannedReply)

Json toJson(const CannedReplyList &value)
{
    Json json{{"items", detail::arrayToJson(value.items)}};
    if (!value.knownVariables.empty())
        json["known_variables"] = value.knownVariables;
    return json;
}

void detail::read(const Json &json, const std::string &path, CannedReplyList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<CannedReply>("items", 1000);
    if (r.has("known_variables")) {
        const std::string listPath = r.pathOf("known_variables");
        const Json &names = detail::requireArray(r.require("known_variables"), listPath, kMaxKnownVariables);
        for (std::size_t i = 0; i < names.size(); ++i)
            out.knownVariables.push_back(detail::readString(names[i], detail::elementPath(listPath, i), Len{1, 64}));
    }
}
P2PDESK_DECODE_INTO(CannedReplyList)

Json toJson(const CannedReplyRequest &value)
{
    Json json{{"shortcut", value.shortcut}, {"title", value.title},   {"body_ru", value.bodyRu},
              {"body_en", value.bodyEn},    {"active", value.active}, {"reason", value.reason}};
    detail::putOptional(json, "version", value.version);
    return json;
}

void detail::read(const Json &json, const std::string &path, CannedReplyRequest &out)
{
    const ObjectReader r(json, path);
    out.shortcut = r.string("shortcut", Len{1, limits::kCannedShortcut});
    out.title = r.string("title", Len{0, limits::kCannedTitle});
    out.bodyRu = r.string("body_ru", Len{0, limits::kCannedBody, Lines::Many});
    out.bodyEn = r.string("body_en", Len{0, limits::kCannedBody, Lines::Many});
    out.active = !r.has("active") || r.boolean("active");
    out.version = r.optInteger("version", 1);
    out.reason = r.reason();
}
P2PDESK_DECODE_INTO(CannedReplyRequest)

#undef P2PDESK_DECODE_INTO

} // namespace p2pdesk::proto
