#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"

#include <QtTest>

#include <string>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// The risk rules that look past one order (issue 12): one payout account shared by customers, the
// first payout to requisites the desk never paid, an amount far above the customer's habit and new
// requisites right after another order. Each fires at creation with its figures, against a real
// syncd and PostgreSQL; the admin's limits come from the limits table.
class TestSyncdOrdersRisk final : public QObject {
    Q_OBJECT

private slots:
    void payoutAccountSharedByCustomersBlocks();
    void firstPayoutToNewRequisitesIsHeld();
    void amountFarAboveTheCustomersHabitIsNoted();
    void requisitesChangedRightAfterAnOrderAreHeld();
    void volumeAboveTheVerificationLevelIsHeld();
};

namespace {

// The flag of `rule` on a created order's answer, or null.
nlohmann::json flagOf(const HttpsResult &created, const std::string &rule)
{
    for (const auto &flag : created.json.at("risk_flags")) {
        if (flag.at("rule").get<std::string>() == rule)
            return flag;
    }
    return nullptr;
}

std::string idOf(const HttpsResult &created)
{
    return std::to_string(created.json.at("id").get<std::int64_t>());
}

} // namespace

void TestSyncdOrdersRisk::payoutAccountSharedByCustomersBlocks()
{
    OrdersWorld w; // one other customer on the same account is fine (a family card), two block
    w.sql("INSERT INTO limits (rule, threshold, action) VALUES ('payout_account_customers_30d', 1, 'block')");
    auto op1 = w.as(w.op1);
    const auto first = createOrder(op1, 781001);
    QCOMPARE(first.status, 201);
    QVERIFY(flagOf(first, "payout_account_customers_30d").is_null());
    const auto second = createOrder(op1, 781002); // same card, another customer
    QVERIFY(flagOf(second, "payout_account_customers_30d").is_null());
    // The same customer again counts no one new.
    QVERIFY(flagOf(createOrder(op1, 781002), "payout_account_customers_30d").is_null());

    const auto third = createOrder(op1, 781003);
    QCOMPARE(third.status, 201);
    const auto flag = flagOf(third, "payout_account_customers_30d");
    QVERIFY(!flag.is_null());
    QCOMPARE(flag.at("severity").get<std::string>(), std::string("block"));
    QCOMPARE(flag.at("figures").at("observed").get<std::string>(), std::string("2"));
    QCOMPARE(flag.at("figures").at("limit").get<std::string>(), std::string("1"));
    QCOMPARE(w.scalar("SELECT hold FROM orders WHERE id = " + idOf(third)), std::string("t"));

    // Orders older than 30 days do not count.
    w.sql("UPDATE orders SET created_at = now() - interval '31 days'");
    QVERIFY(flagOf(createOrder(op1, 781004), "payout_account_customers_30d").is_null());
}

void TestSyncdOrdersRisk::firstPayoutToNewRequisitesIsHeld()
{
    OrdersWorld w;
    w.sql("INSERT INTO limits (rule, fiat_currency, threshold, action) VALUES "
          "('single_order_max', 'RUB', 1000000, 'hold'), ('new_payout_account_above', 'RUB', 5000, 'hold')");
    auto op1 = w.as(w.op1);
    const auto small = createOrder(op1, 782001, kRequisites, "50.000000"); // 4950.00 RUB
    QVERIFY(flagOf(small, "new_payout_account_above").is_null());
    const auto large = createOrder(op1, 782001); // 9900.00 RUB to requisites never paid
    const auto flag = flagOf(large, "new_payout_account_above");
    QVERIFY(!flag.is_null());
    QCOMPARE(flag.at("severity").get<std::string>(), std::string("hold"));
    QCOMPARE(flag.at("figures").at("observed").get<std::string>(), std::string("9900.00"));
    QCOMPARE(flag.at("figures").at("limit").get<std::string>(), std::string("5000.00"));

    // Once the desk has paid these requisites (any customer's order), the cooling-off is over.
    w.sql("UPDATE orders SET status = 'PAID_OUT', final_rate = suggested_rate WHERE id = " + idOf(small));
    const auto paidBefore = createOrder(op1, 782002);
    QVERIFY2(paidBefore.status == 201, paidBefore.body.c_str());
    QVERIFY(flagOf(paidBefore, "new_payout_account_above").is_null());
    // Other requisites are new again.
    const auto otherRequisites = createOrder(op1, 782002, "2200 0000 0000 0004");
    QVERIFY2(otherRequisites.status == 201, otherRequisites.body.c_str());
    QVERIFY(!flagOf(otherRequisites, "new_payout_account_above").is_null());
}

void TestSyncdOrdersRisk::amountFarAboveTheCustomersHabitIsNoted()
{
    OrdersWorld w;
    w.sql("INSERT INTO limits (rule, threshold, action) VALUES ('amount_above_usual', 3.5, 'flag')");
    auto op1 = w.as(w.op1);
    // Three completed orders of 990.00, 1980.00 and 2970.00 RUB: the median is 1980.00.
    for (const char *amount : {"10.000000", "20.000000", "30.000000"}) {
        const auto done = createOrder(op1, 783001, kRequisites, amount);
        QCOMPARE(done.status, 201);
        w.sql("UPDATE orders SET status = 'COMPLETED', final_rate = suggested_rate WHERE id = " + idOf(done));
    }
    // 70 USDT = 6930.00 RUB = 3.5 × 1980.00: reaching the limit is fine.
    QVERIFY(flagOf(createOrder(op1, 783001, kRequisites, "70.000000"), "amount_above_usual").is_null());
    const auto unusual = createOrder(op1, 783001); // 9900.00 RUB
    const auto flag = flagOf(unusual, "amount_above_usual");
    QVERIFY(!flag.is_null());
    QCOMPARE(flag.at("severity").get<std::string>(), std::string("info"));
    QCOMPARE(flag.at("figures").at("observed").get<std::string>(), std::string("9900.00"));
    QCOMPARE(flag.at("figures").at("limit").get<std::string>(), std::string("6930.00"));
    QCOMPARE(w.scalar("SELECT hold FROM orders WHERE id = " + idOf(unusual)), std::string("f")); // info only
    // A customer with less history has no habit to compare with.
    QVERIFY(flagOf(createOrder(op1, 783002), "amount_above_usual").is_null());
}

