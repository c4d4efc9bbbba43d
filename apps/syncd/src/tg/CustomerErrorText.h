#pragma once

#include "tg/BotTexts.h"

#include "p2pdesk/proto/ApiErrorCode.h"

namespace p2pdesk::syncd::tg {

// The bot's mapping of service refusals (the same codes http/ErrorMapper turns into statuses) to
// what a customer is told. Never the internal message: it names tables, rules and operators.
Text customerErrorText(proto::ApiErrorCode code) noexcept;

} // namespace p2pdesk::syncd::tg
