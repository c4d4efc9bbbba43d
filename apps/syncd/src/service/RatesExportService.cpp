#include "service/RatesExportService.h"

#include "db/repositories/ReserveRepository.h"
#include "service/FeatureFlagService.h"
#include "service/RateService.h"
#include "service/RatesXml.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/FeatureFlags.h"
#include "p2pdesk/domain/Fiat.h"

#include <vector>

namespace p2pdesk::syncd::service {

namespace {

const db::ReserveRow *findReserve(const std::vector<db::ReserveRow> &reserves, domain::ReserveKind kind,
                                  const std::string &asset, const std::string &network, const std::string &fiat)
{
    for (const auto &row : reserves) {
        if (row.kind != kind)
            continue;
        if (kind == domain::ReserveKind::Fiat ? row.fiatCurrency == fiat
                                              : (row.asset == asset && row.network == network))
            return &row;
    }
    return nullptr;
}

} // namespace

std::optional<std::string> RatesExportService::document(const std::function<db::Transaction &()> &openTx)
{
    // One builder at a time: a burst of aggregator polls on a cold cache builds once.
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (m_builtAt && now - *m_builtAt < m_ttl)
        return m_document;
    m_document = build(openTx());
    m_builtAt = std::chrono::steady_clock::now();
    ++m_builds;
    return m_document;
}

std::uint64_t RatesExportService::builds() const
{
    std::lock_guard lock(m_mutex);
    return m_builds;
}

std::optional<std::string> RatesExportService::build(db::Transaction &tx)
{
    auto &work = tx.work();
    if (!FeatureFlagService::enabled(work, domain::flag::kRatesExport))
        return std::nullopt;
    const auto reserves = db::ReserveRepository::list(work);
    std::vector<RatesXmlItem> items;
    for (const auto &view : m_rates.list(tx, std::chrono::system_clock::now())) {
        const auto &rate = view.dto;
        // A stale rate stops quoting in the bot; it stops being advertised too.
        if (rate.stale)
            continue;
        const auto asset = domain::findAsset(rate.asset, rate.network);
        const auto fiat = domain::fiat(rate.fiatCurrency);
        if (!asset || !fiat.ok())
            continue;
        const auto *crypto =
            findReserve(reserves, domain::ReserveKind::Crypto, rate.asset, rate.network, rate.fiatCurrency);
        const auto *money =
            findReserve(reserves, domain::ReserveKind::Fiat, rate.asset, rate.network, rate.fiatCurrency);
        if (!crypto || !money || !crypto->exportCode || !money->exportCode)
            continue;
        const bool sell = rate.direction == domain::Direction::Sell;
        const auto &payout = sell ? *money : *crypto;
        std::optional<domain::Decimal> minFiat;
        if (!view.minAmount.isZero())
            minFiat = view.minAmount;
        const auto offer =
            domain::exportOffer(rate.direction, rate.suggestedRate, rate.fixedFee, minFiat, view.maxAmount,
                                domain::availableReserve(payout.amount, payout.committed), *asset, *fiat);
        if (!offer.ok() || !offer.value())
            continue;
        RatesXmlItem item;
        item.from = sell ? *crypto->exportCode : *money->exportCode;
        item.to = sell ? *money->exportCode : *crypto->exportCode;
        item.offer = *offer.value();
        item.amountCurrency = sell ? rate.asset : rate.fiatCurrency;
        items.push_back(std::move(item));
    }
    return renderRatesXml(items);
}

} // namespace p2pdesk::syncd::service
