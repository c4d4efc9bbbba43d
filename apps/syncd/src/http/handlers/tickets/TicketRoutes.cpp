#include "http/handlers/tickets/TicketRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Limits.h"
#include "p2pdesk/proto/Tickets.h"

#include <charconv>
#include <limits>

namespace p2pdesk::syncd::http::handlers {

namespace {

using proto::ApiErrorCode;

service::TicketOperator caller(RequestContext &ctx)
{
    const auto &principal = ctx.requirePrincipal();
    return {principal.operatorId, principal.username};
}

std::optional<std::int64_t> integerQuery(RequestContext &ctx, const char *name, std::int64_t min, std::int64_t max)
{
    const auto text = ctx.query(name);
    if (!text)
        return std::nullopt;
    std::int64_t value = 0;
    const auto *end = text->data() + text->size();
    const auto [ptr, ec] = std::from_chars(text->data(), end, value);
    if (ec != std::errc() || ptr != end || value < min || value > max)
        throw ApiError(ApiErrorCode::BadRequest,
                       std::string(name) + " must be an integer " + std::to_string(min) + ".." + std::to_string(max),
                       {{"parameter", name}});
    return value;
}

bool flagQuery(RequestContext &ctx, const char *name)
{
    const auto text = ctx.query(name);
    if (!text || *text == "false" || *text == "0")
        return false;
    if (*text == "true" || *text == "1")
        return true;
    throw ApiError(ApiErrorCode::BadRequest, std::string(name) + " must be true or false", {{"parameter", name}});
}

HttpResponse listTickets(RequestContext &ctx)
{
    const auto me = caller(ctx);
    db::TicketFilter filter;
    filter.viewerId = me.id;
    if (auto status = ctx.query("status")) {
        if (*status != "open" && *status != "closed")
            throw ApiError(ApiErrorCode::BadRequest, "status must be open or closed", {{"parameter", "status"}});
        filter.status = *status;
    }
    if (flagQuery(ctx, "mine"))
        filter.assigneeId = me.id;
    filter.unassigned = flagQuery(ctx, "unassigned");
    filter.overdue = flagQuery(ctx, "overdue");
    filter.urgent = flagQuery(ctx, "urgent");
    filter.ticketId = integerQuery(ctx, "id", 1, std::numeric_limits<std::int64_t>::max());
    filter.orderId = integerQuery(ctx, "order", 1, std::numeric_limits<std::int64_t>::max());
    filter.customerId = integerQuery(ctx, "customer", 1, std::numeric_limits<std::int64_t>::max());
    if (auto q = ctx.query("q")) {
        if (q->size() > proto::limits::kSearchText)
            throw ApiError(ApiErrorCode::BadRequest, "q is too long", {{"parameter", "q"}});
        if (!q->empty())
            filter.text = *q;
    }
    filter.limit = integerQuery(ctx, "limit", 1, proto::limits::kMaxPageSize).value_or(50);
    filter.offset = integerQuery(ctx, "offset", 0, 1'000'000).value_or(0);
    return HttpResponse::json(200, proto::toJson(ctx.services().tickets().list(ctx.tx(), filter)));
}

} // namespace

void registerTicketRoutes(Router &router, app::Services &services)
{
    namespace ep = proto::endpoints;
    RouteOptions readers;
    readers.roles = {"operator", "senior", "admin"};
    RouteOptions workers;
    workers.roles = {"operator", "senior"};
    RouteOptions admin;
    admin.roles = {"admin"};

    router.get(ep::kTickets, listTickets, readers);
    router.get(
        ep::kTicket,
        [&services](RequestContext &ctx) {
            return HttpResponse::json(200,
                                      proto::toJson(services.tickets().detail(ctx.tx(), ctx.pathId(), caller(ctx).id)));
        },
        readers);
    router.get(
        ep::kTicketAttachment,
        [&services](RequestContext &ctx) {
            const auto attachmentId = ctx.pathId("attachmentId");
            const auto file = services.tickets().file(ctx.tx(), ctx.pathId(), attachmentId);
            HttpResponse response;
            response.status = 200;
            response.contentType = file.mime;
            response.body = file.bytes;
            // Customers' bytes, served inert exactly like proofs: no type guessing, sandboxed if
            // rendered, and anything but an image downloaded rather than shown.
            response.withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Content-Security-Policy", "sandbox")
                .withHeader("ETag", "\"" + file.sha256Hex + "\"");
            if (file.mime.rfind("image/", 0) == 0)
                response.withHeader("Content-Disposition", "inline");
            else
                response.withHeader("Content-Disposition",
                                    "attachment; filename=\"ticket-file-" + std::to_string(attachmentId) + "\"");
            return response;
        },
        readers);
    router.post(
        ep::kTicketMessages,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::TicketReplyRequest>(ctx.json());
            const auto id = ctx.pathId();
            const auto message = services.tickets().reply(
                ctx.tx(), id, caller(ctx), request,
                ctx.auditEntry(request.privateNote ? "ticket.note" : "ticket.reply", "ticket", std::to_string(id)));
            return HttpResponse::json(201, proto::toJson(message));
        },
        workers);
    router.post(
        ep::kTicketPreview,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::TicketPreviewRequest>(ctx.json());
            return HttpResponse::json(
                200, proto::toJson(services.tickets().preview(ctx.tx(), ctx.pathId(), caller(ctx), request)));
        },
        workers);
    router.post(
        ep::kTicketAssign,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::TicketAssignRequest>(ctx.json());
            const auto id = ctx.pathId();
            return HttpResponse::json(200, proto::toJson(services.tickets().assign(
                                               ctx.tx(), id, caller(ctx), request,
                                               ctx.auditEntry("ticket.assign", "ticket", std::to_string(id)))));
        },
        workers);
    router.post(
        ep::kTicketPriority,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::TicketPriorityRequest>(ctx.json());
            const auto id = ctx.pathId();
            return HttpResponse::json(200, proto::toJson(services.tickets().setPriority(
                                               ctx.tx(), id, caller(ctx), request,
                                               ctx.auditEntry("ticket.priority", "ticket", std::to_string(id)))));
        },
        workers);
    for (const bool open : {false, true}) {
        router.post(
            open ? ep::kTicketReopen : ep::kTicketClose,
            [&services, open](RequestContext &ctx) {
                const auto request = decodeOrThrow<proto::TicketStatusRequest>(ctx.json());
                const auto id = ctx.pathId();
                return HttpResponse::json(
                    200, proto::toJson(services.tickets().setOpen(
                             ctx.tx(), id, caller(ctx), open, request,
                             ctx.auditEntry(open ? "ticket.reopen" : "ticket.close", "ticket", std::to_string(id)))));
            },
            workers);
    }
    router.post(
        ep::kTicketRead,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::TicketReadRequest>(ctx.json());
            const auto id = ctx.pathId();
            return HttpResponse::json(200, proto::toJson(services.tickets().markRead(
                                               ctx.tx(), id, caller(ctx), request.messageId,
                                               ctx.auditEntry("ticket.read", "ticket", std::to_string(id)))));
        },
        workers);

    router.get(
        ep::kCannedReplies,
        [&services](RequestContext &ctx) {
            return HttpResponse::json(200, proto::toJson(services.cannedReplies().list(ctx.tx(), true)));
        },
        workers);
    router.get(
        ep::kAdminCannedReplies,
        [&services](RequestContext &ctx) {
            return HttpResponse::json(200, proto::toJson(services.cannedReplies().list(ctx.tx(), false)));
        },
        admin);
    router.post(
        ep::kAdminCannedReplies,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::CannedReplyRequest>(ctx.json());
            return HttpResponse::json(
                201, proto::toJson(services.cannedReplies().create(
                         ctx.tx(), request, ctx.auditEntry("canned_reply.create", "canned_reply", std::nullopt))));
        },
        admin);
    router.add(
        "PUT", ep::kAdminCannedReply,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::CannedReplyRequest>(ctx.json());
            const auto id = ctx.pathId();
            return HttpResponse::json(
                200,
                proto::toJson(services.cannedReplies().update(
                    ctx.tx(), id, request, ctx.auditEntry("canned_reply.update", "canned_reply", std::to_string(id)))));
        },
        admin);
}

} // namespace p2pdesk::syncd::http::handlers
