#include "service/RateService.h"

#include "db/repositories/SettingsRepository.h"
#include "feed/ChangeFeed.h"
#include "feed/ChangeListener.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/domain/ReferenceRate.h"
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
    view.dto.id = row.id;
    view.dto.direction = row.direction;
    view.dto.asset = row.asset;
    view.dto.network = row.network;
    view.dto.fiatCurrency = row.fiatCurrency;
    if (row.baseRate) {
        view.dto.baseRate = *row.baseRate;
        if (auto suggested = domain::suggestedRate(*row.baseRate, row.marginPercent, row.direction); suggested.ok())
            view.dto.suggestedRate = suggested.value();
    }
    view.dto.baseSource = row.baseFromFeed ? proto::RateSource::Feed : proto::RateSource::Manual;
    if (row.baseUpdatedAt)
        view.dto.baseUpdatedAt = std::chrono::time_point_cast<std::chrono::microseconds>(*row.baseUpdatedAt);
    view.dto.marginPercent = row.marginPercent;
    view.dto.fixedFee = row.fixedFee;
    view.dto.updatedAt = std::chrono::time_point_cast<std::chrono::microseconds>(row.updatedAt);
    view.dto.feedPendingRate = row.feedPendingRate;
    if (row.feedPendingAt)
        view.dto.feedPendingAt = std::chrono::time_point_cast<std::chrono::microseconds>(*row.feedPendingAt);
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
    values.baseFromFeed = req.baseSource == proto::RateSource::Feed;
    if (req.baseRate) {
        values.baseRate = atScale(*req.baseRate, domain::kRateScale, "base_rate");
        if (values.baseRate->isZero())
            throw ServiceError(ApiErrorCode::ValidationFailed, "base_rate must be positive", {{"field", "base_rate"}});
    } else if (!values.baseFromFeed) {
        throw ServiceError(ApiErrorCode::ValidationFailed, "base_rate is required for a manual rate",
                           {{"field", "base_rate"}, {"kind", "missing"}});
    }
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
    // A margin the domain cannot price (e.g. ≥ 100 % on a sell) never reaches the table; a feed row
    // without a value yet is checked against 1 (the margin alone decides).
    unwrap(domain::suggestedRate(values.baseRate.value_or(domain::Decimal::fromUnits(1, 0).value()),
                                 values.marginPercent, values.direction));

    const auto row = db::RateRepository::upsert(tx.work(), values, audit.actor, operatorId, req.reason);
    const RateView view = toView(row);

    audit.reason = req.reason;
    audit.entityId = std::to_string(row.id);
    audit.payload = {{"direction", std::string(domain::toString(row.direction))},
                     {"asset", row.asset},
                     {"network", row.network},
                     {"fiat_currency", row.fiatCurrency},
                     {"base_rate", row.baseRate ? proto::Json(row.baseRate->toString()) : proto::Json()},
                     {"base_source", std::string(proto::toString(view.dto.baseSource))},
                     {"margin_percent", values.marginPercent.toString()},
                     {"fixed_fee", values.fixedFee.toString()},
                     {"min_amount", values.minAmount.toString()},
                     {"max_amount", values.maxAmount ? proto::Json(values.maxAmount->toString()) : proto::Json()},
                     {"version", row.version}};
    audit::AuditWriter::append(tx.work(), audit);
    announce(tx, row, "manual");
    return view;
}

void RateService::announce(db::Transaction &tx, const db::RateRow &row, const char *source)
{
    m_changeFeed.append(tx, std::string(proto::change_kind::kRateUpdated), std::nullopt,
                        {{"rate_id", row.id},
                         {"direction", std::string(domain::toString(row.direction))},
                         {"asset", row.asset},
                         {"network", row.network},
                         {"fiat_currency", row.fiatCurrency},
                         {"source", source}});
    tx.onCommit([this] { invalidate(); });
}

