#include "db/repositories/OrderChecklistRepository.h"

#include "db/PreparedStatement.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

std::string stageName(ChecklistStage stage)
{
    return stage == ChecklistStage::Verify ? "verify" : "payout";
}

} // namespace

OrderChecklistState OrderChecklistRepository::state(pqxx::work &work, std::int64_t orderId)
{
    static const PreparedStatement statement{
        "order_checklist.state",
        "SELECT i.id, i.text, i.required, coalesce(s.done, false), s.operator_id, op.username, " +
            columns::micros("s.at") +
            ", c.stage FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id "
            "LEFT JOIN order_checklist_items s ON s.checklist_item_id = i.id AND s.order_id = $1 "
            "LEFT JOIN operators op ON op.id = s.operator_id "
            "WHERE i.active ORDER BY c.stage, i.position, i.id"};
    const auto result = execPrepared(work, statement, orderId);
    const auto verifyName = stageName(ChecklistStage::Verify);
    OrderChecklistState state;
    for (const auto &row : result) {
        OrderChecklistItem item;
        item.itemId = row[0].as<std::int64_t>();
        item.title = row[1].as<std::string>();
        item.required = row[2].as<bool>();
        item.done = row[3].as<bool>();
        item.doneBy = row[4].get<std::int64_t>();
        item.doneByUsername = row[5].get<std::string>();
        item.doneAt = columns::optionalTimestamp(row[6]);
        (row[7].as<std::string>() == verifyName ? state.verify : state.payout).push_back(std::move(item));
    }
    return state;
}

bool OrderChecklistRepository::complete(pqxx::work &work, std::int64_t orderId, ChecklistStage stage)
{
    static const PreparedStatement statement{
        "order_checklist.complete",
        "SELECT NOT EXISTS (SELECT 1 FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id "
        "LEFT JOIN order_checklist_items s ON s.checklist_item_id = i.id AND s.order_id = $1 "
        "WHERE c.stage = $2 AND i.active AND i.required AND NOT coalesce(s.done, false))"};
    return execPrepared1(work, statement, orderId, stageName(stage))[0].as<bool>();
}

std::optional<ChecklistStage> OrderChecklistRepository::stageOfItem(pqxx::work &work, std::int64_t itemId)
{
    const auto result = work.exec_params("SELECT c.stage FROM checklist_items i JOIN checklists c "
                                         "ON c.id = i.checklist_id WHERE i.id = $1 AND i.active",
                                         itemId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::string>() == "verify" ? ChecklistStage::Verify : ChecklistStage::Payout;
}

void OrderChecklistRepository::set(pqxx::work &work, std::int64_t orderId, std::int64_t itemId, bool done,
                                   std::int64_t operatorId)
{
    work.exec_params0("INSERT INTO order_checklist_items (order_id, checklist_item_id, done, operator_id, at) "
                      "VALUES ($1, $2, $3, $4, now()) ON CONFLICT (order_id, checklist_item_id) "
                      "DO UPDATE SET done = EXCLUDED.done, operator_id = EXCLUDED.operator_id, at = now()",
                      orderId, itemId, done, operatorId);
}

} // namespace p2pdesk::syncd::db
