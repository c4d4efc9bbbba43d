#include "security/SecretBox.h"
#include "security/SecureRandom.h"

#include <QObject>
#include <QTest>
#include <openssl/evp.h>

#include <memory>
#include <string>

using namespace p2pdesk::syncd::security;

Q_DECLARE_METATYPE(p2pdesk::syncd::security::OpenError)

namespace {

constexpr std::string_view kAad = "payout_accounts.requisites:42";
constexpr std::string_view kCard = "4276 1234 5678 9012";

Keyring keyringWith(std::initializer_list<std::string> ids)
{
    Keyring keyring;
    for (const auto &id : ids)
        keyring.add(id, randomBytes(32));
    return keyring;
}

std::string text(const SecretBytes &bytes)
{
    return std::string(asText(bytes));
}

// An independent AES-256-GCM decryption of the documented format, so that the stored layout
// (nonce | ciphertext | tag, associated data "p2pdesk.secretbox.v1" | len(keyId) | keyId | ad)
// cannot change unnoticed: rows written today must open after any refactoring.
std::optional<std::string> referenceOpen(const SecretBytes &key, const SealedBox &box, std::string_view ad)
{
    std::string aad = "p2pdesk.secretbox.v1";
    aad.push_back(static_cast<char>(box.keyId.size()));
    aad += box.keyId;
    aad += ad;
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                              &EVP_CIPHER_CTX_free);
    const std::size_t bodySize = box.ciphertext.size() - 16;
    std::string plain(bodySize, '\0');
    Bytes tag(box.ciphertext.end() - 16, box.ciphertext.end());
    int len = 0;
    int total = 0;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(box.nonce.size()), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), box.nonce.data()) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.data()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len, box.ciphertext.data(),
                          static_cast<int>(bodySize)) != 1)
        return std::nullopt;
    total = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + total, &len) != 1)
        return std::nullopt;
    return plain;
}

} // namespace

class TestSecretBox final : public QObject {
    Q_OBJECT

private slots:
    void roundTrip();
    void emptyPlaintextRoundTrip();
    void matchesReferenceFormat();
    void nonceIsFreshEachTime();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void rotationKeepsOldRowsReadable();
    void textFormRoundTrip();
    void textFormRejectsGarbage_data();
    void textFormRejectsGarbage();
    void refusesEmptyKeyring();
};

void TestSecretBox::roundTrip()
{
    const SecretBox box(keyringWith({"k1"}));
    const SealedBox sealed = box.seal(kCard, kAad);
    QCOMPARE(sealed.keyId, std::string("k1"));
    QCOMPARE(sealed.nonce.size(), SecretBox::kNonceBytes);
    QCOMPARE(sealed.ciphertext.size(), kCard.size() + SecretBox::kTagBytes);
    QVERIFY(std::string(asText(sealed.ciphertext)).find("4276") == std::string::npos);
    const auto opened = box.open(sealed, kAad);
    QVERIFY(opened);
    QCOMPARE(text(*opened), std::string(kCard));
}

void TestSecretBox::emptyPlaintextRoundTrip()
{
    const SecretBox box(keyringWith({"k1"}));
    const SealedBox sealed = box.seal(std::string_view(), kAad);
    QCOMPARE(sealed.ciphertext.size(), SecretBox::kTagBytes);
    const auto opened = box.open(sealed, kAad);
    QVERIFY(opened);
    QVERIFY(opened->empty());
    QCOMPARE(box.open(sealed, "other").error(), OpenError::Forged);
}

void TestSecretBox::matchesReferenceFormat()
{
    Keyring keyring;
    const SecretBytes key = randomBytes(32);
    keyring.add("2025-01", key);
    const SecretBox box(std::move(keyring));
    const SealedBox sealed = box.seal(kCard, kAad);
    QCOMPARE(referenceOpen(key, sealed, kAad), std::optional<std::string>(kCard));
    QCOMPARE(referenceOpen(key, sealed, "payout_accounts.requisites:43"), std::nullopt);
}

void TestSecretBox::nonceIsFreshEachTime()
{
    const SecretBox box(keyringWith({"k1"}));
    const SealedBox a = box.seal(kCard, kAad);
    const SealedBox b = box.seal(kCard, kAad);
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(a.ciphertext != b.ciphertext);
}

