#include "service/CannedReplyService.h"

#include "db/repositories/CannedReplyRepository.h"
#include "feed/ChangeFeed.h"
#include "service/CustomerWording.h"
#include "service/ServiceError.h"

#include "p2pdesk/proto/Changes.h"

#include <algorithm>
#include <regex>
#include <set>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

// A variable is "{" [a-z_.]+ "}"; any other brace is text (a customer may need a literal "{").
template<typename Visit> void forEachVariable(std::string_view body, Visit visit)
{
    std::size_t pos = 0;
    while ((pos = body.find('{', pos)) != std::string_view::npos) {
        const auto close = body.find('}', pos + 1);
        if (close == std::string_view::npos)
            return;
        const auto name = body.substr(pos + 1, close - pos - 1);
        const bool isName =
            !name.empty() && name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_.") == std::string_view::npos;
        if (isName)
            visit(pos, close, std::string(name));
        pos = isName ? close + 1 : pos + 1;
    }
}

proto::CannedReply toProto(const db::CannedReplyRow &row)
{
    proto::CannedReply out;
    out.id = row.id;
    out.shortcut = row.shortcut;
    out.title = row.title;
    out.bodyRu = row.bodyRu;
    out.bodyEn = row.bodyEn;
    out.active = row.active;
    out.version = row.version;
    out.updatedAt = row.updatedAt;
    return out;
}

db::CannedReplyRow validated(const proto::CannedReplyRequest &request)
{
    static const std::regex shortcut("^[a-z0-9_-]{1,32}$");
    if (!std::regex_match(request.shortcut, shortcut))
        throw ServiceError(ApiErrorCode::ValidationFailed, "the shortcut must match ^[a-z0-9_-]{1,32}$",
                           {{"field", "shortcut"}});
    const auto blank = [](const std::string &s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
    if (blank(request.bodyRu) && blank(request.bodyEn))
        throw ServiceError(ApiErrorCode::ValidationFailed, "at least one of body_ru and body_en is required",
                           {{"field", "body_ru"}});
    CannedReplyService::validateTemplate(request.bodyRu, "body_ru");
    CannedReplyService::validateTemplate(request.bodyEn, "body_en");
    db::CannedReplyRow row;
    row.shortcut = request.shortcut;
    row.title = request.title;
    row.bodyRu = request.bodyRu;
    row.bodyEn = request.bodyEn;
    row.active = request.active;
    return row;
}

void writeAudit(pqxx::work &work, audit::AuditEntry &audit, const char *action, const db::CannedReplyRow &row,
                const std::string &reason)
{
    audit.action = action;
    audit.entity = "canned_reply";
    audit.entityId = std::to_string(row.id);
    audit.reason = reason;
    audit.payload = {{"shortcut", row.shortcut}, {"active", row.active}, {"version", row.version}};
    audit::AuditWriter::append(work, audit);
}

} // namespace

const std::vector<std::string> &CannedReplyService::knownVariables()
{
    static const std::vector<std::string> names = {
        "customer.name", "operator.name",         "order.amount_crypto", "order.amount_fiat", "order.asset",
        "order.code",    "order.deposit_address", "order.fiat",          "order.final_rate",  "order.status",
    };
    return names;
}

void CannedReplyService::validateTemplate(std::string_view body, const std::string &field)
{
    const auto &known = knownVariables();
    std::set<std::string> unknown;
    forEachVariable(body, [&](std::size_t, std::size_t, const std::string &name) {
        if (std::find(known.begin(), known.end(), name) == known.end())
            unknown.insert(name);
    });
    if (!unknown.empty())
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown template variable in " + field,
                           {{"field", field}, {"unknown", unknown}, {"known", known}});
}

std::string CannedReplyService::render(std::string_view body, const std::map<std::string, std::string> &values,
                                       const std::string &field)
{
    validateTemplate(body, field);
    std::set<std::string> missing;
    std::string out;
    std::size_t copied = 0;
    forEachVariable(body, [&](std::size_t open, std::size_t close, const std::string &name) {
        out.append(body.substr(copied, open - copied));
        const auto it = values.find(name);
        if (it == values.end() || it->second.empty())
            missing.insert(name);
        else
            out += escapeHtml(it->second);
        copied = close + 1;
    });
    out.append(body.substr(copied));
    if (!missing.empty())
        throw ServiceError(ApiErrorCode::ValidationFailed, "no value for a template variable on this ticket",
                           {{"field", field}, {"missing", missing}});
    return out;
}

proto::CannedReplyList CannedReplyService::list(db::Transaction &tx, bool activeOnly)
{
    proto::CannedReplyList out;
    for (const auto &row : db::CannedReplyRepository::list(tx.work(), activeOnly))
        out.items.push_back(toProto(row));
    out.knownVariables = knownVariables();
    return out;
}

proto::CannedReply CannedReplyService::activeReply(db::Transaction &tx, std::int64_t id)
{
    const auto row = db::CannedReplyRepository::find(tx.work(), id);
    if (!row || !row->active)
        throw ServiceError(ApiErrorCode::NotFound, "no such active canned reply", {{"canned_reply_id", id}});
    return toProto(*row);
}

proto::CannedReply CannedReplyService::create(db::Transaction &tx, const proto::CannedReplyRequest &request,
                                              audit::AuditEntry audit)
{
    auto &work = tx.work();
    const auto inserted = db::CannedReplyRepository::insert(work, validated(request));
    if (!inserted)
        throw ServiceError(ApiErrorCode::Conflict, "the shortcut is taken", {{"field", "shortcut"}});
    writeAudit(work, audit, "canned_reply.create", *inserted, request.reason);
    m_changeFeed.append(tx, std::string(proto::change_kind::kCannedReplyUpdated), std::nullopt,
                        {{"canned_reply_id", inserted->id}});
    return toProto(*inserted);
}

proto::CannedReply CannedReplyService::update(db::Transaction &tx, std::int64_t id,
                                              const proto::CannedReplyRequest &request, audit::AuditEntry audit)
{
    auto &work = tx.work();
    if (!request.version)
        throw ServiceError(ApiErrorCode::ValidationFailed, "version is required", {{"field", "version"}});
    auto row = validated(request);
    row.id = id;
    row.version = *request.version;
    const auto current = db::CannedReplyRepository::find(work, id);
    if (!current)
        throw ServiceError(ApiErrorCode::NotFound, "no such canned reply", {{"canned_reply_id", id}});
    if (current->shortcut != row.shortcut) {
        for (const auto &other : db::CannedReplyRepository::list(work, false)) {
            if (other.shortcut == row.shortcut)
                throw ServiceError(ApiErrorCode::Conflict, "the shortcut is taken", {{"field", "shortcut"}});
        }
    }
    const auto updated = db::CannedReplyRepository::update(work, row);
    if (!updated)
        throw ServiceError(ApiErrorCode::VersionConflict, "the canned reply was changed meanwhile",
                           {{"current_version", current->version}});
    writeAudit(work, audit, "canned_reply.update", *updated, request.reason);
    m_changeFeed.append(tx, std::string(proto::change_kind::kCannedReplyUpdated), std::nullopt,
                        {{"canned_reply_id", id}});
    return toProto(*updated);
}

} // namespace p2pdesk::syncd::service
