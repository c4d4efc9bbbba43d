#include "DomainTestSupport.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/BankDirectory.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/KeyMaterial.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <set>
#include <string>

using namespace p2pdesk::domain;

Q_DECLARE_METATYPE(p2pdesk::domain::ErrorCode)

namespace {

Asset mustFind(std::string_view code, std::string_view network)
{
    const auto found = findAsset(code, network);
    if (!found)
        qFatal("asset %s/%s missing", std::string(code).c_str(), std::string(network).c_str());
    return *found;
}

} // namespace

class TestCatalogue final : public QObject {
    Q_OBJECT

private slots:
    void assetProperties_data();
    void assetProperties();
    void unknownAsset();
    void catalogueIsConsistent();
    void address_data();
    void address();
    void txid_data();
    void txid();
    void normalizedTxidAndLink();
    void cryptoAmounts();
    void fiatCatalogue();
    void keyMaterial_data();
    void keyMaterial();
    void bankDirectoryShapes();
};

void TestCatalogue::assetProperties_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("amountScale");

    QTest::newRow("usdt tron") << "USDT"
                               << "TRON"
                               << "TRC20" << 6 << 6;
    QTest::newRow("usdt ethereum") << "USDT"
                                   << "ETHEREUM"
                                   << "ERC20" << 6 << 6;
    QTest::newRow("usdc ethereum") << "USDC"
                                   << "ETHEREUM"
                                   << "ERC20" << 6 << 6;
    QTest::newRow("btc") << "BTC"
                         << "BITCOIN"
                         << "native" << 8 << 8;
    // On-chain 18 decimals, but the desk keeps 8 so a uint64 holds realistic balances.
    QTest::newRow("eth") << "ETH"
                         << "ETHEREUM"
                         << "native" << 18 << 8;
}

void TestCatalogue::assetProperties()
{
    QFETCH(QString, code);
    QFETCH(QString, network);
    QFETCH(QString, standard);
    QFETCH(int, decimals);
    QFETCH(int, amountScale);

    const auto found = asset(code.toStdString(), network.toStdString());
    QVERIFY(found.ok());
    QCOMPARE(QString::fromUtf8(found->standard.data(), qsizetype(found->standard.size())), standard);
    QCOMPARE(found->decimals, decimals);
    QCOMPARE(found->amountScale, amountScale);
}

void TestCatalogue::unknownAsset()
{
    QVERIFY(!findAsset("USDT", "SOLANA"));
    QVERIFY(!findAsset("usdt", "TRON")); // lookups are exact: the wire spelling is upper case
    QVERIFY(!findAsset("BTC", "TRON"));
    QVERIFY(!findAsset("", ""));
    const auto missing = asset("DOGE", "DOGECOIN");
    QVERIFY(!missing.ok());
    QCOMPARE_ENUM(missing.error().code, ErrorCode::UnknownAsset);
}

void TestCatalogue::catalogueIsConsistent()
{
    std::set<std::string> keys;
    for (const Asset &entry : assets()) {
        QVERIFY(keys.insert(std::string(entry.code) + "/" + std::string(entry.network)).second);
        QVERIFY(entry.amountScale <= entry.decimals);
        QVERIFY(entry.amountScale <= 8);
        QVERIFY(entry.amountScale <= Decimal::kMaxScale);
        QVERIFY(entry.explorerTxUrl.find("{txid}") != std::string_view::npos);
        QVERIFY(findAsset(entry.code, entry.network).has_value());
    }
    QVERIFY(assets().size() >= 5);
}

