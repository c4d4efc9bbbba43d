#include "core/OrderActions.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"

#include "p2pdesk/domain/ApprovalPolicy.h"
#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Wallets.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace p2pdesk::workstation {

namespace {

using S = domain::OrderStatus;

QString pathOf(std::string_view endpoint, std::int64_t id)
{
    return QString::fromLatin1(endpoint.data(), static_cast<qsizetype>(endpoint.size()))
        .replace(QStringLiteral("{id}"), QString::number(id));
}

QString pathOf(std::string_view endpoint)
{
    return QString::fromLatin1(endpoint.data(), static_cast<qsizetype>(endpoint.size()));
}

std::optional<std::string> optionalText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    return trimmed.toStdString();
}

// The domain action name and target of each card action; the resolve actions target the
// dispute's origin (ResolveBack) or a fixed status.
struct ActionEdge {
    OrderAction action;
    std::string_view domainAction;
    std::optional<S> to; // nullopt: decided by the order (dispute origin)
};

constexpr std::array<ActionEdge, 14> kEdges = {{
    {OrderAction::Take, "take", S::Assigned},
    {OrderAction::Release, "release", S::New},
    {OrderAction::AwaitCrypto, "await_crypto", S::AwaitingCrypto},
    {OrderAction::MarkSent, "mark_sent", S::UserMarkedSent},
    {OrderAction::RejectProof, "reject_proof", S::UserMarkedSent},
    {OrderAction::Verify, "verify", S::PaymentVerified},
    {OrderAction::StartPayout, "start_payout", S::ProcessingPayout},
    {OrderAction::MarkPaid, "mark_paid", S::PaidOut},
    {OrderAction::Complete, "complete", S::Completed},
    {OrderAction::Cancel, "cancel", S::Cancelled},
    {OrderAction::Dispute, "dispute", S::Dispute},
    {OrderAction::ResolveBack, "resolve_dispute", std::nullopt},
    {OrderAction::ResolveComplete, "resolve_dispute", S::Completed},
    {OrderAction::ResolveCancel, "resolve_dispute", S::Cancelled},
}};

const ActionEdge *edgeOf(OrderAction action)
{
    for (const ActionEdge &edge : kEdges) {
        if (edge.action == action)
            return &edge;
    }
    return nullptr;
}

std::optional<S> disputeOrigin(const proto::OrderDetail &detail)
{
    if (detail.summary.status != S::Dispute)
        return std::nullopt;
    for (auto it = detail.history.rbegin(); it != detail.history.rend(); ++it) {
        if (it->to == S::Dispute && it->from)
            return it->from;
    }
    return std::nullopt;
}

bool checklistComplete(const std::vector<proto::ChecklistItemState> &items)
{
    return std::all_of(items.begin(), items.end(), [](const proto::ChecklistItemState &item) { return item.done; });
}

bool onHold(const proto::OrderDetail &detail)
{
    return std::any_of(detail.riskFlags.begin(), detail.riskFlags.end(), [](const proto::RiskFlag &flag) {
        return !flag.clearedAt && flag.severity != proto::RiskSeverity::Info;
    });
}

} // namespace

