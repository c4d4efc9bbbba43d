#include "service/OrderCreationService.h"

#include "db/repositories/CustomerRepository.h"
#include "db/repositories/OrderRepository.h"
#include "db/repositories/PayoutAccountRepository.h"
#include "db/repositories/RateRepository.h"
#include "db/repositories/RiskFlagRepository.h"
#include "security/SecureRandom.h"
#include "service/BankService.h"
#include "service/FeatureFlagService.h"
#include "service/OrderPolicies.h"
#include "service/ReserveService.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/proto/Changes.h"

#include <pqxx/except>

#include <algorithm>
#include <cctype>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

// Customer-facing order codes: 8 characters of Crockford's base32 (no I, L, O, U to misread).
std::string newOrderCode()
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const auto bytes = security::randomBytes(8);
    std::string code;
    for (const auto b : bytes)
        code += alphabet[b % 32];
    return code;
}

// payout_accounts.kind from the shape of the requisites: a buy pays out crypto to an address; 16–19
// digits are a card; a leading '+' or 10–12 digits a phone; anything else an account.
std::string requisitesKind(domain::Direction direction, const std::string &requisites)
{
    if (direction == domain::Direction::Buy)
        return "crypto";
    std::string digits;
    bool plus = false;
    for (const char c : requisites) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
        else if (c == '+' && digits.empty())
            plus = true;
        else if (c != ' ' && c != '-' && c != '(' && c != ')')
            return "account";
    }
    if (!plus && digits.size() >= 16 && digits.size() <= 19)
        return "card";
    if (plus || (digits.size() >= 10 && digits.size() <= 12))
        return "phone";
    return "account";
}

} // namespace

domain::Quote OrderCreationService::quote(db::Transaction &tx, const QuoteRequest &request) const
{
    auto &work = tx.work();
    const auto asset = unwrap(domain::asset(request.asset, request.network));
    const auto fiat = unwrap(domain::fiat(request.fiatCurrency));
    if (request.amountCrypto.has_value() == request.amountFiat.has_value())
        throw ServiceError(ApiErrorCode::ValidationFailed, "give exactly one of the two amounts",
                           {{"field", "amount_crypto"}, {"kind", "invalid"}});
    const auto policies = OrderPolicies::load(work);
    const auto rate =
        db::RateRepository::find(work, request.direction, request.asset, request.network, request.fiatCurrency);
    if (!rate || !rate->active || !rate->baseRate || !rate->baseUpdatedAt)
        throw ServiceError(ApiErrorCode::RateStale, "no current rate for this pair; quoting is stopped");
    domain::RateSettings settings;
    settings.direction = request.direction;
    settings.baseRate = *rate->baseRate;
    settings.marginPercent = rate->marginPercent;
    settings.fixedFee = rate->fixedFee;
    settings.baseRateAt = *rate->baseUpdatedAt;
    settings.maxAge = policies.settings.rateMaxAge;
    if (!rate->minAmount.isZero())
        settings.minFiat = rate->minAmount;
    settings.maxFiat = rate->maxAmount;
    const auto input = request.amountCrypto ? domain::QuoteInput::CryptoAmount : domain::QuoteInput::FiatAmount;
    const auto &amount = request.amountCrypto ? *request.amountCrypto : *request.amountFiat;
    auto quoted = unwrap(domain::indicativeQuote(settings, m_clock.now(), input, amount, asset, fiat));
    // Never promise more than the reserve the payout comes from (locked until this transaction ends,
    // so a creation that follows sees this order's commitment).
    ReserveService::checkQuote(work, quoted, request.asset, request.network, request.fiatCurrency);
    return quoted;
}

