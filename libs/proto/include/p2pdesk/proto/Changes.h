#pragma once

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace p2pdesk::proto {

// Event kinds of the change feed. The kind is a plain string on the wire (not a closed enum) so
// that a workstation survives a newer syncd that emits kinds it does not know: it ignores them
// (and may refetch the order when order_id is set).
namespace change_kind {
inline constexpr std::string_view kOrderCreated = "order.created";
inline constexpr std::string_view kOrderTransitioned = "order.transitioned";        // status changed (incl. take)
inline constexpr std::string_view kOrderUpdated = "order.updated";                  // anything else on the order
inline constexpr std::string_view kOrderDeadlineWarning = "order.deadline_warning"; // half time
inline constexpr std::string_view kRiskFlagRaised = "risk_flag.raised";
inline constexpr std::string_view kRiskFlagCleared = "risk_flag.cleared";
inline constexpr std::string_view kApprovalAdded = "approval.added";
inline constexpr std::string_view kProofAdded = "proof.added";
inline constexpr std::string_view kChecklistUpdated = "checklist.updated";
inline constexpr std::string_view kAnnotationAdded = "annotation.added";
// A sender address of a deposit proof was screened (AML); payload {"proof_id","screening_id","score"}.
inline constexpr std::string_view kProofScreened = "proof.screened";
inline constexpr std::string_view kRateUpdated = "rate.updated";
inline constexpr std::string_view kWalletUpdated = "wallet.updated";
// A bank of the directory was added or changed; payload {"bank_id","code","fiat_currency","active"}.
inline constexpr std::string_view kBankUpdated = "bank.updated";
// A reserve was entered or recounted; payload {"reserve_id","kind","asset"?,"network"?,"fiat_currency"?}.
inline constexpr std::string_view kReserveUpdated = "reserve.updated";
inline constexpr std::string_view kSettingsUpdated = "settings.updated";
// A risk limit was set, changed or deactivated; payload {"limit_id","rule","fiat_currency"?}.
inline constexpr std::string_view kLimitsUpdated = "limits.updated";
// A feature flag was switched; payload {"key","enabled"}.
inline constexpr std::string_view kFlagsUpdated = "flags.updated";
inline constexpr std::string_view kOperatorUpdated = "operator.updated";
// Support tickets: payload {"ticket_id", …}. A new or edited message (customer, operator reply or
// note, system), payload also "message_id" and "author" (or "edited": true); order_id may be set
// when the ticket is an order's.
inline constexpr std::string_view kTicketMessage = "ticket.message";
// Assignee, priority, status or a read mark changed; payload "change" names which
// ("assignee" | "priority" | "status" | "read", the last with "operator_id").
inline constexpr std::string_view kTicketUpdated = "ticket.updated";
// A canned reply was created or changed; payload {"canned_reply_id"}.
inline constexpr std::string_view kCannedReplyUpdated = "canned_reply.updated";
// A customer was blocked or unblocked; payload {"customer_id"}.
inline constexpr std::string_view kCustomerUpdated = "customer.updated";
} // namespace change_kind

// {"seq","at","kind","order_id"?,"status"?,"version"?,"payload":{…}} — status/version are the
// order's values after the change, when the event is about an order.
struct ChangeEvent {
    std::int64_t seq = 0;
    Timestamp at{};
    std::string kind;
    std::optional<std::int64_t> orderId;
    std::optional<domain::OrderStatus> status;
    std::optional<std::int64_t> version;
    Json payload = Json::object();
};

// GET /api/v1/changes?since=SEQ&wait=SECONDS → {"events":[…],"last_seq"}. Events have
// seq > since in ascending order; last_seq is the highest seq returned, or `since` when none came
// before the wait ran out. The next poll passes last_seq as since.
//
// "feed_epoch" names the feed the sequence numbers belong to. It changes when the database is
// replaced (a restore from backup), where seq starts again below what a workstation's cache has
// seen: a client whose cached epoch differs must drop its cache and start over, or it would skip
// every event up to its old seq. 0 = not told (a stand-in server).
struct ChangesResponse {
    std::vector<ChangeEvent> events;
    std::int64_t lastSeq = 0;
    std::int64_t feedEpoch = 0;
};

// since ≥ 0 (default 0), wait 0..limits::kMaxWaitSeconds (default 0 = answer at once).
struct ChangesQuery {
    std::int64_t since = 0;
    std::int64_t waitSeconds = 0;
};

Json toJson(const ChangeEvent &value);
std::optional<DecodeError> decodeInto(const Json &json, ChangeEvent &out);
Json toJson(const ChangesResponse &value);
std::optional<DecodeError> decodeInto(const Json &json, ChangesResponse &out);

// Query parameters as (name, URL-decoded value) pairs; the last occurrence of a name wins.
Decoded<ChangesQuery> decodeChangesQuery(const std::vector<std::pair<std::string, std::string>> &params);

} // namespace p2pdesk::proto
