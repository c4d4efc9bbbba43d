#include "service/AddressScreeningService.h"

#include "db/repositories/AddressScreeningRepository.h"
#include "db/repositories/AttachmentRepository.h"
#include "db/repositories/OrderRepository.h"
#include "db/repositories/RiskFlagRepository.h"
#include "db/repositories/SettingsRepository.h"
#include "feed/ChangeFeed.h"
#include "service/ChainHintService.h"
#include "service/FeatureFlagService.h"
#include "service/OrderActor.h"
#include "service/OrderReviewService.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/AddressScreening.h"
#include "p2pdesk/domain/FeatureFlags.h"
#include "p2pdesk/proto/Changes.h"

#include <Poco/Logger.h>

#include <algorithm>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.screening");
}

proto::AddressScreening toDto(const db::AddressScreeningRow &row)
{
    proto::AddressScreening s;
    s.id = row.id;
    s.address = row.address;
    s.score = row.score;
    s.manual = row.manual;
    s.provider = row.provider;
    s.riskLevel = row.riskLevel;
    s.labels = row.labels;
    s.senderChecked = row.senderChecked;
    s.screenedBy = {row.operatorId, row.operatorUsername};
    s.reason = row.reason;
    s.screenedAt = std::chrono::time_point_cast<std::chrono::microseconds>(row.screenedAt);
    s.flagId = row.flagId;
    return s;
}

struct Deposit {
    db::AttachmentRow proof;
    db::OrderRow order;
    domain::Asset asset;
};

// Only the customer's own deposit has a customer's sender: the txid proof of a sell. A buy's txid
// is the desk's payout, sent from the desk's wallet.
Deposit requireDeposit(pqxx::work &work, std::int64_t proofId)
{
    auto proof = db::AttachmentRepository::findById(work, proofId);
    if (!proof || proof->kind != db::AttachmentKind::ProofTxid || !proof->txid || !proof->orderId)
        throw ServiceError(ApiErrorCode::NotFound, "no transaction id proof " + std::to_string(proofId));
    auto order = db::OrderRepository::find(work, *proof->orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "the proof's order is gone");
    if (order->direction != domain::Direction::Sell)
        throw ServiceError(ApiErrorCode::NotFound,
                           "proof " + std::to_string(proofId) + " is the desk's payout, not a customer's deposit");
    const auto asset = domain::findAsset(order->asset, order->network);
    if (!asset)
        throw ServiceError(ApiErrorCode::NotFound, "the order's asset is not supported any more");
    return {std::move(*proof), std::move(*order), *asset};
}

} // namespace

AddressScreeningService::AddressScreeningService(ChainHintService &chainHints, OrderReviewService &review,
                                                 feed::ChangeFeed &changeFeed, Clock clock)
    : m_chainHints(chainHints)
    , m_review(review)
    , m_changeFeed(changeFeed)
    , m_clock(std::move(clock))
{
}

void AddressScreeningService::useScreener(std::shared_ptr<AddressScreener> screener)
{
    std::lock_guard lock(m_mutex);
    m_screener = std::move(screener);
}

std::shared_ptr<AddressScreener> AddressScreeningService::screenerFor(const domain::Asset &asset)
{
    std::lock_guard lock(m_mutex);
    return m_screener && m_screener->covers(asset) ? m_screener : nullptr;
}

proto::AddressScreeningList AddressScreeningService::list(db::Transaction &tx, std::int64_t proofId)
{
    auto &work = tx.work();
    const auto deposit = requireDeposit(work, proofId);
    proto::AddressScreeningList out;
    out.proofId = proofId;
    out.network = std::string(deposit.asset.network);
    if (const auto screener = screenerFor(deposit.asset))
        out.provider = screener->name();
    out.holdAbove = db::SettingsRepository::load(work).amlHoldScore;
    for (const auto &row : db::AddressScreeningRepository::listForAttachment(work, proofId))
        out.items.push_back(toDto(row));
    return out;
}

ScreeningQuestion AddressScreeningService::ask(db::Transaction &tx, std::int64_t proofId,
                                               const proto::ScreenAddressRequest &request, std::int64_t operatorId)
{
    auto &work = tx.work();
    auto deposit = requireDeposit(work, proofId);
    if (const auto valid = domain::validateAddress(deposit.asset, request.address); !valid.ok())
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           "not a " + std::string(deposit.asset.network) + " address: " + valid.error().message,
                           {{"field", "address"}, {"kind", "invalid"}});
    std::optional<int> manualScore;
    if (request.score) {
        manualScore = domain::riskScoreFromNumber(*request.score);
        if (!manualScore)
            throw ServiceError(ApiErrorCode::ValidationFailed, "score must be 0..100",
                               {{"field", "score"}, {"kind", "out_of_range"}, {"min", 0}, {"max", 100}});
        if (const auto screener = screenerFor(deposit.asset))
            throw ServiceError(ApiErrorCode::Conflict,
                               "the desk screens " + std::string(deposit.asset.network) + " addresses through " +
                                   screener->name() + "; its score cannot be typed over",
                               {{"provider", screener->name()}});
    }

    ScreeningQuestion question;
    question.proofId = proofId;
    question.orderId = deposit.order.id;
    question.asset = deposit.asset;
    question.txid = *deposit.proof.txid;
    question.address = request.address;
    question.reason = request.reason;
    question.manualScore = manualScore;
    question.explorerAllowed = FeatureFlagService::enabled(work, domain::flag::kExplorerHints);

    // A retry (a lost answer, a double click) gets the screening already made: the provider is not
    // asked twice and nothing is stored twice.
    const auto now = m_clock();
    for (const auto &row : db::AddressScreeningRepository::listForAttachment(work, proofId)) {
        if (now - row.screenedAt >= kRepeatWindow)
            break; // newest first: the rest are older
        if (row.operatorId == operatorId && row.address == request.address && row.reason == request.reason &&
            row.manual == manualScore.has_value() && (!manualScore || row.score == *manualScore)) {
            question.repeated = toDto(row);
            break;
        }
    }
    return question;
}

