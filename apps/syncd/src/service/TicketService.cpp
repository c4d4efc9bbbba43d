#include "service/TicketService.h"

#include "db/repositories/AttachmentRepository.h"
#include "db/repositories/CustomerRepository.h"
#include "db/repositories/OperatorRepository.h"
#include "db/repositories/OrderRepository.h"
#include "db/repositories/SettingsRepository.h"
#include "db/repositories/TicketMessageRepository.h"
#include "db/repositories/TicketReadRepository.h"
#include "db/repositories/WalletRepository.h"
#include "feed/ChangeFeed.h"
#include "security/Sha256.h"
#include "service/CannedReplyService.h"
#include "service/CustomerOutbox.h"
#include "service/CustomerWording.h"
#include "service/ServiceError.h"
#include "storage/ContentStore.h"
#include "storage/MimeSniffer.h"

#include "p2pdesk/domain/ProofImagePolicy.h"
#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Text.h"

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

constexpr std::size_t kMaxCustomerText = proto::limits::kCustomerText;

// What a customer sends reaches the operators' decoders, which refuse control characters: replace
// them (a tab or newline stays) rather than lose the message.
std::string cleanCustomerText(std::string text)
{
    while (const auto at = proto::findForbiddenControl(text, proto::Lines::Many))
        text[*at] = ' ';
    if (text.size() > kMaxCustomerText) {
        std::size_t cut = kMaxCustomerText;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        text.resize(cut);
    }
    return text;
}

std::string customerActor(std::int64_t customerId)
{
    return "customer:" + std::to_string(customerId);
}

proto::TicketSummary toSummary(const db::TicketRow &row)
{
    proto::TicketSummary out;
    out.id = row.id;
    out.status = row.status;
    out.priority = row.priority;
    out.customer.id = row.customerId;
    out.customer.telegramId = row.customerTelegramId;
    out.customer.username = row.customerUsername;
    out.customerFirstName = row.customerFirstName;
    out.orderId = row.orderId;
    out.orderCode = row.orderCode;
    out.orderStatus = row.orderStatus;
    if (row.assigneeId)
        out.assignee = proto::OperatorRef{*row.assigneeId, row.assigneeUsername.value_or("")};
    out.firstResponseDueAt = row.firstResponseDueAt;
    out.nextResponseDueAt = row.nextResponseDueAt;
    out.firstRespondedAt = row.firstRespondedAt;
    out.lastCustomerMessageAt = row.lastCustomerMessageAt;
    out.lastMessageId = row.lastMessageId;
    out.closedAt = row.closedAt;
    out.createdAt = row.createdAt;
    out.updatedAt = row.updatedAt;
    out.version = row.version;
    out.unread = row.unread;
    out.overdue = row.overdue;
    return out;
}

void writeAudit(pqxx::work &work, audit::AuditEntry &audit, const std::string &action, std::int64_t ticketId,
                const std::optional<std::string> &reason, nlohmann::json payload)
{
    audit.action = action;
    audit.entity = "ticket";
    audit.entityId = std::to_string(ticketId);
    audit.reason = reason;
    audit.payload = std::move(payload);
    audit::AuditWriter::append(work, audit);
}

} // namespace

void TicketService::updated(db::Transaction &tx, std::int64_t ticketId, const std::string &change)
{
    m_changeFeed.append(tx, std::string(proto::change_kind::kTicketUpdated), std::nullopt,
                        {{"ticket_id", ticketId}, {"change", change}});
}

void TicketService::lockOrThrow(db::Transaction &tx, std::int64_t ticketId)
{
    if (!db::TicketRepository::lock(tx.work(), ticketId))
        throw ServiceError(ApiErrorCode::NotFound, "no such ticket", {{"ticket_id", ticketId}});
}

proto::TicketSummary TicketService::summary(db::Transaction &tx, std::int64_t ticketId, std::int64_t viewerId)
{
    const auto row = db::TicketRepository::find(tx.work(), ticketId, viewerId);
    if (!row)
        throw ServiceError(ApiErrorCode::NotFound, "no such ticket", {{"ticket_id", ticketId}});
    return toSummary(*row);
}

