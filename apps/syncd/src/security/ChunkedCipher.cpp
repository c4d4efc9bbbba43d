#include "security/ChunkedCipher.h"

#include "security/KeyedHash.h"
#include "security/SecureRandom.h"

#include <openssl/evp.h>

#include <array>
#include <climits>
#include <memory>

namespace p2pdesk::syncd::security {
namespace {

constexpr std::string_view kMagic = "P2PDGCM1";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHeaderBytes = kMagic.size() + 4 + kSaltBytes;
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kTagBytes = 16;
constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kMaxChunkBytes = std::size_t{16} * 1024 * 1024;
constexpr std::string_view kFileKeyPurpose = "chunked-gcm.file-key";

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx)
        throw std::runtime_error("EVP_CIPHER_CTX_new failed");
    return ctx;
}

SecretBytes fileKey(ByteView key, ByteView salt)
{
    if (key.size() != kKeyBytes)
        throw std::invalid_argument("chunked AES-256-GCM needs a 32-byte key");
    return KeyedHash(SecretBytes(key.begin(), key.end())).digest(kFileKeyPurpose, salt);
}

std::array<std::uint8_t, kNonceBytes> nonceFor(std::uint64_t counter, bool last)
{
    std::array<std::uint8_t, kNonceBytes> nonce{};
    for (int i = 7; i >= 0; --i) {
        nonce[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(counter & 0xFFU);
        counter >>= 8;
    }
    nonce[kNonceBytes - 1] = last ? 1 : 0;
    return nonce;
}

Bytes chunkAad(const Bytes &header, const std::string &associatedData)
{
    Bytes aad(header);
    aad.insert(aad.end(), associatedData.begin(), associatedData.end());
    return aad;
}

} // namespace

ChunkedSealer::ChunkedSealer(ByteView key, std::string associatedData, std::size_t chunkBytes)
    : m_associatedData(std::move(associatedData))
    , m_chunkBytes(chunkBytes)
{
    if (chunkBytes == 0 || chunkBytes > kMaxChunkBytes)
        throw std::invalid_argument("chunk size must be 1 byte to 16 MiB");
    std::array<std::uint8_t, kSaltBytes> salt{};
    fillRandom(salt);
    m_fileKey = fileKey(key, salt);
    m_header.assign(kMagic.begin(), kMagic.end());
    const auto size = static_cast<std::uint32_t>(chunkBytes);
    for (int shift = 24; shift >= 0; shift -= 8)
        m_header.push_back(static_cast<std::uint8_t>((size >> shift) & 0xFFU));
    m_header.insert(m_header.end(), salt.begin(), salt.end());
}

ChunkedSealer::~ChunkedSealer() = default;

void ChunkedSealer::emitHeader(Bytes &out)
{
    if (!m_headerWritten) {
        out.insert(out.end(), m_header.begin(), m_header.end());
        m_headerWritten = true;
    }
}

void ChunkedSealer::update(ByteView plaintext, Bytes &out)
{
    if (m_finished)
        throw std::logic_error("ChunkedSealer::update after finish");
    emitHeader(out);
    m_pending.insert(m_pending.end(), plaintext.begin(), plaintext.end());
    // Strictly more than a chunk: the data may end right here, and the last chunk must carry the
    // final mark, so a full chunk is only sealed once a byte after it is known to exist.
    std::size_t offset = 0;
    while (m_pending.size() - offset > m_chunkBytes) {
        sealChunk(ByteView(m_pending).subspan(offset, m_chunkBytes), false, out);
        offset += m_chunkBytes;
    }
    if (offset > 0)
        m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(offset));
}

void ChunkedSealer::finish(Bytes &out)
{
    if (m_finished)
        throw std::logic_error("ChunkedSealer::finish called twice");
    emitHeader(out);
    sealChunk(m_pending, true, out);
    m_pending.clear();
    m_finished = true;
}

void ChunkedSealer::sealChunk(ByteView plaintext, bool last, Bytes &out)
{
    const auto nonce = nonceFor(m_counter++, last);
    const Bytes aad = chunkAad(m_header, m_associatedData);
    const std::size_t start = out.size();
    out.resize(start + plaintext.size() + kTagBytes);
    const CipherContext ctx = newContext();
    int length = 0;
    int total = 0;
    bool ok = aad.size() <= static_cast<std::size_t>(INT_MAX) &&
              EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_fileKey.data(), nonce.data()) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &length, aad.data(), static_cast<int>(aad.size())) == 1;
    if (ok && !plaintext.empty()) {
        ok = EVP_EncryptUpdate(ctx.get(), out.data() + start, &length, plaintext.data(),
                               static_cast<int>(plaintext.size())) == 1;
        total = length;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), out.data() + start + total, &length) == 1;
    total += length;
    ok = ok && static_cast<std::size_t>(total) == plaintext.size() &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
                             out.data() + start + plaintext.size()) == 1;
    if (!ok)
        throw std::runtime_error("AES-256-GCM encryption failed");
}

