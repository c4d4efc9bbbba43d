#include "security/Masking.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <string>

using namespace p2pdesk::syncd::security;

class TestMasking final : public QObject {
    Q_OBJECT

private slots:
    void masks_data();
    void masks();
    void neverShowsMoreThanTheTail();
};

void TestMasking::masks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString dots = QStringLiteral("\u2022\u2022\u2022\u2022");
    QTest::newRow("card") << QStringLiteral("4276 1234 5678 9012") << dots + QStringLiteral(" 9012");
    QTest::newRow("card with dashes") << QStringLiteral("4276-1234-5678-9012") << dots + QStringLiteral(" 9012");
    QTest::newRow("account") << QStringLiteral("40817810099910004312") << dots + QStringLiteral(" 4312");
    QTest::newRow("phone") << QStringLiteral("+7 (912) 345-67-89") << dots + QStringLiteral(" 6789");
    QTest::newRow("iban") << QStringLiteral("de89 3704 0044 0532 0130 00") << dots + QStringLiteral(" 3000");
    QTest::newRow("trailing separators") << QStringLiteral("4276 1234 5678 9012 - ") << dots + QStringLiteral(" 9012");
    QTest::newRow("eight characters") << QStringLiteral("12345678") << dots + QStringLiteral(" 5678");
    QTest::newRow("seven characters") << QStringLiteral("1234567") << dots;
    QTest::newRow("short") << QStringLiteral("12-34") << dots;
    QTest::newRow("empty") << QString() << dots;
    QTest::newRow("cyrillic tail") << QStringLiteral("Петров Иван") << dots + QStringLiteral(" Иван");
}

void TestMasking::masks()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(maskRequisites(input.toStdString())), expected);
}

void TestMasking::neverShowsMoreThanTheTail()
{
    const std::string masked = maskRequisites("4276 1234 5678 9012");
    QVERIFY(masked.find("4276") == std::string::npos);
    QVERIFY(masked.find("1234") == std::string::npos);
    QVERIFY(masked.find("5678") == std::string::npos);
    QCOMPARE(masked.size(), std::string("\u2022\u2022\u2022\u2022 9012").size());
}

QTEST_APPLESS_MAIN(TestMasking)
#include "tst_masking.moc"
