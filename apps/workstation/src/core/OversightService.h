#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/AuditLog.h"
#include "p2pdesk/proto/FeatureFlags.h"
#include "p2pdesk/proto/Operators.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace p2pdesk::workstation {

class ApiClient;
class ApiReply;

// The audit screen's filters; an empty one matches everything. action: exact, or a prefix
// ending in a dot ("order."). from inclusive, to exclusive.
struct AuditFilter {
    std::optional<std::int64_t> operatorId;
    QString entity;
    QString entityId;
    QString action;
    QDateTime from;
    QDateTime to;

    bool operator==(const AuditFilter &other) const = default;
};

// The admin's oversight calls: feature flags (read, switch with a reason) and the audit log (pages
// by filter, newest first; the hash chain's verdict). Results come back as signals; failures name
// the action.
class OversightService final : public QObject {
    Q_OBJECT

public:
    enum class Action { LoadFlags, SetFlag, LoadAudit, VerifyAudit, LoadOperators };
    Q_ENUM(Action)

    static constexpr int kAuditPageSize = 100;

    explicit OversightService(ApiClient *api, QObject *parent = nullptr);

    void loadFlags();
    void setFlag(const QString &key, bool enabled, const QString &reason);
    // beforeSeq: nullopt for the newest page; the next_before_seq of the previous one after.
    void loadAudit(const AuditFilter &filter, std::optional<std::int64_t> beforeSeq);
    void verifyAudit();
    // The operators, for the audit screen's actor filter.
    void loadOperators();

signals:
    void flagsLoaded(const p2pdesk::proto::FeatureFlagList &list);
    void flagSaved(const p2pdesk::proto::FeatureFlagDto &flag);
    // `filter` and `beforeSeq` as asked, so the receiver can drop an answer it no longer wants.
    void auditLoaded(const p2pdesk::workstation::AuditFilter &filter, std::optional<std::int64_t> beforeSeq,
                     const p2pdesk::proto::AuditPage &page);
    void auditVerified(const p2pdesk::proto::AuditVerification &verdict);
    void operatorsLoaded(const p2pdesk::proto::OperatorList &list);
    void failed(p2pdesk::workstation::OversightService::Action action, const p2pdesk::workstation::ApiError &error);

private:
    template<typename T, typename F> void expect(ApiReply *reply, Action action, F onValue);

    ApiClient *m_api;
};

} // namespace p2pdesk::workstation
