#pragma once

#include "p2pdesk/proto/AddressScreenings.h"
#include "p2pdesk/proto/Annotations.h"
#include "p2pdesk/proto/AuditLog.h"
#include "p2pdesk/proto/Auth.h"
#include "p2pdesk/proto/Banks.h"
#include "p2pdesk/proto/Checklists.h"
#include "p2pdesk/proto/Customers.h"
#include "p2pdesk/proto/Duty.h"
#include "p2pdesk/proto/FeatureFlags.h"
#include "p2pdesk/proto/Operators.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Rates.h"
#include "p2pdesk/proto/Reserves.h"
#include "p2pdesk/proto/RiskLimits.h"
#include "p2pdesk/proto/Settings.h"
#include "p2pdesk/proto/Tickets.h"
#include "p2pdesk/proto/Wallets.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <cstdint>

namespace p2pdesk::workstation {

class ApiReply;
class PinnedNetworkAccess;

// Typed calls of syncd's /api/v1 (issue 3), asynchronous, over the pinned TLS transport. Bodies are
// libs/proto DTOs; the caller decodes replies with ApiReply::decode<T>().
class ApiClient final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 20'000;

    explicit ApiClient(PinnedNetworkAccess *network, QObject *parent = nullptr);

    // "host", "host:port" or "https://host:port"; anything but https is refused (empty URL).
    static QUrl normalizeServer(const QString &text);

    void setServer(const QUrl &baseUrl);
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    void clearToken() { m_token.clear(); }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Sent as X-Workstation-Id so syncd can log which desk an action came from.
    void setWorkstationId(const QString &id) { m_workstationId = id; }

    ApiReply *login(const proto::LoginRequest &request);
    ApiReply *logout();
    ApiReply *me();
    // The desk's on-duty roster, and this account's own switch.
    ApiReply *dutyRoster();
    ApiReply *setOnDuty(bool onDuty);
    ApiReply *listOrders(const proto::OrdersQuery &query);
    ApiReply *order(std::int64_t orderId);
    ApiReply *take(std::int64_t orderId, const proto::TakeRequest &request);
    ApiReply *transition(std::int64_t orderId, const proto::TransitionRequest &request);
    ApiReply *approve(std::int64_t orderId, const proto::ApprovalRequest &request);
    ApiReply *updateChecklist(std::int64_t orderId, const proto::ChecklistItemUpdate &request);
    ApiReply *changes(std::int64_t sinceSeq, int waitSeconds);

    // Proofs: the raw file bytes (not JSON) and the highlight annotations on it.
    ApiReply *proofFile(std::int64_t proofId);
    ApiReply *proofAnnotations(std::int64_t proofId);
    ApiReply *proofChainHint(std::int64_t proofId);
    ApiReply *createProofAnnotation(std::int64_t proofId, const proto::CreateAnnotationRequest &request);
    ApiReply *proofScreenings(std::int64_t proofId);
    ApiReply *screenProofAddress(std::int64_t proofId, const proto::ScreenAddressRequest &request);

    // Admin (role admin): operators, rates, checklists. Every change carries a reason.
    ApiReply *adminOperators();
    ApiReply *createOperator(const proto::CreateOperatorRequest &request);
    ApiReply *setOperatorRoles(std::int64_t operatorId, const proto::SetRolesRequest &request);
    ApiReply *deactivateOperator(std::int64_t operatorId, const proto::DeactivateOperatorRequest &request);
    ApiReply *resetOperatorPassword(std::int64_t operatorId, const proto::ResetPasswordRequest &request);
    ApiReply *resetOperator2fa(std::int64_t operatorId, const proto::Reset2faRequest &request);
    ApiReply *rates();
    // GET /banks: the active banks a fiat payout may name (any operator).
    ApiReply *payoutBanks();
    ApiReply *updateRate(const proto::RateUpdateRequest &request);
    ApiReply *confirmRateFeed(std::int64_t rateId, const proto::RateFeedConfirmRequest &request);
    ApiReply *rateHistory(std::int64_t rateId, int days);
    ApiReply *adminChecklists();
    ApiReply *replaceChecklist(proto::ChecklistKind kind, const proto::ChecklistUpdateRequest &request);