RecordedMessage TicketService::recordCustomerMessage(db::Transaction &tx, const CustomerMessageInput &input)
{
    auto &work = tx.work();
    if (!db::CustomerRepository::find(work, input.customerId))
        throw ServiceError(ApiErrorCode::NotFound, "no such customer", {{"customer_id", input.customerId}});
    std::optional<std::int64_t> orderId = input.orderId;
    if (orderId && !db::TicketRepository::orderOfCustomer(work, *orderId, input.customerId))
        throw ServiceError(ApiErrorCode::NotFound, "no such order of this customer", {{"order_id", *orderId}});
    if (!orderId)
        orderId = db::TicketRepository::activeOrderOf(work, input.customerId);
    const auto ticketId = db::TicketRepository::findOrCreateLocked(work, input.customerId, orderId);

    db::NewTicketMessage message;
    message.ticketId = ticketId;
    message.author = customerActor(input.customerId);
    message.body = cleanCustomerText(input.body);
    message.tgMessageId = input.tgMessageId;
    message.tgUpdateId = input.tgUpdateId;
    const auto messageId = db::TicketMessageRepository::insert(work, message);
    if (!messageId)
        return RecordedMessage{ticketId, 0, false, true};

    std::vector<std::int64_t> attachmentIds;
    for (const auto &file : input.attachments) {
        const auto sniffed = storage::MimeSniffer::inspect(file.bytes, domain::ImageLimits::defaults());
        // Same bytes may back a proof being purged right now: see ProofService::addFile.
        db::AttachmentRepository::lockStorageKey(work, storage::ContentStore::keyOf(security::sha256(file.bytes)));
        const auto stored = m_contentStore.put(file.bytes);
        db::NewTicketAttachment row;
        row.messageId = *messageId;
        row.orderId = orderId;
        row.sha256 = stored.sha256;
        row.size = static_cast<std::int64_t>(stored.size);
        // Never the claimed type: what is served back to operators is what the bytes are.
        row.mime = sniffed.accepted() ? sniffed.mime : "application/octet-stream";
        row.storageKey = stored.key;
        row.uploader = customerActor(input.customerId);
        attachmentIds.push_back(db::TicketMessageRepository::insertAttachment(work, row));
    }

    const auto settings = db::SettingsRepository::load(work);
    const bool reopened = db::TicketRepository::onCustomerMessage(
        work, ticketId, *messageId, settings.ticketFirstResponseMinutes, settings.ticketNextResponseMinutes);

    audit::AuditEntry audit;
    audit.actor = customerActor(input.customerId);
    writeAudit(work, audit, "ticket.customer_message", ticketId, std::nullopt,
               {{"message_id", *messageId}, {"attachments", attachmentIds}, {"reopened", reopened}});
    m_changeFeed.append(tx, std::string(proto::change_kind::kTicketMessage), std::nullopt,
                        {{"ticket_id", ticketId}, {"message_id", *messageId}, {"author", "customer"}});
    return RecordedMessage{ticketId, *messageId, reopened, false};
}

void TicketService::recordCustomerEdit(db::Transaction &tx, std::int64_t customerId, std::int64_t tgMessageId,
                                       const std::string &newBody)
{
    auto &work = tx.work();
    const auto edited = db::TicketMessageRepository::editCustomerMessage(work, customerActor(customerId), tgMessageId,
                                                                         cleanCustomerText(newBody));
    if (!edited)
        return;
    audit::AuditEntry audit;
    audit.actor = customerActor(customerId);
    writeAudit(work, audit, "ticket.customer_edit", edited->first, std::nullopt, {{"message_id", edited->second}});
    m_changeFeed.append(tx, std::string(proto::change_kind::kTicketMessage), std::nullopt,
                        {{"ticket_id", edited->first}, {"message_id", edited->second}, {"edited", true}});
}

