#include "http/RequestDispatcher.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "http/ConnectionGuard.h"
#include "http/ErrorMapper.h"
#include "observability/RequestMetrics.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/NullStream.h>
#include <Poco/StreamCopier.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::http {

namespace {

constexpr Poco::Int64 kDrainBytes = 1024 * 1024;

// A client-chosen path or method must not break a log line: control characters become '?'.
std::string printable(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = '?';
    }
    return out;
}

// The access-log line: who (client address, operator id or "-"), what (method, route template, and
// the path, which names the order), the status and the time from head in to response written. The
// path only, no query: query strings may one day carry search text about customers.
void logRequest(const RequestContext &ctx, std::string_view route, int status, std::chrono::nanoseconds elapsed)
{
    const auto &principal = ctx.principal();
    const std::string operatorId = principal ? std::to_string(principal->operatorId) : "-";
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.1f", std::chrono::duration<double, std::milli>(elapsed).count());
    const std::string method = printable(ctx.method());
    const std::string path = printable(ctx.path());
    ctx.log().info(ctx.clientIp() + " operator=" + operatorId + " " + method + " " + std::string(route) + " " + path +
                       " -> " + std::to_string(status) + " " + duration + "ms",
                   {{"client_ip", ctx.clientIp()},
                    {"operator", operatorId},
                    {"method", method},
                    {"route", std::string(route)},
                    {"path", path},
                    {"status", std::to_string(status)},
                    {"duration_ms", duration}});
}

} // namespace

RequestDispatcher::RequestDispatcher(const Router &router, app::Services &services)
    : m_router(router)
    , m_services(services)
{
}

HttpResponse RequestDispatcher::handle(RequestContext &ctx)
{
    ctx.refuseControlCharacters();
    const auto match = m_router.match(ctx.method(), ctx.path());
    if (match.route == nullptr) {
        if (!match.allowedMethods.empty()) {
            std::string allow;
            for (const auto &m : match.allowedMethods)
                allow += (allow.empty() ? "" : ", ") + m;
            return HttpResponse::error(proto::ApiErrorCode::MethodNotAllowed, "method not allowed")
                .withHeader("Allow", allow);
        }
        throw ApiError(proto::ApiErrorCode::NotFound, "no such endpoint");
    }
    m_route = match.route;
    ctx.setPathParams(match.params);
    if (match.route->options.maxUploadBytes != 0)
        ctx.setUploadLimit(match.route->options.maxUploadBytes);
    HttpResponse response = m_router.dispatch(ctx, *match.route);
    ctx.commitTransaction();
    return response;
}

void RequestDispatcher::handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    // The head is in: from here the server is in charge (a long-poll may wait its full time).
    ConnectionGuard::handlerStarted();
    RequestContext ctx(request, m_services,
                       static_cast<std::size_t>(m_services.config().integer("http.max_body_bytes")));
    HttpResponse out;
    try {
        out = handle(ctx);
    } catch (const std::exception &e) {
        ctx.abortTransaction(&e);
        out = mapException(std::current_exception(), ctx.requestId(), ctx.log());
    } catch (...) {
        ctx.abortTransaction(nullptr);
        out = mapException(std::current_exception(), ctx.requestId(), ctx.log());
    }

    // An unread body would be parsed as the next request on this keep-alive connection: drain one
    // of up to kDrainBytes, close the connection after a larger one. Draining is cheap (nothing is
    // parsed) and lets a client that sent a too-large JSON body read its 413: closing with unread
    // bytes makes the kernel reset the connection, and the client sees an I/O error instead. A GET,
    // HEAD or DELETE without Content-Length or chunking has no body (RFC 9112 6.3; Poco reads it as
    // empty), so its connection stays open; any other method without either is read by Poco up to
    // EOF.
    const auto length = request.getContentLength64();
    const auto &method = request.getMethod();
    const bool bodyless = length == Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
                          !request.getChunkedTransferEncoding() &&
                          (method == "GET" || method == "HEAD" || method == "DELETE");
    if (!ctx.bodyConsumed() && !bodyless) {
        if (length == Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH || length > kDrainBytes) {
            response.setKeepAlive(false);
        } else if (length > 0) {
            ConnectionGuard::transferStarted();
            Poco::NullOutputStream sink;
            Poco::StreamCopier::copyStream(request.stream(), sink);
        }
    } else if (ctx.bodyConsumed() && out.status == 413) {
        response.setKeepAlive(false);
    }

    // Counted before the response leaves: whoever has seen a response finds it in /metrics, and the
    // duration is the server's time (head in → response ready), not how fast the client reads. By
    // template, never by path: a path holds ids and anything a client invents, a route is one of a
    // fixed few. /metrics itself is counted too, after its page was rendered.
    const std::string_view route =
        m_route != nullptr ? std::string_view(m_route->pattern) : observability::RequestMetrics::kUnmatchedRoute;
    m_services.requestMetrics().record(route, ctx.method(), out.status,
                                       std::chrono::steady_clock::now() - ctx.startedAt());

    // setStatus() alone keeps the default reason phrase: "HTTP/1.1 400 OK".
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(out.status));
    response.set("X-Request-Id", ctx.requestId());
    response.set("Cache-Control", "no-store");
    // An API answers data, never a page: nothing may sniff a body into something runnable, frame it,
    // or load anything from it; and a client that once spoke TLS to syncd keeps doing so. A handler
    // serving a file sets its own stricter policy below.
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.set("Strict-Transport-Security", "max-age=31536000");
    for (const auto &[name, value] : out.headers)
        response.set(name, value);
    if (!out.contentType.empty())
        response.setContentType(out.contentType);
    response.setContentLength64(static_cast<Poco::Int64>(out.body.size()));
    // A client that does not read its response must not hold the thread either.
    ConnectionGuard::transferStarted();
    std::ostream &stream = response.send();
    if (request.getMethod() != "HEAD")
        stream.write(out.body.data(), static_cast<std::streamsize>(out.body.size()));
    stream.flush();
    ConnectionGuard::responseSent();

    logRequest(ctx, route, out.status, std::chrono::steady_clock::now() - ctx.startedAt());
}

RequestDispatcherFactory::RequestDispatcherFactory(const Router &router, app::Services &services)
    : m_router(router)
    , m_services(services)
{
}

Poco::Net::HTTPRequestHandler *RequestDispatcherFactory::createRequestHandler(const Poco::Net::HTTPServerRequest &)
{
    return new RequestDispatcher(m_router, m_services);
}

} // namespace p2pdesk::syncd::http
