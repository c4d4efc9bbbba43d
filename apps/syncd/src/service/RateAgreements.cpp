#include "service/RateAgreements.h"

#include "db/repositories/RateRepository.h"

#include "p2pdesk/domain/RateQuote.h"

namespace p2pdesk::syncd::service {

namespace {

std::chrono::system_clock::time_point timePoint(const proto::Timestamp &at)
{
    return std::chrono::time_point_cast<std::chrono::system_clock::duration>(at);
}

} // namespace

std::optional<domain::Decimal> RateAgreements::currentSuggestedRate(pqxx::work &work, const db::OrderRow &order,
                                                                    const db::Settings &settings,
                                                                    std::chrono::system_clock::time_point now)
{
    const auto rate = db::RateRepository::find(work, order.direction, order.asset, order.network, order.fiatCurrency);
    if (!rate || !rate->active || !rate->baseRate || !rate->baseUpdatedAt)
        return std::nullopt;
    if (!domain::checkFresh(*rate->baseUpdatedAt, now, settings.rateMaxAge).ok())
        return std::nullopt;
    const auto suggested = domain::suggestedRate(*rate->baseRate, rate->marginPercent, order.direction);
    if (!suggested.ok())
        return std::nullopt;
    return suggested.value();
}

std::optional<domain::RequoteReason> RateAgreements::due(const db::OrderRow &order, const db::Settings &settings,
                                                         std::chrono::system_clock::time_point at,
                                                         const std::optional<domain::Decimal> &currentRate)
{
    domain::RequoteCheck check;
    check.at = at;
    if (order.quoteLockedUntil)
        check.lockedUntil = timePoint(*order.quoteLockedUntil);
    check.fixedReference = order.rateReference.value_or(order.suggestedRate);
    check.currentReference = currentRate;
    check.maxMovePercent = settings.requoteMovePercent;
    return domain::requoteDue(check);
}

proto::RateAgreementView RateAgreements::view(pqxx::work &work, const db::OrderRow &order,
                                              std::chrono::system_clock::time_point now)
{
    proto::RateAgreementView view;
    view.quoteLockedUntil = order.quoteLockedUntil;
    view.referenceRate = order.rateReference;
    const bool open = order.status != domain::OrderStatus::Completed && order.status != domain::OrderStatus::Cancelled;
    if (order.status == domain::OrderStatus::New) {
        const auto settings = db::SettingsRepository::load(work);
        view.currentRate = currentSuggestedRate(work, order, settings, now);
        view.referenceRate = order.suggestedRate;
        if (const auto reason = due(order, settings, now, view.currentRate)) {
            view.state = domain::RateAgreement::Due;
            view.reason = reason;
        }
        return view;
    }
    view.state = order.rateAgreement;
    view.reason = order.requoteReason;
    if (open && order.rateAgreement != domain::RateAgreement::Agreed)
        view.currentRate = currentSuggestedRate(work, order, db::SettingsRepository::load(work), now);
    if (order.rateAgreement == domain::RateAgreement::Offered) {
        view.offeredRate = order.requoteRate;
        view.offeredAmountCrypto = order.requoteAmountCrypto;
        view.offeredAmountFiat = order.requoteAmountFiat;
        view.offeredAt = order.requoteOfferedAt;
    }
    return view;
}

} // namespace p2pdesk::syncd::service
