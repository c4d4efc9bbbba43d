#include "core/OversightService.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"

#include <QUrlQuery>

namespace p2pdesk::workstation {

OversightService::OversightService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

template<typename T, typename F> void OversightService::expect(ApiReply *reply, Action action, F onValue)
{
    connect(reply, &ApiReply::finished, this, [this, reply, action, onValue] {
        if (!reply->ok()) {
            qCWarning(lcUi) << "oversight action" << action << "failed:" << reply->error()->code;
            return emit failed(action, *reply->error());
        }
        ApiError error;
        auto value = reply->decode<T>(&error);
        if (!value)
            return emit failed(action, error);
        onValue(*value);
    });
}

void OversightService::loadFlags()
{
    expect<proto::FeatureFlagList>(m_api->adminFlags(), Action::LoadFlags,
                                   [this](const proto::FeatureFlagList &list) { emit flagsLoaded(list); });
}

void OversightService::setFlag(const QString &key, bool enabled, const QString &reason)
{
    proto::FeatureFlagUpdateRequest request;
    request.enabled = enabled;
    request.reason = reason.toStdString();
    expect<proto::FeatureFlagDto>(m_api->putFeatureFlag(key, request), Action::SetFlag,
                                  [this](const proto::FeatureFlagDto &flag) { emit flagSaved(flag); });
}

void OversightService::loadAudit(const AuditFilter &filter, std::optional<std::int64_t> beforeSeq)
{
    QUrlQuery query;
    if (filter.operatorId)
        query.addQueryItem(QStringLiteral("operator_id"), QString::number(*filter.operatorId));
    if (!filter.entity.isEmpty())
        query.addQueryItem(QStringLiteral("entity"), filter.entity);
    if (!filter.entityId.isEmpty())
        query.addQueryItem(QStringLiteral("entity_id"), filter.entityId);
    if (!filter.action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), filter.action);
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), filter.from.toUTC().toString(Qt::ISODate));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), filter.to.toUTC().toString(Qt::ISODate));
    if (beforeSeq)
        query.addQueryItem(QStringLiteral("before_seq"), QString::number(*beforeSeq));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kAuditPageSize));
    expect<proto::AuditPage>(
        m_api->adminAudit(query), Action::LoadAudit,
        [this, filter, beforeSeq](const proto::AuditPage &page) { emit auditLoaded(filter, beforeSeq, page); });
}

void OversightService::verifyAudit()
{
    expect<proto::AuditVerification>(m_api->verifyAudit(), Action::VerifyAudit,
                                     [this](const proto::AuditVerification &verdict) { emit auditVerified(verdict); });
}

void OversightService::loadOperators()
{
    expect<proto::OperatorList>(m_api->adminOperators(), Action::LoadOperators,
                                [this](const proto::OperatorList &list) { emit operatorsLoaded(list); });
}

} // namespace p2pdesk::workstation
