#include "service/OrderQueryService.h"

#include "db/repositories/ApprovalRepository.h"
#include "db/repositories/AttachmentRepository.h"
#include "db/repositories/OrderChecklistRepository.h"
#include "db/repositories/OrderHistoryRepository.h"
#include "db/repositories/PayoutAccountRepository.h"
#include "db/repositories/RiskFlagRepository.h"
#include "db/repositories/WalletRepository.h"
#include "security/Encoding.h"
#include "service/RateAgreements.h"
#include "service/ServiceError.h"

#include <charconv>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

constexpr std::string_view kCursorPrefix = "o1:";

proto::RiskSeverity wireSeverity(domain::Severity severity)
{
    switch (severity) {
    case domain::Severity::Info:
        return proto::RiskSeverity::Info;
    case domain::Severity::Hold:
        return proto::RiskSeverity::Hold;
    case domain::Severity::Block:
        return proto::RiskSeverity::Block;
    }
    return proto::RiskSeverity::Info;
}

// 'operator:<id>' / 'customer:<id>' / 'system' as a wire actor.
proto::Actor wireActor(const std::string &stored, const std::optional<std::string> &name)
{
    proto::Actor actor;
    const auto colon = stored.find(':');
    const std::string kind = stored.substr(0, colon);
    if (kind == "operator")
        actor.kind = proto::ActorKind::Operator;
    else if (kind == "customer")
        actor.kind = proto::ActorKind::Customer;
    else
        return actor;
    std::int64_t id = 0;
    const char *begin = stored.data() + colon + 1;
    const char *end = stored.data() + stored.size();
    if (colon != std::string::npos && std::from_chars(begin, end, id).ec == std::errc{})
        actor.id = id;
    actor.name = name;
    return actor;
}

std::string encodeCursor(std::int64_t lastId)
{
    const std::string text = std::string(kCursorPrefix) + std::to_string(lastId);
    return security::base64UrlEncode(security::asBytes(text));
}

std::int64_t decodeCursor(const std::string &cursor)
{
    const auto bytes = security::base64UrlDecode(cursor);
    const std::string text = bytes ? std::string(security::asText(*bytes)) : std::string();
    std::int64_t id = 0;
    if (text.rfind(kCursorPrefix, 0) != 0 ||
        std::from_chars(text.data() + kCursorPrefix.size(), text.data() + text.size(), id).ec != std::errc{} || id <= 0)
        throw ServiceError(ApiErrorCode::BadRequest, "invalid cursor");
    return id;
}

std::vector<proto::ChecklistItemState> wireChecklist(const std::vector<db::OrderChecklistItem> &items)
{
    std::vector<proto::ChecklistItemState> out;
    out.reserve(items.size());
    for (const auto &item : items) {
        proto::ChecklistItemState state;
        state.itemId = item.itemId;
        state.title = item.title;
        state.done = item.done;
        if (item.done && item.doneBy)
            state.doneBy = proto::OperatorRef{*item.doneBy, item.doneByUsername.value_or("")};
        if (item.done)
            state.doneAt = item.doneAt;
        out.push_back(std::move(state));
    }
    return out;
}

proto::OrderSummary toSummary(const db::OrderRow &order, const std::vector<db::OpenFlag> &openFlags)
{
    proto::OrderSummary s;
    s.id = order.id;
    s.code = order.code;
    s.status = order.status;
    s.version = order.version;
    s.direction = order.direction;
    s.asset = order.asset;
    s.network = order.network;
    s.fiatCurrency = order.fiatCurrency;
    s.amountCrypto = order.amountCrypto;
    s.amountFiat = order.amountFiat;
    s.suggestedRate = order.suggestedRate;
    s.finalRate = order.finalRate;
    s.customer = proto::CustomerRef{order.customerId, order.customerTelegramId, order.customerUsername};
    if (order.holderId)
        s.holder = proto::OperatorRef{*order.holderId, order.holderUsername.value_or("")};
    s.createdAt = order.createdAt;
    s.updatedAt = order.updatedAt;
    s.statusDeadline = order.statusDeadline;
    for (const auto &flag : openFlags)
        s.risk.push_back({flag.rule, wireSeverity(flag.severity)});
    s.requisitesMasked = order.requisitesMasked;
    s.payoutBankName = order.payoutBankName;
    return s;
}

} // namespace

std::optional<proto::OrderSummary> OrderQueryService::summary(pqxx::work &work, std::int64_t orderId) const
{
    const auto order = db::OrderRepository::find(work, orderId);
    if (!order)
        return std::nullopt;
    return summary(work, *order);
}

proto::OrderSummary OrderQueryService::summary(pqxx::work &work, const db::OrderRow &order) const
{
    auto flags = db::RiskFlagRepository::openFlags(work, {order.id});
    return toSummary(order, flags[order.id]);
}

