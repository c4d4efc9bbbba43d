#include "service/ChecklistAdminService.h"

#include "db/repositories/ChecklistRepository.h"
#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"

#include "p2pdesk/proto/Changes.h"

#include <pqxx/subtransaction>

#include <stdexcept>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

constexpr std::size_t kMaxItems = 50;

db::ChecklistKind dbKind(proto::ChecklistKind kind)
{
    return kind == proto::ChecklistKind::Verify ? db::ChecklistKind::Verify : db::ChecklistKind::Payout;
}

proto::ChecklistDef toDef(proto::ChecklistKind kind, const std::vector<db::ChecklistItemRow> &rows)
{
    proto::ChecklistDef def;
    def.kind = kind;
    for (const auto &row : rows)
        def.items.push_back({row.id, row.title});
    return def;
}

} // namespace

proto::ChecklistDefList ChecklistAdminService::list(db::Transaction &tx)
{
    proto::ChecklistDefList out;
    for (const auto kind : {proto::ChecklistKind::Verify, proto::ChecklistKind::Payout})
        out.items.push_back(toDef(kind, db::ChecklistRepository::items(tx.work(), dbKind(kind))));
    return out;
}

proto::ChecklistDef ChecklistAdminService::replace(db::Transaction &tx, proto::ChecklistKind kind,
                                                   const proto::ChecklistUpdateRequest &req, audit::AuditEntry audit)
{
    if (req.items.size() > kMaxItems)
        throw ServiceError(ApiErrorCode::ValidationFailed, "at most 50 items", {{"field", "items"}});
    std::vector<db::ChecklistItemInput> items;
    for (std::size_t i = 0; i < req.items.size(); ++i) {
        const auto &item = req.items[i];
        if (item.title.find_first_not_of(" \t\r\n") == std::string::npos)
            throw ServiceError(ApiErrorCode::ValidationFailed, "an item needs a title",
                               {{"field", "items[" + std::to_string(i) + "].title"}});
        items.push_back({item.id, item.title});
    }
    std::vector<db::ChecklistItemRow> rows;
    {
        pqxx::subtransaction sub(tx.work(), "checklist_replace");
        try {
            rows = db::ChecklistRepository::replace(tx.work(), dbKind(kind), items);
            sub.commit();
        } catch (const std::invalid_argument &e) {
            sub.abort();
            throw ServiceError(ApiErrorCode::ValidationFailed, e.what(), {{"field", "items"}});
        }
    }
    const auto def = toDef(kind, rows);
    audit.reason = req.reason;
    audit.entityId = std::string(proto::toString(kind));
    audit.payload = proto::toJson(def);
    audit::AuditWriter::append(tx.work(), audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kChecklistUpdated), std::nullopt,
                        {{"definition", std::string(proto::toString(kind))}});
    return def;
}

} // namespace p2pdesk::syncd::service
