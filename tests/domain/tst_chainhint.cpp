// On-chain hints: which transfers of a transaction count for an order (the asset's own contract,
// the order's address as the network compares addresses) and how explorer base units become
// amounts. The explorer itself is tested in tests/syncd against a local double.
#include "DomainTestSupport.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/ChainHint.h"

#include <QTest>

#include <vector>

using namespace p2pdesk::domain;
using domaintest::dec;

namespace {

const char *const kDeposit = "TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW";
const char *const kOther = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf";

Asset asset(const char *code, const char *network)
{
    const auto found = findAsset(code, network);
    if (!found)
        qFatal("unknown asset %s/%s", code, network);
    return *found;
}

} // namespace

class TestChainHint final : public QObject {
    Q_OBJECT

private slots:
    void tokenContractsAreRealAddresses();
    void onlyTheAssetsOwnContractCounts();
    void amountsToTheAddressAreSummed();
    void anOverpaymentIsNotAMatch();
    void nothingToTheAddress();
    void addressesCompareAsTheirNetworkDoes();
    void baseUnits_data();
    void baseUnits();
};

void TestChainHint::tokenContractsAreRealAddresses()
{
    // A contract with a typo would make every genuine transfer look like a look-alike token.
    for (const auto &a : assets()) {
        if (a.standard == "native") {
            QVERIFY2(a.contract.empty(), std::string(a.code).c_str());
            continue;
        }
        QVERIFY2(!a.contract.empty(), std::string(a.code).c_str());
        QVERIFY2(validateAddress(a, a.contract).ok(), std::string(a.contract).c_str());
    }
}

void TestChainHint::onlyTheAssetsOwnContractCounts()
{
    const auto usdt = asset("USDT", "TRON");
    const auto usdc = asset("USDC", "TRON");
    // A look-alike "USDT" token has its own contract: it pays the right address the right amount
    // and still must not match.
    const std::vector<ChainTransfer> transfers{
        {kDeposit, std::string(usdc.contract), dec("150.000000")},
        {kDeposit, "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj", dec("150.000000")},
        {kDeposit, "", dec("1.000000")},
    };
    const auto result = compareTransfers(usdt, transfers, kDeposit, dec("150.000000"));
    QVERIFY(result.ok());
    QVERIFY(!result.value().addressMatches);
    QVERIFY(!result.value().amountMatches);
    QCOMPARE(result.value().received.toString(), std::string("0.000000"));
    QCOMPARE(result.value().otherAssetTransfers, 3);

    const std::vector<ChainTransfer> genuine{{kDeposit, std::string(usdt.contract), dec("150.000000")}};
    const auto matched = compareTransfers(usdt, genuine, kDeposit, dec("150"));
    QVERIFY(matched.ok());
    QVERIFY(matched.value().addressMatches);
    QVERIFY(matched.value().amountMatches);
    QCOMPARE(matched.value().otherAssetTransfers, 0);
}

