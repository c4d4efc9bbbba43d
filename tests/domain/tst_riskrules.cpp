#include "DomainTestSupport.h"

#include "p2pdesk/domain/AddressScreening.h"
#include "p2pdesk/domain/RiskRules.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <algorithm>
#include <set>
#include <string>

using namespace p2pdesk::domain;
using domaintest::dec;

namespace {

RiskLimits limits()
{
    RiskLimits config;
    config.customerOrders24h = {3, Severity::Hold};
    config.payoutAccountOrders24h = {2, Severity::Block};
    config.requisitesChanges30d = {2, Severity::Block};
    config.payoutAccountCustomers30d = {1, Severity::Block};
    config.amountAboveUsual = {dec("5.00"), 3, Severity::Info};
    config.requisitesChangedNearOrder = {60, Severity::Hold};
    config.perFiat["RUB"] = FiatRiskLimits{
        {dec("300000.00"), Severity::Hold}, {dec("150000.00"), Severity::Hold}, {dec("50000.00"), Severity::Info}};
    config.perFiat["USD"] = FiatRiskLimits{
        {dec("3000.00"), Severity::Hold}, {dec("1500.00"), Severity::Hold}, {dec("500.00"), Severity::Hold}};
    return config;
}

OrderRiskInput quietOrder()
{
    OrderRiskInput input;
    input.fiatCode = "RUB";
    input.amountFiat = dec("10000.00");
    input.customerOrdersPrior24h = 0;
    input.customerVolumePrior24h = dec("0.00");
    input.payoutAccountOrdersPrior24h = 0;
    input.firstOrderOfCustomer = false;
    return input;
}

const RiskHit *findHit(const std::vector<RiskHit> &hits, std::string_view id)
{
    for (const RiskHit &hit : hits) {
        if (hit.ruleId == id)
            return &hit;
    }
    return nullptr;
}

} // namespace

class TestRiskRules final : public QObject {
    Q_OBJECT

private slots:
    void ruleIdsAreStable();
    void quietOrderHasNoHits();
    void customerOrders24h();
    void payoutAccountOrders24h();
    void customerVolume24h();
    void singleOrderMax();
    void firstOrderAbove();
    void requisitesChanges30d();
    void proofAndTxidReuse();
    void customerBlockedHolds();
    void perFiatLimits();
    void missingFiatLimits();
    void amountRulesOnly();
    void worst();
    void lookPastTheOrderRulesAreOffByDefault();
    void newPayoutAccountAbove();
    void payoutAccountCustomers30d();
    void amountAboveUsual();
    void requisitesChangedNearOrder();
    void limitCatalogue();
    void kycLevelVolume30d();
    void kycLevelNumbers();
    void senderAddressRisk();
};

void TestRiskRules::ruleIdsAreStable()
{
    QCOMPARE(rule::kCustomerOrders24h, std::string_view("customer_orders_24h"));
    QCOMPARE(rule::kCustomerVolume24h, std::string_view("customer_volume_24h"));
    QCOMPARE(rule::kPayoutAccountOrders24h, std::string_view("payout_account_orders_24h"));
    QCOMPARE(rule::kSingleOrderMax, std::string_view("single_order_max"));
    QCOMPARE(rule::kRequisitesChanges30d, std::string_view("requisites_changes_30d"));
    QCOMPARE(rule::kFirstOrderAbove, std::string_view("first_order_above"));
    QCOMPARE(rule::kProofReuse, std::string_view("proof_reuse"));
    QCOMPARE(rule::kTxidReuse, std::string_view("txid_reuse"));
    QCOMPARE(rule::kCustomerBlocked, std::string_view("customer_blocked"));
    QCOMPARE(rule::kSenderAddressRisk, std::string_view("sender_address_risk"));
    QCOMPARE(rule::kNewPayoutAccountAbove, std::string_view("new_payout_account_above"));
    QCOMPARE(rule::kPayoutAccountCustomers30d, std::string_view("payout_account_customers_30d"));
    QCOMPARE(rule::kAmountAboveUsual, std::string_view("amount_above_usual"));
    QCOMPARE(rule::kRequisitesChangedNearOrder, std::string_view("requisites_changed_near_order"));
    QCOMPARE(rule::kKycLevel0Volume30d, std::string_view("kyc_level0_volume_30d"));
    QCOMPARE(rule::kKycLevel1Volume30d, std::string_view("kyc_level1_volume_30d"));
    QCOMPARE(rule::kKycLevel2Volume30d, std::string_view("kyc_level2_volume_30d"));
    QCOMPARE(toString(Severity::Info), std::string_view("info"));
    QCOMPARE(toString(Severity::Hold), std::string_view("hold"));
    QCOMPARE(toString(Severity::Block), std::string_view("block"));
}

