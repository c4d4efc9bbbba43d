#include "http/handlers/rates/RateJson.h"

namespace p2pdesk::syncd::http::handlers {

proto::RateDto rateDto(const service::RateView &view)
{
    proto::RateDto dto = view.dto;
    dto.minAmount = view.minAmount;
    dto.maxAmount = view.maxAmount; // absent when unbounded
    return dto;
}

proto::Json rateJson(const service::RateView &view)
{
    return proto::toJson(rateDto(view));
}

} // namespace p2pdesk::syncd::http::handlers
