#pragma once

#include "core/ApiError.h"

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStateMachine.h"
#include "p2pdesk/proto/Auth.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Settings.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace p2pdesk::workstation {

class ApiClient;
class ApiReply;

// What the operator can do to an order from the card. Each value maps onto one edge of the
// domain's transition table (or the approval call); the card shows one button per value.
enum class OrderAction {
    Take,
    Release,
    AwaitCrypto,
    MarkSent,
    RejectProof,
    Verify,
    StartPayout,
    MarkPaid,
    Complete,
    Cancel,
    Dispute,
    ResolveBack,
    ResolveComplete,
    ResolveCancel,
    Approve,
    RejectApproval,
    // Not an edge: offer the customer a new rate (or keep the order's) while a re-quote is due.
    Requote,
};

inline constexpr int kOrderActionCount = static_cast<int>(OrderAction::Requote) + 1;

// One action as the card should present it right now.
struct OrderActionState {
    OrderAction action = OrderAction::Take;
    bool offered = false; // the action exists from the current status (for someone)
    bool allowed = false; // libs/domain admits this operator for it now (maybe still blocked)
    QStringList unmet;    // plain words: what still blocks it (checklist, approval, …)
    bool needsReason = false;
    bool needsPayoutReference = false;
    bool needsRate = false;

    bool enabled() const { return allowed && unmet.isEmpty(); }
};

// The order card's service: loads one order (and its customer's history), tells which actions the
// state machine allows the logged-in operator now, and performs them through ApiClient. The facts
// come from the OrderDetail with the same library syncd decides with, so the card and the server
// agree; where the client cannot know a fact (no admin settings or wallet list for this account)
// it leaves the decision to syncd, which answers with a coded error shown in plain words.
class OrderActions final : public QObject {
    Q_OBJECT

public:
    explicit OrderActions(ApiClient *api, QObject *parent = nullptr);

    void setOperator(const proto::OperatorInfo &operatorInfo);
    const domain::Actor &actor() const { return m_actor; }
    std::int64_t operatorId() const { return m_actor.operatorId; }
    void setSettings(std::optional<proto::Settings> settings);
    const std::optional<proto::Settings> &settings() const { return m_settings; }
    // Whether an active hot wallet exists for the order's asset/network; unknown: syncd decides.
    void setWalletAvailable(std::optional<bool> available);

    // GET /settings (any operator) and /admin/wallets (a 403 for a non-admin leaves wallets unknown).
    void loadReferenceData();
    // Reads the desk's rates now (GET /api/v1/rates) and answers with rateFreshness: whether the
    // order's pair has a fresh base. Asked when the take dialog opens, so the operator is warned
    // while fixing a rate that the feed (or the admin) stopped updating; a failed read says nothing.
    void checkRateFreshness(const proto::OrderSummary &order);
    void load(std::int64_t orderId);
    void reload();
    void setDetail(proto::OrderDetail detail);
    bool hasOrder() const { return m_detail.has_value(); }
    const proto::OrderDetail &detail() const { return *m_detail; }
    std::int64_t orderId() const { return m_orderId; }
    const std::vector<proto::OrderSummary> &customerHistory() const { return m_history; }
    bool isBusy() const { return m_pending > 0; }
    // A change-feed event (proto::change_kind) about some order. For the loaded order it re-reads
    // the detail unless the event only announces a version this card already shows: approvals,
    // proofs, annotations and raised risk flags leave the version alone, so they always re-read.
    // While a load or an action is in flight the re-read follows it, so an answer read before the
    // change cannot hide it.
    void onOrderEvent(std::int64_t orderId, const QString &kind, std::optional<std::int64_t> version);
    static bool eventBumpsVersion(const QString &kind);

    // The facts the card derives for domain::allowedTransitions.
    domain::OrderFacts facts() const;
    static domain::OrderFacts factsFor(const proto::OrderDetail &detail, const std::optional<proto::Settings> &settings,
                                       std::optional<bool> walletAvailable);
    // nullopt when the client cannot tell (no thresholds known).
    std::optional<bool> needsApproval() const;
    static bool hasValidApproval(const proto::OrderDetail &detail);
    // The admin limit of the take deviation, when known.
    std::optional<domain::Decimal> maxRateDeviationPercent() const;

