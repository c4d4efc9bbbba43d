#pragma once

#include "security/SecureMemory.h"

#include <cstddef>
#include <filesystem>

namespace p2pdesk::syncd::security {

// Reads a symmetric key from a secret file (e.g. a systemd credential): either exactly
// `keyBytes` raw bytes, or 2 × `keyBytes` hex digits optionally followed by a newline (what
// `openssl rand -hex 32 > file` writes). Throws std::runtime_error naming the file, never its
// content, when the file is missing, has another size or encoding, is all zeros (an unfilled
// placeholder), or is readable or writable by "others" (a key anyone on the host can read is not
// a secret).
SecretBytes loadKeyFile(const std::filesystem::path &path, std::size_t keyBytes = 32);

// First start without a configured key: writes a fresh random key (hex, 0600, fsynced) to `path`
// unless the file already exists, and returns whether it did. Never overwrites: concurrent starters
// race on O_EXCL and the loser simply reads the winner's key. Throws std::runtime_error on I/O
// failure.
bool createKeyFileIfMissing(const std::filesystem::path &path, std::size_t keyBytes = 32);

} // namespace p2pdesk::syncd::security
