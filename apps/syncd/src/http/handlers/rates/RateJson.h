#pragma once

#include "service/RateService.h"

#include "p2pdesk/proto/Decoded.h"

namespace p2pdesk::syncd::http::handlers {

// The wire RateDto of a rate, with its fiat bounds (the view keeps them beside the DTO).
proto::RateDto rateDto(const service::RateView &view);
proto::Json rateJson(const service::RateView &view);

} // namespace p2pdesk::syncd::http::handlers
