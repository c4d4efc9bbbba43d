#pragma once

#include "security/SecureMemory.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

// AES-256-GCM for data of any size, streamed in chunks (backups: a database dump does not fit in
// memory, SecretBox's one-shot seal is limited to 16 MiB).
//
// Format: header = "P2PDGCM1" | chunk size (u32 big-endian) | 16 random salt bytes, then chunks of
// `chunk size` plaintext bytes (the last one shorter, possibly empty), each followed by its 16-byte
// tag. Every stream gets its own key, HMAC-SHA-256(key, "chunked-gcm.file-key" \0 salt), so the
// nonces can be a plain chunk counter without ever repeating under one key; the nonce's last byte
// marks the final chunk, so cutting the stream after any chunk fails instead of yielding a shorter
// plaintext, and reordering chunks fails too. Every chunk authenticates the header and the caller's
// associated data (e.g. the file's path in the backup): a stream moved under another name does not
// open.
class ChunkedCipherError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ChunkedSealer final {
public:
    static constexpr std::size_t kDefaultChunkBytes = std::size_t{1} << 20;

    // Throws std::invalid_argument for a key that is not 32 bytes or a chunk size outside 1..16 MiB.
    ChunkedSealer(ByteView key, std::string associatedData, std::size_t chunkBytes = kDefaultChunkBytes);
    ~ChunkedSealer();
    ChunkedSealer(const ChunkedSealer &) = delete;
    ChunkedSealer &operator=(const ChunkedSealer &) = delete;

    // Appends to `out` the header (first call) and every chunk completed by `plaintext`.
    void update(ByteView plaintext, Bytes &out);
    // Appends the header if nothing was written yet and the final chunk. Call exactly once.
    void finish(Bytes &out);

private:
    void emitHeader(Bytes &out);
    void sealChunk(ByteView plaintext, bool last, Bytes &out);

    SecretBytes m_fileKey;
    Bytes m_header;
    std::string m_associatedData;
    std::size_t m_chunkBytes;
    SecretBytes m_pending;
    std::uint64_t m_counter = 0;
    bool m_headerWritten = false;
    bool m_finished = false;
};

class ChunkedOpener final {
public:
    // Throws std::invalid_argument for a key that is not 32 bytes.
    ChunkedOpener(ByteView key, std::string associatedData);
    ~ChunkedOpener();
    ChunkedOpener(const ChunkedOpener &) = delete;
    ChunkedOpener &operator=(const ChunkedOpener &) = delete;

    // Appends to `out` the plaintext of every chunk `sealed` completes (a chunk is only released
    // once it is known not to be the last one, or by finish()). Throws ChunkedCipherError when the
    // data is not this format, or a chunk fails authentication (wrong key, wrong associated data,
    // modified, reordered).
    void update(ByteView sealed, Bytes &out);
    // Opens the final chunk; throws ChunkedCipherError when the stream was cut short.
    void finish(Bytes &out);

private:
    bool readHeader();
    void openChunk(ByteView sealed, bool last, Bytes &out);

    SecretBytes m_key;
    SecretBytes m_fileKey;
    Bytes m_header;
    std::string m_associatedData;
    std::size_t m_chunkBytes = 0;
    Bytes m_pending;
    std::uint64_t m_counter = 0;
    bool m_finished = false;
};

} // namespace p2pdesk::syncd::security