OrderActions::OrderActions(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void OrderActions::setOperator(const proto::OperatorInfo &operatorInfo)
{
    m_actor = domain::Actor::operatorAccount(
        operatorInfo.id, std::set<domain::Role>(operatorInfo.roles.begin(), operatorInfo.roles.end()));
    emit orderChanged();
}

void OrderActions::setSettings(std::optional<proto::Settings> settings)
{
    m_settings = std::move(settings);
    emit referenceDataChanged();
    emit orderChanged();
}

void OrderActions::setWalletAvailable(std::optional<bool> available)
{
    m_walletAvailable = available;
    emit orderChanged();
}

void OrderActions::checkRateFreshness(const proto::OrderSummary &order)
{
    ApiReply *reply = m_api->rates();
    connect(reply, &ApiReply::finished, this, [this, reply, order] {
        auto list = reply->ok() ? reply->decode<proto::RateList>() : std::nullopt;
        if (!list) {
            qCDebug(lcUi) << "rates unavailable for the freshness check";
            return;
        }
        const auto row = std::find_if(list->items.begin(), list->items.end(), [&order](const proto::RateDto &rate) {
            return rate.direction == order.direction && rate.asset == order.asset && rate.network == order.network &&
                   rate.fiatCurrency == order.fiatCurrency;
        });
        emit rateFreshness(order.id, row == list->items.end() || row->stale);
    });
}

void OrderActions::loadReferenceData()
{
    ApiReply *settings = m_api->get(pathOf(proto::endpoints::kSettings));
    connect(settings, &ApiReply::finished, this, [this, settings] {
        if (!settings->ok()) {
            qCDebug(lcUi) << "settings unavailable:" << settings->error()->code;
            return;
        }
        if (auto decoded = settings->decode<proto::Settings>())
            setSettings(std::move(decoded));
    });
    ApiReply *wallets = m_api->get(pathOf(proto::endpoints::kAdminWallets));
    connect(wallets, &ApiReply::finished, this, [this, wallets] {
        auto list = wallets->ok() ? wallets->decode<proto::WalletList>() : std::nullopt;
        if (!list)
            return;
        std::vector<std::pair<std::string, std::string>> active;
        for (const proto::WalletDto &wallet : list->items) {
            if (wallet.active && wallet.kind == proto::WalletKind::Hot)
                active.emplace_back(wallet.asset, wallet.network);
        }
        m_activeWallets = std::move(active);
        emit referenceDataChanged();
        emit orderChanged();
    });
}

void OrderActions::load(std::int64_t orderId)
{
    if (m_orderId != orderId) {
        m_detail.reset();
        m_history.clear();
    }
    m_orderId = orderId;
    reload();
}

void OrderActions::reload()
{
    if (m_orderId == 0)
        return;
    const int generation = ++m_loadGeneration;
    ApiReply *reply = m_api->order(m_orderId);
    changePending(+1);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        changePending(-1);
        if (generation != m_loadGeneration)
            return; // a newer load is on its way
        if (!reply->ok())
            return emit loadFailed(reply->error()->sentence(), *reply->error());
        ApiError error;
        auto detail = reply->decode<proto::OrderDetail>(&error);
        if (!detail)
            return emit loadFailed(error.sentence(), error);
        const bool customerChanged =
            !m_detail || m_detail->summary.customer.telegramId != detail->summary.customer.telegramId;
        setDetail(std::move(*detail));
        if (customerChanged)
            loadCustomerHistory();
    });
}

void OrderActions::keepRevealedRequisites(proto::OrderDetail &answer) const
{
    // syncd answers a mutation without the full requisites (answers are stored for idempotent
    // replay, requisites must not rest in clear); only its GET reveals them, audited. The operator
    // paying out needs them on screen after every tick and step, so the revealed text stays while
    // the same order keeps the same payout account and this operator may still see it.
    if (answer.requisites || !m_detail || !m_detail->requisites || m_detail->summary.id != answer.summary.id ||
        m_detail->summary.requisitesMasked != answer.summary.requisitesMasked)
        return;
    const bool holds = answer.summary.holder && answer.summary.holder->id == m_actor.operatorId;
    if (holds || m_actor.hasRole(domain::Role::Senior))
        answer.requisites = m_detail->requisites;
}

void OrderActions::setDetail(proto::OrderDetail detail)
{
    m_orderId = detail.summary.id;
    m_detail = std::move(detail);
    emit orderUpdated(m_detail->summary);
    emit orderChanged();
}

void OrderActions::loadCustomerHistory()
{
    if (!m_detail)
        return;
    proto::OrdersQuery query;
    query.customerTelegramId = m_detail->summary.customer.telegramId;
    query.limit = 100;
    ApiReply *reply = m_api->listOrders(query);
    const std::int64_t orderId = m_orderId;
    connect(reply, &ApiReply::finished, this, [this, reply, orderId] {
        if (orderId != m_orderId || !reply->ok())
            return;
        auto page = reply->decode<proto::OrdersPage>();
        if (!page)
            return;
        m_history.clear();
        for (proto::OrderSummary &summary : page->items) {
            if (summary.id != orderId)
                m_history.push_back(std::move(summary));
        }
        emit customerHistoryChanged();
    });
}

std::optional<bool> OrderActions::needsApproval() const
{
    if (!m_detail || !m_settings)
        return std::nullopt;
    std::map<std::string, domain::Decimal, std::less<>> thresholds(m_settings->approvalThresholds.begin(),
                                                                   m_settings->approvalThresholds.end());
    return domain::ApprovalPolicy(std::move(thresholds))
        .needsApproval(m_detail->summary.fiatCurrency, m_detail->summary.amountFiat);
}

