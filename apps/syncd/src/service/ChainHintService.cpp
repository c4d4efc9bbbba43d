#include "service/ChainHintService.h"

#include "db/repositories/AttachmentRepository.h"
#include "db/repositories/OrderRepository.h"
#include "db/repositories/PayoutAccountRepository.h"
#include "db/repositories/WalletRepository.h"
#include "service/FeatureFlagService.h"
#include "service/RequisitesVault.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/FeatureFlags.h"

#include <Poco/Logger.h>

#include <algorithm>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;
using proto::ChainHintState;

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.chain");
}

proto::Timestamp wireTime(std::chrono::system_clock::time_point at)
{
    return proto::Timestamp(std::chrono::duration_cast<std::chrono::microseconds>(at.time_since_epoch()));
}

} // namespace

ChainHintService::ChainHintService(const RequisitesVault &vault, Clock clock)
    : m_vault(vault)
    , m_clock(std::move(clock))
{
}

void ChainHintService::useExplorer(const std::string &network, std::shared_ptr<BlockExplorer> explorer)
{
    std::lock_guard lock(m_mutex);
    m_explorers[network] = std::move(explorer);
}

ChainHintQuestion ChainHintService::ask(db::Transaction &tx, std::int64_t proofId)
{
    auto &work = tx.work();
    const auto proof = db::AttachmentRepository::findById(work, proofId);
    if (!proof || proof->kind != db::AttachmentKind::ProofTxid || !proof->txid || !proof->orderId)
        throw ServiceError(ApiErrorCode::NotFound, "no transaction id proof " + std::to_string(proofId));
    const auto order = db::OrderRepository::find(work, *proof->orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "the proof's order is gone");
    const auto asset = domain::findAsset(order->asset, order->network);
    if (!asset)
        throw ServiceError(ApiErrorCode::NotFound, "the order's asset is not supported any more");

    ChainHintQuestion question;
    question.proofId = proofId;
    question.asset = *asset;
    question.txid = *proof->txid;
    question.expectedAmount = order->amountCrypto;
    question.enabled = FeatureFlagService::enabled(work, domain::flag::kExplorerHints);
    question.showAddress = order->direction == domain::Direction::Sell;
    if (order->direction == domain::Direction::Sell) {
        // The customer sends the crypto to the desk's deposit wallet of the order.
        if (order->depositWalletId) {
            if (const auto wallet = db::WalletRepository::findById(work, *order->depositWalletId))
                question.expectedAddress = wallet->address;
        }
    } else if (order->payoutAccountId && question.enabled) {
        // The desk pays the crypto out to the customer's address. Compared here, inside syncd; the
        // address itself is revealed only through the audited reveal. Not opened when nothing will
        // be compared (hints off).
        if (const auto account = db::PayoutAccountRepository::find(work, *order->payoutAccountId))
            question.expectedAddress = m_vault.open(account->customerId, account->keyedHashHex, account->sealed);
    }
    return question;
}

std::optional<ChainTransaction> ChainHintService::remembered(const std::string &key,
                                                             std::chrono::system_clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_answers.find(key);
    if (it == m_answers.end() || now - it->second.at >= kFreshFor || now < it->second.at)
        return std::nullopt;
    return it->second.transaction;
}

void ChainHintService::remember(const std::string &key, const ChainTransaction &transaction,
                                std::chrono::system_clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_answers, [&](const auto &entry) { return now - entry.second.at >= kFreshFor; });
    if (m_answers.size() >= kMaxRemembered)
        m_answers.erase(m_answers.begin());
    m_answers[key] = {transaction, now};
}

