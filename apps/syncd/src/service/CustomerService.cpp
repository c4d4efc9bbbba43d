#include "service/CustomerService.h"

#include "db/repositories/CustomerDirectoryRepository.h"
#include "db/repositories/CustomerNoteRepository.h"
#include "db/repositories/CustomerRepository.h"
#include "db/repositories/OrderRepository.h"
#include "db/repositories/PayoutAccountRepository.h"
#include "db/repositories/RiskFlagRepository.h"
#include "db/repositories/TicketRepository.h"
#include "feed/ChangeFeed.h"
#include "service/OrderServices.h"
#include "service/ServiceError.h"
#include "service/TicketService.h"
#include "service/TypedText.h"

#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/proto/Changes.h"

#include <charconv>
#include <optional>
#include <string_view>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

proto::CustomerOrder toOrder(const db::OrderRow &row)
{
    proto::CustomerOrder out;
    out.id = row.id;
    out.code = row.code;
    out.status = row.status;
    out.direction = row.direction;
    out.asset = row.asset;
    out.network = row.network;
    out.fiatCurrency = row.fiatCurrency;
    out.amountCrypto = row.amountCrypto;
    out.amountFiat = row.amountFiat;
    out.hold = row.hold;
    out.createdAt = row.createdAt;
    out.updatedAt = row.updatedAt;
    return out;
}

proto::CustomerRiskFlag toFlag(const db::CustomerFlagRow &row)
{
    proto::CustomerRiskFlag out;
    const auto &f = row.flag;
    out.flag.id = f.id;
    out.flag.rule = f.rule;
    out.flag.severity = f.severity == domain::Severity::Block  ? proto::RiskSeverity::Block
                        : f.severity == domain::Severity::Hold ? proto::RiskSeverity::Hold
                                                               : proto::RiskSeverity::Info;
    out.flag.figures = f.figures;
    out.flag.raisedAt = f.raisedAt;
    out.flag.clearedAt = f.clearedAt;
    if (f.clearedBy)
        out.flag.clearedBy = proto::OperatorRef{*f.clearedBy, f.clearedByUsername.value_or("")};
    out.flag.clearReason = f.clearReason;
    out.orderId = f.orderId;
    out.orderCode = row.orderCode;
    return out;
}

std::optional<proto::OperatorRef> operatorRef(const std::optional<std::int64_t> &id,
                                              const std::optional<std::string> &username)
{
    if (!id)
        return std::nullopt;
    return proto::OperatorRef{*id, username.value_or("")};
}

proto::CustomerListItem toListItem(const db::CustomerDirectoryRow &row)
{
    proto::CustomerListItem out;
    auto &info = out.customer;
    info.id = row.id;
    info.telegramId = row.telegramId;
    info.username = row.username;
    info.firstName = row.firstName;
    info.language = row.language;
    info.unreachable = row.unreachable;
    info.blocked = row.blocked;
    info.blockedReason = row.blockedReason;
    info.blockedAt = row.blockedAt;
    info.blockedBy = operatorRef(row.blockedById, row.blockedByUsername);
    info.kycLevel = row.kycLevel;
    info.createdAt = row.createdAt;
    out.ordersTotal = row.ordersTotal;
    out.ordersOpen = row.ordersOpen;
    out.openFlags = row.openFlags;
    out.lastOrderAt = row.lastOrderAt;
    if (row.matched) {
        // The repository's ranks, strongest first, are the wire's matches in the same order.
        constexpr proto::CustomerMatch kByRank[] = {proto::CustomerMatch::TelegramId, proto::CustomerMatch::OrderCode,
                                                    proto::CustomerMatch::Username, proto::CustomerMatch::Name,
                                                    proto::CustomerMatch::PayoutAccount};
        out.matched = kByRank[static_cast<int>(*row.matched) - 1];
    }
    return out;
}

// "1234", "•••• 1234", "*1234": the last four digits of a masked payout account as an operator
// reads them off a bank statement; nullopt for anything else.
std::optional<std::string> accountTail(std::string_view text)
{
    constexpr std::string_view kBullet = "\xE2\x80\xA2"; // U+2022, as syncd masks accounts
    std::string digits;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            ++i;
        } else if (c == ' ' || c == '*') {
            ++i;
        } else if (text.substr(i, kBullet.size()) == kBullet) {
            i += kBullet.size();
        } else {
            return std::nullopt;
        }
    }
    return digits.size() == 4 ? std::optional(digits) : std::nullopt;
}

void requireSeniorOrAdmin(const OrderActor &actor, const char *refusal)
{
    if (actor.actor.kind != domain::ActorKind::Operator ||
        !(actor.actor.hasRole(domain::Role::Senior) || actor.actor.hasRole(domain::Role::Admin)))
        throw ServiceError(ApiErrorCode::Forbidden, refusal);
}

