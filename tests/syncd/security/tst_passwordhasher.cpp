#include "security/PasswordHasher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <limits>
#include <string>

using namespace p2pdesk::syncd::security;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(p2pdesk::syncd::security::PasswordError)

namespace {

// Tiny costs keep the suite fast; production defaults are exercised by defaultsAreMemoryHard().
Argon2Params smallParams()
{
    Argon2Params p;
    p.memoryKiB = 256;
    p.iterations = 1;
    p.parallelism = 1;
    return p;
}

std::string mustHash(const PasswordHasher &hasher, std::string_view password)
{
    auto result = hasher.hash(password);
    if (!result)
        qFatal("hashing failed");
    return *result;
}

} // namespace

class TestPasswordHasher final : public QObject {
    Q_OBJECT

private slots:
    void hashesAsArgon2idPhcString();
    void verifiesOnlyTheRightPassword();
    void saltsAreRandom();
    void referenceVector();
    void passwordLengthLimits_data();
    void passwordLengthLimits();
    void verifyRejectsMalformedHashes_data();
    void verifyRejectsMalformedHashes();
    void needsRehashWhenParametersChange();
    void parseEncodedReadsParameters();
    void rejectsUnsafeParameters();
    void defaultsAreMemoryHard();
    void dummyVerifyCostsLikeVerify();
};

void TestPasswordHasher::hashesAsArgon2idPhcString()
{
    const PasswordHasher hasher(smallParams());
    const std::string encoded = mustHash(hasher, "correct horse battery staple");
    QVERIFY2(encoded.starts_with("$argon2id$v=19$m=256,t=1,p=1$"), encoded.c_str());
    QVERIFY(encoded.find("correct") == std::string::npos);
}

void TestPasswordHasher::verifiesOnlyTheRightPassword()
{
    const PasswordHasher hasher(smallParams());
    const std::string encoded = mustHash(hasher, "correct horse battery staple");
    QVERIFY(hasher.verify("correct horse battery staple", encoded));
    QVERIFY(!hasher.verify("correct horse battery stapl", encoded));
    QVERIFY(!hasher.verify("Correct horse battery staple", encoded));
    QVERIFY(!hasher.verify("correct horse battery staple ", encoded));
}

void TestPasswordHasher::saltsAreRandom()
{
    const PasswordHasher hasher(smallParams());
    const std::string a = mustHash(hasher, "same password");
    const std::string b = mustHash(hasher, "same password");
    QVERIFY(a != b);
    QVERIFY(hasher.verify("same password", a));
    QVERIFY(hasher.verify("same password", b));
}

// From the argon2 reference implementation's test suite (argon2id, v=19, t=2, m=64 MiB, p=1,
// password "password", salt "somesalt"): proves interoperability with other argon2 implementations.
void TestPasswordHasher::referenceVector()
{
    const std::string reference =
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    const PasswordHasher hasher(smallParams());
    QVERIFY(hasher.verify("password", reference));
    QVERIFY(!hasher.verify("passwore", reference));
    QVERIFY(hasher.needsRehash(reference));
}

void TestPasswordHasher::passwordLengthLimits_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<PasswordError>("error");
    QTest::newRow("empty") << 0 << false << PasswordError::Empty;
    QTest::newRow("one byte") << 1 << true << PasswordError::Empty;
    QTest::newRow("at limit") << 1024 << true << PasswordError::Empty;
    QTest::newRow("over limit") << 1025 << false << PasswordError::TooLong;
    QTest::newRow("far over limit") << 100000 << false << PasswordError::TooLong;
}

void TestPasswordHasher::passwordLengthLimits()
{
    QFETCH(int, length);
    QFETCH(bool, accepted);
    QFETCH(PasswordError, error);
    const PasswordHasher hasher(smallParams());
    const std::string password(static_cast<std::size_t>(length), 'x');
    const auto result = hasher.hash(password);
    QCOMPARE(result.hasValue(), accepted);
    QCOMPARE(PasswordHasher::checkPassword(password).has_value(), !accepted);
    if (accepted) {
        QVERIFY(hasher.verify(password, *result));
    } else {
        QCOMPARE(result.error(), error);
        // Even a hash that happens to match must not verify an unacceptable password.
        QVERIFY(!hasher.verify(password, mustHash(hasher, "x")));
    }
}

