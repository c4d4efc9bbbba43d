#include "service/ServiceError.h"

namespace p2pdesk::syncd::service {

ServiceError::ServiceError(proto::ApiErrorCode code, std::string message, proto::Json details)
    : ServiceError(proto::makeErrorBody(code, std::move(message), std::move(details)))
{
}

ServiceError::ServiceError(proto::ErrorBody body)
    : std::runtime_error(body.message)
    , m_body(std::move(body))
{
}

ServiceError ServiceError::fromDomain(const domain::DomainError &error)
{
    return ServiceError(proto::fromDomainError(error));
}

ServiceError ServiceError::versionConflict(std::int64_t currentVersion)
{
    return ServiceError(proto::ApiErrorCode::VersionConflict, "the order changed since you loaded it; reload and retry",
                        {{"current_version", currentVersion}});
}

} // namespace p2pdesk::syncd::service
