#pragma once

#include "audit/AuditChain.h"

#include <pqxx/transaction>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace p2pdesk::syncd::audit {

// The head of the audit chain (seq and hash of the newest sealed row) kept outside the database.
// The chain alone proves that no row was changed in the middle; it cannot tell that the newest rows
// were cut off, or that someone with write access re-sealed a rewritten tail. An anchor copied off
// the database server can: that row must still be there with that hash.
struct AuditAnchor {
    std::int64_t seq = 0;
    std::string hashHex; // 64 lowercase hex digits
};

// The file's text: a version line, then seq=, hash= and written_at= (for people; not checked).
std::string formatAnchor(const AuditAnchor &anchor, const std::string &writtenAtUtc);
// nullopt when the text is not an anchor (wrong version line, missing or malformed seq/hash).
std::optional<AuditAnchor> parseAnchor(const std::string &text);

// Replaces `path` atomically (temp file in the same directory, fsync, rename, fsync the directory),
// mode 0640: a reader sees the old anchor or the new one, never a torn file. Throws on I/O errors.
void writeAnchorFile(const std::filesystem::path &path, const AuditAnchor &anchor);
// Throws std::runtime_error when the file cannot be read or is not an anchor.
AuditAnchor readAnchorFile(const std::filesystem::path &path);

// Whether the chain just verified (`chain`, from verifyChain on the same snapshot) still holds the
// anchored row, sealed, with the anchored hash. nullopt when it does; otherwise what is wrong.
std::optional<std::string> checkAnchor(pqxx::transaction_base &tx, const AuditAnchor &anchor,
                                       const VerifyResult &chain);

} // namespace p2pdesk::syncd::audit
