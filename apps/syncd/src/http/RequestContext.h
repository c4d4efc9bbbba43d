#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"

#include "p2pdesk/proto/Decoded.h"

#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http {

// Who is calling. Filled by the authentication middleware (auth feature); empty for anonymous
// requests.
struct Principal {
    std::int64_t operatorId = 0;
    std::string username;
    std::vector<std::string> roles;
    std::int64_t sessionId = 0;

    bool hasRole(std::string_view role) const;
    std::string actor() const { return "operator:" + std::to_string(operatorId); }
};

// Log lines of one request: every line starts with `rid=<request id>` and carries the id as the
// message parameter "rid" too (the JSON log format makes it a member). Never pass secrets here.
class RequestLog final {
public:
    // Message parameters of a line; the JSON log format emits the ones it knows as members.
    using Fields = std::vector<std::pair<std::string, std::string>>;

    RequestLog(Poco::Logger &logger, std::string requestId);
    void debug(const std::string &msg) const;
    void info(const std::string &msg, const Fields &fields = {}) const;
    void warning(const std::string &msg) const;
    void error(const std::string &msg) const;

private:
    void write(Poco::Message::Priority priority, const std::string &msg, const Fields &fields) const;

    Poco::Logger &m_logger;
    std::string m_requestId;
    std::string m_prefix;
};

// Everything a handler needs about the current request. Lives on the request thread only.
class RequestContext final {
public:
    // maxJsonBytes: the limit of every body except a raw upload on a route that allows one.
    RequestContext(Poco::Net::HTTPServerRequest &request, app::Services &services, std::size_t maxJsonBytes);
    ~RequestContext();
    RequestContext(const RequestContext &) = delete;
    RequestContext &operator=(const RequestContext &) = delete;

    const std::string &requestId() const { return m_requestId; }
    const std::string &method() const { return m_method; }
    const std::string &path() const { return m_path; }
    const std::string &clientIp() const { return m_clientIp; }
    std::optional<std::string> header(const std::string &name) const;
    // 400 bad_request when a header or the decoded path holds a control character.
    void refuseControlCharacters() const;
    // A query parameter; 400 bad_request when its decoded value holds a control character.
    std::optional<std::string> query(const std::string &name) const;
    std::string userAgent() const { return header("User-Agent").value_or(""); }
    std::optional<std::string> workstationId() const { return header("X-Workstation-Id"); }

    // Path parameters captured by the router, e.g. "{id}".
    void setPathParams(std::map<std::string, std::string> params) { m_params = std::move(params); }
    const std::string &pathParam(const std::string &name) const;
    // A numeric id parameter; anything else is 404 not_found (the resource cannot exist).
    std::int64_t pathId(const std::string &name = "id") const;

    // The route accepts a raw (non-JSON Content-Type) body of up to `bytes`, e.g. a proof file.
    void setUploadLimit(std::size_t bytes) { m_uploadLimit = bytes; }
    // Content-Type is application/json.
    bool isJsonBody() const;
    // The raw body, read once, at most the JSON limit, or the route's upload limit for a non-JSON
    // body (413 payload_too_large above it, refused from Content-Length before reading).
    const std::string &body();
    bool bodyConsumed() const { return m_bodyRead; }
    // The body parsed as JSON (400 bad_request when it is not); never above the JSON limit, whatever
    // the Content-Type, so a file-sized body is never handed to the parser.
    const proto::Json &json();

    const std::optional<Principal> &principal() const { return m_principal; }
    void setPrincipal(Principal p) { m_principal = std::move(p); }
    // 401 unauthorized when anonymous.
    const Principal &requirePrincipal() const;
    // 'operator:<id>' or 'anonymous'.
    std::string actor() const;

    // The request's unit of work, opened on first use and committed by the dispatcher after the
    // handler returned (rolled back if it threw). POST handlers must write through it so that
    // their writes and the idempotency record commit together.
    db::Transaction &tx();
    bool hasTransaction() const { return m_tx != nullptr; }
    void commitTransaction();
    void abortTransaction(const std::exception *cause) noexcept;

    // An audit entry pre-filled with actor, IP, user agent and workstation id.
    audit::AuditEntry auditEntry(std::string action, std::string entity, std::optional<std::string> entityId) const;

    app::Services &services() { return m_services; }
    const RequestLog &log() const { return m_log; }
    std::chrono::steady_clock::time_point startedAt() const { return m_started; }

private:
    Poco::Net::HTTPServerRequest &m_request;
    app::Services &m_services;
    std::string m_requestId;
    std::string m_method;
    std::string m_path;
    std::string m_rawQuery;
    std::string m_clientIp;
    std::map<std::string, std::string> m_params;
    std::size_t m_jsonLimit;
    std::size_t m_uploadLimit = 0;
    bool m_bodyRead = false;
    std::string m_body;
    std::optional<proto::Json> m_json;
    std::optional<Principal> m_principal;
    std::unique_ptr<db::Transaction> m_tx;
    RequestLog m_log;
    std::chrono::steady_clock::time_point m_started;
};

} // namespace p2pdesk::syncd::http
