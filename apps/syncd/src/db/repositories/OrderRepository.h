#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/KycLevel.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/RateAgreement.h"
#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// One order with what a queue row and the state machine need (customer, holder, masked requisites).
struct OrderRow {
    std::int64_t id = 0;
    std::string code;
    domain::OrderStatus status = domain::OrderStatus::New;
    std::int64_t version = 0;
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    domain::Decimal amountCrypto;
    domain::Decimal amountFiat;
    domain::Decimal suggestedRate;
    std::optional<domain::Decimal> finalRate;
    std::int64_t customerId = 0;
    std::int64_t customerTelegramId = 0;
    std::optional<std::string> customerUsername;
    std::optional<std::int64_t> holderId;
    std::optional<std::string> holderUsername;
    std::optional<std::int64_t> depositWalletId;
    std::optional<std::int64_t> payoutAccountId;
    std::optional<std::string> payoutReference;
    std::string requisitesMasked;
    bool hold = false;
    std::optional<domain::OrderStatus> disputedFrom;
    proto::Timestamp statusEnteredAt{};
    std::optional<proto::Timestamp> statusDeadline;
    proto::Timestamp createdAt{};
    proto::Timestamp updatedAt{};
    // Re-quotes (0008_rate_agreement.sql).
    std::optional<proto::Timestamp> quoteLockedUntil;
    domain::RateAgreement rateAgreement = domain::RateAgreement::Agreed;
    std::optional<domain::RequoteReason> requoteReason;
    std::optional<domain::Decimal> rateReference;
    std::optional<domain::Decimal> requoteRate;
    std::optional<domain::Decimal> requoteAmountCrypto;
    std::optional<domain::Decimal> requoteAmountFiat;
    std::optional<proto::Timestamp> requoteOfferedAt;
    // The payout account's bank (banks directory), by name.
    std::optional<std::string> payoutBankName;
};

struct NewOrder {
    std::string code;
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    domain::Decimal amountCrypto;
    domain::Decimal amountFiat;
    domain::Decimal suggestedRate;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> createdBy;
    std::int64_t payoutAccountId = 0;
    bool hold = false;
    proto::Timestamp enteredAt{};
    std::optional<proto::Timestamp> deadline;
    bool fromBot = false; // orders.source: 'bot' (the customer confirmed it) or 'operator'
    std::optional<proto::Timestamp> quoteLockedUntil;
};

// A status change decided by the state machine. Applied only if the order is still in `from` at
// `expectedVersion`.
struct StatusChange {
    std::int64_t orderId = 0;
    domain::OrderStatus from = domain::OrderStatus::New;
    domain::OrderStatus to = domain::OrderStatus::New;
    std::int64_t expectedVersion = 0;
    proto::Timestamp enteredAt{};
    std::optional<proto::Timestamp> deadline;
    bool release = false;                      // back to the queue: no holder, no final rate
    std::optional<domain::Decimal> amountFiat; // a release restores the amount at the suggested rate
    std::optional<std::int64_t> depositWalletId;
    std::optional<std::string> payoutReference;
    std::optional<domain::OrderStatus> disputedFrom;  // set iff to == DISPUTE
    std::optional<proto::Timestamp> quoteLockedUntil; // the payment instructions renew the rate's lock
    std::optional<domain::RequoteReason> requoteDue;  // the payment came in after the rate stopped holding
};

struct TakeChange {
    std::int64_t orderId = 0;
    std::int64_t operatorId = 0;
    domain::Decimal finalRate;
    domain::Decimal amountFiat;    // recomputed at the final rate
    bool hold = false;             // an amount risk rule fired on the recomputed amount
    domain::Decimal rateReference; // the suggestion the final rate was measured against
    std::optional<std::int64_t> expectedVersion;
    proto::Timestamp enteredAt{};
    std::optional<proto::Timestamp> deadline;
};

// The desk's answer to a due re-quote: a new rate offered to the customer (rate_agreement becomes
// 'offered'), or — keep — the order's own rate honoured ('agreed' again at once).
struct RequoteOffer {
    std::int64_t orderId = 0;
    std::int64_t expectedVersion = 0;
    bool keep = false;
    domain::Decimal rate;
    domain::Decimal amountCrypto;
    domain::Decimal amountFiat;
    proto::Timestamp at{};
};

// What the amount risk rules need about an order's customer, as they stood when it was created.
struct PriorAmountFigures {
    domain::Decimal customerVolume24h;         // same fiat, not cancelled, created in the 24 h before it
    bool firstOrderOfCustomer = false;         // no order of the customer was created before it
    bool payoutAccountNeverPaid = false;       // no other order to its requisites reached PAID_OUT
    std::uint32_t customerCompletedOrders = 0; // completed before it, same fiat
    std::optional<domain::Decimal> customerMedianAmount = {};
    domain::Decimal customerVolume30d; // same fiat, not cancelled, created in the 30 days before it
    // The customer's verification level now, not when the order was created: a senior who raised it
    // meanwhile lets the take judge the order by the new level's limit.
    domain::KycLevel kycLevel = domain::KycLevel::Unverified;
};

// What a customer usually exchanges: completed orders in one fiat and their median amount.
struct CustomerHabit {
    std::uint32_t completedOrders = 0;
    std::optional<domain::Decimal> medianAmount = {};
};