    std::vector<OrderActionState> actionStates() const;
    OrderActionState state(OrderAction action) const;
    // The forward step Ctrl+Enter triggers: the first enabled one of take → … → complete.
    std::optional<OrderAction> nextStep() const;
    static domain::OrderStatus targetOf(OrderAction action, const proto::OrderDetail &detail);
    static QString actionName(OrderAction action);
    static QString requirementText(domain::Requirement requirement);

    // The performing calls. Actions end in actionSucceeded or actionFailed (+ failed).
    void take(const domain::Decimal &finalRate, const QString &reason);
    void perform(OrderAction action, const QString &reason = {}, const QString &payoutReference = {});
    void approve(proto::ApprovalDecision decision, const QString &reason);
    // POST /orders/{id}/requote: a rate equal to the order's keeps it, any other is offered.
    void requote(const domain::Decimal &rate, const QString &reason);
    void setChecklistItem(std::int64_t itemId, bool done);
    void clearRiskFlag(std::int64_t flagId, const QString &reason);
    // Attach a proof to the loaded order (POST /orders/{id}/proofs): a file's bytes, or a txid.
    // syncd accepts proofs from the holder (a senior on another's order: with a reason) while the
    // order waits for or checks a payment; canAttachProof says whether to offer it.
    bool canAttachProof() const;
    void attachProofFile(const QByteArray &bytes, const QString &mimeType, const QString &reason = {});
    void addTxid(const QString &txid, const QString &reason = {});
    // Take, then send the deposit instructions (await_crypto) as soon as the take is answered. If
    // the second step is refused the order stays taken; the card says which step failed.
    void takeAndSendDeposit(const domain::Decimal &finalRate, const QString &reason);

    // The same calls for an order the service has not loaded (queue take, approvals inbox).
    void takeOrder(std::int64_t orderId, std::optional<std::int64_t> version, const domain::Decimal &finalRate,
                   const QString &reason);
    void approveOrder(std::int64_t orderId, std::int64_t version, proto::ApprovalDecision decision,
                      const QString &reason);

signals:
    void orderChanged();
    void customerHistoryChanged();
    void referenceDataChanged();
    void busyChanged(bool busy);
    void actionSucceeded(p2pdesk::workstation::OrderAction action, qint64 orderId);
    void actionFailed(p2pdesk::workstation::OrderAction action, qint64 orderId,
                      const p2pdesk::workstation::ApiError &error);
    // Every refused call (actions, checklist ticks, flag clearing): `text` is the plain sentence
    // with the code in brackets.
    void failed(qint64 orderId, const QString &text, const p2pdesk::workstation::ApiError &error);
    void loadFailed(const QString &text, const p2pdesk::workstation::ApiError &error);
    // syncd said 409: somebody else changed the order; the card reloads.
    void refreshRequested(qint64 orderId);
    // Any order this service changed (for the queue model).
    void orderUpdated(const p2pdesk::proto::OrderSummary &summary);
    // A proof was attached (the order is re-read) or refused.
    void proofAttached(qint64 orderId);
    // The take of takeAndSendDeposit succeeded but the deposit step could not follow.
    // `error.code` is empty when the step was not possible at all (error.message says why).
    void followUpFailed(p2pdesk::workstation::OrderAction action, const p2pdesk::workstation::ApiError &error);
    // The answer to checkRateFreshness for this order's pair (no rate row counts as stale).
    void rateFreshness(qint64 orderId, bool stale);

private:
    void loadCustomerHistory();
    void keepRevealedRequisites(proto::OrderDetail &answer) const;
    void sendDepositAfterTake();
    void track(ApiReply *reply, std::optional<OrderAction> action, std::int64_t orderId, bool returnsOrder);
    void changePending(int delta);

    ApiClient *m_api;
    domain::Actor m_actor;
    std::optional<proto::Settings> m_settings;
    std::optional<bool> m_walletAvailable;
    std::optional<std::vector<std::pair<std::string, std::string>>> m_activeWallets; // asset, network
    std::int64_t m_orderId = 0;
    std::optional<proto::OrderDetail> m_detail;
    std::vector<proto::OrderSummary> m_history;
    int m_pending = 0;
    int m_loadGeneration = 0;
    bool m_reloadWhenIdle = false;
    bool m_sendDepositAfterTake = false;
    bool m_followUpInFlight = false;
};

} // namespace p2pdesk::workstation

Q_DECLARE_METATYPE(p2pdesk::workstation::OrderAction)