std::int64_t OrderCreationService::create(db::Transaction &tx, const OrderActor &actor,
                                          const proto::CreateOrderRequest &request, std::chrono::minutes quoteLock)
{
    const bool byCustomer = actor.actor.kind == domain::ActorKind::Customer;
    if (!actor.worksOrders() && !byCustomer)
        throw ServiceError(ApiErrorCode::Forbidden, "only operators, seniors and the customer create orders");
    auto &work = tx.work();
    // The admin's feature flags, read in this transaction: a switch on any instance holds for the
    // next order everywhere.
    FeatureFlagService::requireNewOrders(work, byCustomer);
    const auto asset = unwrap(domain::asset(request.asset, request.network));
    std::string requisites = request.payoutRequisites;
    if (request.direction == domain::Direction::Buy) {
        // The desk pays out crypto: the requisites are the customer's address, checked offline.
        if (const auto valid = domain::validateAddress(asset, requisites); !valid.ok())
            throw ServiceError(ApiErrorCode::ValidationFailed, valid.error().message,
                               {{"field", "payout_requisites"}, {"kind", "invalid"}});
    }

    if (request.payoutBank && request.direction == domain::Direction::Buy)
        throw ServiceError(ApiErrorCode::ValidationFailed, "a crypto payout goes to an address, not a bank",
                           {{"field", "payout_bank"}, {"kind", "invalid"}});

    const auto policies = OrderPolicies::load(work);
    const auto quote = this->quote(tx, {request.direction, request.asset, request.network, request.fiatCurrency,
                                        request.amountCrypto, request.amountFiat});

    // The bank a fiat payout goes to, when named: an active bank of the order's currency.
    std::optional<db::BankRow> bank;
    if (request.payoutBank)
        bank = BankService::acceptedForPayout(work, *request.payoutBank, request.fiatCurrency);

    const auto customer = db::CustomerRepository::upsert(work, request.customer.telegramId, request.customer.username);
    if (customer.blocked)
        throw ServiceError(ApiErrorCode::RiskHold, "this customer is blocked");
    if (byCustomer && customer.id != actor.actor.customerId)
        throw ServiceError(ApiErrorCode::Forbidden, "a customer creates orders for themselves only");

    // Requisites: reuse the customer's account with the same (normalised) value, else a new one,
    // which is a requisites change when the customer had others before.
    const auto sealed = m_vault.seal(customer.id, requisites);
    std::int64_t payoutAccountId = 0;
    std::optional<std::uint32_t> priorChanges;
    if (const auto existing = db::PayoutAccountRepository::findByHash(work, customer.id, sealed.lookupHashHex)) {
        payoutAccountId = existing->id;
        if (bank)
            db::PayoutAccountRepository::setBank(work, payoutAccountId, bank->id);
    } else {
        if (db::PayoutAccountRepository::customerHasAccounts(work, customer.id))
            priorChanges = db::PayoutAccountRepository::changesLast30Days(work, customer.id);
        payoutAccountId = db::PayoutAccountRepository::insert(
            work, {customer.id, requisitesKind(request.direction, requisites), sealed.sealed, sealed.lookupHashHex,
                   sealed.masked, bank ? std::optional(bank->id) : std::nullopt});
    }

    const auto enteredAt = toTimestamp(m_clock.now());
    const auto dayAgo = enteredAt - std::chrono::hours(24);
    domain::OrderRiskInput risk;
    risk.fiatCode = request.fiatCurrency;
    risk.amountFiat = quote.amountFiat;
    risk.customerOrdersPrior24h = db::OrderRepository::customerOrdersSince(work, customer.id, dayAgo);
    const auto monthAgo = enteredAt - std::chrono::hours(24 * 30);
    const auto volumes =
        db::OrderRepository::customerVolumesSince(work, customer.id, request.fiatCurrency, dayAgo, monthAgo);
    risk.customerVolumePrior24h = volumes.sinceRecent;
    risk.payoutAccountOrdersPrior24h =
        db::OrderRepository::payoutRequisitesOrdersSince(work, sealed.lookupHashHex, dayAgo);
    risk.firstOrderOfCustomer = !db::OrderRepository::customerHasOrders(work, customer.id);
    risk.payoutAccountOtherCustomers30d =
        db::OrderRepository::payoutRequisitesOtherCustomersSince(work, sealed.lookupHashHex, customer.id, monthAgo);
    risk.payoutAccountNeverPaid = db::OrderRepository::payoutRequisitesNeverPaid(work, sealed.lookupHashHex);
    const auto habit = db::OrderRepository::customerHabit(work, customer.id, request.fiatCurrency);
    risk.customerCompletedOrders = habit.completedOrders;
    risk.customerMedianAmount = habit.medianAmount;
    risk.kycLevel = customer.kycLevel;
    risk.customerVolumePrior30d = volumes.sinceEarlier;
    if (priorChanges) {
        // New payout details: how long after the customer's previous order they arrive.
        if (const auto last = db::OrderRepository::customerLastOrderAt(work, customer.id)) {
            const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(enteredAt - *last).count();
            risk.requisitesChangedMinutesAfterOrder =
                static_cast<std::uint32_t>(std::clamp<std::int64_t>(minutes, 0, UINT32_MAX));
        }
    }
    const auto limits = db::RiskFlagRepository::loadLimits(work);
    auto hits = domain::evaluateOrderCreation(risk, limits);
    if (priorChanges) {
        const auto change = domain::evaluateRequisitesChange(*priorChanges, limits);
        hits.insert(hits.end(), change.begin(), change.end());
    }
    const auto worst = domain::worstSeverity(hits);
    const bool hold = worst && *worst != domain::Severity::Info;

    db::NewOrder order;
    order.code = newOrderCode();
    order.direction = request.direction;
    order.asset = request.asset;
    order.network = request.network;
    order.fiatCurrency = request.fiatCurrency;
    order.amountCrypto = quote.amountCrypto;
    order.amountFiat = quote.amountFiat;
    order.suggestedRate = quote.rate;
    order.customerId = customer.id;
    order.createdBy = actor.operatorId;
    order.payoutAccountId = payoutAccountId;
    order.hold = hold;
    order.enteredAt = enteredAt;
    order.deadline = policies.deadline(domain::OrderStatus::New, enteredAt);
    order.fromBot = byCustomer;
    if (byCustomer && quoteLock.count() > 0)
        order.quoteLockedUntil = enteredAt + quoteLock;
    const auto orderId = db::OrderRepository::insert(work, order);

    nlohmann::json flags = nlohmann::json::array();
    for (const auto &hit : hits) {
        db::RiskFlagRepository::insert(work, orderId, customer.id, hit);
        flags.push_back({{"rule", hit.ruleId},
                         {"severity", std::string(domain::toString(hit.severity))},
                         {"observed", hit.observed},
                         {"limit", hit.limit}});
    }

    OrderEvent event;
    event.orderId = orderId;
    event.feedKind = proto::change_kind::kOrderCreated;
    event.auditAction = "order.create";
    event.details = {{"action", "create"},
                     {"code", order.code},
                     {"amount_fiat", quote.amountFiat.toString()},
                     {"amount_crypto", quote.amountCrypto.toString()},
                     {"suggested_rate", quote.rate.toString()},
                     {"fee", quote.fee.toString()},
                     {"risk_flags", flags},
                     {"requisites_masked", sealed.masked}};
    if (bank)
        event.details["payout_bank"] = bank->code;
    event.transition = true;
    event.to = domain::OrderStatus::New;
    event.newVersion = 1;
    m_journal.record(tx, actor, event);
    return orderId;
}

} // namespace p2pdesk::syncd::service
