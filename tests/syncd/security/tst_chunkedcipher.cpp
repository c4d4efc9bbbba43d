#include "security/ChunkedCipher.h"
#include "security/SecureRandom.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <string>

using namespace p2pdesk::syncd::security;

namespace {

constexpr std::size_t kChunk = 64; // small, so a few hundred bytes span many chunks

Bytes randomPlain(std::size_t size)
{
    const auto r = randomBytes(size);
    return Bytes(r.begin(), r.end());
}

// Seals in pieces of `step` bytes, as a file copy would.
Bytes seal(const SecretBytes &key, const Bytes &plain, const std::string &aad, std::size_t step = 7)
{
    ChunkedSealer sealer(key, aad, kChunk);
    Bytes out;
    for (std::size_t i = 0; i < plain.size(); i += step)
        sealer.update(ByteView(plain).subspan(i, std::min(step, plain.size() - i)), out);
    sealer.finish(out);
    return out;
}

Bytes open(const SecretBytes &key, const Bytes &sealed, const std::string &aad, std::size_t step = 11)
{
    ChunkedOpener opener(key, aad);
    Bytes out;
    for (std::size_t i = 0; i < sealed.size(); i += step)
        opener.update(ByteView(sealed).subspan(i, std::min(step, sealed.size() - i)), out);
    opener.finish(out);
    return out;
}

bool opens(const SecretBytes &key, const Bytes &sealed, const std::string &aad)
{
    try {
        open(key, sealed, aad);
        return true;
    } catch (const ChunkedCipherError &) {
        return false;
    }
}

constexpr std::size_t kHeader = 8 + 4 + 16;
constexpr std::size_t kSealedChunk = kChunk + 16;

} // namespace

class TestChunkedCipher final : public QObject {
    Q_OBJECT

private slots:
    void roundTripsEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {0, 1, 63, 64, 65, 128, 129, 1000})
            QTest::newRow(std::to_string(size).c_str()) << size;
    }

    void roundTripsEverySize()
    {
        QFETCH(int, size);
        const auto key = randomBytes(32);
        const Bytes plain = randomPlain(static_cast<std::size_t>(size));
        const Bytes sealed = seal(key, plain, "proofs/a");
        // Header, then every chunk with its tag; a multiple of the chunk size ends in a full chunk
        // marked last (no empty trailer), and an empty stream is one empty final chunk.
        const std::size_t chunks = plain.empty() ? 1 : (plain.size() + kChunk - 1) / kChunk;
        QCOMPARE(sealed.size(), kHeader + plain.size() + chunks * 16);
        QVERIFY(std::string(sealed.begin(), sealed.begin() + 8) == "P2PDGCM1");
        QCOMPARE(open(key, sealed, "proofs/a"), plain);
        QCOMPARE(open(key, sealed, "proofs/a", 1), plain);
        QCOMPARE(open(key, sealed, "proofs/a", sealed.size()), plain);
    }

    void sameInputSealsDifferently()
    {
        const auto key = randomBytes(32);
        const Bytes plain = randomPlain(100);
        QVERIFY(seal(key, plain, "x") != seal(key, plain, "x")); // fresh salt, so a fresh file key
    }

    void refusesWrongKeyOrAssociatedData()
    {
        const auto key = randomBytes(32);
        const Bytes sealed = seal(key, randomPlain(300), "db.dump");
        QVERIFY(opens(key, sealed, "db.dump"));
        QVERIFY(!opens(randomBytes(32), sealed, "db.dump"));
        QVERIFY(!opens(key, sealed, "proofs/sha256/00/00/00"));
    }

    void refusesModifiedStreams_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::newRow("flipped ciphertext bit") << 0;
        QTest::newRow("flipped tag bit") << 1;
        QTest::newRow("changed chunk size in the header") << 2;
        QTest::newRow("changed salt") << 3;
        QTest::newRow("cut after a full chunk") << 4;
        QTest::newRow("last chunk cut inside") << 5;
        QTest::newRow("header only") << 6;
        QTest::newRow("chunks swapped") << 7;
        QTest::newRow("not this format") << 8;
    }

    void refusesModifiedStreams()
    {
        QFETCH(int, tamper);
        const auto key = randomBytes(32);
        Bytes s = seal(key, randomPlain(300), "db.dump");
        switch (tamper) {
        case 0:
            s[kHeader + 70] ^= 1;
            break;
        case 1:
            s[kHeader + kSealedChunk - 1] ^= 0x80;
            break;
        case 2:
            s[11] = static_cast<std::uint8_t>(s[11] + 1);
            break;
        case 3:
            s[20] ^= 1;
            break;
        case 4:
            s.resize(kHeader + 2 * kSealedChunk);
            break;
        case 5:
            s.resize(s.size() - 5);
            break;
        case 6:
            s.resize(kHeader);
            break;
        case 7:
            std::swap_ranges(s.begin() + kHeader, s.begin() + kHeader + kSealedChunk,
                             s.begin() + kHeader + kSealedChunk);
            break;
        default:
            s[0] = 'X';
        }
        QVERIFY(!opens(key, s, "db.dump"));
    }

    void refusesBadKeysAndSizes()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ChunkedSealer(randomBytes(16), "x"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ChunkedOpener(randomBytes(31), "x"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ChunkedSealer(randomBytes(32), "x", 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ChunkedSealer(randomBytes(32), "x", (16U << 20U) + 1));
    }
};

QTEST_APPLESS_MAIN(TestChunkedCipher)
#include "tst_chunkedcipher.moc"
