#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "feed/ChangeFeed.h"

#include "p2pdesk/proto/Duty.h"
#include "p2pdesk/proto/Operators.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace p2pdesk::syncd::service {

class AuthService;

struct CreatedOperator {
    proto::OperatorAccount account;
    std::string otpauthUri; // shown once
};

// Operator accounts (admin API and `syncd create-admin`). Each change runs in the caller's one
// transaction: lock the row → check → write → audit (with the reason) → change event. Sessions of an
// operator end in the same transaction when it is deactivated or its password or 2FA is reset. The
// desk cannot lock itself out: removing the admin role from, or deactivating, the last active admin
// is refused (409 conflict), checked under a lock on every active admin row.
//
// `audit` is the request's pre-filled entry (actor, ip, user agent); the reason comes from the
// request and is required (the proto decoder refuses a blank one).
class OperatorAdminService final {
public:
    OperatorAdminService(AuthService &auth, feed::ChangeFeed &changeFeed);

    proto::OperatorList list(db::Transaction &tx);
    // 409 conflict when the username exists (case-blind); 422 validation_failed for a username
    // outside [a-z0-9_.-]{2,64} (it is lower-cased first).
    CreatedOperator create(db::Transaction &tx, const proto::CreateOperatorRequest &request, audit::AuditEntry audit);
    proto::OperatorAccount setRoles(db::Transaction &tx, std::int64_t id, const proto::SetRolesRequest &request,
                                    audit::AuditEntry audit);
    proto::OperatorAccount deactivate(db::Transaction &tx, std::int64_t id,
                                      const proto::DeactivateOperatorRequest &request, audit::AuditEntry audit);
    proto::OperatorAccount resetPassword(db::Transaction &tx, std::int64_t id,
                                         const proto::ResetPasswordRequest &request, audit::AuditEntry audit);
    proto::Reset2faResponse reset2fa(db::Transaction &tx, std::int64_t id, const proto::Reset2faRequest &request,
                                     audit::AuditEntry audit);

    // The caller's own on-duty switch (PUT /api/v1/me/duty): audited as "operator.duty", on the feed
    // as operator.updated {"change":"on_duty"}. Setting the value it already has still audits, so
    // the log shows every click. Returns the stored value.
    bool setOnDuty(db::Transaction &tx, std::int64_t operatorId, bool onDuty, audit::AuditEntry audit);
    bool isOnDuty(db::Transaction &tx, std::int64_t operatorId);
    // Who is on duty now and whether that opens the bot to new exchanges (GET /api/v1/duty).
    // The roster as the bot applies it at `now` (the opening hours are judged against it).
    static proto::DutyRoster dutyRoster(db::Transaction &tx, std::chrono::system_clock::time_point now);

private:
    void changed(db::Transaction &tx, std::int64_t id, const std::string &what);

    AuthService &m_auth;
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