proto::OrdersPage OrderQueryService::list(pqxx::work &work, const OrderActor &actor,
                                          const proto::OrdersQuery &query) const
{
    db::OrderFilter filter;
    filter.statuses = query.statuses;
    if (query.holderIsMe)
        filter.holderId = actor.operatorId.value_or(-1);
    else
        filter.holderId = query.holderId;
    filter.customerTelegramId = query.customerTelegramId;
    if (query.text && !query.text->empty()) {
        filter.text = query.text;
        filter.requisitesHash = m_vault.lookupHash(*query.text);
    }
    if (query.cursor)
        filter.beforeId = decodeCursor(*query.cursor);
    filter.limit = query.limit + 1; // one more tells whether a next page exists

    auto rows = db::OrderRepository::list(work, filter);
    proto::OrdersPage page;
    const bool more = rows.size() > static_cast<std::size_t>(query.limit);
    if (more)
        rows.resize(static_cast<std::size_t>(query.limit));
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const auto &row : rows)
        ids.push_back(row.id);
    auto flags = db::RiskFlagRepository::openFlags(work, ids);
    for (const auto &row : rows)
        page.items.push_back(toSummary(row, flags[row.id]));
    if (more && !rows.empty())
        page.nextCursor = encodeCursor(rows.back().id);
    return page;
}

proto::OrderDetail OrderQueryService::detail(pqxx::work &work, const OrderActor &actor, std::int64_t orderId,
                                             bool revealRequisites) const
{
    const auto order = db::OrderRepository::find(work, orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "no such order");
    proto::OrderDetail d;
    const auto flags = db::RiskFlagRepository::listForOrder(work, orderId);
    // The summary's open flags come from the card's own flag list: one query fewer per mutation
    // response (every POST on an order answers with this card).
    std::vector<db::OpenFlag> openFlags;
    for (const auto &f : flags) {
        if (!f.clearedAt)
            openFlags.push_back({f.rule, f.severity});
    }
    d.summary = toSummary(*order, openFlags);

    for (const auto &h : db::OrderHistoryRepository::list(work, orderId)) {
        proto::OrderHistoryEntry entry;
        entry.id = h.id;
        entry.at = h.at;
        entry.actor = wireActor(h.actor, h.operatorUsername);
        entry.from = h.from;
        entry.to = h.to;
        entry.reason = h.reason;
        entry.meta = h.meta;
        d.history.push_back(std::move(entry));
    }
    for (const auto &f : flags) {
        proto::RiskFlag flag;
        flag.id = f.id;
        flag.rule = f.rule;
        flag.severity = wireSeverity(f.severity);
        flag.figures = f.figures;
        flag.raisedAt = f.raisedAt;
        flag.clearedAt = f.clearedAt;
        if (f.clearedBy)
            flag.clearedBy = proto::OperatorRef{*f.clearedBy, f.clearedByUsername.value_or("")};
        flag.clearReason = f.clearReason;
        d.riskFlags.push_back(std::move(flag));
    }
    for (const auto &a : db::ApprovalRepository::listForOrder(work, orderId)) {
        d.approvals.push_back({a.id, proto::OperatorRef{a.approverId, a.approverUsername},
                               a.approve ? proto::ApprovalDecision::Approve : proto::ApprovalDecision::Reject, a.reason,
                               a.orderVersion, a.at});
    }
    for (const auto &att : db::AttachmentRepository::listForOrder(work, orderId)) {
        if (att.kind != db::AttachmentKind::ProofFile && att.kind != db::AttachmentKind::ProofTxid)
            continue;
        proto::Proof proof;
        proof.id = att.id;
        proof.kind = att.kind == db::AttachmentKind::ProofTxid ? proto::ProofKind::Txid : proto::ProofKind::File;
        proof.txid = att.txid;
        if (att.sha256)
            proof.sha256 = security::hexEncode(security::ByteView(att.sha256->data(), att.sha256->size()));
        proof.size = att.sizeBytes;
        proof.mime = att.mime;
        proof.uploader = wireActor(att.uploader, std::nullopt);
        proof.at =
            proto::Timestamp(std::chrono::duration_cast<std::chrono::microseconds>(att.createdAt.time_since_epoch()));
        d.proofs.push_back(std::move(proof));
    }
    const auto checklists = db::OrderChecklistRepository::state(work, orderId);
    d.checklist.verify = wireChecklist(checklists.verify);
    d.checklist.payout = wireChecklist(checklists.payout);
    if (order->depositWalletId) {
        if (const auto wallet = db::WalletRepository::findById(work, *order->depositWalletId))
            d.depositWallet = proto::DepositWalletRef{wallet->id, wallet->asset, wallet->network, wallet->address};
    }
    d.payoutReference = order->payoutReference;
    d.rateAgreement = RateAgreements::view(work, *order, m_clock.now());

    if (revealRequisites && order->payoutAccountId && (actor.holds(order->holderId) || actor.isSenior())) {
        const auto account = db::PayoutAccountRepository::find(work, *order->payoutAccountId);
        if (account) {
            d.requisites = m_vault.open(account->customerId, account->keyedHashHex, account->sealed);
            audit::AuditWriter::append(
                work, actor.auditEntry("order.requisites_read", orderId, std::nullopt,
                                       {{"payout_account_id", account->id}, {"masked", account->masked}}));
        }
    }
    return d;
}

} // namespace p2pdesk::syncd::service