bool OrderActions::hasValidApproval(const proto::OrderDetail &detail)
{
    // The latest decision on the version as it is now counts; a different holder check mirrors
    // ApprovalPolicy::approvalValid (the approver's roles were checked when syncd recorded it).
    const proto::Approval *latest = nullptr;
    for (const proto::Approval &approval : detail.approvals) {
        if (approval.orderVersion == detail.summary.version && (!latest || approval.at >= latest->at))
            latest = &approval;
    }
    if (!latest || latest->decision != proto::ApprovalDecision::Approve)
        return false;
    return !detail.summary.holder || detail.summary.holder->id != latest->approver.id;
}

domain::OrderFacts OrderActions::factsFor(const proto::OrderDetail &detail,
                                          const std::optional<proto::Settings> &settings,
                                          std::optional<bool> walletAvailable)
{
    const proto::OrderSummary &order = detail.summary;
    domain::OrderFacts facts;
    facts.status = order.status;
    if (order.holder)
        facts.holderOperatorId = order.holder->id;
    facts.customerId = order.customer.id;
    // Take always carries the rate the dialog asks for; afterwards the order has it.
    facts.finalRateSet = order.status == S::New || order.finalRate.has_value();
    facts.disputedFrom = disputeOrigin(detail);
    facts.verifyChecklistComplete = checklistComplete(detail.checklist.verify);
    facts.payoutChecklistComplete = checklistComplete(detail.checklist.payout);
    if (settings) {
        std::map<std::string, domain::Decimal, std::less<>> thresholds(settings->approvalThresholds.begin(),
                                                                       settings->approvalThresholds.end());
        facts.needsApproval =
            domain::ApprovalPolicy(std::move(thresholds)).needsApproval(order.fiatCurrency, order.amountFiat);
    } else {
        // Unknown to this account: an approval on record says syncd asked for one.
        facts.needsApproval = !detail.approvals.empty();
    }
    facts.hasValidApproval = hasValidApproval(detail);
    facts.hasProof = !detail.proofs.empty();
    facts.rateDeviationAboveLimit = false; // the rate dialog asks for the reason itself
    facts.held = onHold(detail);
    facts.rateAgreementPending = detail.rateAgreement && detail.rateAgreement->state != domain::RateAgreement::Agreed;
    facts.depositWalletAvailable = walletAvailable.value_or(true);
    return facts;
}

domain::OrderFacts OrderActions::facts() const
{
    std::optional<bool> wallet = m_walletAvailable;
    if (!wallet && m_activeWallets && m_detail) {
        const auto &order = m_detail->summary;
        wallet = std::any_of(m_activeWallets->begin(), m_activeWallets->end(),
                             [&order](const auto &w) { return w.first == order.asset && w.second == order.network; });
    }
    return m_detail ? factsFor(*m_detail, m_settings, wallet) : domain::OrderFacts{};
}

std::optional<domain::Decimal> OrderActions::maxRateDeviationPercent() const
{
    if (!m_settings)
        return std::nullopt;
    return m_settings->maxRateDeviationPercent;
}

domain::OrderStatus OrderActions::targetOf(OrderAction action, const proto::OrderDetail &detail)
{
    if (const ActionEdge *edge = edgeOf(action); edge && edge->to)
        return *edge->to;
    if (action == OrderAction::ResolveBack)
        return disputeOrigin(detail).value_or(S::Dispute);
    return detail.summary.status; // approvals do not move the order
}