void TestRiskRules::quietOrderHasNoHits()
{
    QVERIFY(evaluateOrderCreation(quietOrder(), limits()).empty());
    QVERIFY(evaluateRequisitesChange(0, limits()).empty());
    QVERIFY(evaluateProofUpload(0, 0, limits()).empty());
}

void TestRiskRules::customerOrders24h()
{
    // Limit 3 including this order: 2 prior is fine, 3 prior makes this the 4th.
    auto input = quietOrder();
    input.customerOrdersPrior24h = 2;
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kCustomerOrders24h));
    input.customerOrdersPrior24h = 3;
    const auto hits = evaluateOrderCreation(input, limits());
    const RiskHit *hit = findHit(hits, rule::kCustomerOrders24h);
    QVERIFY(hit);
    QCOMPARE_ENUM(hit->severity, Severity::Hold);
    QCOMPARE(hit->observed, std::string("4"));
    QCOMPARE(hit->limit, std::string("3"));
    QCOMPARE(hits.size(), std::size_t(1));
    // No wrap-around at the top of the counter.
    QCOMPARE(checkCustomerOrders24h(0xffffffffu, limits())->observed, std::string("4294967296"));
}

void TestRiskRules::payoutAccountOrders24h()
{
    auto input = quietOrder();
    input.payoutAccountOrdersPrior24h = 1;
    QVERIFY(evaluateOrderCreation(input, limits()).empty());
    input.payoutAccountOrdersPrior24h = 2;
    const auto hit = checkPayoutAccountOrders24h(input.payoutAccountOrdersPrior24h, limits());
    QVERIFY(hit);
    QCOMPARE(hit->ruleId, std::string(rule::kPayoutAccountOrders24h));
    QCOMPARE_ENUM(hit->severity, Severity::Block);
    QCOMPARE(hit->observed, std::string("3"));
    QCOMPARE(hit->limit, std::string("2"));
    QVERIFY(findHit(evaluateOrderCreation(input, limits()), rule::kPayoutAccountOrders24h));
}

void TestRiskRules::customerVolume24h()
{
    auto input = quietOrder();
    input.customerVolumePrior24h = dec("290000.00");
    input.amountFiat = dec("10000.00"); // exactly the limit: fine
    QVERIFY(evaluateOrderCreation(input, limits()).empty());
    input.amountFiat = dec("10000.01");
    const auto hits = evaluateOrderCreation(input, limits());
    const RiskHit *hit = findHit(hits, rule::kCustomerVolume24h);
    QVERIFY(hit);
    QCOMPARE_ENUM(hit->severity, Severity::Hold);
    QCOMPARE(hit->observed, std::string("300000.01"));
    QCOMPARE(hit->limit, std::string("300000.00"));

    const AmountLimit limit{dec("1.00"), Severity::Hold};
    const auto overflow = checkCustomerVolume24h(*Decimal::fromUnits(~0ull, 2), dec("1.00"), limit);
    QVERIFY(overflow);
    QCOMPARE(overflow->observed, std::string("overflow"));
}