void TestSecretBox::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<OpenError>("expected");
    QTest::newRow("flip ciphertext bit") << QStringLiteral("body") << OpenError::Forged;
    QTest::newRow("flip tag bit") << QStringLiteral("tag") << OpenError::Forged;
    QTest::newRow("flip nonce bit") << QStringLiteral("nonce") << OpenError::Forged;
    QTest::newRow("other associated data") << QStringLiteral("aad") << OpenError::Forged;
    QTest::newRow("empty associated data") << QStringLiteral("noaad") << OpenError::Forged;
    QTest::newRow("relabelled to other known key") << QStringLiteral("keyid") << OpenError::Forged;
    QTest::newRow("unknown key id") << QStringLiteral("unknownkey") << OpenError::UnknownKey;
    QTest::newRow("truncated tag") << QStringLiteral("truncate") << OpenError::Forged;
    QTest::newRow("shorter than a tag") << QStringLiteral("short") << OpenError::Malformed;
    QTest::newRow("short nonce") << QStringLiteral("shortnonce") << OpenError::Malformed;
    QTest::newRow("appended byte") << QStringLiteral("append") << OpenError::Forged;
}

void TestSecretBox::tamperingIsDetected()
{
    QFETCH(QString, change);
    QFETCH(OpenError, expected);
    Keyring keyring = keyringWith({"k1", "k2"});
    keyring.setCurrent("k1");
    const SecretBox box(std::move(keyring));
    SealedBox sealed = box.seal(kCard, kAad);
    std::string_view aad = kAad;
    if (change == u"body")
        sealed.ciphertext[3] ^= 0x01;
    else if (change == u"tag")
        sealed.ciphertext.back() ^= 0x80;
    else if (change == u"nonce")
        sealed.nonce[0] ^= 0x01;
    else if (change == u"aad")
        aad = "payout_accounts.requisites:43";
    else if (change == u"noaad")
        aad = {};
    else if (change == u"keyid")
        sealed.keyId = "k2";
    else if (change == u"unknownkey")
        sealed.keyId = "k9";
    else if (change == u"truncate")
        sealed.ciphertext.pop_back();
    else if (change == u"short")
        sealed.ciphertext.resize(SecretBox::kTagBytes - 1);
    else if (change == u"shortnonce")
        sealed.nonce.pop_back();
    else if (change == u"append")
        sealed.ciphertext.push_back(0);
    else
        QFAIL("unknown change");
    const auto opened = box.open(sealed, aad);
    QVERIFY(!opened);
    QCOMPARE(opened.error(), expected);
}

void TestSecretBox::rotationKeepsOldRowsReadable()
{
    Keyring oldRing;
    const SecretBytes oldKey = randomBytes(32);
    oldRing.add("k1", oldKey);
    const SealedBox oldRow = SecretBox(std::move(oldRing)).seal(kCard, kAad);

    Keyring rotated;
    rotated.add("k1", oldKey);
    rotated.add("k2", randomBytes(32));
    const SecretBox box(std::move(rotated));
    QVERIFY(box.needsReseal(oldRow));
    const auto opened = box.open(oldRow, kAad);
    QVERIFY(opened);
    QCOMPARE(text(*opened), std::string(kCard));

    const SealedBox resealed = box.seal(*opened, kAad);
    QCOMPARE(resealed.keyId, std::string("k2"));
    QVERIFY(!box.needsReseal(resealed));
    QCOMPARE(text(*box.open(resealed, kAad)), std::string(kCard));

    // Once k1 is dropped, rows still under it report which key is missing instead of failing
    // as forgeries.
    Keyring withoutOld;
    withoutOld.add("k2", *box.keyring().find("k2"));
    QCOMPARE(SecretBox(std::move(withoutOld)).open(oldRow, kAad).error(), OpenError::UnknownKey);
}

void TestSecretBox::textFormRoundTrip()
{
    const SecretBox box(keyringWith({"2025-07_a"}));
    const SealedBox sealed = box.seal(kCard, kAad);
    const std::string stored = sealed.toString();
    QVERIFY(stored.starts_with("v1.2025-07_a."));
    QVERIFY(stored.find("4276") == std::string::npos);
    const auto parsed = SealedBox::fromString(stored);
    QVERIFY(parsed);
    QVERIFY(*parsed == sealed);
    QCOMPARE(text(*box.open(*parsed, kAad)), std::string(kCard));
}

void TestSecretBox::textFormRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unknown version") << QByteArray("v2.k1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("missing part") << QByteArray("v1.k1.AAAAAAAAAAAAAAAA");
    QTest::newRow("bad key id") << QByteArray("v1.k 1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("bad base64") << QByteArray("v1.k1.AAAA*AAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("extra dot") << QByteArray("v1.k1.AAAAAAAAAAAAAAAA.AAAAAAAAAAA.AAAAAAAAAAA");
}

void TestSecretBox::textFormRejectsGarbage()
{
    QFETCH(QByteArray, stored);
    QVERIFY(!SealedBox::fromString(stored.toStdString()));
}

void TestSecretBox::refusesEmptyKeyring()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SecretBox{Keyring{}});
}

QTEST_APPLESS_MAIN(TestSecretBox)
#include "tst_secretbox.moc"