OrderActionState OrderActions::state(OrderAction action) const
{
    OrderActionState st;
    st.action = action;
    if (!m_detail)
        return st;
    const proto::OrderDetail &detail = *m_detail;

    if (action == OrderAction::Requote) {
        // Not an edge: libs/domain says when and by whom (holder or senior, with a reason, while a
        // re-quote is due or offered and the payout has not started).
        const domain::Status check = domain::checkRequote(facts(), m_actor, "reason asked by the dialog");
        st.offered = check.ok() || check.error().code != domain::ErrorCode::InvalidTransition;
        st.allowed = check.ok();
        st.needsReason = true;
        st.needsRate = true;
        return st;
    }

    if (action == OrderAction::Approve || action == OrderAction::RejectApproval) {
        st.offered = detail.summary.status == S::PaymentVerified;
        st.needsReason = true;
        if (!st.offered)
            return st;
        const std::optional<domain::OperatorId> holder =
            detail.summary.holder ? std::optional(detail.summary.holder->id) : std::nullopt;
        const domain::Status approver = domain::ApprovalPolicy().checkApprover(m_actor, holder);
        st.allowed = approver.ok();
        if (st.allowed && needsApproval() == false)
            st.unmet << tr("This payout is below the approval threshold.");
        if (st.allowed && hasValidApproval(detail))
            st.unmet << tr("Already approved for this version.");
        return st;
    }

    const ActionEdge *edge = edgeOf(action);
    const domain::OrderFacts facts = this->facts();
    const std::optional<S> to = edge->to ? edge->to : facts.disputedFrom;
    for (const domain::TransitionRule &rule : domain::transitionTable()) {
        if (rule.from == facts.status && rule.action == edge->domainAction &&
            (rule.to ? rule.to == to : !edge->to && facts.disputedFrom)) {
            st.offered = true;
        }
    }
    if (!st.offered || !to)
        return st;
    for (const domain::AllowedTransition &allowed : domain::allowedTransitions(facts, m_actor)) {
        if (allowed.to != *to || allowed.action != edge->domainAction)
            continue;
        st.allowed = true;
        for (domain::Requirement requirement : allowed.requirements) {
            st.needsReason |= requirement == domain::Requirement::Reason;
            st.needsPayoutReference |= requirement == domain::Requirement::PayoutReference;
            st.needsRate |= requirement == domain::Requirement::FinalRate && action == OrderAction::Take;
        }
        for (domain::Requirement requirement : allowed.unmet)
            st.unmet << requirementText(requirement);
    }
    // syncd refuses a take while a hold/block flag is uncleared (risk_hold); say so up front.
    if (st.allowed && action == OrderAction::Take && onHold(detail))
        st.unmet << tr("On hold until a senior clears the risk flags.");
    return st;
}

std::vector<OrderActionState> OrderActions::actionStates() const
{
    std::vector<OrderActionState> states;
    states.reserve(kOrderActionCount);
    for (int i = 0; i < kOrderActionCount; ++i)
        states.push_back(state(static_cast<OrderAction>(i)));
    return states;
}

std::optional<OrderAction> OrderActions::nextStep() const
{
    for (OrderAction action : {OrderAction::Take, OrderAction::AwaitCrypto, OrderAction::Verify,
                               OrderAction::StartPayout, OrderAction::MarkPaid, OrderAction::Complete}) {
        if (state(action).enabled())
            return action;
    }
    return std::nullopt;
}

QString OrderActions::actionName(OrderAction action)
{
    switch (action) {
    case OrderAction::Take:
        return tr("Take");
    case OrderAction::Release:
        return tr("Release");
    case OrderAction::AwaitCrypto:
        return tr("Send deposit address");
    case OrderAction::MarkSent:
        return tr("Mark sent for customer");
    case OrderAction::RejectProof:
        return tr("Reject proof");
    case OrderAction::Verify:
        return tr("Verify payment");
    case OrderAction::StartPayout:
        return tr("Start payout");
    case OrderAction::MarkPaid:
        return tr("Mark paid");
    case OrderAction::Complete:
        return tr("Complete");
    case OrderAction::Cancel:
        return tr("Cancel order");
    case OrderAction::Dispute:
        return tr("Open dispute");
    case OrderAction::ResolveBack:
        return tr("Resolve: resume");
    case OrderAction::ResolveComplete:
        return tr("Resolve: complete");
    case OrderAction::ResolveCancel:
        return tr("Resolve: cancel");
    case OrderAction::Approve:
        return tr("Approve payout");
    case OrderAction::Requote:
        return tr("Re-quote");
    case OrderAction::RejectApproval:
        return tr("Reject payout");
    }
    return {};
}

QString OrderActions::requirementText(domain::Requirement requirement)
{
    using R = domain::Requirement;
    switch (requirement) {
    case R::FinalRate:
        return tr("The final rate must be fixed.");
    case R::ReasonIfRateDeviates:
    case R::Reason:
        return tr("A reason is required.");
    case R::DepositWallet:
        return tr("No active hot wallet for this asset and network.");
    case R::Proof:
        return tr("No proof of payment is attached.");
    case R::VerifyChecklist:
        return tr("Tick every item of the verify checklist.");
    case R::ApprovalIfAboveThreshold:
        return tr("Above the approval threshold: another senior must approve first.");
    case R::PayoutChecklist:
        return tr("Tick every item of the payout checklist.");
    case R::PayoutReference:
        return tr("The payout reference is required.");
    case R::RateWithinHardLimit:
        return tr("The final rate is beyond the hard deviation limit: only a senior may take it.");
    case R::NotHeld:
        return tr("On hold until a senior clears the risk flags.");
    case R::RateAgreed:
        return tr("The customer paid after the rate stopped holding: re-quote and wait for the customer to "
                  "accept.");
    }
    return {};
}

