#include "service/FeatureFlagService.h"

#include "db/repositories/FeatureFlagRepository.h"
#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/FeatureFlags.h"
#include "p2pdesk/proto/Changes.h"

#include <stdexcept>

namespace p2pdesk::syncd::service {

using proto::ApiErrorCode;

namespace {

proto::FeatureFlagDto toDto(const domain::FeatureFlagInfo &info, const db::FeatureFlagRow *row)
{
    proto::FeatureFlagDto dto;
    dto.key = std::string(info.key);
    dto.enabled = row ? row->enabled : info.defaultEnabled;
    dto.defaultEnabled = info.defaultEnabled;
    dto.inEffect = info.inEffect;
    dto.description = std::string(info.description);
    if (row) {
        dto.updatedAt = row->updatedAt;
        if (row->updatedById && row->updatedByUsername)
            dto.updatedBy = proto::OperatorRef{*row->updatedById, *row->updatedByUsername};
    }
    return dto;
}

} // namespace

bool FeatureFlagService::enabled(pqxx::work &work, std::string_view key)
{
    const auto *info = domain::findFeatureFlag(key);
    if (!info)
        throw std::logic_error("feature flag outside the catalogue: " + std::string(key));
    return db::FeatureFlagRepository::enabled(work, std::string(key), info->defaultEnabled);
}

void FeatureFlagService::requireNewOrders(pqxx::work &work, bool byCustomer)
{
    if (!enabled(work, domain::flag::kNewOrders))
        throw ServiceError(ApiErrorCode::NewOrdersPaused, "new orders are switched off", {{"flag", "new_orders"}});
    if (byCustomer && !enabled(work, domain::flag::kTelegramIntake))
        throw ServiceError(ApiErrorCode::NewOrdersPaused, "the bot takes no new orders now",
                           {{"flag", "telegram_intake"}});
}

proto::FeatureFlagList FeatureFlagService::list(db::Transaction &tx)
{
    const auto rows = db::FeatureFlagRepository::list(tx.work());
    proto::FeatureFlagList list;
    for (const auto &info : domain::kFeatureFlags) {
        const db::FeatureFlagRow *stored = nullptr;
        for (const auto &row : rows) {
            if (row.key == info.key)
                stored = &row;
        }
        list.items.push_back(toDto(info, stored));
    }
    return list;
}

proto::FeatureFlagDto FeatureFlagService::set(db::Transaction &tx, const std::string &key,
                                              const proto::FeatureFlagUpdateRequest &request, std::int64_t operatorId,
                                              audit::AuditEntry audit)
{
    const auto *info = domain::findFeatureFlag(key);
    if (!info)
        throw ServiceError(ApiErrorCode::NotFound, "no feature flag " + key, {{"field", "key"}});
    auto &work = tx.work();
    const auto old = db::FeatureFlagRepository::lock(work, key);
    const bool before = old ? old->enabled : info->defaultEnabled;
    const auto saved = db::FeatureFlagRepository::save(work, key, request.enabled, operatorId);

    audit.action = "feature_flag.set";
    audit.entity = "feature_flag";
    audit.entityId = key;
    audit.reason = request.reason;
    audit.payload = {{"enabled", request.enabled}, {"old", {{"enabled", before}}}};
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kFlagsUpdated), std::nullopt,
                        {{"key", key}, {"enabled", request.enabled}});
    return toDto(*info, &saved);
}

} // namespace p2pdesk::syncd::service
