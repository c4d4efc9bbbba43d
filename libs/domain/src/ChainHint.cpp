#include "p2pdesk/domain/ChainHint.h"

#include <algorithm>

namespace p2pdesk::domain {

bool isTransferOf(const Asset &asset, const ChainTransfer &transfer) noexcept
{
    if (asset.contract.empty())
        return transfer.token.empty();
    return !transfer.token.empty() && sameAddress(asset, transfer.token, asset.contract);
}

Result<TransferComparison> compareTransfers(const Asset &asset, std::span<const ChainTransfer> transfers,
                                            std::string_view expectedAddress, const Decimal &expectedAmount)
{
    TransferComparison out;
    auto received = Decimal::parse("0", asset.amountScale);
    for (const auto &transfer : transfers) {
        if (!isTransferOf(asset, transfer)) {
            ++out.otherAssetTransfers;
            continue;
        }
        if (!sameAddress(asset, transfer.to, expectedAddress))
            continue;
        out.addressMatches = true;
        received = received.value().add(transfer.amount);
        if (!received)
            return received.error();
    }
    out.received = received.value();
    out.amountMatches = out.addressMatches && out.received == expectedAmount;
    return out;
}

Result<Decimal> amountFromBaseUnits(const Asset &asset, std::string_view digits)
{
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return makeError(ErrorCode::InvalidFormat, "a count of base units is digits only");
    const auto dropped = static_cast<std::size_t>(asset.decimals - asset.amountScale);
    std::string units(digits.size() > dropped ? digits.substr(0, digits.size() - dropped) : std::string_view("0"));
    const auto kept = static_cast<std::size_t>(asset.amountScale);
    if (units.size() <= kept)
        units.insert(0, kept + 1 - units.size(), '0');
    if (kept > 0)
        units.insert(units.size() - kept, ".");
    return Decimal::parse(units, asset.amountScale);
}

} // namespace p2pdesk::domain