void OrderActions::take(const domain::Decimal &finalRate, const QString &reason)
{
    if (!m_detail)
        return;
    takeOrder(m_orderId, m_detail->summary.version, finalRate, reason);
}

void OrderActions::takeAndSendDeposit(const domain::Decimal &finalRate, const QString &reason)
{
    if (!m_detail)
        return;
    m_sendDepositAfterTake = true;
    take(finalRate, reason);
}

void OrderActions::sendDepositAfterTake()
{
    const OrderActionState next = state(OrderAction::AwaitCrypto);
    if (!next.enabled()) {
        ApiError error;
        error.message = next.unmet.isEmpty() ? tr("The order does not allow it now.") : next.unmet.join(u' ');
        emit followUpFailed(OrderAction::AwaitCrypto, error);
        return;
    }
    m_followUpInFlight = true;
    perform(OrderAction::AwaitCrypto);
}

bool OrderActions::canAttachProof() const
{
    if (!m_detail)
        return false;
    using S = domain::OrderStatus;
    const S status = m_detail->summary.status;
    const bool takesProofs = status == S::UserMarkedSent || status == S::OperatorVerifyProof || status == S::Dispute;
    // Who may attach is libs/domain's rule; a senior's reason is asked for by the card.
    return takesProofs && domain::checkProofAttach(facts(), m_actor, "reason asked by the card").ok();
}

void OrderActions::attachProofFile(const QByteArray &bytes, const QString &mimeType, const QString &reason)
{
    if (!m_detail)
        return;
    QUrlQuery query;
    if (!reason.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("reason"), reason.trimmed());
    const std::int64_t orderId = m_orderId;
    ApiReply *reply =
        m_api->postFile(pathOf(proto::endpoints::kOrderProofs, orderId), bytes,
                        mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType, query);
    connect(reply, &ApiReply::finished, this, [this, reply, orderId] {
        if (reply->ok())
            emit proofAttached(orderId);
    });
    track(reply, std::nullopt, orderId, false);
}

void OrderActions::addTxid(const QString &txid, const QString &reason)
{
    if (!m_detail)
        return;
    proto::AddTxidProofRequest request;
    request.txid = txid.trimmed().toStdString();
    request.reason = optionalText(reason);
    const std::int64_t orderId = m_orderId;
    ApiReply *reply = m_api->post(pathOf(proto::endpoints::kOrderProofs, orderId),
                                  QByteArray::fromStdString(proto::toJson(request).dump()));
    connect(reply, &ApiReply::finished, this, [this, reply, orderId] {
        if (reply->ok())
            emit proofAttached(orderId);
    });
    track(reply, std::nullopt, orderId, false);
}

void OrderActions::takeOrder(std::int64_t orderId, std::optional<std::int64_t> version,
                             const domain::Decimal &finalRate, const QString &reason)
{
    proto::TakeRequest request;
    request.finalRate = finalRate;
    request.reason = optionalText(reason);
    request.version = version;
    track(m_api->take(orderId, request), OrderAction::Take, orderId, true);
}

void OrderActions::perform(OrderAction action, const QString &reason, const QString &payoutReference)
{
    if (!m_detail || !edgeOf(action) || action == OrderAction::Take)
        return;
    proto::TransitionRequest request;
    request.to = targetOf(action, *m_detail);
    request.version = m_detail->summary.version;
    request.reason = optionalText(reason);
    request.payoutReference = optionalText(payoutReference);
    track(m_api->transition(m_orderId, request), action, m_orderId, true);
}

void OrderActions::approve(proto::ApprovalDecision decision, const QString &reason)
{
    if (m_detail)
        approveOrder(m_orderId, m_detail->summary.version, decision, reason);
}

void OrderActions::requote(const domain::Decimal &rate, const QString &reason)
{
    if (!m_detail)
        return;
    proto::RequoteRequest request;
    request.finalRate = rate;
    request.reason = reason.trimmed().toStdString();
    request.version = m_detail->summary.version;
    track(m_api->post(pathOf(proto::endpoints::kOrderRequote, m_orderId),
                      QByteArray::fromStdString(proto::toJson(request).dump())),
          OrderAction::Requote, m_orderId, true);
}

