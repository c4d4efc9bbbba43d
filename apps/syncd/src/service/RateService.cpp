#include "service/RateService.h"

#include "db/repositories/SettingsRepository.h"
#include "feed/ChangeFeed.h"
#include "feed/ChangeListener.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/proto/Changes.h"

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

// The value at exactly `scale` digits; more digits than the column keeps is refused, never rounded.
domain::Decimal atScale(const domain::Decimal &value, int scale, const char *field)
{
    auto scaled = value.rescaled(scale, domain::Rounding::Down);
    if (!scaled.ok() || !(scaled.value() == value))
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           std::string(field) + ": at most " + std::to_string(scale) + " decimal places",
                           {{"field", field}});
    return scaled.value();
}

} // namespace

RateService::RateService(feed::ChangeFeed &changeFeed, feed::ChangeListener &listener)
    : m_changeFeed(changeFeed)
{
    listener.subscribe([this](const std::set<std::string> &kinds) {
        if (kinds.contains("*") || kinds.contains(std::string(proto::change_kind::kRateUpdated)) ||
            kinds.contains(std::string(proto::change_kind::kSettingsUpdated)))
            invalidate();
    });
}

void RateService::invalidate()
{
    std::lock_guard lock(m_mutex);
    m_cache.reset();
    ++m_generation;
}

std::uint64_t RateService::cacheHits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

RateView RateService::toView(const db::RateRow &row)
{
    RateView view;
    view.dto.direction = row.direction;
    view.dto.asset = row.asset;
    view.dto.network = row.network;
    view.dto.fiatCurrency = row.fiatCurrency;
    if (row.baseRate) {
        view.dto.baseRate = *row.baseRate;
        if (auto suggested = domain::suggestedRate(*row.baseRate, row.marginPercent, row.direction); suggested.ok())
            view.dto.suggestedRate = suggested.value();
    }
    view.dto.marginPercent = row.marginPercent;
    view.dto.fixedFee = row.fixedFee;
    view.dto.updatedAt = std::chrono::time_point_cast<std::chrono::microseconds>(row.updatedAt);
    view.minAmount = row.minAmount;
    view.maxAmount = row.maxAmount;
    return view;
}

std::vector<RateView> RateService::list(db::Transaction &tx, std::chrono::system_clock::time_point now)
{
    std::optional<Cached> cached;
    std::uint64_t generation = 0;
    {
        std::lock_guard lock(m_mutex);
        generation = m_generation;
        if (m_cache) {
            ++m_hits;
            cached = m_cache;
        }
    }
    if (!cached) {
        Cached fresh;
        fresh.maxAge = db::SettingsRepository::load(tx.work()).rateMaxAge;
        for (const auto &row : db::RateRepository::list(tx.work())) {
            if (!row.active)
                continue;
            fresh.views.push_back(toView(row));
            fresh.baseAt.push_back(row.baseUpdatedAt);
        }
        std::lock_guard lock(m_mutex);
        // An invalidation that raced with this read wins: the next request reads again.
        if (generation == m_generation)
            m_cache = fresh;
        cached = std::move(fresh);
    }
    std::vector<RateView> views = std::move(cached->views);
    for (std::size_t i = 0; i < views.size(); ++i) {
        const auto &at = cached->baseAt[i];
        views[i].dto.stale =
            !at || views[i].dto.suggestedRate.isZero() || !domain::checkFresh(*at, now, cached->maxAge).ok();
    }
    return views;
}

RateView RateService::update(db::Transaction &tx, const RateUpdate &update, audit::AuditEntry audit,
                             std::optional<std::int64_t> operatorId)
{
    const auto &req = update.request;
    if (!domain::findAsset(req.asset, req.network))
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown asset/network " + req.asset + "/" + req.network,
                           {{"field", "asset"}});
    const auto fiat = domain::fiat(req.fiatCurrency);
    if (!fiat.ok())
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown fiat currency " + req.fiatCurrency,
                           {{"field", "fiat_currency"}});
    const int fiatScale = fiat.value().decimals;

    db::RateValues values;
    values.direction = req.direction;
    values.asset = req.asset;
    values.network = req.network;
    values.fiatCurrency = req.fiatCurrency;
    values.baseRate = atScale(req.baseRate, domain::kRateScale, "base_rate");
    if (values.baseRate.isZero())
        throw ServiceError(ApiErrorCode::ValidationFailed, "base_rate must be positive", {{"field", "base_rate"}});
    values.marginPercent = atScale(req.marginPercent, 4, "margin_percent");
    values.fixedFee = atScale(req.fixedFee, fiatScale, "fixed_fee");
    values.minAmount = update.minAmount ? atScale(*update.minAmount, fiatScale, "min_amount")
                                        : domain::Decimal::fromUnits(0, fiatScale).value();
    if (update.maxAmount) {
        values.maxAmount = atScale(*update.maxAmount, fiatScale, "max_amount");
        if (*values.maxAmount < values.minAmount)
            throw ServiceError(ApiErrorCode::ValidationFailed, "max_amount is below min_amount",
                               {{"field", "max_amount"}});
    }
    // A margin the domain cannot price (e.g. ≥ 100 % on a sell) never reaches the table.
    unwrap(domain::suggestedRate(values.baseRate, values.marginPercent, values.direction));

    const auto row = db::RateRepository::upsert(tx.work(), values, audit.actor, operatorId, req.reason);
    const RateView view = toView(row);

    audit.reason = req.reason;
    audit.entityId = std::to_string(row.id);
    audit.payload = {{"direction", std::string(domain::toString(row.direction))},
                     {"asset", row.asset},
                     {"network", row.network},
                     {"fiat_currency", row.fiatCurrency},
                     {"base_rate", values.baseRate.toString()},
                     {"margin_percent", values.marginPercent.toString()},
                     {"fixed_fee", values.fixedFee.toString()},
                     {"min_amount", values.minAmount.toString()},
                     {"max_amount", values.maxAmount ? proto::Json(values.maxAmount->toString()) : proto::Json()},
                     {"version", row.version}};
    audit::AuditWriter::append(tx.work(), audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kRateUpdated), std::nullopt,
                        {{"rate_id", row.id},
                         {"direction", std::string(domain::toString(row.direction))},
                         {"asset", row.asset},
                         {"network", row.network},
                         {"fiat_currency", row.fiatCurrency}});
    tx.onCommit([this] { invalidate(); });
    return view;
}

} // namespace p2pdesk::syncd::service