proto::ChainHint ChainHintService::answer(const ChainHintQuestion &question)
{
    const auto now = m_clock();
    const std::string network(question.asset.network);
    proto::ChainHint hint;
    hint.proofId = question.proofId;
    hint.network = network;
    hint.txid = question.txid;
    hint.checkedAt = wireTime(now);
    hint.expectedAmount = question.expectedAmount;
    if (question.showAddress)
        hint.expectedAddress = question.expectedAddress;
    if (!question.enabled) {
        hint.state = ChainHintState::Disabled;
        return hint;
    }
    auto lookup = lookUp(question.asset, question.txid, now);
    if (!lookup.explorer) {
        hint.state = ChainHintState::NoExplorer;
        return hint;
    }
    hint.explorer = lookup.explorer->name();
    if (lookup.failure) {
        hint.state = ChainHintState::Unavailable;
        hint.detail = *lookup.failure;
        hint.retryAfterSeconds = lookup.retryAfterSeconds;
        return hint;
    }
    const auto &transaction = lookup.transaction;
    if (!transaction->found) {
        hint.state = ChainHintState::NotFound;
        return hint;
    }
    hint.state = ChainHintState::Found;
    hint.succeeded = transaction->succeeded;
    hint.confirmations = transaction->confirmations;
    if (transaction->blockTime)
        hint.blockTime = wireTime(*transaction->blockTime);
    const auto compared = domain::compareTransfers(question.asset, transaction->transfers,
                                                   question.expectedAddress.value_or(""), question.expectedAmount);
    if (!compared) {
        hint.state = ChainHintState::Unavailable;
        hint.detail = "The explorer reported amounts beyond what the desk can add up.";
        return hint;
    }
    const auto &comparison = compared.value();
    // A transfer that failed on chain moved nothing, whatever its logs say.
    const bool moved = transaction->succeeded;
    hint.received = moved ? comparison.received : domain::Decimal::parse("0", question.asset.amountScale).value();
    hint.addressMatches = moved && question.expectedAddress && comparison.addressMatches;
    hint.amountMatches = moved && question.expectedAddress && comparison.amountMatches;
    hint.otherTransfers = comparison.otherAssetTransfers;
    hint.senders = transaction->senders;
    return hint;
}

ChainHintService::Lookup ChainHintService::lookUp(const domain::Asset &asset, const std::string &txid,
                                                  std::chrono::system_clock::time_point now)
{
    const std::string network(asset.network);
    Lookup lookup;
    std::optional<std::chrono::system_clock::time_point> quietUntil;
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_explorers.find(network); it != m_explorers.end())
            lookup.explorer = it->second;
        if (const auto it = m_quietUntil.find(network); it != m_quietUntil.end() && now < it->second)
            quietUntil = it->second;
    }
    if (!lookup.explorer)
        return lookup;
    const std::string key = network + "/" + txid;
    lookup.transaction = remembered(key, now);
    if (lookup.transaction)
        return lookup;
    if (quietUntil) {
        lookup.failure = "The explorer asked the desk to wait before asking again.";
        lookup.retryAfterSeconds =
            std::max<std::int64_t>(1, std::chrono::ceil<std::chrono::seconds>(*quietUntil - now).count());
        return lookup;
    }
    try {
        lookup.transaction = lookup.explorer->transaction(asset, txid);
    } catch (const BlockExplorerError &e) {
        logger().warning("on-chain lookup of %s on %s: %s", txid, network, std::string(e.what()));
        lookup.failure = e.what();
        if (e.retryAfter()) {
            lookup.retryAfterSeconds = e.retryAfter()->count();
            std::lock_guard lock(m_mutex);
            m_quietUntil[network] = now + *e.retryAfter();
        }
        return lookup;
    }
    remember(key, *lookup.transaction, now);
    return lookup;
}

std::optional<std::vector<std::string>> ChainHintService::senders(const domain::Asset &asset, const std::string &txid)
{
    const auto lookup = lookUp(asset, txid, m_clock());
    if (!lookup.transaction || !lookup.transaction->found || lookup.transaction->senders.empty())
        return std::nullopt;
    return lookup.transaction->senders;
}

} // namespace p2pdesk::syncd::service
