#include "security/SecretBox.h"

#include "security/Encoding.h"
#include "security/SecureRandom.h"

#include <openssl/evp.h>

#include <climits>
#include <memory>
#include <stdexcept>

namespace p2pdesk::syncd::security {
namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx)
        throw std::runtime_error("EVP_CIPHER_CTX_new failed");
    return ctx;
}

// Length-prefixed so that (keyId, associatedData) pairs cannot be shifted into each other.
Bytes authenticatedData(std::string_view keyId, std::string_view associatedData)
{
    constexpr std::string_view kDomain = "p2pdesk.secretbox.v1";
    Bytes aad;
    aad.reserve(kDomain.size() + 1 + keyId.size() + associatedData.size());
    aad.insert(aad.end(), kDomain.begin(), kDomain.end());
    aad.push_back(static_cast<std::uint8_t>(keyId.size()));
    aad.insert(aad.end(), keyId.begin(), keyId.end());
    aad.insert(aad.end(), associatedData.begin(), associatedData.end());
    return aad;
}

bool addAad(EVP_CIPHER_CTX *ctx, const Bytes &aad, bool encrypt)
{
    if (aad.size() > static_cast<std::size_t>(INT_MAX))
        return false;
    int length = 0;
    return encrypt ? EVP_EncryptUpdate(ctx, nullptr, &length, aad.data(), static_cast<int>(aad.size())) == 1
                   : EVP_DecryptUpdate(ctx, nullptr, &length, aad.data(), static_cast<int>(aad.size())) == 1;
}

} // namespace

std::string SealedBox::toString() const
{
    return "v1." + keyId + '.' + base64UrlEncode(nonce) + '.' + base64UrlEncode(ciphertext);
}

std::optional<SealedBox> SealedBox::fromString(std::string_view text)
{
    constexpr std::string_view kVersion = "v1.";
    if (text.substr(0, kVersion.size()) != kVersion)
        return std::nullopt;
    text.remove_prefix(kVersion.size());
    const auto firstDot = text.find('.');
    if (firstDot == std::string_view::npos)
        return std::nullopt;
    const auto secondDot = text.find('.', firstDot + 1);
    if (secondDot == std::string_view::npos)
        return std::nullopt;
    const std::string_view keyId = text.substr(0, firstDot);
    auto nonce = base64UrlDecode(text.substr(firstDot + 1, secondDot - firstDot - 1));
    auto ciphertext = base64UrlDecode(text.substr(secondDot + 1));
    if (!Keyring::isValidKeyId(keyId) || !nonce || !ciphertext)
        return std::nullopt;
    return SealedBox{std::string(keyId), Bytes(nonce->begin(), nonce->end()),
                     Bytes(ciphertext->begin(), ciphertext->end())};
}

SecretBox::SecretBox(Keyring keyring)
    : m_keyring(std::move(keyring))
{
    if (m_keyring.empty())
        throw std::invalid_argument("SecretBox needs at least one key");
}

SealedBox SecretBox::seal(ByteView plaintext, std::string_view associatedData) const
{
    if (plaintext.size() > kMaxPlaintextBytes)
        throw std::invalid_argument("plaintext too large to seal");
    const std::string &keyId = m_keyring.currentKeyId();
    const SecretBytes &key = *m_keyring.find(keyId);

    SealedBox box;
    box.keyId = keyId;
    box.nonce.resize(kNonceBytes);
    fillRandom(box.nonce);
    box.ciphertext.resize(plaintext.size() + kTagBytes);

    const CipherContext ctx = newContext();
    int length = 0;
    int total = 0;
    bool ok = EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), box.nonce.data()) == 1 &&
              addAad(ctx.get(), authenticatedData(keyId, associatedData), true);
    if (ok && !plaintext.empty()) {
        ok = EVP_EncryptUpdate(ctx.get(), box.ciphertext.data(), &length, plaintext.data(),
                               static_cast<int>(plaintext.size())) == 1;
        total = length;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), box.ciphertext.data() + total, &length) == 1;
    total += length;
    ok = ok && static_cast<std::size_t>(total) == plaintext.size() &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
                             box.ciphertext.data() + plaintext.size()) == 1;
    if (!ok)
        throw std::runtime_error("AES-256-GCM encryption failed");
    return box;
}

Expected<SecretBytes, OpenError> SecretBox::open(const SealedBox &box, std::string_view associatedData) const
{
    const SecretBytes *key = m_keyring.find(box.keyId);
    if (key == nullptr)
        return OpenError::UnknownKey;
    if (box.nonce.size() != kNonceBytes || box.ciphertext.size() < kTagBytes ||
        box.ciphertext.size() > kMaxPlaintextBytes + kTagBytes)
        return OpenError::Malformed;

    const std::size_t bodySize = box.ciphertext.size() - kTagBytes;
    SecretBytes plaintext(bodySize);
    // GCM wants a writable tag buffer even though it only reads it.
    Bytes tag(box.ciphertext.end() - static_cast<std::ptrdiff_t>(kTagBytes), box.ciphertext.end());

    const CipherContext ctx = newContext();
    int length = 0;
    int total = 0;
    bool ok = EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key->data(), box.nonce.data()) == 1 &&
              addAad(ctx.get(), authenticatedData(box.keyId, associatedData), false);
    if (ok && bodySize > 0) {
        ok = EVP_DecryptUpdate(ctx.get(), plaintext.data(), &length, box.ciphertext.data(),
                               static_cast<int>(bodySize)) == 1;
        total = length;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag.data()) == 1;
    // Only the final call checks the tag; until it succeeds `plaintext` is unauthenticated and is
    // dropped (and wiped) on failure.
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + total, &length) == 1;
    if (!ok)
        return OpenError::Forged;
    return plaintext;
}

} // namespace p2pdesk::syncd::security