void TestRiskRules::singleOrderMax()
{
    auto input = quietOrder();
    input.amountFiat = dec("150000.00");
    QVERIFY(evaluateOrderCreation(input, limits()).empty());
    input.amountFiat = dec("150000.01");
    const auto hits = evaluateOrderCreation(input, limits());
    const RiskHit *hit = findHit(hits, rule::kSingleOrderMax);
    QVERIFY(hit);
    QCOMPARE_ENUM(hit->severity, Severity::Hold);
    QCOMPARE(hit->observed, std::string("150000.01"));
    QCOMPARE(hit->limit, std::string("150000.00"));
}

void TestRiskRules::firstOrderAbove()
{
    auto input = quietOrder();
    input.amountFiat = dec("60000.00");
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kFirstOrderAbove)); // not the first
    input.firstOrderOfCustomer = true;
    const auto hits = evaluateOrderCreation(input, limits());
    const RiskHit *hit = findHit(hits, rule::kFirstOrderAbove);
    QVERIFY(hit);
    QCOMPARE_ENUM(hit->severity, Severity::Info);
    QCOMPARE(hit->observed, std::string("60000.00"));
    QCOMPARE(hit->limit, std::string("50000.00"));
    input.amountFiat = dec("50000");
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kFirstOrderAbove));
}

void TestRiskRules::requisitesChanges30d()
{
    QVERIFY(evaluateRequisitesChange(1, limits()).empty());
    const auto hits = evaluateRequisitesChange(2, limits());
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits[0], (RiskHit{"requisites_changes_30d", Severity::Block, "3", "2"}));
}

void TestRiskRules::proofAndTxidReuse()
{
    auto hits = evaluateProofUpload(1, 0, limits());
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits[0], (RiskHit{"proof_reuse", Severity::Block, "1", "0"}));
    hits = evaluateProofUpload(0, 2, limits());
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits[0], (RiskHit{"txid_reuse", Severity::Block, "2", "0"}));
    QCOMPARE(evaluateProofUpload(3, 1, limits()).size(), std::size_t(2));
    RiskLimits lenient = limits();
    lenient.txidReuse = Severity::Hold;
    QCOMPARE_ENUM(checkTxidReuse(1, lenient)->severity, Severity::Hold);
}

void TestRiskRules::customerBlockedHolds()
{
    QCOMPARE(customerBlocked("fraud reports"), (RiskHit{"customer_blocked", Severity::Hold, "fraud reports", ""}));
}

void TestRiskRules::perFiatLimits()
{
    // 1000 is small in RUB and large in USD.
    auto input = quietOrder();
    input.amountFiat = dec("1000.00");
    QVERIFY(evaluateOrderCreation(input, limits()).empty());
    input.fiatCode = "USD";
    const auto hits = evaluateOrderCreation(input, limits());
    QVERIFY(!findHit(hits, rule::kSingleOrderMax));
    input.amountFiat = dec("2000.00");
    QVERIFY(findHit(evaluateOrderCreation(input, limits()), rule::kSingleOrderMax));
}

void TestRiskRules::missingFiatLimits()
{
    auto input = quietOrder();
    input.fiatCode = "KZT";
    input.amountFiat = dec("99999999.00");
    input.customerOrdersPrior24h = 5;
    const auto hits = evaluateOrderCreation(input, limits());
    const RiskHit *missing = findHit(hits, rule::kLimitsMissing);
    QVERIFY(missing);
    QCOMPARE_ENUM(missing->severity, Severity::Info);
    QCOMPARE(missing->observed, std::string("KZT"));
    QVERIFY(findHit(hits, rule::kCustomerOrders24h)); // count rules still apply
}

