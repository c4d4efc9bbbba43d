#pragma once

// Reference data the GUI tests against a real syncd open the desk with.
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/proto/Rates.h"

namespace p2pdesk::test {

// Selling USDT on TRON for RUB at base 100 with a 1 % margin: a suggested rate of 99.
inline proto::RateUpdateRequest deskOpeningRate()
{
    proto::RateUpdateRequest rate;
    rate.direction = domain::Direction::Sell;
    rate.asset = "USDT";
    rate.network = "TRON";
    rate.fiatCurrency = "RUB";
    rate.baseRate = domain::Decimal::parse("100").value();
    rate.marginPercent = domain::Decimal::parse("1").value();
    rate.fixedFee = domain::Decimal::parse("0").value();
    rate.reason = "desk opens";
    return rate;
}

} // namespace p2pdesk::test
