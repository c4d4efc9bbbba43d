#pragma once

#include <string_view>

// Paths of the HTTP API, shared by syncd's router and the workstation's client. "{id}" marks a
// path parameter. The OpenAPI document (libs/proto/openapi/p2pdesk.openapi.yaml) is the reference.
namespace p2pdesk::proto::endpoints {

inline constexpr std::string_view kPrefix = "/api/v1";

inline constexpr std::string_view kLogin = "/api/v1/auth/login";   // POST
inline constexpr std::string_view kLogout = "/api/v1/auth/logout"; // POST → 204
inline constexpr std::string_view kMe = "/api/v1/me";              // GET
inline constexpr std::string_view kMeDuty = "/api/v1/me/duty";     // PUT {"on_duty"}
// Who is on duty and whether the bot takes new exchanges (any operator).
inline constexpr std::string_view kDuty = "/api/v1/duty"; // GET

inline constexpr std::string_view kOrders = "/api/v1/orders";                            // GET list, POST create
inline constexpr std::string_view kOrder = "/api/v1/orders/{id}";                        // GET detail
inline constexpr std::string_view kOrderTake = "/api/v1/orders/{id}/take";               // POST
inline constexpr std::string_view kOrderRequote = "/api/v1/orders/{id}/requote";         // POST
inline constexpr std::string_view kOrderTransitions = "/api/v1/orders/{id}/transitions"; // POST
inline constexpr std::string_view kOrderApprovals = "/api/v1/orders/{id}/approvals";     // POST
inline constexpr std::string_view kOrderChecklist = "/api/v1/orders/{id}/checklist";     // POST
inline constexpr std::string_view kOrderProofs = "/api/v1/orders/{id}/proofs";           // POST
inline constexpr std::string_view kOrderRiskFlagClear = "/api/v1/orders/{id}/risk-flags/{flagId}/clear"; // POST
inline constexpr std::string_view kProofFile = "/api/v1/proofs/{id}/file";               // GET raw bytes
inline constexpr std::string_view kProofAnnotations = "/api/v1/proofs/{id}/annotations"; // GET, POST
inline constexpr std::string_view kProofChainHint = "/api/v1/proofs/{id}/chain-hint";    // GET
inline constexpr std::string_view kProofScreenings = "/api/v1/proofs/{id}/screenings";   // GET, POST

inline constexpr std::string_view kRates = "/api/v1/rates";     // GET
inline constexpr std::string_view kBanks = "/api/v1/banks";     // GET: the active banks, for payouts
inline constexpr std::string_view kChanges = "/api/v1/changes"; // GET ?since=&wait=
// Read-only views every operator needs (take dialog thresholds, the order card's checklists); the
// /admin paths below are for the admin screens.
inline constexpr std::string_view kSettings = "/api/v1/settings";     // GET
inline constexpr std::string_view kChecklists = "/api/v1/checklists"; // GET

inline constexpr std::string_view kAdminOperators = "/api/v1/admin/operators"; // GET, POST
inline constexpr std::string_view kAdminOperatorRoles = "/api/v1/admin/operators/{id}/roles";
inline constexpr std::string_view kAdminOperatorDeactivate = "/api/v1/admin/operators/{id}/deactivate";
inline constexpr std::string_view kAdminOperatorResetPassword = "/api/v1/admin/operators/{id}/reset-password";
inline constexpr std::string_view kAdminOperatorReset2fa = "/api/v1/admin/operators/{id}/reset-2fa";
inline constexpr std::string_view kAdminRates = "/api/v1/admin/rates";                             // POST
inline constexpr std::string_view kAdminRateFeedConfirm = "/api/v1/admin/rates/{id}/feed-confirm"; // POST
inline constexpr std::string_view kAdminRateHistory = "/api/v1/admin/rates/{id}/history";          // GET
inline constexpr std::string_view kAdminWallets = "/api/v1/admin/wallets";                         // GET, POST
inline constexpr std::string_view kAdminWalletActive = "/api/v1/admin/wallets/{id}/active";        // POST
inline constexpr std::string_view kAdminSettings = "/api/v1/admin/settings";                       // GET, POST (admin)
// The banks directory payout accounts are checked against: GET (admin, senior; ?fiat=&active=),
// POST one (admin), PUT one's name/country/active against its version (admin).
inline constexpr std::string_view kAdminBanks = "/api/v1/admin/banks";     // GET, POST
inline constexpr std::string_view kAdminBank = "/api/v1/admin/banks/{id}"; // PUT
// Risk limits: GET the stored rows with the rule catalogue and 30-day figures, PUT one (admin).
inline constexpr std::string_view kAdminLimits = "/api/v1/admin/limits"; // GET, PUT (admin)
// Feature flags: GET the catalogue with the stored values, PUT one flag (admin, reason).
inline constexpr std::string_view kAdminFlags = "/api/v1/admin/flags";      // GET (admin)
inline constexpr std::string_view kAdminFlag = "/api/v1/admin/flags/{key}"; // PUT (admin)
// The audit log: GET a filtered page, newest first; POST verify walks the hash chain (admin).
inline constexpr std::string_view kAdminAudit = "/api/v1/admin/audit";              // GET (admin)
inline constexpr std::string_view kAdminAuditVerify = "/api/v1/admin/audit/verify"; // POST (admin)
// Reserves: GET every reserve with what orders committed of it, POST one currency's, PUT a recount
// against its version (senior, admin; a reason each).
inline constexpr std::string_view kAdminReserves = "/api/v1/admin/reserves";           // GET, POST
inline constexpr std::string_view kAdminReserve = "/api/v1/admin/reserves/{id}";       // PUT
inline constexpr std::string_view kAdminChecklists = "/api/v1/admin/checklists";       // GET (admin)
inline constexpr std::string_view kAdminChecklist = "/api/v1/admin/checklists/{kind}"; // POST

// Support tickets and canned replies.
inline constexpr std::string_view kTickets = "/api/v1/tickets";                      // GET list
inline constexpr std::string_view kTicket = "/api/v1/tickets/{id}";                  // GET detail
inline constexpr std::string_view kTicketMessages = "/api/v1/tickets/{id}/messages"; // POST reply / note
inline constexpr std::string_view kTicketAssign = "/api/v1/tickets/{id}/assign";     // POST
inline constexpr std::string_view kTicketPriority = "/api/v1/tickets/{id}/priority"; // POST
inline constexpr std::string_view kTicketClose = "/api/v1/tickets/{id}/close";       // POST
inline constexpr std::string_view kTicketReopen = "/api/v1/tickets/{id}/reopen";     // POST
inline constexpr std::string_view kTicketRead = "/api/v1/tickets/{id}/read";         // POST
inline constexpr std::string_view kTicketPreview = "/api/v1/tickets/{id}/preview";   // POST
inline constexpr std::string_view kTicketAttachment = "/api/v1/tickets/{id}/attachments/{attachmentId}"; // GET bytes
inline constexpr std::string_view kCannedReplies = "/api/v1/canned-replies";                             // GET (active)
inline constexpr std::string_view kAdminCannedReplies = "/api/v1/admin/canned-replies";    // GET, POST (admin)
inline constexpr std::string_view kAdminCannedReply = "/api/v1/admin/canned-replies/{id}"; // PUT (admin)

// Customers: the directory (seniors, admins), the profile and notes (operators, seniors, admins),
// blocking (seniors, admins).
inline constexpr std::string_view kCustomers = "/api/v1/customers";                // GET ?q=&blocked=&offset=&limit=
inline constexpr std::string_view kCustomer = "/api/v1/customers/{id}";            // GET profile
inline constexpr std::string_view kCustomerNotes = "/api/v1/customers/{id}/notes"; // POST {"text"}
inline constexpr std::string_view kCustomerBlock = "/api/v1/customers/{id}/block"; // POST {"reason"}
inline constexpr std::string_view kCustomerUnblock = "/api/v1/customers/{id}/unblock"; // POST {"reason"}
// POST {"level","reason"} (seniors, admins): the customer's verification level, audited.
inline constexpr std::string_view kCustomerKycLevel = "/api/v1/customers/{id}/kyc-level";
// POST {"reason"} (seniors, admins): the account's full requisites, audited.
inline constexpr std::string_view kCustomerAccountReveal = "/api/v1/customers/{id}/payout-accounts/{accountId}/reveal";

// The public rates export for rate aggregators (BestChange XML): no session, nothing else under it;
// 404 while the rates_export flag is off.
inline constexpr std::string_view kRatesExport = "/export/rates.xml";

inline constexpr std::string_view kHealthz = "/healthz";
inline constexpr std::string_view kReadyz = "/readyz";
// Prometheus scrapes it with the token of metrics.token_file; absent (404) without one.
inline constexpr std::string_view kMetrics = "/metrics";
// Telegram calls it in webhook mode (telegram.mode = webhook); authenticated by its secret token.
inline constexpr std::string_view kTelegramWebhook = "/api/v1/telegram/webhook";

// Request header carried by every POST; see the OpenAPI document for the replay rules.
inline constexpr std::string_view kIdempotencyKeyHeader = "Idempotency-Key";

} // namespace p2pdesk::proto::endpoints