std::int64_t TicketService::recordSystemMessage(db::Transaction &tx, std::int64_t orderId, const std::string &body)
{
    auto &work = tx.work();
    const auto order = db::OrderRepository::find(work, orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "no such order", {{"order_id", orderId}});
    const auto ticketId = db::TicketRepository::findOrCreateLocked(work, order->customerId, orderId);
    db::NewTicketMessage message;
    message.ticketId = ticketId;
    message.author = "system";
    message.body = cleanCustomerText(body);
    message.privateNote = true; // operators only
    const auto messageId = *db::TicketMessageRepository::insert(work, message);
    db::TicketRepository::onOtherMessage(work, ticketId, messageId);
    audit::AuditEntry audit;
    audit.actor = "system";
    writeAudit(work, audit, "ticket.system_message", ticketId, std::nullopt, {{"message_id", messageId}});
    m_changeFeed.append(tx, std::string(proto::change_kind::kTicketMessage), orderId,
                        {{"ticket_id", ticketId}, {"message_id", messageId}, {"author", "system"}});
    return messageId;
}

proto::TicketsPage TicketService::list(db::Transaction &tx, const db::TicketFilter &filter)
{
    auto query = filter;
    // One row more than asked tells whether another page exists.
    query.limit = filter.limit + 1;
    auto rows = db::TicketRepository::list(tx.work(), query);
    proto::TicketsPage page;
    if (static_cast<std::int64_t>(rows.size()) > filter.limit) {
        rows.pop_back();
        page.nextOffset = filter.offset + filter.limit;
    }
    for (const auto &row : rows)
        page.items.push_back(toSummary(row));
    return page;
}

proto::TicketDetail TicketService::detail(db::Transaction &tx, std::int64_t ticketId, std::int64_t viewerId)
{
    auto &work = tx.work();
    proto::TicketDetail out;
    out.ticket = summary(tx, ticketId, viewerId);
    const auto customer = db::CustomerRepository::find(work, out.ticket.customer.id);
    if (customer) {
        out.customer.id = customer->id;
        out.customer.telegramId = customer->telegramId;
        out.customer.username = customer->username;
        out.customer.firstName = customer->firstName;
        out.customer.language = customer->language;
        out.customer.verificationWord = customer->verificationWord;
        out.customer.unreachable = customer->unreachable;
    }
    std::map<std::int64_t, std::vector<proto::TicketAttachment>> files;
    for (const auto &a : db::TicketMessageRepository::attachmentsOfTicket(work, ticketId))
        files[a.messageId].push_back({a.id, a.mime, a.size, security::toHex(a.sha256.data(), a.sha256.size())});
    for (const auto &row : db::TicketMessageRepository::listForTicket(work, ticketId)) {
        proto::TicketMessage m;
        m.id = row.id;
        m.author = row.author.rfind("customer:", 0) == 0 ? "customer" : row.operatorId ? "operator" : "system";
        if (row.operatorId)
            m.operatorRef = proto::OperatorRef{*row.operatorId, row.operatorUsername.value_or("")};
        m.privateNote = row.privateNote;
        m.body = row.body;
        m.originalBody = row.originalBody;
        m.editedAt = row.editedAt;
        m.createdAt = row.createdAt;
        m.attachments = files[row.id];
        if (m.author == "operator" && !row.privateNote) {
            m.delivery = row.delivery.value_or("queued");
            m.deliveryError = row.deliveryError;
        }
        out.messages.push_back(std::move(m));
    }
    return out;
}