void TestSyncdOrdersRisk::requisitesChangedRightAfterAnOrderAreHeld()
{
    OrdersWorld w;
    w.sql("INSERT INTO limits (rule, threshold, action) VALUES ('requisites_changed_near_order', 30, 'hold')");
    auto op1 = w.as(w.op1);
    QCOMPARE(createOrder(op1, 784001).status, 201);
    // The customer's first requisites are no change; the same ones again neither.
    QVERIFY(flagOf(createOrder(op1, 784001), "requisites_changed_near_order").is_null());
    const auto changed = createOrder(op1, 784001, "2200 0000 0000 0004");
    const auto flag = flagOf(changed, "requisites_changed_near_order");
    QVERIFY(!flag.is_null());
    QCOMPARE(flag.at("severity").get<std::string>(), std::string("hold"));
    QCOMPARE(flag.at("figures").at("observed").get<std::string>(), std::string("0"));
    QCOMPARE(flag.at("figures").at("limit").get<std::string>(), std::string("30"));

    // New requisites a day after the last order: no longer near it.
    w.sql("UPDATE orders SET created_at = now() - interval '1 day'");
    QVERIFY(flagOf(createOrder(op1, 784001, "5536 9137 5891 2468"), "requisites_changed_near_order").is_null());
}

// Each verification level has its own 30-day volume limit per fiat; the customer's level picks it
// at creation, and a take judges the recomputed amount by the level in force then.
void TestSyncdOrdersRisk::volumeAboveTheVerificationLevelIsHeld()
{
    OrdersWorld w;
    w.sql("INSERT INTO limits (rule, fiat_currency, threshold, action) VALUES "
          "('kyc_level0_volume_30d', 'RUB', 15000, 'hold'), ('kyc_level1_volume_30d', 'RUB', 100000, 'hold')");
    auto op1 = w.as(w.op1);
    auto senior = w.as(w.senior1);
    QVERIFY(flagOf(createOrder(op1, 785001), "kyc_level0_volume_30d").is_null()); // 9900.00
    const auto second = createOrder(op1, 785001);                                 // 19 800.00 in 30 days
    const auto flag = flagOf(second, "kyc_level0_volume_30d");
    QVERIFY2(!flag.is_null(), second.body.c_str());
    QCOMPARE(flag.at("severity").get<std::string>(), std::string("hold"));
    QCOMPARE(flag.at("figures").at("observed").get<std::string>(), std::string("19800.00"));
    QCOMPARE(flag.at("figures").at("limit").get<std::string>(), std::string("15000.00"));
    QCOMPARE(w.scalar("SELECT hold FROM orders WHERE id = " + idOf(second)), std::string("t"));

    // Raised to level 1: the next order is judged by level 1's limit (29 700.00 ≤ 100 000.00).
    const auto customer = w.customerId(785001);
    QCOMPARE(senior
                 .post(path(p2pdesk::proto::endpoints::kCustomerKycLevel, customer),
                       {{"level", 1}, {"reason", "passport checked"}})
                 .status,
             200);
    const auto third = createOrder(op1, 785001);
    QCOMPARE(third.status, 201);
    QVERIFY(flagOf(third, "kyc_level0_volume_30d").is_null());
    QVERIFY(flagOf(third, "kyc_level1_volume_30d").is_null());

    // A small order created at level 1, then the level lowered: its take at another rate recomputes
    // the amount and judges it by level 0 (29 700.00 before it + 10 × 100.000000).
    const auto small = createOrder(op1, 785001, kRequisites, "10.000000");
    QVERIFY(flagOf(small, "kyc_level0_volume_30d").is_null());
    QCOMPARE(senior
                 .post(path(p2pdesk::proto::endpoints::kCustomerKycLevel, customer),
                       {{"level", 0}, {"reason", "the passport had expired"}})
                 .status,
             200);
    const auto taken = op1.post(path(p2pdesk::proto::endpoints::kOrderTake, small.json.at("id").get<std::int64_t>()),
                                {{"final_rate", "100.000000"}, {"reason", "market moved"}});
    QVERIFY2(taken.status == 200, taken.body.c_str());
    const auto atTake = flagOf(taken, "kyc_level0_volume_30d");
    QVERIFY2(!atTake.is_null(), taken.body.c_str());
    QCOMPARE(atTake.at("figures").at("observed").get<std::string>(), std::string("30700.00"));

    // Orders older than 30 days do not count.
    w.sql("UPDATE orders SET created_at = now() - interval '31 days'");
    QVERIFY(flagOf(createOrder(op1, 785001), "kyc_level0_volume_30d").is_null());
}

QTEST_GUILESS_MAIN(TestSyncdOrdersRisk)
#include "tst_syncd_orders_risk.moc"
