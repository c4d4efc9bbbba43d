#pragma once

#include "p2pdesk/domain/Result.h"
#include "p2pdesk/proto/ApiErrorCode.h"
#include "p2pdesk/proto/ErrorBody.h"

#include <stdexcept>
#include <string>

namespace p2pdesk::syncd::service {

// The one exception a service throws to refuse: a code from libs/proto's stable list, a message
// for the log and the operator, and details. It knows no transport: http/ErrorMapper turns it into
// an HTTP status and body, the Telegram bridge into a customer-facing text. Throwing rolls the
// caller's transaction back.
class ServiceError : public std::runtime_error {
public:
    ServiceError(proto::ApiErrorCode code, std::string message, proto::Json details = proto::Json::object());
    explicit ServiceError(proto::ErrorBody body);

    static ServiceError fromDomain(const domain::DomainError &error);
    // 409 version_conflict: the order moved on since the caller loaded it (its version now in details).
    static ServiceError versionConflict(std::int64_t currentVersion);

    const proto::ErrorBody &body() const { return m_body; }
    proto::ApiErrorCode code() const { return m_body.code; }

private:
    proto::ErrorBody m_body;
};

// `auto value = unwrap(domainCall())` — a domain refusal becomes the matching ServiceError.
template<typename T> T unwrap(domain::Result<T> result)
{
    if (!result.ok())
        throw ServiceError::fromDomain(result.error());
    return std::move(result).value();
}

} // namespace p2pdesk::syncd::service