RateService::FeedOutcome RateService::applyReference(db::Transaction &tx, const std::string &asset,
                                                     const std::string &fiat, const ReferenceQuote &quote,
                                                     const std::string &providerName)
{
    FeedOutcome outcome;
    // The admin's tolerance as it stands now (Administration → Settings): a change applies from the
    // next poll on every instance, with nothing to restart.
    const auto maxJumpPercent = db::SettingsRepository::load(tx.work()).rateFeedMaxJumpPercent;
    outcome.maxJumpPercent = maxJumpPercent;
    for (const auto &row : db::RateRepository::lockFeedRows(tx.work(), asset, fiat)) {
        const auto judged = domain::judgeReferenceRate(row.baseRate, quote.rate, maxJumpPercent);
        if (!judged.ok())
            throw ReferenceRateError(providerName + " gave " + quote.rate.toString() + " for " + asset + "/" + fiat +
                                     ": " + judged.error().message);
        const auto &j = judged.value();
        switch (j.verdict) {
        case domain::ReferenceVerdict::Apply:
            db::RateRepository::applyFeedValue(tx.work(), row.id, j.rate, quote.observedAt,
                                               "reference feed: " + providerName);
            ++outcome.applied;
            break;
        case domain::ReferenceVerdict::Unchanged:
            db::RateRepository::renewFeedValue(tx.work(), row.id, quote.observedAt);
            ++outcome.renewed;
            break;
        case domain::ReferenceVerdict::Hold:
            if (db::RateRepository::holdFeedValue(tx.work(), row.id, j.rate, quote.observedAt)) {
                audit::AuditEntry audit;
                audit.actor = "system";
                audit.action = "rate.feed_held";
                audit.entity = "rate";
                audit.entityId = std::to_string(row.id);
                audit.reason = "the reference feed moved " + j.jumpPercent->toString() + " % (limit " +
                               maxJumpPercent.toString() + " %); waiting for a senior's confirmation";
                audit.payload = {{"provider", providerName},
                                 {"base_rate", row.baseRate ? proto::Json(row.baseRate->toString()) : proto::Json()},
                                 {"feed_rate", j.rate.toString()},
                                 {"jump_percent", j.jumpPercent->toString()}};
                audit::AuditWriter::append(tx.work(), audit);
            }
            ++outcome.held;
            break;
        }
        announce(tx, row, "feed");
    }
    return outcome;
}

RateView RateService::confirmFeed(db::Transaction &tx, std::int64_t rateId, const domain::Decimal &feedRate,
                                  audit::AuditEntry audit, std::int64_t operatorId)
{
    const auto before = db::RateRepository::findById(tx.work(), rateId);
    if (!before)
        throw ServiceError(ApiErrorCode::NotFound, "no rate " + std::to_string(rateId));
    const auto rate = feedRate.rescaled(domain::kRateScale, domain::Rounding::Down);
    const auto row = rate.ok() && rate.value() == feedRate
                         ? db::RateRepository::confirmFeedValue(tx.work(), rateId, rate.value(), audit.actor,
                                                                operatorId, audit.reason.value_or(""))
                         : std::nullopt;
    if (!row)
        throw ServiceError(
            ApiErrorCode::Conflict,
            before->feedPendingRate ? "the held feed value is now " + before->feedPendingRate->toString() + ", not " +
                                          feedRate.toString() + "; look again before confirming"
                                    : std::string("no feed value is waiting for confirmation on this rate"),
            {{"feed_pending_rate",
              before->feedPendingRate ? proto::Json(before->feedPendingRate->toString()) : proto::Json()}});
    audit.entityId = std::to_string(rateId);
    audit.payload = {{"base_rate", before->baseRate ? proto::Json(before->baseRate->toString()) : proto::Json()},
                     {"feed_rate", rate.value().toString()}};
    audit::AuditWriter::append(tx.work(), audit);
    announce(tx, *row, "feed");
    return toView(*row);
}

std::vector<db::RateHistoryRow> RateService::history(db::Transaction &tx, std::int64_t rateId, int days,
                                                     std::chrono::system_clock::time_point now)
{
    if (!db::RateRepository::findById(tx.work(), rateId))
        throw ServiceError(ApiErrorCode::NotFound, "no rate " + std::to_string(rateId));
    constexpr int kMaxRows = 5000; // a feed polling every minute writes ~1 440 rows a day at most
    return db::RateRepository::history(tx.work(), rateId, now - std::chrono::hours(24) * days, kMaxRows);
}

} // namespace p2pdesk::syncd::service