struct OrderFilter {
    std::vector<domain::OrderStatus> statuses;
    std::optional<std::int64_t> holderId;
    std::optional<std::int64_t> customerTelegramId;
    std::optional<std::string> text;           // code, customer username, telegram id
    std::optional<std::string> requisitesHash; // hex keyed hash of the text, matched against payout accounts
    std::optional<std::int64_t> beforeId;      // keyset cursor: id < beforeId
    std::int64_t limit = 50;
};

// An order whose deadline or half-time mark has passed, for the deadline worker.
struct DeadlineRow {
    std::int64_t id = 0;
    domain::OrderStatus status = domain::OrderStatus::New;
    std::int64_t version = 0;
};

// `orders`. Takes the caller's transaction, never opens one.
class OrderRepository final {
public:
    OrderRepository() = delete;

    static std::int64_t insert(pqxx::work &work, const NewOrder &order);
    static std::optional<OrderRow> find(pqxx::work &work, std::int64_t id);
    // SELECT … FOR UPDATE OF the order row: concurrent transitions of one order queue up here.
    static std::optional<OrderRow> findForUpdate(pqxx::work &work, std::int64_t id);
    // The one-winner take: UPDATE … WHERE status = 'NEW' AND NOT hold [AND version = expected].
    // Returns the new version, or nullopt when the row no longer qualifies (someone else won).
    static std::optional<std::int64_t> take(pqxx::work &work, const TakeChange &change);
    // Conditional on status and version; returns the new version or nullopt when either moved.
    static std::optional<std::int64_t> changeStatus(pqxx::work &work, const StatusChange &change);
    // Conditional on version and on a re-quote being due or offered; nullopt when either moved.
    static std::optional<std::int64_t> offerRequote(pqxx::work &work, const RequoteOffer &offer);
    // The customer accepts the offer made at `offeredAt` (not a later one): the offered figures become
    // the order's. Conditional on that offer still standing; nullopt otherwise.
    static std::optional<std::int64_t> acceptRequote(pqxx::work &work, std::int64_t orderId,
                                                     proto::Timestamp offeredAt);
    // A change that is not a transition (checklist tick, risk flag cleared); returns the new version.
    static std::int64_t bumpVersion(pqxx::work &work, std::int64_t id);
    static void setHold(pqxx::work &work, std::int64_t id, bool hold);

    // Newest first (id DESC), at most filter.limit rows.
    static std::vector<OrderRow> list(pqxx::work &work, const OrderFilter &filter);

    // Figures for the risk rules; `since` is inclusive, the order being created is not inserted yet.
    static std::uint32_t customerOrdersSince(pqxx::work &work, std::int64_t customerId, proto::Timestamp since);
    // The customer's volume in one fiat (orders not cancelled) since each of two moments, in one scan:
    // the 24-hour and the 30-day rules both need it for every new order.
    struct CustomerVolumes {
        domain::Decimal sinceRecent;
        domain::Decimal sinceEarlier;
    };
    static CustomerVolumes customerVolumesSince(pqxx::work &work, std::int64_t customerId, const std::string &fiat,
                                                proto::Timestamp recent, proto::Timestamp earlier);
    static bool customerHasOrders(pqxx::work &work, std::int64_t customerId);
    // The same figures for an existing order (ids are increasing, so "before" is a smaller id).
    static PriorAmountFigures priorAmountFigures(pqxx::work &work, std::int64_t orderId);
    // Orders paying out to the same requisites (keyed hash), whichever customer placed them.
    static std::uint32_t payoutRequisitesOrdersSince(pqxx::work &work, const std::string &keyedHashHex,
                                                     proto::Timestamp since);
    // Customers other than `customerId` with an order to the same requisites since `since`.
    static std::uint32_t payoutRequisitesOtherCustomersSince(pqxx::work &work, const std::string &keyedHashHex,
                                                             std::int64_t customerId, proto::Timestamp since);
    // True when no order to these requisites (any customer) ever reached PAID_OUT.
    static bool payoutRequisitesNeverPaid(pqxx::work &work, const std::string &keyedHashHex);
    static CustomerHabit customerHabit(pqxx::work &work, std::int64_t customerId, const std::string &fiat);
    // When the customer's newest order was created; nullopt without one.
    static std::optional<proto::Timestamp> customerLastOrderAt(pqxx::work &work, std::int64_t customerId);

    // Orders in one of `statuses` whose deadline is at or before `now`, oldest deadline first.
    static std::vector<DeadlineRow> expired(pqxx::work &work, const std::vector<domain::OrderStatus> &statuses,
                                            proto::Timestamp now, int limit);
    // Orders past half their deadline that were not warned yet in their current status.
    static std::vector<DeadlineRow> dueForWarning(pqxx::work &work, proto::Timestamp now, int limit);
    // Marks the warning as given, unless the order moved on meanwhile; true when it was marked.
    static bool markWarned(pqxx::work &work, std::int64_t id, std::int64_t version);

    // The customer's orders that are not finished (domain::isTerminal), oldest first.
    static std::vector<std::int64_t> openOrdersOfCustomer(pqxx::work &work, std::int64_t customerId);
};

} // namespace p2pdesk::syncd::db
