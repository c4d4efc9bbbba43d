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

} // namespace p2pdesk::syncd::service