TicketService::Rendered TicketService::renderFor(db::Transaction &tx, std::int64_t ticketId,
                                                 const TicketOperator &sender, const std::optional<std::string> &text,
                                                 const std::optional<std::int64_t> &cannedReplyId,
                                                 const std::map<std::string, std::string> &variables)
{
    auto &work = tx.work();
    const auto ticket = db::TicketRepository::find(work, ticketId, sender.id);
    if (!ticket)
        throw ServiceError(ApiErrorCode::NotFound, "no such ticket", {{"ticket_id", ticketId}});
    const auto customer = db::CustomerRepository::find(work, ticket->customerId);
    const std::string language = customer ? customer->language : "ru";

    if (text) {
        // What an operator typed is sent as typed: escaped as a whole, never a template, so a
        // literal "{order.code}" stays text. Variables belong to canned replies only.
        if (!variables.empty())
            throw ServiceError(ApiErrorCode::ValidationFailed, "variables apply to a canned reply only",
                               {{"field", "variables"}});
        return {escapeHtml(*text), language};
    }

    std::map<std::string, std::string> values;
    values["operator.name"] = sender.username;
    if (customer) {
        if (customer->firstName && !customer->firstName->empty())
            values["customer.name"] = *customer->firstName;
        else if (customer->username)
            values["customer.name"] = "@" + *customer->username;
    }
    if (ticket->orderId) {
        if (const auto order = db::OrderRepository::find(work, *ticket->orderId)) {
            values["order.code"] = order->code;
            if (order->finalRate)
                values["order.final_rate"] = order->finalRate->toString();
            values["order.amount_fiat"] = order->amountFiat.toString();
            values["order.amount_crypto"] = order->amountCrypto.toString();
            values["order.asset"] = order->asset;
            values["order.fiat"] = order->fiatCurrency;
            values["order.status"] = std::string(orderStatusForCustomer(order->status, language));
            if (order->depositWalletId) {
                if (const auto wallet = db::WalletRepository::findById(work, *order->depositWalletId))
                    values["order.deposit_address"] = wallet->address;
            }
        }
    }
    const auto &known = CannedReplyService::knownVariables();
    std::vector<std::string> unknown;
    for (const auto &[name, value] : variables) {
        if (std::find(known.begin(), known.end(), name) == known.end())
            unknown.push_back(name);
        else
            values[name] = value;
    }
    if (!unknown.empty())
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown variable",
                           {{"field", "variables"}, {"unknown", unknown}, {"known", known}});

    const auto reply = m_canned.activeReply(tx, *cannedReplyId);
    const auto blank = [](const std::string &s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
    const std::string &preferred = language == "en" ? reply.bodyEn : reply.bodyRu;
    const std::string &other = language == "en" ? reply.bodyRu : reply.bodyEn;
    const bool usePreferred = !blank(preferred);
    const std::string usedLanguage = usePreferred ? language : (language == "en" ? "ru" : "en");
    return {CannedReplyService::render(usePreferred ? preferred : other, values, "body_" + usedLanguage), usedLanguage};
}

proto::TicketPreviewResponse TicketService::preview(db::Transaction &tx, std::int64_t ticketId,
                                                    const TicketOperator &sender,
                                                    const proto::TicketPreviewRequest &request)
{
    const auto rendered = renderFor(tx, ticketId, sender, request.text, request.cannedReplyId, request.variables);
    return {rendered.html, rendered.language};
}

proto::TicketMessage TicketService::reply(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &sender,
                                          const proto::TicketReplyRequest &request, audit::AuditEntry audit)
{
    auto &work = tx.work();
    lockOrThrow(tx, ticketId);
    const auto rendered = renderFor(tx, ticketId, sender, request.text, request.cannedReplyId, request.variables);
    const auto ticket = db::TicketRepository::find(work, ticketId, sender.id);

    db::NewTicketMessage message;
    message.ticketId = ticketId;
    message.author = "operator:" + std::to_string(sender.id);
    message.operatorId = sender.id;
    // Stored as sent (Telegram HTML), so the desk sees exactly what the customer got.
    message.body = rendered.html;
    message.privateNote = request.privateNote;
    const auto messageId = *db::TicketMessageRepository::insert(work, message);
    if (request.privateNote) {
        db::TicketRepository::onOtherMessage(work, ticketId, messageId);
    } else {
        CustomerText text;
        text.html = rendered.html;
        text.orderId = ticket->orderId;
        text.ticketMessageId = messageId;
        text.dedupeKey = "ticket_message:" + std::to_string(messageId);
        CustomerOutbox::enqueue(work, ticket->customerId, text);
        db::TicketRepository::onOperatorReply(work, ticketId, messageId);
    }
    nlohmann::json payload = {{"message_id", messageId}, {"language", rendered.language}};
    if (request.cannedReplyId)
        payload["canned_reply_id"] = *request.cannedReplyId;
    writeAudit(work, audit, request.privateNote ? "ticket.note" : "ticket.reply", ticketId, std::nullopt,
               std::move(payload));
    m_changeFeed.append(tx, std::string(proto::change_kind::kTicketMessage), ticket->orderId,
                        {{"ticket_id", ticketId}, {"message_id", messageId}, {"author", "operator"}});

    for (auto &m : detail(tx, ticketId, sender.id).messages) {
        if (m.id == messageId)
            return m;
    }
    throw std::logic_error("the new ticket message is not readable");
}