void TestPasswordHasher::verifyRejectsMalformedHashes_data()
{
    QTest::addColumn<QByteArray>("encoded");
    const QByteArray good = "$argon2id$v=19$m=256,t=1,p=1$c29tZXNhbHRzYWx0$Ksm4kDlHR8Mqlw9Vrv3M4ulkAtvq9ohcs2Hm0y8yDfQ";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("argon2i") << QByteArray(good).replace("argon2id", "argon2i");
    QTest::newRow("old version") << QByteArray(good).replace("v=19", "v=16");
    QTest::newRow("missing hash") << good.left(good.lastIndexOf('$'));
    QTest::newRow("leading zero") << QByteArray(good).replace("m=256", "m=0256");
    QTest::newRow("huge memory") << QByteArray(good).replace("m=256", "m=4194304");
    QTest::newRow("huge time") << QByteArray(good).replace("t=1", "t=100000");
    QTest::newRow("bad base64") << QByteArray(good).replace("c29t", "c2*t");
    QTest::newRow("bcrypt") << QByteArray("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
    QTest::newRow("embedded nul") << QByteArray(good).insert(20, '\0');
}

void TestPasswordHasher::verifyRejectsMalformedHashes()
{
    QFETCH(QByteArray, encoded);
    const PasswordHasher hasher(smallParams());
    const std::string_view view(encoded.constData(), static_cast<std::size_t>(encoded.size()));
    QVERIFY(!PasswordHasher::parseEncoded(view));
    QVERIFY(!hasher.verify("password", view));
    QVERIFY(hasher.needsRehash(view));
}

void TestPasswordHasher::needsRehashWhenParametersChange()
{
    const PasswordHasher oldHasher(smallParams());
    Argon2Params stronger = smallParams();
    stronger.memoryKiB = 512;
    stronger.iterations = 2;
    const PasswordHasher newHasher(stronger);

    const std::string encoded = mustHash(oldHasher, "pw");
    QVERIFY(!oldHasher.needsRehash(encoded));
    QVERIFY(newHasher.needsRehash(encoded));
    // Old hashes keep working after the upgrade: the parameters travel in the string.
    QVERIFY(newHasher.verify("pw", encoded));
    const std::string upgraded = mustHash(newHasher, "pw");
    QVERIFY(!newHasher.needsRehash(upgraded));

    Argon2Params longerSalt = smallParams();
    longerSalt.saltBytes = 32;
    QVERIFY(PasswordHasher(longerSalt).needsRehash(encoded));
}

void TestPasswordHasher::parseEncodedReadsParameters()
{
    Argon2Params p;
    p.memoryKiB = 1024;
    p.iterations = 2;
    p.parallelism = 2;
    p.saltBytes = 24;
    p.hashBytes = 40;
    const PasswordHasher hasher(p);
    QVERIFY(PasswordHasher::parseEncoded(
        "$argon2id$v=19$m=256,t=1,p=1$c29tZXNhbHRzYWx0$Ksm4kDlHR8Mqlw9Vrv3M4ulkAtvq9ohcs2Hm0y8yDfQ"));
    const auto parsed = PasswordHasher::parseEncoded(mustHash(hasher, "pw"));
    QVERIFY(parsed);
    QCOMPARE(parsed->memoryKiB, 1024U);
    QCOMPARE(parsed->iterations, 2U);
    QCOMPARE(parsed->parallelism, 2U);
    QCOMPARE(parsed->saltBytes, 24U);
    QCOMPARE(parsed->hashBytes, 40U);
}

void TestPasswordHasher::rejectsUnsafeParameters()
{
    Argon2Params shortSalt = smallParams();
    shortSalt.saltBytes = 4;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHasher{shortSalt});
    Argon2Params noTime = smallParams();
    noTime.iterations = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHasher{noTime});
    Argon2Params tinyMemory = smallParams();
    tinyMemory.memoryKiB = 4;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHasher{tinyMemory});
}

void TestPasswordHasher::defaultsAreMemoryHard()
{
    const PasswordHasher hasher;
    QVERIFY(hasher.params().memoryKiB >= 64U * 1024U);
    QVERIFY(hasher.params().iterations >= 3U);
    const std::string encoded = mustHash(hasher, "production cost");
    QVERIFY2(encoded.starts_with("$argon2id$v=19$m=65536,t=3,p=1$"), encoded.c_str());
    QVERIFY(hasher.verify("production cost", encoded));
}

// The unknown-user path must cost as much as the wrong-password path; compare the fastest of a
// few runs of each so that scheduling noise does not decide the result.
void TestPasswordHasher::dummyVerifyCostsLikeVerify()
{
    Argon2Params p = smallParams();
    p.memoryKiB = 16 * 1024;
    const PasswordHasher hasher(p);
    const std::string encoded = mustHash(hasher, "right");
    qint64 verifyNs = std::numeric_limits<qint64>::max();
    qint64 dummyNs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!hasher.verify("wrong", encoded));
        verifyNs = std::min(verifyNs, timer.nsecsElapsed());
        timer.restart();
        hasher.verifyDummy("wrong");
        dummyNs = std::min(dummyNs, timer.nsecsElapsed());
    }
    QVERIFY2(dummyNs * 2 > verifyNs && verifyNs * 2 > dummyNs,
             qPrintable(u"verify %1 ns, dummy %2 ns"_s.arg(verifyNs).arg(dummyNs)));
}

QTEST_APPLESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