    // Support (issue 11): tickets, their messages and files, canned replies. A reply is POSTed with
    // the caller's idempotency key so a retry after a timeout never sends the customer two copies.
    ApiReply *tickets(const QUrlQuery &query);
    ApiReply *ticket(std::int64_t ticketId);
    ApiReply *replyToTicket(std::int64_t ticketId, const proto::TicketReplyRequest &request,
                            const QString &idempotencyKey);
    ApiReply *previewTicketReply(std::int64_t ticketId, const proto::TicketPreviewRequest &request);
    ApiReply *assignTicket(std::int64_t ticketId, const proto::TicketAssignRequest &request);
    ApiReply *setTicketPriority(std::int64_t ticketId, const proto::TicketPriorityRequest &request);
    ApiReply *closeTicket(std::int64_t ticketId, const proto::TicketStatusRequest &request);
    ApiReply *reopenTicket(std::int64_t ticketId, const proto::TicketStatusRequest &request);
    ApiReply *markTicketRead(std::int64_t ticketId, const proto::TicketReadRequest &request);
    ApiReply *ticketAttachment(std::int64_t ticketId, std::int64_t attachmentId);
    ApiReply *cannedReplies();
    ApiReply *adminCannedReplies();
    ApiReply *createCannedReply(const proto::CannedReplyRequest &request);
    ApiReply *updateCannedReply(std::int64_t id, const proto::CannedReplyRequest &request);

    // Customers (issue 11): the directory (seniors and admins), the profile, notes, and blocking
    // with a reason (seniors and admins).
    ApiReply *customers(const proto::CustomersQuery &query);
    ApiReply *customer(std::int64_t customerId);
    ApiReply *addCustomerNote(std::int64_t customerId, const proto::CustomerNoteRequest &request);
    // The answer holds requisites in full: syncd ignores the Idempotency-Key here and keeps no copy.
    ApiReply *revealRequisites(std::int64_t customerId, std::int64_t accountId,
                               const proto::CustomerBlockRequest &request);
    ApiReply *blockCustomer(std::int64_t customerId, const proto::CustomerBlockRequest &request);
    ApiReply *unblockCustomer(std::int64_t customerId, const proto::CustomerBlockRequest &request);
    ApiReply *setCustomerKycLevel(std::int64_t customerId, const proto::CustomerKycLevelRequest &request);
    // The desk settings as the admin edits them (admin): read, and replace as a whole with a reason.
    ApiReply *adminSettings();
    ApiReply *updateSettings(const proto::SettingsUpdateRequest &request);
    // Risk limits (admin): the table with the rule catalogue, and one limit set with a reason.
    ApiReply *adminLimits();
    ApiReply *putLimit(const proto::RiskLimitUpdateRequest &request);
    // Deposit wallets (admin): every wallet, a new one, and switching one on or off with a reason.
    ApiReply *adminWallets();
    ApiReply *createWallet(const proto::CreateWalletRequest &request);
    ApiReply *setWalletActive(std::int64_t walletId, const proto::SetWalletActiveRequest &request);
    // The banks directory (admin edits, a senior reads): every bank, a new one, and one edited
    // against the version the admin saw, with a reason.
    ApiReply *adminBanks(const QUrlQuery &query = {});
    ApiReply *createBank(const proto::CreateBankRequest &request);
    ApiReply *updateBank(std::int64_t bankId, const proto::UpdateBankRequest &request);
    ApiReply *adminReserves();
    ApiReply *createReserve(const proto::CreateReserveRequest &request);
    ApiReply *updateReserve(std::int64_t reserveId, const proto::UpdateReserveRequest &request);
    // Feature flags (admin): the catalogue with the stored values, and one switched with a reason.
    ApiReply *adminFlags();
    ApiReply *putFeatureFlag(const QString &key, const proto::FeatureFlagUpdateRequest &request);
    // The audit log (admin): a filtered page (operator_id, entity, entity_id, action, from, to,
    // before_seq, limit), and the hash chain's verdict.
    ApiReply *adminAudit(const QUrlQuery &query);
    ApiReply *verifyAudit();

    // The raw verbs behind the typed calls; every POST carries an Idempotency-Key (a fresh UUID
    // unless `idempotencyKey` repeats an earlier attempt).
    ApiReply *get(const QString &path, const QUrlQuery &query = {}, int timeoutMs = kDefaultTimeoutMs);
    ApiReply *post(const QString &path, const QByteArray &jsonBody, const QString &idempotencyKey = {});
    // A raw body (a proof file) with its own content type; syncd recognises the type from the bytes.
    ApiReply *postFile(const QString &path, const QByteArray &bytes, const QString &contentType,
                       const QUrlQuery &query = {});

private:
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query, int timeoutMs) const;

    PinnedNetworkAccess *m_network;
    QUrl m_server;
    QString m_token;
    QString m_workstationId;
};

} // namespace p2pdesk::workstation