std::optional<std::int64_t> wholeNumber(std::string_view text)
{
    std::int64_t value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

proto::CustomerProfile CustomerService::profile(db::Transaction &tx, std::int64_t customerId, std::int64_t viewerId)
{
    auto &work = tx.work();
    const auto customer = db::CustomerRepository::find(work, customerId);
    const auto facts = db::CustomerRepository::profileFacts(work, customerId);
    if (!customer || !facts)
        throw ServiceError(ApiErrorCode::NotFound, "no such customer", {{"customer_id", customerId}});

    proto::CustomerProfile out;
    auto &info = out.customer;
    info.id = customer->id;
    info.telegramId = customer->telegramId;
    info.username = customer->username;
    info.firstName = customer->firstName;
    info.language = customer->language;
    info.unreachable = customer->unreachable;
    info.blocked = customer->blocked;
    info.blockedReason = customer->blocked ? customer->blockedReason : std::nullopt;
    info.blockedAt = facts->blockedAt;
    info.blockedBy = operatorRef(facts->blockedById, facts->blockedByUsername);
    info.kycLevel = customer->kycLevel;
    info.kycChangedAt = facts->kycChangedAt;
    info.kycChangedBy = operatorRef(facts->kycChangedById, facts->kycChangedByUsername);
    info.kycReason = facts->kycChangedReason;
    info.createdAt = facts->createdAt;

    db::OrderFilter orders;
    orders.customerTelegramId = customer->telegramId;
    orders.limit = static_cast<std::int64_t>(proto::limits::kCustomerOrders);
    for (const auto &row : db::OrderRepository::list(work, orders))
        out.orders.push_back(toOrder(row));
    for (const auto &row : db::RiskFlagRepository::listForCustomer(work, customerId, proto::limits::kCustomerFlags))
        out.riskFlags.push_back(toFlag(row));
    // Masked only: the sealed requisites are not read here, so they cannot leak from here.
    for (const auto &account : db::PayoutAccountRepository::listMasked(work, customerId)) {
        if (out.payoutAccounts.size() == proto::limits::kCustomerAccounts)
            break;
        out.payoutAccounts.push_back({account.id, account.kind, account.masked, account.bank, account.createdAt});
    }
    db::TicketFilter tickets;
    tickets.viewerId = viewerId;
    tickets.customerId = customerId;
    tickets.limit = static_cast<std::int64_t>(proto::limits::kCustomerTickets);
    out.tickets = m_tickets.list(tx, tickets).items;
    for (const auto &note :
         db::CustomerNoteRepository::listForCustomer(work, customerId, proto::limits::kCustomerNotes))
        out.notes.push_back({note.id, note.text, {note.authorId, note.authorUsername}, note.createdAt});
    return out;
}

proto::CustomerProfile CustomerService::setBlocked(db::Transaction &tx, std::int64_t customerId, bool block,
                                                   const OrderActor &actor, const std::string &reason)
{
    requireSeniorOrAdmin(actor, "only a senior or an admin blocks and unblocks customers");
    const auto why = trimmed(reason);
    if (why.empty())
        throw ServiceError(ApiErrorCode::ReasonRequired, "a reason is required", {{"field", "reason"}});

    auto &work = tx.work();
    // Conditional on the current state, and it locks the customer row: a concurrent block waits
    // here, then finds nothing to change; the bot's next update for the customer waits too and then
    // sees the block.
    if (!db::CustomerRepository::setBlocked(work, customerId, block, why)) {
        const auto customer = db::CustomerRepository::find(work, customerId);
        if (!customer)
            throw ServiceError(ApiErrorCode::NotFound, "no such customer", {{"customer_id", customerId}});
        throw ServiceError(ApiErrorCode::Conflict,
                           block ? "the customer is already blocked" : "the customer is not blocked",
                           {{"blocked", customer->blocked}});
    }

    nlohmann::json held = nlohmann::json::array();
    if (block) {
        const auto hit = domain::customerBlocked(why);
        for (const auto orderId : db::OrderRepository::openOrdersOfCustomer(work, customerId)) {
            // A block after an unblock whose holds were never cleared: the order is held already.
            if (db::RiskFlagRepository::hasOpenFlag(work, orderId, domain::rule::kCustomerBlocked))
                continue;
            const auto flagId = m_orders.review().raiseRiskFlag(tx, orderId, actor, hit, why);
            held.push_back({{"order_id", orderId}, {"flag_id", flagId}});
        }
    }

    auto audit = actor.origin;
    audit.action = block ? "customer.block" : "customer.unblock";
    audit.entity = "customer";
    audit.entityId = std::to_string(customerId);
    audit.reason = why;
    audit.payload = {{"blocked", block}};
    if (block)
        audit.payload["held_orders"] = held;
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kCustomerUpdated), std::nullopt,
                        {{"customer_id", customerId}});
    return profile(tx, customerId, actor.operatorId.value_or(0));
}