void TestRiskRules::amountRulesOnly()
{
    // What a take re-judges on the recomputed amount: the amount rules, never the count rules
    // (the order was already counted at creation) nor "limits missing" (creation flagged that).
    auto input = quietOrder();
    input.customerOrdersPrior24h = 99;
    input.payoutAccountOrdersPrior24h = 99;
    QVERIFY(evaluateAmountRules(input, limits()).empty());
    input.amountFiat = dec("160000.00");
    input.customerVolumePrior24h = dec("150000.00");
    input.firstOrderOfCustomer = true;
    const auto hits = evaluateAmountRules(input, limits());
    QCOMPARE(hits.size(), std::size_t(3));
    QCOMPARE(hits[0], (RiskHit{"customer_volume_24h", Severity::Hold, "310000.00", "300000.00"}));
    QCOMPARE(hits[1], (RiskHit{"single_order_max", Severity::Hold, "160000.00", "150000.00"}));
    QCOMPARE(hits[2], (RiskHit{"first_order_above", Severity::Info, "160000.00", "50000.00"}));
    // The creation rules are the count rules plus exactly these.
    const auto creation = evaluateOrderCreation(input, limits());
    QCOMPARE(creation.size(), std::size_t(5));
    QVERIFY(std::equal(hits.begin(), hits.end(), creation.end() - 3));
    input.fiatCode = "KZT";
    QVERIFY(evaluateAmountRules(input, limits()).empty());
}

void TestRiskRules::worst()
{
    QVERIFY(!worstSeverity({}));
    auto input = quietOrder();
    input.firstOrderOfCustomer = true;
    input.amountFiat = dec("60000.00");
    QCOMPARE(worstSeverity(evaluateOrderCreation(input, limits())), std::optional<Severity>(Severity::Info));
    input.customerOrdersPrior24h = 10;
    QCOMPARE(worstSeverity(evaluateOrderCreation(input, limits())), std::optional<Severity>(Severity::Hold));
    input.payoutAccountOrdersPrior24h = 10;
    QCOMPARE(worstSeverity(evaluateOrderCreation(input, limits())), std::optional<Severity>(Severity::Block));
}

// Until the admin sets them, the rules that depend on the desk's customers never fire.
void TestRiskRules::lookPastTheOrderRulesAreOffByDefault()
{
    const RiskLimits defaults;
    auto input = quietOrder();
    input.payoutAccountOtherCustomers30d = 1000;
    input.payoutAccountNeverPaid = true;
    input.customerCompletedOrders = 100;
    input.customerMedianAmount = dec("1.00");
    input.amountFiat = dec("99999999.00");
    input.requisitesChangedMinutesAfterOrder = 0;
    input.customerVolumePrior30d = dec("99999999.00");
    for (std::string_view id : {rule::kPayoutAccountCustomers30d, rule::kNewPayoutAccountAbove, rule::kAmountAboveUsual,
                                rule::kRequisitesChangedNearOrder, rule::kKycLevel0Volume30d})
        QVERIFY2(!findHit(evaluateOrderCreation(input, defaults), id), id.data());
    // A fiat configured without the verification limits: none of them fires either.
    auto configured = limits();
    for (const auto level : {KycLevel::Unverified, KycLevel::Basic, KycLevel::Full}) {
        input.kycLevel = level;
        QVERIFY(!findHit(evaluateOrderCreation(input, configured), kycVolumeRule(level)));
    }
}

