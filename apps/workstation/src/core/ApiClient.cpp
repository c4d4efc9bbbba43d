#include "core/ApiClient.h"

#include "core/ApiReply.h"
#include "core/Logging.h"
#include "core/PinnedNetworkAccess.h"

#include "p2pdesk/proto/Endpoints.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUuid>

namespace p2pdesk::workstation {

namespace {

QByteArray toBody(const proto::Json &json)
{
    return QByteArray::fromStdString(json.dump());
}

QString pathOf(std::string_view endpoint)
{
    return QString::fromLatin1(endpoint.data(), static_cast<qsizetype>(endpoint.size()));
}

// Fills the "{id}" of a libs/proto endpoint template.
QString pathOf(std::string_view endpoint, std::int64_t id)
{
    return pathOf(endpoint).replace(QStringLiteral("{id}"), QString::number(id));
}

// The pairs as QUrlQuery sends them, with '+' as %2B. QUrlQuery leaves a '+' as it is (RFC 3986)
// and keeps a %2B as written, but syncd (Poco) reads '+' in a query as a space, the way HTML forms
// write one: a search for a phone "+7 900…" would reach it as " 7 900…" and miss.
QUrlQuery urlQueryOf(const proto::QueryParams &params)
{
    QUrlQuery query;
    for (const auto &[name, value] : params)
        query.addQueryItem(QString::fromStdString(name),
                           QString::fromStdString(value).replace(u'+', QStringLiteral("%2B")));
    return query;
}

} // namespace

ApiClient::ApiClient(PinnedNetworkAccess *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QUrl ApiClient::normalizeServer(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        return {};
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ApiClient::setServer(const QUrl &baseUrl)
{
    m_server = baseUrl;
}

QNetworkRequest ApiClient::makeRequest(const QString &path, const QUrlQuery &query, int timeoutMs) const
{
    QUrl url = m_server;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(QByteArrayLiteral("p2pdesk-workstation/") +
                                                                   QCoreApplication::applicationVersion().toLatin1()));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", QByteArray("Bearer " + m_token.toUtf8()));
    if (!m_workstationId.isEmpty())
        request.setRawHeader("X-Workstation-Id", m_workstationId.toUtf8());
    request.setTransferTimeout(timeoutMs);
    // Redirects could carry the bearer token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query, int timeoutMs)
{
    return new ApiReply(m_network->send(makeRequest(path, query, timeoutMs), QByteArrayLiteral("GET")), {}, this);
}

ApiReply *ApiClient::post(const QString &path, const QByteArray &jsonBody, const QString &idempotencyKey)
{
    QNetworkRequest request = makeRequest(path, {}, kDefaultTimeoutMs);
    const QString key = idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
    request.setRawHeader("Idempotency-Key", key.toLatin1());
    return new ApiReply(m_network->send(request, QByteArrayLiteral("POST"), jsonBody), key, this);
}

ApiReply *ApiClient::postFile(const QString &path, const QByteArray &bytes, const QString &contentType,
                              const QUrlQuery &query)
{
    // Uploads take longer than a JSON call: a 20 MiB receipt over a slow link.
    QNetworkRequest request = makeRequest(path, query, kDefaultTimeoutMs * 6);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType.toLatin1());
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader("Idempotency-Key", key.toLatin1());
    return new ApiReply(m_network->send(request, QByteArrayLiteral("POST"), bytes), key, this);
}

ApiReply *ApiClient::login(const proto::LoginRequest &request)
{
    return post(pathOf(proto::endpoints::kLogin), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::logout()
{
    return post(pathOf(proto::endpoints::kLogout), QByteArrayLiteral("{}"));
}

ApiReply *ApiClient::me()
{
    return get(pathOf(proto::endpoints::kMe));
}

ApiReply *ApiClient::dutyRoster()
{
    return get(pathOf(proto::endpoints::kDuty));
}

ApiReply *ApiClient::setOnDuty(bool onDuty)
{
    // A PUT of the switch's value: repeating it is harmless, so no Idempotency-Key.
    QNetworkRequest netRequest = makeRequest(pathOf(proto::endpoints::kMeDuty), {}, kDefaultTimeoutMs);
    proto::DutyState state;
    state.onDuty = onDuty;
    return new ApiReply(m_network->send(netRequest, QByteArrayLiteral("PUT"), toBody(proto::toJson(state))), {}, this);
}

ApiReply *ApiClient::listOrders(const proto::OrdersQuery &query)
{
    return get(pathOf(proto::endpoints::kOrders), urlQueryOf(proto::encodeOrdersQuery(query)));
}

ApiReply *ApiClient::order(std::int64_t orderId)
{
    return get(pathOf(proto::endpoints::kOrder, orderId));
}

ApiReply *ApiClient::take(std::int64_t orderId, const proto::TakeRequest &request)
{
    return post(pathOf(proto::endpoints::kOrderTake, orderId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::transition(std::int64_t orderId, const proto::TransitionRequest &request)
{
    return post(pathOf(proto::endpoints::kOrderTransitions, orderId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::approve(std::int64_t orderId, const proto::ApprovalRequest &request)
{
    return post(pathOf(proto::endpoints::kOrderApprovals, orderId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::updateChecklist(std::int64_t orderId, const proto::ChecklistItemUpdate &request)
{
    return post(pathOf(proto::endpoints::kOrderChecklist, orderId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::changes(std::int64_t sinceSeq, int waitSeconds)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(sinceSeq));
    query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    // The server holds the poll for up to `wait` seconds; allow generous slack before calling it lost.
    return get(pathOf(proto::endpoints::kChanges), query, (waitSeconds + 15) * 1000);
}

ApiReply *ApiClient::proofFile(std::int64_t proofId)
{
    // Files can be several megabytes over a slow link; the default timeout is for small JSON bodies.
    return get(pathOf(proto::endpoints::kProofFile, proofId), {}, 4 * kDefaultTimeoutMs);
}

ApiReply *ApiClient::proofAnnotations(std::int64_t proofId)
{
    return get(pathOf(proto::endpoints::kProofAnnotations, proofId));
}

ApiReply *ApiClient::proofChainHint(std::int64_t proofId)
{
    return get(pathOf(proto::endpoints::kProofChainHint, proofId));
}

ApiReply *ApiClient::createProofAnnotation(std::int64_t proofId, const proto::CreateAnnotationRequest &request)
{
    return post(pathOf(proto::endpoints::kProofAnnotations, proofId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::proofScreenings(std::int64_t proofId)
{
    return get(pathOf(proto::endpoints::kProofScreenings, proofId));
}

ApiReply *ApiClient::screenProofAddress(std::int64_t proofId, const proto::ScreenAddressRequest &request)
{
    // The route ignores the Idempotency-Key every POST carries: a repeat within a minute answers
    // with the same screening by itself.
    return post(pathOf(proto::endpoints::kProofScreenings, proofId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::adminOperators()
{
    return get(pathOf(proto::endpoints::kAdminOperators));
}

ApiReply *ApiClient::createOperator(const proto::CreateOperatorRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminOperators), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::setOperatorRoles(std::int64_t operatorId, const proto::SetRolesRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminOperatorRoles, operatorId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::deactivateOperator(std::int64_t operatorId, const proto::DeactivateOperatorRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminOperatorDeactivate, operatorId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::resetOperatorPassword(std::int64_t operatorId, const proto::ResetPasswordRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminOperatorResetPassword, operatorId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::resetOperator2fa(std::int64_t operatorId, const proto::Reset2faRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminOperatorReset2fa, operatorId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::rates()
{
    return get(pathOf(proto::endpoints::kRates));
}

ApiReply *ApiClient::payoutBanks()
{
    return get(pathOf(proto::endpoints::kBanks));
}

ApiReply *ApiClient::updateRate(const proto::RateUpdateRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminRates), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::confirmRateFeed(std::int64_t rateId, const proto::RateFeedConfirmRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminRateFeedConfirm, rateId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::rateHistory(std::int64_t rateId, int days)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("days"), QString::number(days));
    return get(pathOf(proto::endpoints::kAdminRateHistory, rateId), query);
}

ApiReply *ApiClient::adminChecklists()
{
    return get(pathOf(proto::endpoints::kAdminChecklists));
}

ApiReply *ApiClient::replaceChecklist(proto::ChecklistKind kind, const proto::ChecklistUpdateRequest &request)
{
    const std::string_view kindText = proto::toString(kind);
    const QString path = pathOf(proto::endpoints::kAdminChecklist)
                             .replace(QStringLiteral("{kind}"),
                                      QString::fromLatin1(kindText.data(), static_cast<qsizetype>(kindText.size())));
    return post(path, toBody(proto::toJson(request)));
}

ApiReply *ApiClient::tickets(const QUrlQuery &query)
{
    return get(pathOf(proto::endpoints::kTickets), query);
}

ApiReply *ApiClient::ticket(std::int64_t ticketId)
{
    return get(pathOf(proto::endpoints::kTicket, ticketId));
}

ApiReply *ApiClient::replyToTicket(std::int64_t ticketId, const proto::TicketReplyRequest &request,
                                   const QString &idempotencyKey)
{
    return post(pathOf(proto::endpoints::kTicketMessages, ticketId), toBody(proto::toJson(request)), idempotencyKey);
}

ApiReply *ApiClient::previewTicketReply(std::int64_t ticketId, const proto::TicketPreviewRequest &request)
{
    return post(pathOf(proto::endpoints::kTicketPreview, ticketId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::assignTicket(std::int64_t ticketId, const proto::TicketAssignRequest &request)
{
    return post(pathOf(proto::endpoints::kTicketAssign, ticketId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::setTicketPriority(std::int64_t ticketId, const proto::TicketPriorityRequest &request)
{
    return post(pathOf(proto::endpoints::kTicketPriority, ticketId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::closeTicket(std::int64_t ticketId, const proto::TicketStatusRequest &request)
{
    return post(pathOf(proto::endpoints::kTicketClose, ticketId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::reopenTicket(std::int64_t ticketId, const proto::TicketStatusRequest &request)
{
    return post(pathOf(proto::endpoints::kTicketReopen, ticketId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::markTicketRead(std::int64_t ticketId, const proto::TicketReadRequest &request)
{
    return post(pathOf(proto::endpoints::kTicketRead, ticketId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::ticketAttachment(std::int64_t ticketId, std::int64_t attachmentId)
{
    const QString path = pathOf(proto::endpoints::kTicketAttachment, ticketId)
                             .replace(QStringLiteral("{attachmentId}"), QString::number(attachmentId));
    return get(path, {}, 4 * kDefaultTimeoutMs);
}

ApiReply *ApiClient::cannedReplies()
{
    return get(pathOf(proto::endpoints::kCannedReplies));
}

ApiReply *ApiClient::adminCannedReplies()
{
    return get(pathOf(proto::endpoints::kAdminCannedReplies));
}

ApiReply *ApiClient::createCannedReply(const proto::CannedReplyRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminCannedReplies), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::updateCannedReply(std::int64_t id, const proto::CannedReplyRequest &request)
{
    // PUT: the admin route takes the new version of a reply against the version the admin saw.
    QNetworkRequest netRequest = makeRequest(pathOf(proto::endpoints::kAdminCannedReply, id), {}, kDefaultTimeoutMs);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    netRequest.setRawHeader("Idempotency-Key", key.toLatin1());
    return new ApiReply(m_network->send(netRequest, QByteArrayLiteral("PUT"), toBody(proto::toJson(request))), key,
                        this);
}

ApiReply *ApiClient::adminLimits()
{
    return get(pathOf(proto::endpoints::kAdminLimits));
}

ApiReply *ApiClient::putLimit(const proto::RiskLimitUpdateRequest &request)
{
    // The key makes a retry after a lost answer a replay, not a second audited change.
    QNetworkRequest netRequest = makeRequest(pathOf(proto::endpoints::kAdminLimits), {}, kDefaultTimeoutMs);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    netRequest.setRawHeader("Idempotency-Key", key.toLatin1());
    return new ApiReply(m_network->send(netRequest, QByteArrayLiteral("PUT"), toBody(proto::toJson(request))), key,
                        this);
}

ApiReply *ApiClient::adminBanks(const QUrlQuery &query)
{
    return get(pathOf(proto::endpoints::kAdminBanks), query);
}

ApiReply *ApiClient::createBank(const proto::CreateBankRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminBanks), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::updateBank(std::int64_t bankId, const proto::UpdateBankRequest &request)
{
    // The key makes a retry after a lost answer a replay, not a second audited change.
    QNetworkRequest netRequest = makeRequest(pathOf(proto::endpoints::kAdminBank, bankId), {}, kDefaultTimeoutMs);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    netRequest.setRawHeader("Idempotency-Key", key.toLatin1());
    return new ApiReply(m_network->send(netRequest, QByteArrayLiteral("PUT"), toBody(proto::toJson(request))), key,
                        this);
}

ApiReply *ApiClient::adminReserves()
{
    return get(pathOf(proto::endpoints::kAdminReserves));
}

ApiReply *ApiClient::createReserve(const proto::CreateReserveRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminReserves), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::updateReserve(std::int64_t reserveId, const proto::UpdateReserveRequest &request)
{
    // A retry after a lost answer must replay, not write a second recount (which would move the
    // point orders count from).
    QNetworkRequest netRequest = makeRequest(pathOf(proto::endpoints::kAdminReserve, reserveId), {}, kDefaultTimeoutMs);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    netRequest.setRawHeader("Idempotency-Key", key.toLatin1());
    return new ApiReply(m_network->send(netRequest, QByteArrayLiteral("PUT"), toBody(proto::toJson(request))), key,
                        this);
}

ApiReply *ApiClient::adminFlags()
{
    return get(pathOf(proto::endpoints::kAdminFlags));
}

ApiReply *ApiClient::putFeatureFlag(const QString &key, const proto::FeatureFlagUpdateRequest &request)
{
    // The key makes a retry after a lost answer a replay, not a second audited switch.
    const QString path = pathOf(proto::endpoints::kAdminFlag)
                             .replace(QStringLiteral("{key}"), QString::fromUtf8(QUrl::toPercentEncoding(key)));
    QNetworkRequest netRequest = makeRequest(path, {}, kDefaultTimeoutMs);
    const QString idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    netRequest.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    return new ApiReply(m_network->send(netRequest, QByteArrayLiteral("PUT"), toBody(proto::toJson(request))),
                        idempotencyKey, this);
}

ApiReply *ApiClient::adminAudit(const QUrlQuery &query)
{
    return get(pathOf(proto::endpoints::kAdminAudit), query);
}

ApiReply *ApiClient::verifyAudit()
{
    // Walking a long chain takes longer than a plain call.
    QNetworkRequest request = makeRequest(pathOf(proto::endpoints::kAdminAuditVerify), {}, kDefaultTimeoutMs * 6);
    return new ApiReply(m_network->send(request, QByteArrayLiteral("POST"), QByteArrayLiteral("{}")), {}, this);
}

ApiReply *ApiClient::customers(const proto::CustomersQuery &query)
{
    return get(pathOf(proto::endpoints::kCustomers), urlQueryOf(proto::encodeCustomersQuery(query)));
}

ApiReply *ApiClient::customer(std::int64_t customerId)
{
    return get(pathOf(proto::endpoints::kCustomer, customerId));
}

ApiReply *ApiClient::revealRequisites(std::int64_t customerId, std::int64_t accountId,
                                      const proto::CustomerBlockRequest &request)
{
    QString path = pathOf(proto::endpoints::kCustomerAccountReveal, customerId);
    path.replace(QStringLiteral("{accountId}"), QString::number(accountId));
    return post(path, toBody(proto::toJson(request)));
}

ApiReply *ApiClient::addCustomerNote(std::int64_t customerId, const proto::CustomerNoteRequest &request)
{
    return post(pathOf(proto::endpoints::kCustomerNotes, customerId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::blockCustomer(std::int64_t customerId, const proto::CustomerBlockRequest &request)
{
    return post(pathOf(proto::endpoints::kCustomerBlock, customerId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::unblockCustomer(std::int64_t customerId, const proto::CustomerBlockRequest &request)
{
    return post(pathOf(proto::endpoints::kCustomerUnblock, customerId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::setCustomerKycLevel(std::int64_t customerId, const proto::CustomerKycLevelRequest &request)
{
    return post(pathOf(proto::endpoints::kCustomerKycLevel, customerId), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::adminSettings()
{
    return get(pathOf(proto::endpoints::kAdminSettings));
}

ApiReply *ApiClient::updateSettings(const proto::SettingsUpdateRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminSettings), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::adminWallets()
{
    return get(pathOf(proto::endpoints::kAdminWallets));
}

ApiReply *ApiClient::createWallet(const proto::CreateWalletRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminWallets), toBody(proto::toJson(request)));
}

ApiReply *ApiClient::setWalletActive(std::int64_t walletId, const proto::SetWalletActiveRequest &request)
{
    return post(pathOf(proto::endpoints::kAdminWalletActive, walletId), toBody(proto::toJson(request)));
}

} // namespace p2pdesk::workstation
