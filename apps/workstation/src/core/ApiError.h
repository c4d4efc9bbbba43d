#pragma once

#include <QString>

namespace p2pdesk::workstation {

// One failed API call as the operator should see it. `code` is the stable wire code from
// libs/proto (e.g. "already_taken") or one of the client-side codes below for failures that never
// reached syncd.
struct ApiError {
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString code;
    QString message; // syncd's own message, may be empty
    // syncd's X-Request-Id: the line in the server log that tells what happened to this call.
    QString requestId = {};
    // details.field of a refusal that names the field it is about ("shortcut", "body_ru", …), so
    // a form can say which of its fields to fix.
    QString field = {};
    // details.kind: which refusal of that field it was ("not_a_sender", "invalid"), where a form
    // says more than the code does.
    QString detailKind = {};
    // details.retry_after_seconds: how long an outside service asked the desk to wait (0: unsaid).
    qint64 retryAfterSeconds = 0;

    // Client-side codes (no HTTP status).
    static inline const QString kNetwork = QStringLiteral("network_error");
    static inline const QString kTimeout = QStringLiteral("timeout");
    static inline const QString kTlsChanged = QStringLiteral("tls_certificate_changed");
    static inline const QString kTlsRefused = QStringLiteral("tls_certificate_not_trusted");
    static inline const QString kTlsInvalid = QStringLiteral("tls_certificate_invalid");
    static inline const QString kBadResponse = QStringLiteral("bad_response");
    static inline const QString kCancelled = QStringLiteral("cancelled");

    bool isConflict() const { return httpStatus == 409; }
    bool isSessionEnded() const;

    // A sentence for the operator (translated), without the code.
    QString sentence() const;
    // sentence() followed by the code in brackets so support can look it up.
    QString plainText() const;
};

} // namespace p2pdesk::workstation
