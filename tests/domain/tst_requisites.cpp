#include "p2pdesk/domain/PayoutRequisites.h"

#include <QObject>
#include <QString>
#include <QTest>

using namespace p2pdesk::domain;

// The bot validates payout requisites before the customer confirms: a mistyped card must be caught
// there, not by an operator whose payment bounces.
class TestRequisites final : public QObject {
    Q_OBJECT

private:
    static Asset usdtTron() { return *findAsset("USDT", "TRON"); }

private slots:
    void luhn()
    {
        QVERIFY(luhnValid("4111111111111111"));
        QVERIFY(luhnValid("2200000000000004"));
        QVERIFY(!luhnValid("4111111111111112"));
        QVERIFY(!luhnValid(""));
        QVERIFY(!luhnValid("41111x1111111111"));
    }

    void sellRequisites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind"); // empty: refused
        QTest::addColumn<QString>("normalized");
        QTest::newRow("card with spaces") << "4111 1111 1111 1111"
                                          << "card"
                                          << "4111111111111111";
        QTest::newRow("card with dashes") << "4111-1111-1111-1111"
                                          << "card"
                                          << "4111111111111111";
        QTest::newRow("card typo") << "4111 1111 1111 1112"
                                   << ""
                                   << "";
        QTest::newRow("phone e164") << "+7 (912) 345-67-89"
                                    << "phone"
                                    << "+79123456789";
        QTest::newRow("phone russian 8") << "89123456789"
                                         << "phone"
                                         << "+79123456789";
        QTest::newRow("phone too short") << "+12345"
                                         << ""
                                         << "";
        QTest::newRow("ru account") << "40817810099910004312"
                                    << "account"
                                    << "40817810099910004312";
        QTest::newRow("iban") << "de89 3704 0044 0532 0130 00"
                              << "account"
                              << "DE89370400440532013000";
        QTest::newRow("iban bad check") << "DE89 3704 0044 0532 0130 01"
                                        << ""
                                        << "";
        QTest::newRow("words") << "my card please"
                               << ""
                               << "";
        QTest::newRow("empty") << "   "
                               << ""
                               << "";
        QTest::newRow("too long") << QString(70, u'1') << ""
                                  << "";
    }

    void sellRequisites()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, normalized);
        const auto parsed = parsePayoutRequisites(Direction::Sell, usdtTron(), text.toStdString());
        if (kind.isEmpty()) {
            QVERIFY(!parsed.ok());
            QVERIFY(parsed.error().code == ErrorCode::InvalidFormat);
            QVERIFY(!parsed.error().message.empty());
            return;
        }
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(QString::fromUtf8(toString(parsed->kind).data()), kind);
        QCOMPARE(QString::fromStdString(parsed->normalized), normalized);
    }

    void buyNeedsAnAddressOfTheNetwork()
    {
        const auto good = parsePayoutRequisites(Direction::Buy, usdtTron(), "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        QVERIFY2(good.ok(), good.ok() ? "" : good.error().message.c_str());
        QVERIFY(good->kind == RequisitesKind::Crypto);
        QVERIFY(!parsePayoutRequisites(Direction::Buy, usdtTron(), "4111111111111111").ok());
        QVERIFY(!parsePayoutRequisites(Direction::Buy, usdtTron(), "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u").ok());
    }
};

QTEST_APPLESS_MAIN(TestRequisites)
#include "tst_requisites.moc"
