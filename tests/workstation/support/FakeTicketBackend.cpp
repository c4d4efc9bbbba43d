#include "FakeTicketBackend.h"

#include "Orders.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace p2pdesk::workstation::test {

namespace {

proto::Timestamp now()
{
    return timestampFromMsecs(QDateTime::currentMSecsSinceEpoch());
}

std::string escapeHtml(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray errorBody(const QString &code, const QString &message, const QJsonObject &details = {})
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                           {QStringLiteral("message"), message},
                                                                           {QStringLiteral("details"), details}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

FakeTicketBackend::FakeTicketBackend(FakeSyncd *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    server->route("GET", QStringLiteral("/api/v1/canned-replies"),
                  [this](const FakeSyncd::Request &, const FakeSyncd::Responder &r) {
                      proto::CannedReplyList list;
                      list.items = m_canned;
                      r.respond(200, body(list));
                  });
    server->route("GET", QStringLiteral("/api/v1/tickets"),
                  [this](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
                      ++m_lookups;
                      proto::TicketsPage page;
                      const QString order = request.query.queryItemValue(QStringLiteral("order"));
                      for (const auto &[id, detail] : m_tickets) {
                          if (order.isEmpty() || detail.ticket.orderId == order.toLongLong())
                              page.items.push_back(detail.ticket);
                      }
                      r.respond(200, body(page));
                  });
    server->setFallback(
        [this](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) { handle(request, r); });
}

proto::TicketDetail &FakeTicketBackend::addTicket(std::int64_t ticketId, std::optional<std::int64_t> orderId,
                                                  const std::string &orderCode)
{
    proto::TicketDetail detail;
    detail.ticket.id = ticketId;
    detail.ticket.customer = proto::CustomerRef{41, 5'000'000'041, "ivan_p"};
    detail.ticket.customerFirstName = "Ivan";
    detail.ticket.orderId = orderId;
    if (orderId)
        detail.ticket.orderCode = orderCode.empty() ? "P-" + std::to_string(*orderId) : orderCode;
    detail.ticket.createdAt = now();
    detail.ticket.updatedAt = now();
    detail.customer.id = 41;
    detail.customer.telegramId = 5'000'000'041;
    detail.customer.username = "ivan_p";
    detail.customer.firstName = "Ivan";
    detail.customer.language = "ru";
    detail.customer.verificationWord = "falcon";
    m_tickets[ticketId] = detail;
    return m_tickets[ticketId];
}

std::int64_t FakeTicketBackend::append(std::int64_t ticketId, proto::TicketMessage message)
{
    message.id = m_nextMessageId++;
    message.createdAt = now();
    auto &detail = m_tickets.at(ticketId);
    detail.messages.push_back(message);
    detail.ticket.lastMessageId = message.id;
    return message.id;
}

std::int64_t FakeTicketBackend::addCustomerMessage(std::int64_t ticketId, const std::string &text,
                                                   std::vector<proto::TicketAttachment> attachments)
{
    proto::TicketMessage message;
    message.author = "customer";
    message.body = text;
    message.attachments = std::move(attachments);
    ++m_tickets.at(ticketId).ticket.unread;
    return append(ticketId, std::move(message));
}

std::int64_t FakeTicketBackend::addOperatorMessage(std::int64_t ticketId, const std::string &html, bool privateNote,
                                                   const std::string &delivery)
{
    proto::TicketMessage message;
    message.author = "operator";
    message.operatorRef = proto::OperatorRef{3, "alice"};
    message.body = html;
    message.privateNote = privateNote;
    if (!privateNote)
        message.delivery = delivery;
    return append(ticketId, std::move(message));
}

void FakeTicketBackend::setDelivery(std::int64_t ticketId, std::int64_t messageId, const std::string &delivery,
                                    const std::optional<std::string> &error)
{
    for (auto &message : m_tickets.at(ticketId).messages) {
        if (message.id == messageId) {
            message.delivery = delivery;
            message.deliveryError = error;
        }
    }
}

int FakeTicketBackend::detailReads(std::int64_t ticketId) const
{
    const auto it = m_detailReads.find(ticketId);
    return it == m_detailReads.end() ? 0 : it->second;
}

const FakeSyncd::Request *FakeTicketBackend::lastRequestTo(const QString &path) const
{
    const auto &all = m_server->requests();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->path == path)
            return &*it;
    }
    return nullptr;
}

std::optional<std::string> FakeTicketBackend::render(std::int64_t ticketId, std::int64_t cannedId,
                                                     const std::map<std::string, std::string> &variables,
                                                     QByteArray *error, std::string *language)
{
    const auto &detail = m_tickets.at(ticketId);
    const proto::CannedReply *reply = nullptr;
    for (const auto &candidate : m_canned) {
        if (candidate.id == cannedId && candidate.active)
            reply = &candidate;
    }
    if (!reply) {
        *error = errorBody(QStringLiteral("not_found"), QStringLiteral("no such active canned reply"));
        return std::nullopt;
    }
    std::map<std::string, std::string> values = m_orderValues[ticketId];
    values["customer.name"] = detail.customer.firstName.value_or("");
    values["operator.name"] = "alice";
    if (detail.ticket.orderCode)
        values["order.code"] = *detail.ticket.orderCode;
    for (const auto &[name, value] : variables)
        values[name] = value;
    *language = detail.customer.language == "en" && !reply->bodyEn.empty() ? "en" : "ru";
    const std::string &body = *language == "en" ? reply->bodyEn : reply->bodyRu;
    static const QRegularExpression variable(QStringLiteral("\\{([a-z_.]+)\\}"));
    const QString text = QString::fromStdString(body);
    QString out;
    QJsonArray missing;
    qsizetype copied = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += text.mid(copied, match.capturedStart() - copied);
        const std::string name = match.captured(1).toStdString();
        const auto value = values.find(name);
        if (value == values.end() || value->second.empty())
            missing.append(match.captured(1));
        else
            out += QString::fromStdString(escapeHtml(value->second));
        copied = match.capturedEnd();
    }
    out += text.mid(copied);
    if (!missing.isEmpty()) {
        *error = errorBody(QStringLiteral("validation_failed"), QStringLiteral("no value for a template variable"),
                           QJsonObject{{QStringLiteral("missing"), missing}});
        return std::nullopt;
    }
    return out.toStdString();
}