proto::CustomerProfile CustomerService::setKycLevel(db::Transaction &tx, std::int64_t customerId,
                                                    domain::KycLevel level, const OrderActor &actor,
                                                    const std::string &reason)
{
    requireSeniorOrAdmin(actor, "only a senior or an admin changes a customer's verification level");
    const auto why = trimmed(reason);
    if (why.empty())
        throw ServiceError(ApiErrorCode::ReasonRequired, "a reason is required", {{"field", "reason"}});

    auto &work = tx.work();
    // Conditional on the level in force, under the row's lock: two seniors raising the same customer
    // at once make one change and one 409, never two audit rows for one move.
    const auto from = db::CustomerRepository::setKycLevel(work, customerId, level);
    if (!from) {
        const auto customer = db::CustomerRepository::find(work, customerId);
        if (!customer)
            throw ServiceError(ApiErrorCode::NotFound, "no such customer", {{"customer_id", customerId}});
        throw ServiceError(ApiErrorCode::Conflict, "the customer is at that verification level already",
                           {{"kyc_level", domain::toNumber(customer->kycLevel)}});
    }

    auto audit = actor.origin;
    audit.action = "customer.kyc_level";
    audit.entity = "customer";
    audit.entityId = std::to_string(customerId);
    audit.reason = why;
    audit.payload = {{"from", domain::toNumber(*from)}, {"to", domain::toNumber(level)}};
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kCustomerUpdated), std::nullopt,
                        {{"customer_id", customerId}});
    return profile(tx, customerId, actor.operatorId.value_or(0));
}

proto::RevealedRequisites CustomerService::revealRequisites(db::Transaction &tx, std::int64_t customerId,
                                                            std::int64_t accountId, const OrderActor &actor,
                                                            const std::string &reason)
{
    requireSeniorOrAdmin(actor, "only a senior or an admin reveals a customer's requisites");
    const auto why = trimmed(reason);
    if (why.empty())
        throw ServiceError(ApiErrorCode::ReasonRequired, "a reason is required", {{"field", "reason"}});
    auto &work = tx.work();
    const auto account = db::PayoutAccountRepository::find(work, accountId);
    // Another customer's account is as unknown here as a missing one: the path names the customer.
    if (!account || account->customerId != customerId)
        throw ServiceError(ApiErrorCode::NotFound, "no such payout account of this customer",
                           {{"customer_id", customerId}, {"account_id", accountId}});
    proto::RevealedRequisites out;
    out.accountId = account->id;
    out.masked = account->masked;
    out.requisites = m_orders.vault().open(account->customerId, account->keyedHashHex, account->sealed);
    // The audit row names the account by its masked form only: the log is read more widely than
    // the requisites may be.
    auto audit = actor.origin;
    audit.action = "customer.requisites_reveal";
    audit.entity = "customer";
    audit.entityId = std::to_string(customerId);
    audit.reason = why;
    audit.payload = {{"payout_account_id", account->id}, {"masked", account->masked}};
    audit::AuditWriter::append(work, audit);
    return out;
}

proto::CustomerList CustomerService::directory(db::Transaction &tx, const OrderActor &actor,
                                               const proto::CustomersQuery &query)
{
    requireSeniorOrAdmin(actor, "only a senior or an admin searches the customers directory");
    db::CustomerSearch search;
    search.blocked = query.blocked;
    search.offset = query.offset;
    search.limit = query.limit;
    if (query.text) {
        if (auto text = trimmed(*query.text); !text.empty()) {
            search.telegramId = wholeNumber(text);
            search.accountTail = accountTail(text);
            // Full requisites pasted from a statement find the account the way the order list's
            // search does: by the keyed hash, never by decrypting anything.
            search.requisitesHashHex = m_orders.vault().lookupHash(text);
            search.text = std::move(text);
        }
    }
    auto rows = db::CustomerDirectoryRepository::search(tx.work(), search);
    proto::CustomerList out;
    out.more = rows.size() > static_cast<std::size_t>(search.limit);
    if (out.more)
        rows.pop_back();
    out.customers.reserve(rows.size());
    for (const auto &row : rows)
        out.customers.push_back(toListItem(row));
    return out;
}

proto::CustomerProfile CustomerService::addNote(db::Transaction &tx, std::int64_t customerId, const OrderActor &actor,
                                                const std::string &text)
{
    if (actor.actor.kind != domain::ActorKind::Operator || !actor.operatorId)
        throw ServiceError(ApiErrorCode::Forbidden, "only an operator notes a customer");
    const auto body = trimmed(text);
    if (body.empty())
        throw ServiceError(ApiErrorCode::ValidationFailed, "the note is blank", {{"field", "text"}});
    auto &work = tx.work();
    if (!db::CustomerRepository::find(work, customerId))
        throw ServiceError(ApiErrorCode::NotFound, "no such customer", {{"customer_id", customerId}});

    const auto note = db::CustomerNoteRepository::append(work, customerId, *actor.operatorId, body);
    // The text goes into the audit chain too: a note edited in the table afterwards no longer
    // matches its sealed audit row.
    auto audit = actor.origin;
    audit.action = "customer.note";
    audit.entity = "customer";
    audit.entityId = std::to_string(customerId);
    audit.payload = {{"note_id", note.id}, {"text", body}};
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kCustomerUpdated), std::nullopt,
                        {{"customer_id", customerId}});
    return profile(tx, customerId, *actor.operatorId);
}

} // namespace p2pdesk::syncd::service
