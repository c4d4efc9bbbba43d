#include "core/ApiError.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace p2pdesk::workstation {

namespace {

// QT_TRANSLATE_NOOP keeps the sentences in the .ts files; they are translated when shown.
constexpr std::array<std::pair<const char *, const char *>, 40> kSentences = {{
    {"bad_request", QT_TRANSLATE_NOOP("ApiError", "The server did not understand the request.")},
    {"validation_failed", QT_TRANSLATE_NOOP("ApiError", "Some of the entered values are not valid.")},
    {"unauthorized", QT_TRANSLATE_NOOP("ApiError", "Your session has ended. Please log in again.")},
    {"auth_failed",
     QT_TRANSLATE_NOOP("ApiError", "Login failed: wrong username, password or code, or the account is locked.")},
    {"forbidden", QT_TRANSLATE_NOOP("ApiError", "You are not allowed to do this.")},
    {"not_found", QT_TRANSLATE_NOOP("ApiError", "It no longer exists on the server.")},
    {"method_not_allowed", QT_TRANSLATE_NOOP("ApiError", "The server does not support this action.")},
    {"conflict", QT_TRANSLATE_NOOP("ApiError", "This conflicts with existing data.")},
    {"invalid_transition", QT_TRANSLATE_NOOP("ApiError", "The order is no longer in a state that allows this.")},
    {"version_conflict",
     QT_TRANSLATE_NOOP("ApiError", "Someone else changed the order meanwhile. It has been refreshed.")},
    {"already_taken", QT_TRANSLATE_NOOP("ApiError", "Another operator took this order first.")},
    {"rate_stale", QT_TRANSLATE_NOOP("ApiError", "The base rate is out of date; quoting is stopped.")},
    {"risk_hold", QT_TRANSLATE_NOOP("ApiError", "The order is on hold until a senior clears its risk flags.")},
    {"requote_pending",
     QT_TRANSLATE_NOOP("ApiError", "The customer must accept a new rate before the payout can start.")},
    {"new_orders_paused", QT_TRANSLATE_NOOP("ApiError", "New orders are switched off by the administrator.")},
    {"reason_required", QT_TRANSLATE_NOOP("ApiError", "A reason is required.")},
    {"approval_required", QT_TRANSLATE_NOOP("ApiError", "Another senior must approve this payout first.")},
    {"checklist_incomplete", QT_TRANSLATE_NOOP("ApiError", "Tick every checklist item first.")},
    {"proof_required", QT_TRANSLATE_NOOP("ApiError", "A proof of payment is required.")},
    {"final_rate_required", QT_TRANSLATE_NOOP("ApiError", "Enter the final rate.")},
    {"payout_reference_required", QT_TRANSLATE_NOOP("ApiError", "Enter the payout reference.")},
    {"wallet_required", QT_TRANSLATE_NOOP("ApiError", "No active hot wallet for this asset and network.")},
    {"rate_deviation_too_high",
     QT_TRANSLATE_NOOP("ApiError", "The rate deviates too far from the suggested rate; give a reason.")},
    {"limit_exceeded", QT_TRANSLATE_NOOP("ApiError", "A limit would be exceeded.")},
    {"bank_not_accepted",
     QT_TRANSLATE_NOOP("ApiError", "The desk does not pay out to this bank in this currency (unknown or switched "
                                   "off in Administration → Banks).")},
    {"idempotency_mismatch", QT_TRANSLATE_NOOP("ApiError", "A repeated request did not match the original.")},
    {"payload_too_large", QT_TRANSLATE_NOOP("ApiError", "The file is too large.")},
    {"unsupported_media_type", QT_TRANSLATE_NOOP("ApiError", "This file type is not accepted.")},
    {"rate_limited", QT_TRANSLATE_NOOP("ApiError", "Too many attempts. Wait a little and try again.")},
    {"internal_error", QT_TRANSLATE_NOOP("ApiError", "The server failed. Try again; if it repeats, tell the admin.")},
    {"proof_purged",
     QT_TRANSLATE_NOOP("ApiError",
                       "This proof file was deleted after the retention period; only its SHA-256 is kept.")},
    {"db_unavailable", QT_TRANSLATE_NOOP("ApiError", "The server's database is unavailable. Try again shortly.")},
    {"upstream_unavailable",
     QT_TRANSLATE_NOOP("ApiError", "An outside service the desk relies on did not answer. Try again later.")},
    {"network_error", QT_TRANSLATE_NOOP("ApiError", "The server cannot be reached.")},
    {"timeout", QT_TRANSLATE_NOOP("ApiError", "The server did not answer in time.")},
    {"tls_certificate_changed",
     QT_TRANSLATE_NOOP("ApiError", "The server's certificate has changed since you trusted it. The connection was "
                                   "refused: this may be an attack. Ask the admin before trusting a new certificate.")},
    {"tls_certificate_not_trusted",
     QT_TRANSLATE_NOOP("ApiError", "The server's certificate was not trusted, so nothing was sent.")},
    {"tls_certificate_invalid",
     QT_TRANSLATE_NOOP("ApiError", "The server's certificate is invalid (expired or issued for another name).")},
    {"bad_response", QT_TRANSLATE_NOOP("ApiError", "The server sent an answer this version cannot read.")},
    {"cancelled", QT_TRANSLATE_NOOP("ApiError", "The request was cancelled.")},
}};

} // namespace

bool ApiError::isSessionEnded() const
{
    return httpStatus == 401 && code == u"unauthorized";
}

QString ApiError::sentence() const
{
    for (const auto &[wireCode, text] : kSentences) {
        if (code == QLatin1String(wireCode))
            return QCoreApplication::translate("ApiError", text);
    }
    return message.isEmpty() ? QCoreApplication::translate("ApiError", "The request failed (HTTP %1).").arg(httpStatus)
                             : message;
}

QString ApiError::plainText() const
{
    return code.isEmpty() ? sentence() : sentence() + QStringLiteral(" (") + code + u')';
}

} // namespace p2pdesk::workstation