ScreeningAnswer AddressScreeningService::investigate(const ScreeningQuestion &question)
{
    ScreeningAnswer answer;
    if (question.explorerAllowed) {
        if (const auto senders = m_chainHints.senders(question.asset, question.txid)) {
            const bool sent = std::any_of(senders->begin(), senders->end(), [&](const std::string &sender) {
                return domain::sameAddress(question.asset, sender, question.address);
            });
            if (!sent)
                throw ServiceError(ApiErrorCode::ValidationFailed,
                                   question.address + " did not send transaction " + question.txid +
                                       " as the block explorer reports it",
                                   {{"field", "address"}, {"kind", "not_a_sender"}, {"senders", *senders}});
            answer.senderChecked = true;
        }
    }
    if (question.manualScore) {
        answer.score = *question.manualScore;
        return answer;
    }

    const auto screener = screenerFor(question.asset);
    if (!screener)
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           "no screening provider scores " + std::string(question.asset.network) +
                               " addresses: enter the score you found",
                           {{"field", "score"}, {"kind", "missing"}});
    const auto now = m_clock();
    {
        std::lock_guard lock(m_mutex);
        if (m_quietUntil && now < *m_quietUntil) {
            const auto wait =
                std::max<std::int64_t>(1, std::chrono::ceil<std::chrono::seconds>(*m_quietUntil - now).count());
            throw ServiceError(ApiErrorCode::UpstreamUnavailable,
                               screener->name() + " asked the desk to wait before asking again",
                               {{"provider", screener->name()}, {"retry_after_seconds", wait}});
        }
    }
    try {
        answer.risk = screener->screen(question.asset, question.address);
    } catch (const AddressScreeningError &e) {
        logger().warning("screening %s on %s: %s", question.address, std::string(question.asset.network),
                         std::string(e.what()));
        proto::Json details{{"provider", screener->name()}};
        if (e.retryAfter()) {
            details["retry_after_seconds"] = e.retryAfter()->count();
            std::lock_guard lock(m_mutex);
            m_quietUntil = now + *e.retryAfter();
        }
        throw ServiceError(ApiErrorCode::UpstreamUnavailable, e.what(), std::move(details));
    }
    if (!domain::riskScoreFromNumber(answer.risk.score))
        throw ServiceError(ApiErrorCode::UpstreamUnavailable,
                           screener->name() + " gave a score outside 0..100: " + std::to_string(answer.risk.score),
                           {{"provider", screener->name()}});
    answer.score = answer.risk.score;
    answer.provider = screener->name();
    return answer;
}

proto::AddressScreening AddressScreeningService::record(db::Transaction &tx, const ScreeningQuestion &question,
                                                        const ScreeningAnswer &answer, const OrderActor &actor,
                                                        audit::AuditEntry audit)
{
    auto &work = tx.work();
    // The order's row lock first: two screenings of one order recorded at once then see each
    // other's flag, and the order is held once.
    if (!db::OrderRepository::findForUpdate(work, question.orderId))
        throw ServiceError(ApiErrorCode::NotFound, "the proof's order is gone");
    const auto holdAbove = db::SettingsRepository::load(work).amlHoldScore;
    const auto hit = domain::checkSenderAddressRisk(answer.score, holdAbove);
    std::optional<std::int64_t> flagId;
    // One open flag of the rule is enough to hold the order; a second high score adds its row only.
    if (hit && !db::RiskFlagRepository::hasOpenFlag(work, question.orderId, domain::rule::kSenderAddressRisk)) {
        const std::string why = "sender " + question.address + " scored " + std::to_string(answer.score) +
                                (answer.provider ? " by " + *answer.provider : std::string(" by hand"));
        flagId = m_review.raiseRiskFlag(tx, question.orderId, actor, *hit, why);
    }

    db::AddressScreeningRow row;
    row.attachmentId = question.proofId;
    row.orderId = question.orderId;
    row.network = std::string(question.asset.network);
    row.address = question.address;
    row.score = answer.score;
    row.manual = !answer.provider.has_value();
    row.provider = answer.provider;
    row.riskLevel = answer.risk.riskLevel;
    row.labels = answer.risk.labels;
    row.senderChecked = answer.senderChecked;
    row.operatorId = *actor.operatorId;
    row.reason = question.reason;
    row.flagId = flagId;
    const auto stored = db::AddressScreeningRepository::insert(work, row);

    audit.entityId = std::to_string(question.proofId);
    audit.reason = question.reason;
    audit.payload = {{"order_id", question.orderId},
                     {"screening_id", stored.id},
                     {"network", row.network},
                     {"address", row.address},
                     {"score", row.score},
                     {"source", row.manual ? "manual" : "provider"},
                     {"sender_checked", row.senderChecked},
                     {"hold_above", holdAbove}};
    if (row.provider)
        audit.payload["provider"] = *row.provider;
    if (flagId)
        audit.payload["flag_id"] = *flagId;
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kProofScreened), question.orderId,
                        {{"proof_id", question.proofId}, {"screening_id", stored.id}, {"score", stored.score}});
    return toDto(stored);
}

} // namespace p2pdesk::syncd::service
