#pragma once

#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

struct CannedReplyRow {
    std::int64_t id = 0;
    std::string shortcut;
    std::string title;
    std::string bodyRu;
    std::string bodyEn;
    bool active = true;
    std::int64_t version = 1;
    proto::Timestamp updatedAt{};
};

// `canned_replies`. Takes the caller's transaction, never opens one.
class CannedReplyRepository final {
public:
    CannedReplyRepository() = delete;

    // By shortcut.
    static std::vector<CannedReplyRow> list(pqxx::work &work, bool activeOnly);
    static std::optional<CannedReplyRow> find(pqxx::work &work, std::int64_t id);
    // nullopt when the shortcut is taken.
    static std::optional<CannedReplyRow> insert(pqxx::work &work, const CannedReplyRow &row);
    // Replaces the row if its version is still `row.version` (then bumped); nullopt otherwise.
    // Throws pqxx::unique_violation when the new shortcut is another reply's.
    static std::optional<CannedReplyRow> update(pqxx::work &work, const CannedReplyRow &row);
};

} // namespace p2pdesk::syncd::db