void TestCatalogue::address_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    // TRON: base58check, version 0x41.
    QTest::newRow("tron usdt contract") << "USDT"
                                        << "TRON"
                                        << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << true;
    QTest::newRow("tron generated") << "USDT"
                                    << "TRON"
                                    << "T9yED5xMV5ARV98BexN97aLZ1UUq7eKSxm" << true;
    QTest::newRow("tron last char typo") << "USDT"
                                         << "TRON"
                                         << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u" << false;
    QTest::newRow("tron swapped chars") << "USDT"
                                        << "TRON"
                                        << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjt6" << false;
    QTest::newRow("tron wrong version byte") << "USDT"
                                             << "TRON"
                                             << "TZJqCCFeCFdJJaGGgNhTbhcLdyjmqUrgFq" << false;
    QTest::newRow("tron too short") << "USDT"
                                    << "TRON"
                                    << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6" << false;
    QTest::newRow("tron too long") << "USDT"
                                   << "TRON"
                                   << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6tt" << false;
    QTest::newRow("tron zero is not base58") << "USDT"
                                             << "TRON"
                                             << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj60" << false;
    QTest::newRow("tron ell is not base58") << "USDT"
                                            << "TRON"
                                            << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjlt" << false;
    QTest::newRow("tron given an eth address") << "USDT"
                                               << "TRON"
                                               << "0xdAC17F958D2ee523a2206206994597C13D831ec7" << false;
    QTest::newRow("tron empty") << "USDT"
                                << "TRON"
                                << "" << false;
    // Ethereum: 0x + 40 hex, either case.
    QTest::newRow("eth mixed case") << "USDT"
                                    << "ETHEREUM"
                                    << "0xdAC17F958D2ee523a2206206994597C13D831ec7" << true;
    QTest::newRow("eth lower") << "ETH"
                               << "ETHEREUM"
                               << "0xdac17f958d2ee523a2206206994597c13d831ec7" << true;
    QTest::newRow("eth no prefix") << "ETH"
                                   << "ETHEREUM"
                                   << "dac17f958d2ee523a2206206994597c13d831ec7" << false;
    QTest::newRow("eth upper prefix") << "ETH"
                                      << "ETHEREUM"
                                      << "0XdAC17F958D2ee523a2206206994597C13D831ec7" << false;
    QTest::newRow("eth 39 hex") << "USDC"
                                << "ETHEREUM"
                                << "0xdac17f958d2ee523a2206206994597c13d831ec" << false;
    QTest::newRow("eth 41 hex") << "USDC"
                                << "ETHEREUM"
                                << "0xdac17f958d2ee523a2206206994597c13d831ec70" << false;
    QTest::newRow("eth non hex") << "USDC"
                                 << "ETHEREUM"
                                 << "0xgac17f958d2ee523a2206206994597c13d831ec7" << false;
    QTest::newRow("eth given a tron address") << "ETH"
                                              << "ETHEREUM"
                                              << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << false;
    // Bitcoin mainnet: P2PKH, P2SH, segwit v0 (bech32), taproot (bech32m).
    QTest::newRow("btc p2pkh genesis") << "BTC"
                                       << "BITCOIN"
                                       << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa" << true;
    QTest::newRow("btc p2pkh") << "BTC"
                               << "BITCOIN"
                               << "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2" << true;
    QTest::newRow("btc p2sh") << "BTC"
                              << "BITCOIN"
                              << "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy" << true;
    QTest::newRow("btc p2wpkh") << "BTC"
                                << "BITCOIN"
                                << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" << true;
    QTest::newRow("btc p2wpkh upper") << "BTC"
                                      << "BITCOIN"
                                      << "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4" << true;
    QTest::newRow("btc p2wsh") << "BTC"
                               << "BITCOIN"
                               << "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3" << true;
    QTest::newRow("btc taproot") << "BTC"
                                 << "BITCOIN"
                                 << "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0" << true;
    QTest::newRow("btc p2pkh typo") << "BTC"
                                    << "BITCOIN"
                                    << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb" << false;
    QTest::newRow("btc p2sh typo") << "BTC"
                                   << "BITCOIN"
                                   << "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz" << false;
    QTest::newRow("btc bech32 typo") << "BTC"
                                     << "BITCOIN"
                                     << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5" << false;
    QTest::newRow("btc bech32 mixed case") << "BTC"
                                           << "BITCOIN"
                                           << "bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" << false;
    QTest::newRow("btc v0 with bech32m checksum") << "BTC"
                                                  << "BITCOIN"
                                                  << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh" << false;
    QTest::newRow("btc testnet bech32") << "BTC"
                                        << "BITCOIN"
                                        << "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx" << false;
    QTest::newRow("btc testnet p2pkh") << "BTC"
                                       << "BITCOIN"
                                       << "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn" << false;
    QTest::newRow("btc tron address") << "BTC"
                                      << "BITCOIN"
                                      << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << false;
    QTest::newRow("btc bech32 bad char") << "BTC"
                                         << "BITCOIN"
                                         << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3tb" << false;
    QTest::newRow("btc empty") << "BTC"
                               << "BITCOIN"
                               << "" << false;
}

