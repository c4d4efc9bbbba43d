#pragma once

#include "p2pdesk/domain/Reserve.h"

#include <string>
#include <vector>

namespace p2pdesk::syncd::service {

// One <item> of the rates export. from/to are the currencies' export codes; amountCurrency is the
// plain ticker the bounds are written in ("USDT", "RUB"), the "from" currency's.
struct RatesXmlItem {
    std::string from;
    std::string to;
    domain::ExportOffer offer;
    std::string amountCurrency;
};

// The export in the format rate aggregators (BestChange and its imitators) read:
//   <rates><item><from/><to/><in/><out/><amount/><minamount>12.5 USDT</minamount><maxamount/>
//   <param>manual</param></item>…</rates>
// `param` manual: a person processes every exchange. Every value is either a decimal or a code
// of [A-Z0-9] (checked where it is stored), so nothing written here needs escaping.
std::string renderRatesXml(const std::vector<RatesXmlItem> &items);

} // namespace p2pdesk::syncd::service
