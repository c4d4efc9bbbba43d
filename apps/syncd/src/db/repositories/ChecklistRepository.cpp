#include "db/repositories/ChecklistRepository.h"

#include <pqxx/result>

#include <set>
#include <stdexcept>

namespace p2pdesk::syncd::db {

namespace {

std::string stage(ChecklistKind kind)
{
    return kind == ChecklistKind::Verify ? "verify" : "payout";
}

std::int64_t ensureChecklist(pqxx::work &work, ChecklistKind kind)
{
    const std::string name = stage(kind);
    return work
        .exec_params1("INSERT INTO checklists (stage, title) VALUES ($1, $1) "
                      "ON CONFLICT (stage) DO UPDATE SET updated_at = now() RETURNING id",
                      name)[0]
        .as<std::int64_t>();
}

} // namespace

std::vector<ChecklistItemRow> ChecklistRepository::items(pqxx::work &work, ChecklistKind kind)
{
    const auto result = work.exec_params("SELECT i.id, i.position, i.text, i.required FROM checklist_items i "
                                         "JOIN checklists c ON c.id = i.checklist_id "
                                         "WHERE c.stage = $1 AND i.active ORDER BY i.position, i.id",
                                         stage(kind));
    std::vector<ChecklistItemRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(
            {row[0].as<std::int64_t>(), row[1].as<std::int32_t>(), row[2].as<std::string>(), row[3].as<bool>()});
    return rows;
}

std::vector<ChecklistItemRow> ChecklistRepository::replace(pqxx::work &work, ChecklistKind kind,
                                                           const std::vector<ChecklistItemInput> &items)
{
    const std::int64_t checklistId = ensureChecklist(work, kind);
    std::set<std::int64_t> kept;
    std::int32_t position = 0;
    for (const auto &item : items) {
        ++position;
        if (item.id) {
            const auto updated = work.exec_params("UPDATE checklist_items SET text = $3, position = $4, active = true "
                                                  "WHERE id = $1 AND checklist_id = $2",
                                                  *item.id, checklistId, item.title, position);
            if (updated.affected_rows() != 1 || !kept.insert(*item.id).second)
                throw std::invalid_argument("checklist item " + std::to_string(*item.id) +
                                            " does not belong to this checklist");
        } else {
            kept.insert(work.exec_params1("INSERT INTO checklist_items (checklist_id, position, text) "
                                          "VALUES ($1, $2, $3) RETURNING id",
                                          checklistId, position, item.title)[0]
                            .as<std::int64_t>());
        }
    }
    std::string keptArray = "{";
    for (const auto id : kept)
        keptArray += (keptArray.size() > 1 ? "," : "") + std::to_string(id);
    keptArray += "}";
    work.exec_params0("UPDATE checklist_items SET active = false "
                      "WHERE checklist_id = $1 AND active AND NOT (id = ANY($2::bigint[]))",
                      checklistId, keptArray);
    return ChecklistRepository::items(work, kind);
}

} // namespace p2pdesk::syncd::db