void TestCatalogue::address()
{
    QFETCH(QString, code);
    QFETCH(QString, network);
    QFETCH(QString, address);
    QFETCH(bool, valid);

    const Asset target = mustFind(code.toStdString(), network.toStdString());
    const auto status = validateAddress(target, address.toStdString());
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QCOMPARE_ENUM(status.error().code, ErrorCode::InvalidFormat);
        QVERIFY(!status.error().message.empty());
    }
}

void TestCatalogue::txid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("txid");
    QTest::addColumn<bool>("valid");

    const QString hex64 = QStringLiteral("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b");
    QTest::newRow("btc hex64") << "BTC"
                               << "BITCOIN" << hex64 << true;
    QTest::newRow("btc upper hex") << "BTC"
                                   << "BITCOIN" << hex64.toUpper() << true;
    QTest::newRow("btc with 0x") << "BTC"
                                 << "BITCOIN" << (QStringLiteral("0x") + hex64) << false;
    QTest::newRow("btc 63") << "BTC"
                            << "BITCOIN" << hex64.left(63) << false;
    QTest::newRow("btc 65") << "BTC"
                            << "BITCOIN" << (hex64 + QStringLiteral("0")) << false;
    QTest::newRow("btc non hex") << "BTC"
                                 << "BITCOIN" << (hex64.left(63) + QStringLiteral("g")) << false;
    QTest::newRow("tron hex64") << "USDT"
                                << "TRON" << hex64 << true;
    QTest::newRow("tron with 0x") << "USDT"
                                  << "TRON" << (QStringLiteral("0x") + hex64) << false;
    QTest::newRow("eth 0x hex64") << "USDT"
                                  << "ETHEREUM" << (QStringLiteral("0x") + hex64) << true;
    QTest::newRow("eth without 0x") << "USDT"
                                    << "ETHEREUM" << hex64 << false;
    QTest::newRow("eth 0X") << "ETH"
                            << "ETHEREUM" << (QStringLiteral("0X") + hex64) << false;
    QTest::newRow("eth short") << "ETH"
                               << "ETHEREUM" << (QStringLiteral("0x") + hex64.left(62)) << false;
    QTest::newRow("eth space") << "ETH"
                               << "ETHEREUM" << (QStringLiteral("0x ") + hex64.left(63)) << false;
    QTest::newRow("empty") << "ETH"
                           << "ETHEREUM" << QString() << false;
}

void TestCatalogue::txid()
{
    QFETCH(QString, code);
    QFETCH(QString, network);
    QFETCH(QString, txid);
    QFETCH(bool, valid);

    const Asset target = mustFind(code.toStdString(), network.toStdString());
    const auto status = validateTxid(target, txid.toStdString());
    QCOMPARE(status.ok(), valid);
    if (!valid)
        QCOMPARE_ENUM(status.error().code, ErrorCode::InvalidFormat);
    QCOMPARE(normalizeTxid(target, txid.toStdString()).ok(), valid);
}

void TestCatalogue::normalizedTxidAndLink()
{
    const Asset eth = mustFind("ETH", "ETHEREUM");
    const std::string upper = "0xABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789";
    const std::string lower = "0xabcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";
    QCOMPARE(normalizeTxid(eth, upper).value(), lower);
    QCOMPARE(normalizeTxid(eth, lower).value(), lower);
    QCOMPARE(explorerLink(eth, upper).value(), "https://etherscan.io/tx/" + lower);
    const Asset tron = mustFind("USDT", "TRON");
    QCOMPARE(explorerLink(tron, lower.substr(2)).value(), "https://tronscan.org/#/transaction/" + lower.substr(2));
    QCOMPARE_ENUM(explorerLink(tron, "nope").error().code, ErrorCode::InvalidFormat);
}