void OrderActions::approveOrder(std::int64_t orderId, std::int64_t version, proto::ApprovalDecision decision,
                                const QString &reason)
{
    proto::ApprovalRequest request;
    request.decision = decision;
    request.reason = reason.trimmed().toStdString();
    request.version = version;
    const OrderAction action =
        decision == proto::ApprovalDecision::Approve ? OrderAction::Approve : OrderAction::RejectApproval;
    track(m_api->approve(orderId, request), action, orderId, true);
}

void OrderActions::setChecklistItem(std::int64_t itemId, bool done)
{
    if (!m_detail)
        return;
    track(m_api->updateChecklist(m_orderId, proto::ChecklistItemUpdate{itemId, done}), std::nullopt, m_orderId, true);
}

void OrderActions::clearRiskFlag(std::int64_t flagId, const QString &reason)
{
    if (!m_detail)
        return;
    const QString path = pathOf(proto::endpoints::kOrderRiskFlagClear, m_orderId)
                             .replace(QStringLiteral("{flagId}"), QString::number(flagId));
    const proto::ClearRiskFlagRequest request{reason.trimmed().toStdString()};
    // The answer's shape is syncd's business; reloading shows the cleared flag either way.
    track(m_api->post(path, QByteArray::fromStdString(proto::toJson(request).dump())), std::nullopt, m_orderId, false);
}

void OrderActions::track(ApiReply *reply, std::optional<OrderAction> action, std::int64_t orderId, bool returnsOrder)
{
    changePending(+1);
    connect(reply, &ApiReply::finished, this, [this, reply, action, orderId, returnsOrder] {
        changePending(-1);
        if (!reply->ok()) {
            const ApiError &error = *reply->error();
            qCInfo(lcUi) << "order" << orderId << "request failed:" << error.httpStatus << error.code;
            emit failed(orderId, error.sentence(), error);
            if (action)
                emit actionFailed(*action, orderId, error);
            if (action == OrderAction::Take)
                m_sendDepositAfterTake = false;
            if (action == OrderAction::AwaitCrypto && std::exchange(m_followUpInFlight, false))
                emit followUpFailed(OrderAction::AwaitCrypto, error);
            if (error.isConflict()) {
                emit refreshRequested(orderId);
                if (orderId == m_orderId)
                    reload();
            } else if (!action && orderId == m_orderId) {
                reload(); // a refused checklist tick must not stay ticked on screen
            }
            return;
        }
        ApiError error;
        auto detail = returnsOrder ? reply->decode<proto::OrderDetail>(&error) : std::nullopt;
        if (detail && orderId == m_orderId) {
            keepRevealedRequisites(*detail);
            setDetail(std::move(*detail));
        } else if (detail)
            emit orderUpdated(detail->summary);
        else if (orderId == m_orderId)
            reload();
        if (action)
            emit actionSucceeded(*action, orderId);
        if (action == OrderAction::AwaitCrypto)
            m_followUpInFlight = false;
        if (action == OrderAction::Take && std::exchange(m_sendDepositAfterTake, false) && orderId == m_orderId)
            sendDepositAfterTake();
    });
}

bool OrderActions::eventBumpsVersion(const QString &kind)
{
    // The kinds whose change syncd records with a new order version (so "version <= mine" means
    // the card already shows it). Unknown kinds from a newer syncd count as not bumping: re-read.
    static const std::array<std::string_view, 5> kBumping = {
        proto::change_kind::kOrderCreated, proto::change_kind::kOrderTransitioned, proto::change_kind::kOrderUpdated,
        proto::change_kind::kChecklistUpdated, proto::change_kind::kRiskFlagCleared};
    const QByteArray utf8 = kind.toUtf8();
    const std::string_view name(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    return std::find(kBumping.begin(), kBumping.end(), name) != kBumping.end();
}

void OrderActions::onOrderEvent(std::int64_t orderId, const QString &kind, std::optional<std::int64_t> version)
{
    if (orderId == 0 || orderId != m_orderId)
        return;
    if (m_detail && version && *version <= m_detail->summary.version && eventBumpsVersion(kind))
        return; // e.g. the feed echoing our own action, whose answer is already shown
    qCDebug(lcUi) << "order" << orderId << "changed elsewhere:" << kind;
    if (isBusy()) {
        m_reloadWhenIdle = true;
        return;
    }
    reload();
}

void OrderActions::changePending(int delta)
{
    const bool wasBusy = isBusy();
    m_pending += delta;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
    if (!isBusy() && std::exchange(m_reloadWhenIdle, false))
        reload();
}

} // namespace p2pdesk::workstation
