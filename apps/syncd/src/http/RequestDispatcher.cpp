#include "http/RequestDispatcher.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "http/ConnectionGuard.h"
#include "http/ErrorMapper.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/NullStream.h>
#include <Poco/StreamCopier.h>

#include <cstdio>

namespace p2pdesk::syncd::http {

namespace {

constexpr Poco::Int64 kDrainBytes = 1024 * 1024;

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

    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - ctx.startedAt())
            .count();
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.1fms", static_cast<double>(micros) / 1000.0);
    // The path only: query strings may one day carry search text about customers.
    ctx.log().info(ctx.clientIp() + " " + ctx.actor() + " " + ctx.method() + " " + ctx.path() + " -> " +
                   std::to_string(out.status) + " " + elapsed);
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