void TestCatalogue::cryptoAmounts()
{
    const Asset eth = mustFind("ETH", "ETHEREUM");
    QCOMPARE(parseCryptoAmount(eth, "1.5").value().scale(), 8);
    QCOMPARE(parseCryptoAmount(eth, "1000000.12345678").value().toString(), std::string("1000000.12345678"));
    // Wei-precision input is refused rather than silently rounded.
    QCOMPARE_ENUM(parseCryptoAmount(eth, "0.000000000000000001").error().code, ErrorCode::ScaleExceeded);
    const Asset usdt = mustFind("USDT", "TRON");
    QCOMPARE(parseCryptoAmount(usdt, "100.123456").value().units(), quint64(100123456));
    QCOMPARE_ENUM(parseCryptoAmount(usdt, "100.1234567").error().code, ErrorCode::ScaleExceeded);
    QCOMPARE_ENUM(parseCryptoAmount(usdt, "-1").error().code, ErrorCode::NegativeAmount);
}

void TestCatalogue::fiatCatalogue()
{
    for (const char *code : {"RUB", "USD", "EUR", "KZT", "UAH", "TRY"}) {
        const auto found = fiat(code);
        QVERIFY2(found.ok(), code);
        QCOMPARE(found->decimals, 2);
        QCOMPARE(std::string(found->code), std::string(code));
        QVERIFY(!found->name.empty());
    }
    QCOMPARE_ENUM(fiat("rub").error().code, ErrorCode::UnknownFiat);
    QCOMPARE_ENUM(fiat("XXX").error().code, ErrorCode::UnknownFiat);
    QCOMPARE_ENUM(fiat("").error().code, ErrorCode::UnknownFiat);
    std::set<std::string_view> codes;
    for (const Fiat &entry : fiats())
        QVERIFY(codes.insert(entry.code).second);

    const Fiat rub = fiat("RUB").value();
    QCOMPARE(parseFiatAmount(rub, "1500.50").value().units(), quint64(150050));
    QCOMPARE_ENUM(parseFiatAmount(rub, "1500.505").error().code, ErrorCode::ScaleExceeded);
}

// A wallet's secret_ref names where its key is kept; key material itself is refused.
void TestCatalogue::keyMaterial_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("key");
    QTest::newRow("vault path") << "vault://desk/tron-hot-1" << false;
    QTest::newRow("hardware wallet") << "ledger:desk-nano-2" << false;
    QTest::newRow("hsm slot") << "hsm:slot-4" << false;
    QTest::newRow("a sentence of eleven words") << "the key is on the blue ledger in the office safe" << false;
    QTest::newRow("an address") << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("hex key") << "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" << true;
    QTest::newRow("0x hex key") << "0x4C0883A69102937D6231471B5DBB6204FE5129617082792AE468D01A3F362318" << true;
    QTest::newRow("hex key inside a ref")
        << "vault:4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" << true;
    QTest::newRow("12 words") << "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                                 "abandon about"
                              << true;
    QTest::newRow("WIF") << "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ" << true;
    QTest::newRow("WIF compressed, padded") << "  KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617\n" << true;
    QTest::newRow("PEM") << "-----BEGIN EC PRIV"
                            "ATE KEY-----"
                         << true;
}

void TestCatalogue::keyMaterial()
{
    QFETCH(QString, value);
    QFETCH(bool, key);
    QCOMPARE(looksLikeKeyMaterial(value.replace(QLatin1String("\\n"), QLatin1String("\n")).toStdString()), key);
}

// The banks directory's codes and countries, as syncd and the workstation's dialog check them.
void TestCatalogue::bankDirectoryShapes()
{
    for (const char *good : {"SBER", "TINKOFF", "ALFA_BANK", "VTB", "B2", "A234567890123456789012345678901B"})
        QVERIFY2(isBankCode(good), good);
    for (const char *bad : {"", "S", "sber", "SBER ", "T-BANK", "Сбер", "A2345678901234567890123456789012B"})
        QVERIFY2(!isBankCode(bad), bad);
    for (const char *good : {"RU", "KZ", "TR", "UA", "US", "DE", "AD", "ZW", "AX", "SS"})
        QVERIFY2(isCountryCode(good), good);
    for (const char *bad : {"", "R", "RUS", "ru", "XX", "ZZ", "AA", "EU", "UK", "R1"})
        QVERIFY2(!isCountryCode(bad), bad);
}

QTEST_APPLESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