// Cooling-off: the first payout to an account the desk never paid is held above the fiat's limit;
// an account paid before, or a fiat without the limit, passes.
void TestRiskRules::newPayoutAccountAbove()
{
    auto config = limits();
    config.perFiat["RUB"].newPayoutAccountMax = {dec("20000.00"), Severity::Hold};
    auto input = quietOrder();
    input.payoutAccountNeverPaid = true;
    input.amountFiat = dec("20000.00"); // reaching the limit is fine
    QVERIFY(!findHit(evaluateOrderCreation(input, config), rule::kNewPayoutAccountAbove));
    input.amountFiat = dec("20000.01");
    const auto hits = evaluateOrderCreation(input, config);
    const RiskHit *hit = findHit(hits, rule::kNewPayoutAccountAbove);
    QVERIFY(hit);
    QCOMPARE_ENUM(hit->severity, Severity::Hold);
    QCOMPARE(hit->observed, std::string("20000.01"));
    QCOMPARE(hit->limit, std::string("20000.00"));
    // The amount rules run again on a re-priced order: the hold follows the new amount.
    QVERIFY(findHit(evaluateAmountRules(input, config), rule::kNewPayoutAccountAbove));
    input.payoutAccountNeverPaid = false;
    QVERIFY(!findHit(evaluateOrderCreation(input, config), rule::kNewPayoutAccountAbove));
    // Not configured: no amount exceeds the default.
    input.payoutAccountNeverPaid = true;
    input.amountFiat = dec("99999999.00");
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kNewPayoutAccountAbove));
}

void TestRiskRules::payoutAccountCustomers30d()
{
    // One other customer (a family card) is fine, two others block.
    auto input = quietOrder();
    input.payoutAccountOtherCustomers30d = 1;
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kPayoutAccountCustomers30d));
    input.payoutAccountOtherCustomers30d = 2;
    const auto hits = evaluateOrderCreation(input, limits());
    const RiskHit *hit = findHit(hits, rule::kPayoutAccountCustomers30d);
    QVERIFY(hit);
    QCOMPARE_ENUM(hit->severity, Severity::Block);
    QCOMPARE(hit->observed, std::string("2"));
    QCOMPARE(hit->limit, std::string("1"));
    auto config = limits();
    config.payoutAccountCustomers30d = {0, Severity::Hold};
    input.payoutAccountOtherCustomers30d = 1;
    const auto hits1 = evaluateOrderCreation(input, config);
    QCOMPARE_ENUM(findHit(hits1, rule::kPayoutAccountCustomers30d)->severity, Severity::Hold);
}

// × 5 of the median, once there are 3 completed orders; the limit shown is rounded
// down to the amount's scale (rule named: Down).
void TestRiskRules::amountAboveUsual()
{
    auto input = quietOrder();
    input.customerCompletedOrders = 3;
    input.customerMedianAmount = dec("2000.01");
    input.amountFiat = dec("10000.05"); // 5 × 2000.01 = 10000.05: reaching it is fine
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kAmountAboveUsual));
    input.amountFiat = dec("10000.06");
    const auto evaluated = evaluateOrderCreation(input, limits());
    const RiskHit *hit = findHit(evaluated, rule::kAmountAboveUsual);
    QVERIFY(hit);
    QCOMPARE_ENUM(hit->severity, Severity::Info);
    QCOMPARE(hit->observed, std::string("10000.06"));
    QCOMPARE(hit->limit, std::string("10000.05"));
    // A factor with more digits than the amount: the product is rounded down.
    auto config = limits();
    config.amountAboveUsual.factor = dec("1.333");
    input.customerMedianAmount = dec("100.00");
    input.amountFiat = dec("133.31");
    const auto hits2 = evaluateOrderCreation(input, config);
    QCOMPARE(findHit(hits2, rule::kAmountAboveUsual)->limit, std::string("133.30"));
    // Too little history, no median, or a zero median: no habit to compare with.
    input.amountFiat = dec("1000000.00");
    input.customerCompletedOrders = 2;
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kAmountAboveUsual));
    input.customerCompletedOrders = 10;
    input.customerMedianAmount.reset();
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kAmountAboveUsual));
    input.customerMedianAmount = dec("0.00");
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kAmountAboveUsual));
}

