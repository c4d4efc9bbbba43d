#pragma once

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

enum class ChecklistKind { Verify, Payout };

// One active item of a checklist definition, in display order.
struct ChecklistItemRow {
    std::int64_t id = 0;
    std::int32_t position = 0;
    std::string title;
    bool required = true;
};

struct ChecklistItemInput {
    std::optional<std::int64_t> id; // keeps an existing item of the same checklist
    std::string title;
};

// `checklists` / `checklist_items` (definitions only; per-order completion belongs to orders).
class ChecklistRepository final {
public:
    ChecklistRepository() = delete;

    // The ACTIVE items of the kind's checklist in position order; empty when none is defined.
    static std::vector<ChecklistItemRow> items(pqxx::work &work, ChecklistKind kind);
    // Replaces the list: given ids are kept (retitled, reordered), items without id are created,
    // active items missing from the list are retired (active = false; orders keep their history).
    // Throws std::invalid_argument when an id does not belong to this kind's checklist.
    static std::vector<ChecklistItemRow> replace(pqxx::work &work, ChecklistKind kind,
                                                 const std::vector<ChecklistItemInput> &items);
};

} // namespace p2pdesk::syncd::db
