#include "http/RequestContext.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "http/ConnectionGuard.h"

#include "p2pdesk/proto/Text.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/URI.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace p2pdesk::syncd::http {

namespace {

std::string newRequestId()
{
    unsigned char bytes[8];
    RAND_bytes(bytes, sizeof bytes);
    static constexpr char digits[] = "0123456789abcdef";
    std::string id;
    for (unsigned char b : bytes) {
        id += digits[b >> 4];
        id += digits[b & 0x0f];
    }
    return id;
}

} // namespace

bool Principal::hasRole(std::string_view role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

RequestLog::RequestLog(Poco::Logger &logger, std::string requestId)
    : m_logger(logger)
    , m_requestId(std::move(requestId))
    , m_prefix("rid=" + m_requestId + " ")
{
}

void RequestLog::write(Poco::Message::Priority priority, const std::string &msg, const Fields &fields) const
{
    if (!m_logger.is(priority))
        return;
    Poco::Message message(m_logger.name(), m_prefix + msg, priority);
    message.set("rid", m_requestId);
    for (const auto &[name, value] : fields)
        message.set(name, value);
    m_logger.log(message);
}

void RequestLog::debug(const std::string &msg) const
{
    write(Poco::Message::PRIO_DEBUG, msg, {});
}

void RequestLog::info(const std::string &msg, const Fields &fields) const
{
    write(Poco::Message::PRIO_INFORMATION, msg, fields);
}

void RequestLog::warning(const std::string &msg) const
{
    write(Poco::Message::PRIO_WARNING, msg, {});
}

void RequestLog::error(const std::string &msg) const
{
    write(Poco::Message::PRIO_ERROR, msg, {});
}

RequestContext::RequestContext(Poco::Net::HTTPServerRequest &request, app::Services &services, std::size_t maxJsonBytes)
    : m_request(request)
    , m_services(services)
    , m_requestId(newRequestId())
    , m_method(request.getMethod())
    , m_clientIp(request.clientAddress().host().toString())
    , m_jsonLimit(maxJsonBytes)
    , m_log(Poco::Logger::get("syncd.http"), m_requestId)
    , m_started(std::chrono::steady_clock::now())
{
    const Poco::URI uri(request.getURI());
    m_path = uri.getPath();
    m_rawQuery = uri.getRawQuery();
}

RequestContext::~RequestContext()
{
    abortTransaction(nullptr);
}

std::optional<std::string> RequestContext::header(const std::string &name) const
{
    if (!m_request.has(name))
        return std::nullopt;
    return m_request.get(name);
}

void RequestContext::refuseControlCharacters() const
{
    // Header values reach the audit log (User-Agent, X-Workstation-Id) and the idempotency table;
    // a decoded path could reach a lookup. Refused here once, before any of it is used, so that no
    // later statement fails half-way through a transaction that must record a failure.
    for (const auto &[name, value] : m_request) {
        if (proto::findForbiddenControl(name, proto::Lines::One) ||
            proto::findForbiddenControl(value, proto::Lines::One))
            throw ApiError(proto::ApiErrorCode::BadRequest, "control characters are not allowed in headers",
                           {{"kind", "control_character"}});
    }
    if (proto::findForbiddenControl(m_path, proto::Lines::One))
        throw ApiError(proto::ApiErrorCode::BadRequest, "control characters are not allowed in the path",
                       {{"kind", "control_character"}});
}

std::optional<std::string> RequestContext::query(const std::string &name) const
{
    try {
        Poco::URI::QueryParameters params = Poco::URI("/?" + m_rawQuery).getQueryParameters();
        for (const auto &[key, value] : params) {
            if (key != name)
                continue;
            // Decoded text (q=%00) would reach SQL as a C string cut at the NUL.
            if (proto::findForbiddenControl(value, proto::Lines::One))
                throw ApiError::fromQueryDecode(
                    {name, proto::DecodeErrorKind::ControlCharacter, "control characters are not allowed"});
            return value;
        }
    } catch (const Poco::Exception &) {
        throw ApiError(proto::ApiErrorCode::BadRequest, "malformed query string");
    }
    return std::nullopt;
}

const std::string &RequestContext::pathParam(const std::string &name) const
{
    const auto it = m_params.find(name);
    if (it == m_params.end())
        throw std::logic_error("route has no path parameter " + name);
    return it->second;
}

std::int64_t RequestContext::pathId(const std::string &name) const
{
    const std::string &text = pathParam(name);
    std::int64_t id = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || ptr != text.data() + text.size() || id <= 0)
        throw ApiError(proto::ApiErrorCode::NotFound, "no such resource");
    return id;
}