void TestRiskRules::requisitesChangedNearOrder()
{
    // A 60-minute window: new details 59 minutes after the previous order hold, 60 do not.
    auto input = quietOrder();
    input.requisitesChangedMinutesAfterOrder = 59;
    const auto evaluated = evaluateOrderCreation(input, limits());
    const RiskHit *hit = findHit(evaluated, rule::kRequisitesChangedNearOrder);
    QVERIFY(hit);
    QCOMPARE_ENUM(hit->severity, Severity::Hold);
    QCOMPARE(hit->observed, std::string("59"));
    QCOMPARE(hit->limit, std::string("60"));
    input.requisitesChangedMinutesAfterOrder = 60;
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kRequisitesChangedNearOrder));
    input.requisitesChangedMinutesAfterOrder.reset(); // no change, or no previous order
    QVERIFY(!findHit(evaluateOrderCreation(input, limits()), rule::kRequisitesChangedNearOrder));
}

// The admin screen builds its rule list and edit dialog from the catalogue: every configurable
// rule once, the four rules that look past the order off by default, the rest with RiskLimits'
// own defaults.
void TestRiskRules::limitCatalogue()
{
    const auto &catalog = limitRuleCatalog();
    QCOMPARE(catalog.size(), std::size_t(13));
    std::set<std::string_view> ids;
    for (const auto &info : catalog)
        ids.insert(info.id);
    QCOMPARE(ids.size(), catalog.size());
    QVERIFY(findLimitRule(rule::kProofReuse) == nullptr); // a severity, not a threshold
    QVERIFY(findLimitRule("no_such_rule") == nullptr);

    const auto *orders = findLimitRule(rule::kCustomerOrders24h);
    QVERIFY(orders);
    QVERIFY(orders->kind == LimitKind::Count);
    QVERIFY(orders->onByDefault);
    QCOMPARE(orders->defaultThreshold->toString(), std::string("10"));
    QVERIFY(orders->defaultSeverity == Severity::Hold);

    for (const auto id : {rule::kNewPayoutAccountAbove, rule::kPayoutAccountCustomers30d, rule::kAmountAboveUsual,
                          rule::kRequisitesChangedNearOrder, rule::kKycLevel0Volume30d, rule::kKycLevel1Volume30d,
                          rule::kKycLevel2Volume30d}) {
        const auto *info = findLimitRule(id);
        QVERIFY(info);
        QVERIFY(!info->onByDefault);
        QVERIFY(!info->defaultThreshold);
    }
    QVERIFY(findLimitRule(rule::kAmountAboveUsual)->kind == LimitKind::Multiplier);
    QCOMPARE(findLimitRule(rule::kAmountAboveUsual)->decimals, 2);
    QVERIFY(findLimitRule(rule::kRequisitesChangedNearOrder)->kind == LimitKind::Minutes);
    QVERIFY(findLimitRule(rule::kSingleOrderMax)->kind == LimitKind::AmountPerFiat);
    QCOMPARE(toString(LimitKind::AmountPerFiat), std::string_view("amount_per_fiat"));
}

