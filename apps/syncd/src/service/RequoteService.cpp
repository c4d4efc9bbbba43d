#include "service/RequoteService.h"

#include "db/repositories/OrderRepository.h"
#include "service/OrderPolicies.h"
#include "service/RateAgreements.h"
#include "service/ReserveService.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateAgreement.h"
#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/proto/Changes.h"

namespace p2pdesk::syncd::service {

namespace {

using domain::OrderStatus;
using proto::ApiErrorCode;

// The customer has paid and the desk has not started paying out: the only statuses a re-quote
// belongs to (a dispute is settled by a senior, not by a new rate).
bool requotable(OrderStatus status)
{
    return status == OrderStatus::UserMarkedSent || status == OrderStatus::OperatorVerifyProof ||
           status == OrderStatus::PaymentVerified;
}

db::OrderRow lockOrder(pqxx::work &work, std::int64_t orderId)
{
    auto order = db::OrderRepository::findForUpdate(work, orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "no such order");
    return std::move(*order);
}

// The customer's own order, with the offer their button was made for still standing.
void checkOffer(const db::OrderRow &order, const OrderActor &actor, proto::Timestamp offeredAt)
{
    if (actor.actor.kind != domain::ActorKind::Customer || actor.actor.customerId != order.customerId)
        throw ServiceError(ApiErrorCode::Forbidden, "only the order's customer answers its re-quote");
    if (order.rateAgreement != domain::RateAgreement::Offered || order.requoteOfferedAt != offeredAt ||
        !requotable(order.status))
        throw ServiceError(ApiErrorCode::InvalidTransition, "this offer is no longer current");
}

OrderEvent sameStatusEvent(const db::OrderRow &order, std::string auditAction, std::int64_t newVersion)
{
    OrderEvent event;
    event.orderId = order.id;
    event.feedKind = proto::change_kind::kOrderUpdated;
    event.auditAction = std::move(auditAction);
    // A history row without a status change: the timeline shows who changed the rate, when and why.
    event.transition = true;
    event.from = order.status;
    event.to = order.status;
    event.newVersion = newVersion;
    return event;
}

} // namespace

void RequoteService::offer(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                           const RequoteInput &input)
{
    auto &work = tx.work();
    const auto order = lockOrder(work, orderId);
    domain::OrderFacts facts;
    facts.status = order.status;
    facts.holderOperatorId = order.holderId;
    facts.customerId = order.customerId;
    facts.rateAgreementPending = order.rateAgreement != domain::RateAgreement::Agreed;
    if (const auto allowed = domain::checkRequote(facts, actor.actor, input.reason); !allowed.ok())
        throw ServiceError::fromDomain(allowed.error());
    if (!order.finalRate)
        throw ServiceError(ApiErrorCode::InvalidTransition, "no re-quote is due for this order");
    if (input.expectedVersion != order.version)
        throw ServiceError::versionConflict(order.version);
    const auto rate = checkedFinalRate(input.finalRate);
    const bool keep = rate == *order.finalRate;

    const auto policies = OrderPolicies::load(work);
    const auto now = m_clock.now();
    const auto current = RateAgreements::currentSuggestedRate(work, order, policies.settings, now);
    nlohmann::json details = {
        {"final_rate", order.finalRate->toString()},
        {"requote_reason", order.requoteReason ? nlohmann::json(std::string(domain::toString(*order.requoteReason)))
                                               : nlohmann::json(nullptr)}};
    if (current)
        details["current_rate"] = current->toString();

    db::RequoteOffer change;
    change.orderId = orderId;
    change.expectedVersion = order.version;
    change.keep = keep;
    change.rate = rate;
    change.at = toTimestamp(now);
    if (!keep) {
        // A new rate is measured against the desk's rate now, with the take's limits: beyond the
        // hard maximum only a senior offers it (the reason is always given here).
        if (!current)
            throw ServiceError(ApiErrorCode::RateStale, "the desk's rate is stale; update the rate before re-quoting");
        const auto beyondHard = domain::deviationExceeds(rate, *current, policies.settings.maxRateHardDeviationPercent);
        if ((!beyondHard.ok() || beyondHard.value()) && !actor.isSenior())
            throw ServiceError(ApiErrorCode::RateDeviationTooHigh,
                               "requote: the rate deviates from the desk's rate beyond the hard maximum; only a "
                               "senior may offer it");
        const auto asset = domain::findAsset(order.asset, order.network);
        const auto fiat = domain::fiat(order.fiatCurrency);
        if (!asset || !fiat)
            throw ServiceError(ApiErrorCode::ValidationFailed, "the order's asset or fiat is not supported any more",
                               {{"field", "final_rate"}, {"kind", "invalid"}});
        const auto priced = domain::requoteAfterPayment(order.direction, *order.finalRate, rate, order.amountCrypto,
                                                        order.amountFiat, *asset, *fiat);
        if (!priced.ok())
            throw ServiceError(ApiErrorCode::ValidationFailed, "final_rate: " + priced.error().message,
                               {{"field", "final_rate"}, {"kind", "invalid"}});
        // An offer that pays the customer more than the order promised draws the difference from
        // the reserve, as a take at a better rate does: the desk must not offer what it cannot pay.
        domain::Quote before = priced.value();
        before.amountCrypto = order.amountCrypto;
        before.amountFiat = order.amountFiat;
        ReserveService::checkRepricedPayout(work, before, priced.value(), order.asset, order.network,
                                            order.fiatCurrency);
        change.amountCrypto = priced->amountCrypto;
        change.amountFiat = priced->amountFiat;
        details["offered_rate"] = rate.toString();
        details["amount_crypto_before"] = order.amountCrypto.toString();
        details["amount_fiat_before"] = order.amountFiat.toString();
        details["offered_amount_crypto"] = priced->amountCrypto.toString();
        details["offered_amount_fiat"] = priced->amountFiat.toString();
        details["offered_at"] = proto::formatTimestamp(change.at);
        if (const auto deviation = domain::deviationPercent(rate, *current); deviation.ok())
            details["deviation_percent"] = deviation.value().toString();
    }
    const auto newVersion = db::OrderRepository::offerRequote(work, change);
    if (!newVersion)
        throw ServiceError::versionConflict(order.version);

    details["action"] = keep ? "requote_kept" : "requote_offered";
    auto event = sameStatusEvent(order, keep ? "order.requote_keep" : "order.requote_offer", *newVersion);
    event.reason = input.reason;
    event.details = std::move(details);
    m_journal.record(tx, actor, event);
}

void RequoteService::accept(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                            proto::Timestamp offeredAt)
{
    auto &work = tx.work();
    const auto order = lockOrder(work, orderId);
    checkOffer(order, actor, offeredAt);
    const auto newVersion = db::OrderRepository::acceptRequote(work, orderId, offeredAt);
    if (!newVersion)
        throw ServiceError(ApiErrorCode::InvalidTransition, "this offer is no longer current");
    auto event = sameStatusEvent(order, "order.requote_accept", *newVersion);
    event.details = {{"action", "requote_accepted"},
                     {"final_rate_before", order.finalRate ? order.finalRate->toString() : std::string()},
                     {"final_rate", order.requoteRate ? order.requoteRate->toString() : std::string()},
                     {"amount_crypto_before", order.amountCrypto.toString()},
                     {"amount_fiat_before", order.amountFiat.toString()},
                     {"amount_crypto", order.requoteAmountCrypto ? order.requoteAmountCrypto->toString() : ""},
                     {"amount_fiat", order.requoteAmountFiat ? order.requoteAmountFiat->toString() : ""},
                     {"offered_at", proto::formatTimestamp(offeredAt)}};
    m_journal.record(tx, actor, event);
}

void RequoteService::decline(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                             proto::Timestamp offeredAt)
{
    const auto order = lockOrder(tx.work(), orderId);
    checkOffer(order, actor, offeredAt);
    TransitionInput input;
    input.to = OrderStatus::Dispute;
    input.reason = "the customer declined the new rate " + (order.requoteRate ? order.requoteRate->toString() : "") +
                   " " + order.fiatCurrency + " per " + order.asset;
    input.meta = {{"requote_declined", true}, {"offered_at", proto::formatTimestamp(offeredAt)}};
    m_transitions.applyTransition(tx, orderId, actor, input);
}

} // namespace p2pdesk::syncd::service