bool RequestContext::isJsonBody() const
{
    if (!m_request.has("Content-Type"))
        return false;
    const std::string &value = m_request.get("Content-Type");
    std::string type = value.substr(0, value.find(';'));
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
    const auto first = type.find_first_not_of(" \t");
    const auto last = type.find_last_not_of(" \t");
    return first != std::string::npos && type.substr(first, last - first + 1) == "application/json";
}

const std::string &RequestContext::body()
{
    if (m_bodyRead)
        return m_body;
    // Parsing JSON costs far more memory and CPU per byte than storing a file, so only a raw
    // upload on a route that takes one gets the large limit.
    const std::size_t limit = m_uploadLimit != 0 && !isJsonBody() ? m_uploadLimit : m_jsonLimit;
    const auto declared = m_request.getContentLength64();
    // Refused before reading anything: the body stays unconsumed, so the dispatcher can still drain
    // a moderately large one and keep the connection.
    if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH && static_cast<std::uint64_t>(declared) > limit)
        throw ApiError(proto::ApiErrorCode::PayloadTooLarge, "request body too large", {{"limit_bytes", limit}});
    m_bodyRead = true;
    ConnectionGuard::transferStarted();
    struct TransferDone {
        ~TransferDone() { ConnectionGuard::transferFinished(); }
    } done;
    std::istream &in = m_request.stream();
    char buffer[16384];
    while (in) {
        in.read(buffer, sizeof buffer);
        m_body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (m_body.size() > limit)
            throw ApiError(proto::ApiErrorCode::PayloadTooLarge, "request body too large", {{"limit_bytes", limit}});
    }
    return m_body;
}

const proto::Json &RequestContext::json()
{
    if (!m_json) {
        const std::string &text = body();
        if (text.size() > m_jsonLimit)
            throw ApiError(proto::ApiErrorCode::PayloadTooLarge, "request body too large",
                           {{"limit_bytes", m_jsonLimit}});
        auto parsed = proto::Json::parse(text, nullptr, false);
        if (parsed.is_discarded())
            throw ApiError(proto::ApiErrorCode::BadRequest, "request body is not valid JSON");
        m_json = std::move(parsed);
    }
    return *m_json;
}

const Principal &RequestContext::requirePrincipal() const
{
    if (!m_principal)
        throw ApiError(proto::ApiErrorCode::Unauthorized, "authentication required");
    return *m_principal;
}

std::string RequestContext::actor() const
{
    return m_principal ? m_principal->actor() : std::string("anonymous");
}

db::Transaction &RequestContext::tx()
{
    if (!m_tx)
        m_tx = std::make_unique<db::Transaction>(m_services.pool());
    return *m_tx;
}

void RequestContext::commitTransaction()
{
    if (!m_tx)
        return;
    auto tx = std::move(m_tx);
    tx->commit();
}

void RequestContext::abortTransaction(const std::exception *cause) noexcept
{
    if (!m_tx)
        return;
    if (cause != nullptr)
        m_tx->noteFailure(*cause);
    m_tx.reset();
}

audit::AuditEntry RequestContext::auditEntry(std::string action, std::string entity,
                                             std::optional<std::string> entityId) const
{
    audit::AuditEntry e;
    e.actor = actor();
    e.action = std::move(action);
    e.entity = std::move(entity);
    e.entityId = std::move(entityId);
    e.ip = m_clientIp;
    e.userAgent = userAgent();
    e.workstationId = workstationId();
    return e;
}

} // namespace p2pdesk::syncd::http
