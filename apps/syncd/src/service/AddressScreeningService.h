#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "service/AddressScreener.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/proto/AddressScreenings.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

class ChainHintService;
class OrderReviewService;
struct OrderActor;

// What a screening request asks, checked and read in the request's transaction.
struct ScreeningQuestion {
    std::int64_t proofId = 0;
    std::int64_t orderId = 0;
    domain::Asset asset;
    std::string txid;
    std::string address;
    std::string reason;
    std::optional<int> manualScore;
    bool explorerAllowed = false; // the feature flag explorer_hints: may the explorer be asked
    // The same operator asked the same within kRepeatWindow: answered with that row, nothing asked.
    std::optional<proto::AddressScreening> repeated;
};

// What the outside world said, gathered with no transaction open.
struct ScreeningAnswer {
    bool senderChecked = false;
    int score = 0;
    std::optional<std::string> provider;
    AddressRisk risk;
};

// AML screening of the addresses a customer's crypto came from (issue: "Sender-address risk: a
// pluggable address-screening provider and a manual score entry when none is configured; the score
// shows on the proof; above a setting → hold").
//
// Three phases, so that no database transaction waits on a third party: ask() checks the request
// and reads the proof, order and settings, the caller commits; investigate() asks the block
// explorer whether the address sent the transaction and the provider for its score; record() stores
// the screening, its audit row and, above aml_hold_score, the hold flag sender_address_risk, in a new
// transaction. An operator's own score is accepted only where no provider scores the network: where
// one does, its number is the desk's, and a typed one could overrule it.
class AddressScreeningService final {
public:
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    AddressScreeningService(ChainHintService &chainHints, OrderReviewService &review, feed::ChangeFeed &changeFeed,
                            Clock clock = &std::chrono::system_clock::now);

    // Wired by the process before it serves (chain/ScreenerSetup); none: scores are typed.
    void useScreener(std::shared_ptr<AddressScreener> screener);

    proto::AddressScreeningList list(db::Transaction &tx, std::int64_t proofId);
    ScreeningQuestion ask(db::Transaction &tx, std::int64_t proofId, const proto::ScreenAddressRequest &request,
                          std::int64_t operatorId);
    // ServiceError: 422 not_a_sender when the explorer names the senders and the address is not
    // one; 502 upstream_unavailable when the provider fails.
    ScreeningAnswer investigate(const ScreeningQuestion &question);
    proto::AddressScreening record(db::Transaction &tx, const ScreeningQuestion &question,
                                   const ScreeningAnswer &answer, const OrderActor &actor, audit::AuditEntry audit);

    static constexpr std::chrono::seconds kRepeatWindow{60};

private:
    std::shared_ptr<AddressScreener> screenerFor(const domain::Asset &asset);

    ChainHintService &m_chainHints;
    OrderReviewService &m_review;
    feed::ChangeFeed &m_changeFeed;
    Clock m_clock;
    std::mutex m_mutex;
    std::shared_ptr<AddressScreener> m_screener;
    std::optional<std::chrono::system_clock::time_point> m_quietUntil; // the provider asked the desk to wait
};

} // namespace p2pdesk::syncd::service