void FakeTicketBackend::reply(std::int64_t ticketId, const FakeSyncd::Request &request,
                              const FakeSyncd::Responder &responder)
{
    m_replyRequests << request;
    const QByteArray key = request.headers.value("idempotency-key");
    if (const auto done = m_answered.find(key); !key.isEmpty() && done != m_answered.end())
        return responder.respond(201, done->second); // a repeat: the first answer, nothing sent again
    if (m_refuse > 0) {
        --m_refuse;
        return responder.error(m_refuseStatus, m_refuseCode, QStringLiteral("refused by the test"));
    }
    const auto decoded =
        proto::parse<proto::TicketReplyRequest>(std::string_view(request.body.constData(), request.body.size()));
    if (!decoded)
        return responder.error(400, QStringLiteral("bad_request"));
    const proto::TicketReplyRequest &input = decoded.value();
    proto::TicketMessage message;
    message.author = "operator";
    message.operatorRef = proto::OperatorRef{3, "alice"};
    message.privateNote = input.privateNote;
    if (input.text) {
        message.body = escapeHtml(*input.text);
    } else {
        QByteArray error;
        std::string language;
        const auto rendered = render(ticketId, input.cannedReplyId.value_or(0), input.variables, &error, &language);
        if (!rendered)
            return responder.respond(422, error);
        message.body = *rendered;
    }
    if (!input.privateNote)
        message.delivery = "queued";
    const std::int64_t id = append(ticketId, message);
    ++m_recordedReplies;
    const auto &stored = m_tickets.at(ticketId).messages.back();
    const QByteArray answer = body(stored);
    m_answered[key] = answer;
    if (id > 0 && m_swallow > 0) {
        --m_swallow;
        return; // recorded, never answered: the client cannot know it went through
    }
    responder.respond(201, answer);
}

void FakeTicketBackend::handle(const FakeSyncd::Request &request, const FakeSyncd::Responder &r)
{
    static const QRegularExpression pattern(QStringLiteral("^/api/v1/tickets/(\\d+)(?:/([a-z]+)(?:/(\\d+))?)?$"));
    const auto match = pattern.match(request.path);
    if (!match.hasMatch())
        return r.error(404, QStringLiteral("not_found"));
    const std::int64_t ticketId = match.captured(1).toLongLong();
    const QString what = match.captured(2);
    if (!hasTicket(ticketId))
        return r.error(404, QStringLiteral("not_found"), QStringLiteral("no such ticket"));
    auto &detail = m_tickets.at(ticketId);
    if (request.method == "GET" && what.isEmpty()) {
        ++m_detailReads[ticketId];
        return r.respond(200, body(detail));
    }
    if (request.method == "GET" && what == u"attachments") {
        const auto file = m_files.find(match.captured(3).toLongLong());
        if (file == m_files.end())
            return r.error(404, QStringLiteral("not_found"));
        return r.respond(200, file->second);
    }
    if (request.method != "POST")
        return r.error(404, QStringLiteral("not_found"));
    const auto json = proto::parseJson(std::string_view(request.body.constData(), request.body.size()));
    if (what == u"messages")
        return reply(ticketId, request, r);
    if (what == u"preview") {
        const auto input =
            proto::parse<proto::TicketPreviewRequest>(std::string_view(request.body.constData(), request.body.size()));
        if (!input)
            return r.error(400, QStringLiteral("bad_request"));
        QByteArray error;
        proto::TicketPreviewResponse preview;
        if (input.value().text) {
            preview.text = escapeHtml(*input.value().text);
            preview.language = detail.customer.language;
            return r.respond(200, body(preview));
        }
        const auto rendered = render(ticketId, input.value().cannedReplyId.value_or(0), input.value().variables, &error,
                                     &preview.language);
        if (!rendered)
            return r.respond(error.contains("not_found") ? 404 : 422, error);
        preview.text = *rendered;
        return r.respond(200, body(preview));
    }
    proto::TicketSummary &ticket = detail.ticket;
    if (what == u"assign") {
        const auto input =
            proto::parse<proto::TicketAssignRequest>(std::string_view(request.body.constData(), request.body.size()));
        if (!input)
            return r.error(400, QStringLiteral("bad_request"));
        if (input.value().operatorId)
            ticket.assignee =
                proto::OperatorRef{*input.value().operatorId, *input.value().operatorId == 3 ? "alice" : "bob"};
        else
            ticket.assignee.reset();
    } else if (what == u"priority") {
        ticket.priority = json && json->contains("priority") ? (*json)["priority"].get<std::string>() : "normal";
    } else if (what == u"close" || what == u"reopen") {
        const std::string target = what == u"close" ? "closed" : "open";
        if (ticket.status == target)
            return r.error(409, QStringLiteral("conflict"), QStringLiteral("the ticket is already so"));
        ticket.status = target;
    } else if (what == u"read") {
        ++m_readMarks;
        ticket.unread = 0;
    } else {
        return r.error(404, QStringLiteral("not_found"));
    }
    ++ticket.version;
    r.respond(200, body(ticket));
}

} // namespace p2pdesk::workstation::test
