#include "chain/ScreenerSetup.h"

#include "chain/MistTrackScreener.h"
#include "config/Config.h"

#include <algorithm>
#include <stdexcept>

namespace p2pdesk::syncd::chain {

std::shared_ptr<service::AddressScreener> screenerSetup(const config::Config &config)
{
    const auto provider = config.string("screening.provider");
    if (provider == "none")
        return nullptr;
    if (provider != "misttrack")
        throw std::invalid_argument("screening.provider must be none or misttrack, not \"" + provider + "\"");
    const auto url = config.string("screening.url");
    if (url.empty())
        throw std::invalid_argument("screening.provider = misttrack needs screening.url");
    const auto key = config.secret("screening.api_key_file");
    if (key.empty())
        throw std::invalid_argument("screening.provider = misttrack needs screening.api_key_file (or "
                                    "P2PDESK_SCREENING_API_KEY): MistTrack answers nothing without a key");
    const auto timeout = std::chrono::milliseconds(std::max<std::int64_t>(100, config.integer("screening.timeout_ms")));
    return std::make_shared<MistTrackScreener>(url, key, timeout);
}

} // namespace p2pdesk::syncd::chain