// Each verification level has its own 30-day volume limit per fiat: the customer's level picks the
// rule, the order itself counts, reaching the limit is fine and exceeding it fires.
void TestRiskRules::kycLevelVolume30d()
{
    auto config = limits();
    auto &rub = config.perFiat["RUB"];
    rub.kycVolume30d = {AmountLimit{dec("50000.00"), Severity::Hold}, AmountLimit{dec("500000.00"), Severity::Hold},
                        AmountLimit{dec("5000000.00"), Severity::Info}};

    auto input = quietOrder();
    input.customerVolumePrior30d = dec("40000.00");
    input.amountFiat = dec("10000.00"); // 50 000.00: the unverified limit reached, not exceeded
    QVERIFY(!findHit(evaluateOrderCreation(input, config), rule::kKycLevel0Volume30d));

    input.amountFiat = dec("10000.01");
    const auto hits = evaluateOrderCreation(input, config);
    const RiskHit *hit = findHit(hits, rule::kKycLevel0Volume30d);
    QVERIFY(hit);
    QCOMPARE(hit->observed, std::string("50000.01"));
    QCOMPARE(hit->limit, std::string("50000.00"));
    QVERIFY(hit->severity == Severity::Hold);
    QVERIFY(!findHit(hits, rule::kKycLevel1Volume30d)); // only the customer's own level is judged

    // The same volume at a higher level is within its limit; far more fires that level's rule.
    input.kycLevel = KycLevel::Basic;
    QVERIFY(!findHit(evaluateOrderCreation(input, config), rule::kKycLevel1Volume30d));
    input.customerVolumePrior30d = dec("499999.99");
    const auto basic = evaluateAmountRules(input, config); // a take re-judges it with the final amount
    QVERIFY(findHit(basic, rule::kKycLevel1Volume30d));
    QVERIFY(!findHit(basic, rule::kKycLevel0Volume30d));

    input.kycLevel = KycLevel::Full;
    input.customerVolumePrior30d = dec("4999999.99");
    const auto fullHits = evaluateOrderCreation(input, config); // findHit points into it: keep it alive
    const RiskHit *full = findHit(fullHits, rule::kKycLevel2Volume30d);
    QVERIFY(full);
    QVERIFY(full->severity == Severity::Info);

    // Another fiat's limits do not apply: USD has none for verification levels.
    input.fiatCode = "USD";
    input.kycLevel = KycLevel::Unverified;
    input.customerVolumePrior30d = dec("999999.00");
    input.amountFiat = dec("1.00");
    QVERIFY(!findHit(evaluateOrderCreation(input, config), rule::kKycLevel0Volume30d));

    // A sum past the decimal's range fires with "overflow" rather than wrapping round.
    input.fiatCode = "RUB";
    input.customerVolumePrior30d = unlimitedAmount().max;
    input.amountFiat = unlimitedAmount().max;
    const auto overflowHits = evaluateOrderCreation(input, config);
    const RiskHit *overflow = findHit(overflowHits, rule::kKycLevel0Volume30d);
    QVERIFY(overflow);
    QCOMPARE(overflow->observed, std::string("overflow"));
}

void TestRiskRules::kycLevelNumbers()
{
    QVERIFY(kycLevelFromNumber(0) == KycLevel::Unverified);
    QVERIFY(kycLevelFromNumber(1) == KycLevel::Basic);
    QVERIFY(kycLevelFromNumber(2) == KycLevel::Full);
    QVERIFY(!kycLevelFromNumber(3));
    QVERIFY(!kycLevelFromNumber(-1));
    QCOMPARE(toNumber(KycLevel::Full), 2);
    QCOMPARE(kycVolumeRule(KycLevel::Basic), rule::kKycLevel1Volume30d);
}

void TestRiskRules::senderAddressRisk()
{
    // The setting names the highest score accepted without a senior: equal passes, one above holds.
    QVERIFY(!checkSenderAddressRisk(70, 70));
    QVERIFY(!checkSenderAddressRisk(0, 70));
    QCOMPARE(checkSenderAddressRisk(71, 70), (RiskHit{"sender_address_risk", Severity::Hold, "71", "70"}));
    QCOMPARE(checkSenderAddressRisk(100, 1), (RiskHit{"sender_address_risk", Severity::Hold, "100", "1"}));
    // 100, the highest setting, holds nothing: no score is above it.
    QVERIFY(!checkSenderAddressRisk(kMaxRiskScore, kMaxAmlHoldScore));
    QVERIFY(kMinAmlHoldScore <= kDefaultAmlHoldScore && kDefaultAmlHoldScore <= kMaxAmlHoldScore);

    QVERIFY(riskScoreFromNumber(0) == 0);
    QVERIFY(riskScoreFromNumber(100) == 100);
    QVERIFY(!riskScoreFromNumber(-1));
    QVERIFY(!riskScoreFromNumber(101));
    QVERIFY(!riskScoreFromNumber(std::int64_t(1) << 40));
}

QTEST_APPLESS_MAIN(TestRiskRules)
#include "tst_riskrules.moc"
