#include "service/AuditLogService.h"

#include "audit/AuditChain.h"
#include "db/repositories/AuditLogRepository.h"
#include "service/ServiceError.h"

#include <pqxx/transaction>

#include <charconv>
#include <chrono>

namespace p2pdesk::syncd::service {

using proto::ApiErrorCode;

namespace {

[[noreturn]] void invalid(const std::string &field, const std::string &message)
{
    throw ServiceError(ApiErrorCode::ValidationFailed, message, {{"field", field}, {"kind", "invalid"}});
}

std::optional<std::int64_t> positive(const std::optional<std::string> &text, const std::string &field)
{
    if (!text)
        return std::nullopt;
    std::int64_t value = 0;
    const auto *end = text->data() + text->size();
    const auto [ptr, ec] = std::from_chars(text->data(), end, value);
    if (ec != std::errc() || ptr != end || value < 1)
        invalid(field, field + " must be a positive integer");
    return value;
}

std::optional<proto::Timestamp> instant(const std::optional<std::string> &text, const std::string &field)
{
    if (!text)
        return std::nullopt;
    const auto parsed = proto::parseTimestamp(*text);
    if (!parsed)
        invalid(field, field + " must be an RFC 3339 timestamp");
    return parsed;
}

std::optional<std::string> word(const std::optional<std::string> &text, const std::string &field, std::size_t max)
{
    if (!text || text->empty())
        return std::nullopt;
    if (text->size() > max)
        invalid(field, field + " is too long");
    return text;
}

} // namespace

proto::AuditPage AuditLogService::list(db::Transaction &tx, const AuditQuery &query)
{
    db::AuditFilter filter;
    if (const auto id = positive(query.operatorId, "operator_id"))
        filter.actor = "operator:" + std::to_string(*id);
    filter.entity = word(query.entity, "entity", 64);
    filter.entityId = word(query.entityId, "entity_id", 256);
    filter.action = word(query.action, "action", 64);
    filter.from = instant(query.from, "from");
    filter.to = instant(query.to, "to");
    filter.beforeSeq = positive(query.beforeSeq, "before_seq");
    const auto limit = positive(query.limit, "limit").value_or(kDefaultPage);
    if (limit > kMaxPage)
        throw ServiceError(ApiErrorCode::ValidationFailed, "limit is at most 500",
                           {{"field", "limit"}, {"kind", "out_of_range"}, {"max", kMaxPage}});
    filter.limit = static_cast<int>(limit);

    proto::AuditPage page;
    for (auto &row : db::AuditLogRepository::list(tx.work(), filter)) {
        proto::AuditRecord record;
        record.seq = row.seq;
        record.at = row.at;
        record.actor = std::move(row.actor);
        if (row.operatorId && row.operatorUsername)
            record.actorOperator = proto::OperatorRef{*row.operatorId, *row.operatorUsername};
        record.action = std::move(row.action);
        record.entity = std::move(row.entity);
        record.entityId = std::move(row.entityId);
        record.reason = std::move(row.reason);
        record.ip = std::move(row.ip);
        record.userAgent = std::move(row.userAgent);
        record.workstationId = std::move(row.workstationId);
        record.details = std::move(row.payload);
        record.sealed = row.sealed;
        page.items.push_back(std::move(record));
    }
    // A full page may have an older one behind it; the client learns it is done from an empty page.
    if (static_cast<int>(page.items.size()) == filter.limit && !page.items.empty())
        page.nextBeforeSeq = page.items.back().seq;
    const auto state = db::AuditLogRepository::sealState(tx.work());
    page.chain.lastSealedSeq = state.lastSealedSeq;
    page.chain.pendingRows = state.pendingRows;
    return page;
}

proto::AuditVerification AuditLogService::verify()
{
    auto conn = m_pool.acquire();
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
    const auto result = audit::verifyChain(tx);
    tx.commit();
    proto::AuditVerification verdict;
    verdict.ok = result.ok;
    verdict.sealedRows = result.sealedRows;
    verdict.pendingRows = result.pendingRows;
    verdict.lastVerifiedSeq = result.lastSealedSeq;
    verdict.brokenSeq = result.brokenSeq;
    if (!result.ok)
        verdict.problem = result.problem;
    verdict.verifiedAt = std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
    return verdict;
}

} // namespace p2pdesk::syncd::service
