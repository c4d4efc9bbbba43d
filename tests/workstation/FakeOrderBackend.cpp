#include "FakeOrderBackend.h"

#include "Orders.h"

#include "p2pdesk/proto/Decoded.h"

#include <QRegularExpression>

namespace p2pdesk::workstation::test {

namespace {

using S = domain::OrderStatus;

template<typename T> std::optional<T> parseBody(const QByteArray &bytes)
{
    auto decoded = proto::parse<T>(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

proto::OrderHistoryEntry entry(std::int64_t id, std::optional<S> from, S to, std::optional<std::string> reason = {})
{
    proto::OrderHistoryEntry e;
    e.id = id;
    e.at = timestampFromMsecs(1'700'000'100'000LL + id * 1000);
    e.actor = proto::Actor{proto::ActorKind::Operator, 7, "alice"};
    e.from = from;
    e.to = to;
    e.reason = std::move(reason);
    return e;
}

// As syncd: a mutation answers with the card WITHOUT the full requisites (only the GET reveals them).
QByteArray mutationAnswer(proto::OrderDetail detail)
{
    detail.requisites.reset();
    return body(detail);
}

} // namespace

proto::ChecklistItemState checklistItem(std::int64_t id, const std::string &title, bool done)
{
    proto::ChecklistItemState item;
    item.itemId = id;
    item.title = title;
    item.done = done;
    return item;
}

proto::OrderDetail makeDetail(std::int64_t id, domain::OrderStatus status, std::optional<proto::OperatorRef> holder,
                              const std::string &amountFiat)
{
    proto::OrderDetail detail;
    detail.summary = makeOrder(id, status, amountFiat, 3);
    detail.summary.holder = std::move(holder);
    if (status != S::New)
        detail.summary.finalRate = domain::Decimal::parse("90.50").value();
    detail.history.push_back(entry(1, std::nullopt, S::New));
    if (status != S::New)
        detail.history.push_back(entry(2, S::New, status == S::Dispute ? S::Assigned : status));
    if (status == S::Dispute)
        detail.history.push_back(entry(3, S::Assigned, S::Dispute, "customer says unpaid"));
    detail.checklist.verify = {checklistItem(11, "Amount matches"), checklistItem(12, "Sender matches")};
    detail.checklist.payout = {checklistItem(21, "Requisites match the order")};
    if (status == S::OperatorVerifyProof || status == S::PaymentVerified || status == S::ProcessingPayout) {
        proto::Proof proof;
        proof.id = 31;
        proof.kind = proto::ProofKind::Txid;
        proof.txid = std::string(64, 'a');
        proof.uploader = proto::Actor{proto::ActorKind::Customer, id + 500, "customer"};
        proof.at = timestampFromMsecs(1'700'000'200'000LL);
        detail.proofs.push_back(proof);
    }
    if (status == S::PaymentVerified || status == S::ProcessingPayout) {
        for (auto &item : detail.checklist.verify)
            item.done = true;
    }
    return detail;
}

OrderTestHarness::OrderTestHarness()
{
    certificate = TestCertificate::generate(dir, QStringLiteral("orders"));
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("pins.ini")), QSettings::IniFormat);
    pins = std::make_unique<CertificatePinStore>(settings.get());
    network = std::make_unique<PinnedNetworkAccess>(pins.get(), &prompt);
    api = std::make_unique<ApiClient>(network.get());
    if (certificate) {
        listening = server.listen(*certificate);
        api->setServer(server.url());
        api->setToken(QStringLiteral("test-token"));
    }
}

FakeOrderBackend::FakeOrderBackend(FakeSyncd &server)
    : m_server(server)
{
    m_server.setFallback([this](const FakeSyncd::Request &request, const FakeSyncd::Responder &responder) {
        handle(request, responder);
    });
}

int FakeOrderBackend::getsOf(std::int64_t id) const
{
    return getsOfPath(QStringLiteral("/api/v1/orders/%1").arg(id));
}

int FakeOrderBackend::getsOfPath(const QString &path) const
{
    int count = 0;
    for (const FakeSyncd::Request &request : m_server.requests())
        count += request.method == "GET" && request.path == path;
    return count;
}

QList<FakeSyncd::Request> FakeOrderBackend::postsTo(const QString &suffix) const
{
    QList<FakeSyncd::Request> posts;
    for (const FakeSyncd::Request &request : m_server.requests()) {
        if (request.method == "POST" && request.path.endsWith(suffix))
            posts << request;
    }
    return posts;
}

void FakeOrderBackend::handle(const FakeSyncd::Request &request, const FakeSyncd::Responder &responder)
{
    if (request.path == u"/api/v1/settings") {
        if (!m_settings)
            return responder.error(403, QStringLiteral("forbidden"));
        return responder.respond(200, body(*m_settings));
    }
    if (request.path == u"/api/v1/admin/wallets")
        return responder.error(403, QStringLiteral("forbidden"));
    if (request.path == u"/api/v1/rates") {
        if (!m_rates)
            return responder.error(403, QStringLiteral("forbidden"));
        return responder.respond(200, body(*m_rates));
    }
    if (request.method == "GET" && request.path == u"/api/v1/orders") {
        proto::OrdersPage page;
        const QString customer = request.query.queryItemValue(QStringLiteral("customer"));
        for (const proto::OrderDetail &detail : std::as_const(m_orders)) {
            if (customer.isEmpty() || QString::number(detail.summary.customer.telegramId) == customer)
                page.items.push_back(detail.summary);
        }
        for (const proto::OrderSummary &summary : std::as_const(m_history)) {
            if (customer.isEmpty() || QString::number(summary.customer.telegramId) == customer)
                page.items.push_back(summary);
        }
        return responder.respond(200, body(page));
    }
    static const QRegularExpression clearFlag(QStringLiteral("^/api/v1/orders/(\\d+)/risk-flags/(\\d+)/clear$"));
    if (const auto clear = clearFlag.match(request.path); clear.hasMatch() && request.method == "POST") {
        const std::int64_t id = clear.captured(1).toLongLong();
        for (proto::RiskFlag &flag : m_orders[id].riskFlags) {
            if (flag.id == clear.captured(2).toLongLong()) {
                flag.clearedAt = timestampFromMsecs(1'700'000'400'000LL);
                flag.clearedBy = m_taker;
                flag.clearReason = "cleared";
            }
        }
        return responder.respond(200, mutationAnswer(m_orders[id]));
    }
    static const QRegularExpression pattern(QStringLiteral("^/api/v1/orders/(\\d+)(?:/(\\w+))?$"));
    const auto match = pattern.match(request.path);
    if (!match.hasMatch())
        return responder.error(404, QStringLiteral("not_found"));
    const std::int64_t id = match.captured(1).toLongLong();
    const QString verb = match.captured(2);
    if (!m_orders.contains(id))
        return responder.error(404, QStringLiteral("not_found"));
    proto::OrderDetail &detail = m_orders[id];
    if (request.method == "GET" && verb.isEmpty())
        return responder.respond(200, body(detail));
    if (request.method != "POST")
        return responder.error(405, QStringLiteral("method_not_allowed"));
    if (m_failStatus != 0 && (m_failSuffix.isEmpty() || request.path.endsWith(m_failSuffix))) {
        const int status = m_failStatus;
        m_failStatus = 0;
        m_failSuffix.clear();
        return responder.error(status, m_failCode, QStringLiteral("scripted failure"));
    }
    const auto addHistory = [&](S from, S to, std::optional<std::string> reason) {
        proto::OrderHistoryEntry e = entry(++m_nextHistoryId, from, to, std::move(reason));
        e.actor = proto::Actor{proto::ActorKind::Operator, m_taker.id, m_taker.username};
        detail.history.push_back(e);
    };
    if (verb == u"take") {
        auto take = parseBody<proto::TakeRequest>(request.body);
        if (!take)
            return responder.error(400, QStringLiteral("bad_request"));
        if (detail.summary.status != S::New)
            return responder.error(409, QStringLiteral("already_taken"));
        detail.summary.status = S::Assigned;
        detail.summary.holder = m_taker;
        detail.summary.finalRate = take->finalRate;
        ++detail.summary.version;
        addHistory(S::New, S::Assigned, take->reason);
        return responder.respond(200, mutationAnswer(detail));
    }
    if (verb == u"transitions") {
        auto transition = parseBody<proto::TransitionRequest>(request.body);
        if (!transition)
            return responder.error(400, QStringLiteral("bad_request"));
        if (transition->version != detail.summary.version)
            return responder.error(409, QStringLiteral("version_conflict"));
        const S from = detail.summary.status;
        detail.summary.status = transition->to;
        if (transition->to == S::New)
            detail.summary.holder.reset();
        if (transition->payoutReference)
            detail.payoutReference = transition->payoutReference;
        ++detail.summary.version;
        addHistory(from, transition->to, transition->reason);
        return responder.respond(200, mutationAnswer(detail));
    }
    if (verb == u"checklist") {
        auto update = parseBody<proto::ChecklistItemUpdate>(request.body);
        if (!update)
            return responder.error(400, QStringLiteral("bad_request"));
        for (auto *list : {&detail.checklist.verify, &detail.checklist.payout}) {
            for (proto::ChecklistItemState &item : *list) {
                if (item.itemId == update->itemId) {
                    item.done = update->done;
                    item.doneBy = update->done ? std::optional(m_taker) : std::nullopt;
                }
            }
        }
        return responder.respond(200, mutationAnswer(detail));
    }
    if (verb == u"requote") {
        // As syncd: the order's own rate keeps it (agreed), any other is offered to the customer.
        auto requote = parseBody<proto::RequoteRequest>(request.body);
        if (!requote)
            return responder.error(400, QStringLiteral("bad_request"));
        if (requote->version != detail.summary.version)
            return responder.error(409, QStringLiteral("version_conflict"));
        if (!detail.rateAgreement || detail.rateAgreement->state == domain::RateAgreement::Agreed)
            return responder.error(409, QStringLiteral("invalid_transition"));
        auto &agreement = *detail.rateAgreement;
        if (detail.summary.finalRate && requote->finalRate == *detail.summary.finalRate) {
            agreement = proto::RateAgreementView{};
        } else {
            agreement.state = domain::RateAgreement::Offered;
            agreement.offeredRate = requote->finalRate;
            agreement.offeredAt = timestampFromMsecs(1'700'000'400'000LL);
        }
        ++detail.summary.version;
        return responder.respond(200, mutationAnswer(detail));
    }
    if (verb == u"approvals") {
        auto approval = parseBody<proto::ApprovalRequest>(request.body);
        if (!approval)
            return responder.error(400, QStringLiteral("bad_request"));
        if (approval->version != detail.summary.version)
            return responder.error(409, QStringLiteral("version_conflict"));
        proto::Approval recorded;
        recorded.id = static_cast<std::int64_t>(detail.approvals.size()) + 1;
        recorded.approver = m_taker;
        recorded.decision = approval->decision;
        recorded.reason = approval->reason;
        recorded.orderVersion = approval->version;
        recorded.at = timestampFromMsecs(1'700'000'300'000LL);
        detail.approvals.push_back(recorded);
        return responder.respond(200, mutationAnswer(detail));
    }
    if (verb == u"proofs") {
        // As syncd: JSON is a txid, anything else the file itself; a proof moves USER_MARKED_SENT on.
        proto::Proof proof;
        proof.id = 100 + static_cast<std::int64_t>(detail.proofs.size());
        proof.uploader = proto::Actor{proto::ActorKind::Operator, m_taker.id, m_taker.username};
        proof.at = timestampFromMsecs(1'700'000'500'000LL);
        if (request.headers.value("content-type").startsWith("application/json")) {
            auto txid = parseBody<proto::AddTxidProofRequest>(request.body);
            if (!txid)
                return responder.error(400, QStringLiteral("bad_request"));
            proof.kind = proto::ProofKind::Txid;
            proof.txid = txid->txid;
        } else {
            if (request.body.isEmpty())
                return responder.error(422, QStringLiteral("validation_failed"));
            proof.kind = proto::ProofKind::File;
            proof.size = request.body.size();
            proof.mime = request.headers.value("content-type").toStdString();
            proof.sha256 = std::string(64, 'b');
        }
        detail.proofs.push_back(proof);
        if (detail.summary.status == S::UserMarkedSent) {
            detail.summary.status = S::OperatorVerifyProof;
            ++detail.summary.version;
        }
        return responder.respond(201, body(proof));
    }
    return responder.error(404, QStringLiteral("not_found"));
}

} // namespace p2pdesk::workstation::test