ChunkedOpener::ChunkedOpener(ByteView key, std::string associatedData)
    : m_key(key.begin(), key.end())
    , m_associatedData(std::move(associatedData))
{
    if (m_key.size() != kKeyBytes)
        throw std::invalid_argument("chunked AES-256-GCM needs a 32-byte key");
}

ChunkedOpener::~ChunkedOpener() = default;

bool ChunkedOpener::readHeader()
{
    if (!m_header.empty())
        return true;
    if (m_pending.size() < kHeaderBytes)
        return false;
    if (!std::equal(kMagic.begin(), kMagic.end(), m_pending.begin()))
        throw ChunkedCipherError("not an encrypted p2pdesk stream (bad magic)");
    std::size_t chunk = 0;
    for (std::size_t i = 0; i < 4; ++i)
        chunk = (chunk << 8) | m_pending[kMagic.size() + i];
    if (chunk == 0 || chunk > kMaxChunkBytes)
        throw ChunkedCipherError("encrypted stream header names an invalid chunk size");
    m_chunkBytes = chunk;
    m_header.assign(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(kHeaderBytes));
    m_fileKey = fileKey(m_key, ByteView(m_header).subspan(kMagic.size() + 4, kSaltBytes));
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(kHeaderBytes));
    return true;
}

void ChunkedOpener::update(ByteView sealed, Bytes &out)
{
    if (m_finished)
        throw std::logic_error("ChunkedOpener::update after finish");
    m_pending.insert(m_pending.end(), sealed.begin(), sealed.end());
    if (!readHeader())
        return;
    const std::size_t sealedChunk = m_chunkBytes + kTagBytes;
    std::size_t offset = 0;
    // A full-size chunk followed by more data is not the last one (see ChunkedSealer::update).
    while (m_pending.size() - offset > sealedChunk) {
        openChunk(ByteView(m_pending).subspan(offset, sealedChunk), false, out);
        offset += sealedChunk;
    }
    if (offset > 0)
        m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(offset));
}

void ChunkedOpener::finish(Bytes &out)
{
    if (m_finished)
        throw std::logic_error("ChunkedOpener::finish called twice");
    m_finished = true;
    if (!readHeader())
        throw ChunkedCipherError("encrypted stream is truncated (incomplete header)");
    if (m_pending.size() < kTagBytes)
        throw ChunkedCipherError("encrypted stream is truncated");
    openChunk(m_pending, true, out);
    m_pending.clear();
}

void ChunkedOpener::openChunk(ByteView sealed, bool last, Bytes &out)
{
    const auto nonce = nonceFor(m_counter++, last);
    const Bytes aad = chunkAad(m_header, m_associatedData);
    const std::size_t bodySize = sealed.size() - kTagBytes;
    std::array<std::uint8_t, kTagBytes> tag{};
    std::copy(sealed.end() - static_cast<std::ptrdiff_t>(kTagBytes), sealed.end(), tag.begin());
    // Decrypted into a scratch buffer and appended only once the tag checks out: `out` never holds
    // unauthenticated bytes.
    SecretBytes plain(bodySize);
    const CipherContext ctx = newContext();
    int length = 0;
    int total = 0;
    bool ok = aad.size() <= static_cast<std::size_t>(INT_MAX) &&
              EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_fileKey.data(), nonce.data()) == 1 &&
              EVP_DecryptUpdate(ctx.get(), nullptr, &length, aad.data(), static_cast<int>(aad.size())) == 1;
    if (ok && bodySize > 0) {
        ok = EVP_DecryptUpdate(ctx.get(), plain.data(), &length, sealed.data(), static_cast<int>(bodySize)) == 1;
        total = length;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag.data()) == 1;
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), plain.data() + total, &length) == 1;
    if (!ok)
        throw ChunkedCipherError(last ? "decryption failed: wrong key, or the data was modified or cut short"
                                      : "decryption failed: wrong key, or the data was modified");
    out.insert(out.end(), plain.begin(), plain.end());
}

} // namespace p2pdesk::syncd::security