void TestChainHint::amountsToTheAddressAreSummed()
{
    const auto btc = asset("BTC", "BITCOIN");
    const char *const address = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    const std::vector<ChainTransfer> outputs{
        {address, "", dec("0.01000000")},
        {"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "", dec("0.50000000")}, // the sender's change
        {address, "", dec("0.02500000")},
    };
    const auto result = compareTransfers(btc, outputs, address, dec("0.035"));
    QVERIFY(result.ok());
    QVERIFY(result.value().addressMatches);
    QCOMPARE(result.value().received.toString(), std::string("0.03500000"));
    QVERIFY(result.value().amountMatches);
}

void TestChainHint::anOverpaymentIsNotAMatch()
{
    const auto usdt = asset("USDT", "TRON");
    const std::vector<ChainTransfer> transfers{{kDeposit, std::string(usdt.contract), dec("150.000001")}};
    const auto result = compareTransfers(usdt, transfers, kDeposit, dec("150.000000"));
    QVERIFY(result.ok());
    QVERIFY(result.value().addressMatches);
    QVERIFY(!result.value().amountMatches);
    QCOMPARE(result.value().received.toString(), std::string("150.000001"));
}

void TestChainHint::nothingToTheAddress()
{
    const auto usdt = asset("USDT", "TRON");
    const std::vector<ChainTransfer> transfers{{kOther, std::string(usdt.contract), dec("150.000000")}};
    const auto result = compareTransfers(usdt, transfers, kDeposit, dec("150.000000"));
    QVERIFY(result.ok());
    QVERIFY(!result.value().addressMatches);
    QVERIFY(!result.value().amountMatches);
    QVERIFY(result.value().received.isZero());
    QVERIFY(compareTransfers(usdt, {}, kDeposit, dec("1")).ok());
}

void TestChainHint::addressesCompareAsTheirNetworkDoes()
{
    const auto eth = asset("ETH", "ETHEREUM");
    QVERIFY(
        sameAddress(eth, "0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886e0f7030069857d2e4169ee7"));
    QVERIFY(
        !sameAddress(eth, "0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169EE8"));
    const auto btc = asset("BTC", "BITCOIN");
    QVERIFY(
        sameAddress(btc, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"));
    QVERIFY(!sameAddress(btc, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "1bvbmseystwetqtfn5au4m4gfg7xjanvn2"));
    const auto usdt = asset("USDT", "TRON");
    QVERIFY(sameAddress(usdt, kDeposit, kDeposit));
    QVERIFY(!sameAddress(usdt, kDeposit, "tjcnkspa7y5okkxvqaidzbzqx3qyq6sxmw"));
    // The contract as Etherscan lower-cases it is still USDT.
    const auto usdtEth = asset("USDT", "ETHEREUM");
    QVERIFY(isTransferOf(usdtEth, {"0x0", "0xdac17f958d2ee523a2206206994597c13d831ec7", dec("1")}));
}

void TestChainHint::baseUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("usdt 150") << "USDT"
                              << "TRON"
                              << "150000000"
                              << "150.000000";
    QTest::newRow("usdt one unit") << "USDT"
                                   << "TRON"
                                   << "1"
                                   << "0.000001";
    QTest::newRow("usdt zero") << "USDT"
                               << "TRON"
                               << "0"
                               << "0.000000";
    QTest::newRow("btc sats") << "BTC"
                              << "BITCOIN"
                              << "3500000"
                              << "0.03500000";
    // 18 decimals shown at 8: the ten digits below a satoshi-sized unit are dropped, not rounded.
    QTest::newRow("eth truncated") << "ETH"
                                   << "ETHEREUM"
                                   << "1234567890123456789999"
                                   << "1234.56789012";
    QTest::newRow("eth dust") << "ETH"
                              << "ETHEREUM"
                              << "9999999999"
                              << "0.00000000";
    QTest::newRow("leading zeros") << "USDT"
                                   << "TRON"
                                   << "000150000000"
                                   << "150.000000";
    QTest::newRow("empty") << "USDT"
                           << "TRON"
                           << ""
                           << "";
    QTest::newRow("sign") << "USDT"
                          << "TRON"
                          << "-150"
                          << "";
    QTest::newRow("decimal point") << "USDT"
                                   << "TRON"
                                   << "150.0"
                                   << "";
    QTest::newRow("exponent") << "USDT"
                              << "TRON"
                              << "1.5e8"
                              << "";
    QTest::newRow("beyond the decimal") << "USDT"
                                        << "TRON"
                                        << "99999999999999999999999999"
                                        << "";
}

void TestChainHint::baseUnits()
{
    QFETCH(QString, code);
    QFETCH(QString, network);
    QFETCH(QString, digits);
    QFETCH(QString, expected);
    const auto a = asset(code.toLatin1().constData(), network.toLatin1().constData());
    const auto result = amountFromBaseUnits(a, digits.toStdString());
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        return;
    }
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(QString::fromStdString(result.value().toString()), expected);
}

QTEST_APPLESS_MAIN(TestChainHint)
#include "tst_chainhint.moc"