proto::TicketSummary TicketService::assign(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &caller,
                                           const proto::TicketAssignRequest &request, audit::AuditEntry audit)
{
    auto &work = tx.work();
    lockOrThrow(tx, ticketId);
    if (request.operatorId) {
        const auto target = db::OperatorRepository::findById(work, *request.operatorId);
        const bool worksTickets = target && target->active &&
                                  std::any_of(target->roles.begin(), target->roles.end(),
                                              [](const std::string &r) { return r == "operator" || r == "senior"; });
        if (!worksTickets)
            throw ServiceError(ApiErrorCode::ValidationFailed, "no active operator or senior with this id",
                               {{"field", "operator_id"}});
    }
    db::TicketRepository::setAssignee(work, ticketId, request.operatorId);
    writeAudit(work, audit, "ticket.assign", ticketId, request.reason,
               {{"operator_id", request.operatorId ? nlohmann::json(*request.operatorId) : nlohmann::json(nullptr)}});
    updated(tx, ticketId, "assignee");
    return summary(tx, ticketId, caller.id);
}

proto::TicketSummary TicketService::setPriority(db::Transaction &tx, std::int64_t ticketId,
                                                const TicketOperator &caller,
                                                const proto::TicketPriorityRequest &request, audit::AuditEntry audit)
{
    lockOrThrow(tx, ticketId);
    db::TicketRepository::setPriority(tx.work(), ticketId, request.priority);
    writeAudit(tx.work(), audit, "ticket.priority", ticketId, request.reason, {{"priority", request.priority}});
    updated(tx, ticketId, "priority");
    return summary(tx, ticketId, caller.id);
}

proto::TicketSummary TicketService::setOpen(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &caller,
                                            bool open, const proto::TicketStatusRequest &request,
                                            audit::AuditEntry audit)
{
    lockOrThrow(tx, ticketId);
    const auto current = summary(tx, ticketId, caller.id);
    const std::string target = open ? "open" : "closed";
    if (current.status == target)
        throw ServiceError(ApiErrorCode::Conflict, "the ticket is already " + target, {{"status", target}});
    db::TicketRepository::setStatus(tx.work(), ticketId, target);
    writeAudit(tx.work(), audit, open ? "ticket.reopen" : "ticket.close", ticketId, request.reason, {});
    updated(tx, ticketId, "status");
    return summary(tx, ticketId, caller.id);
}

proto::TicketSummary TicketService::markRead(db::Transaction &tx, std::int64_t ticketId, const TicketOperator &caller,
                                             std::int64_t messageId, audit::AuditEntry audit)
{
    auto &work = tx.work();
    lockOrThrow(tx, ticketId);
    if (!db::TicketMessageRepository::belongsTo(work, ticketId, messageId))
        throw ServiceError(ApiErrorCode::ValidationFailed, "no such message in this ticket", {{"field", "message_id"}});
    db::TicketReadRepository::markRead(work, ticketId, caller.id, messageId);
    writeAudit(work, audit, "ticket.read", ticketId, std::nullopt, {{"message_id", messageId}});
    m_changeFeed.append(tx, std::string(proto::change_kind::kTicketUpdated), std::nullopt,
                        {{"ticket_id", ticketId}, {"change", "read"}, {"operator_id", caller.id}});
    return summary(tx, ticketId, caller.id);
}

TicketFile TicketService::file(db::Transaction &tx, std::int64_t ticketId, std::int64_t attachmentId)
{
    const auto row = db::TicketMessageRepository::findAttachment(tx.work(), ticketId, attachmentId);
    if (!row || row->purged)
        throw ServiceError(ApiErrorCode::NotFound, "no such attachment", {{"attachment_id", attachmentId}});
    auto bytes = m_contentStore.read(row->storageKey);
    if (!bytes)
        throw ServiceError(ApiErrorCode::NotFound, "the file is no longer stored", {{"attachment_id", attachmentId}});
    return {std::move(*bytes), row->mime, security::toHex(row->sha256.data(), row->sha256.size())};
}

} // namespace p2pdesk::syncd::service
