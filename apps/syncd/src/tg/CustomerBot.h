#pragma once

#include "db/Transaction.h"
#include "db/repositories/TgConversationRepository.h"
#include "tg/BotSender.h"
#include "tg/IncomingUpdate.h"

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::tg {

// A file the processor fetched from Telegram before opening the update's transaction (network I/O
// never runs inside one).
struct FetchedFile {
    std::optional<std::string> bytes; // nullopt: not fetched (see tooLarge / error)
    bool tooLarge = false;
    std::string error;
};

// What the processor does after the update's transaction committed.
struct BotOutcome {
    std::optional<std::string> callbackAnswer; // answerCallbackQuery text ("" = just stop the spinner)
    std::optional<std::string> skipped;        // why the update was recorded but not served
};

// The customer side of the desk: every customer update, handled inside one transaction with the
// same services and libs/domain rules as the operators' API (orders, proofs, risk, audit, change
// feed). Replies go to the outbox in that transaction. Refusals from services (ServiceError) are
// turned into customer-facing sentences here, never shown as internal messages.
class CustomerBot final {
public:
    CustomerBot(app::Services &services, std::int64_t maxFileBytes);

    BotOutcome handle(db::Transaction &tx, const IncomingUpdate &update, const FetchedFile *file);

    // The customer's personal word (e.g. "amber-falcon-42"), created on first contact.
    static std::string newVerificationWord();

private:
    struct Context;

    void onCommand(Context &ctx);
    void onText(Context &ctx);
    void onFile(Context &ctx);
    BotOutcome onCallback(Context &ctx);
    void dispatchButton(Context &ctx, const db::ButtonRow &button);

    void showMenu(Context &ctx, bool greeting);
    void showStatus(Context &ctx);
    void startExchange(Context &ctx);
    void choosePair(Context &ctx, const std::string &direction);
    void askAmount(Context &ctx, const nlohmann::json &pair);
    void takeAmount(Context &ctx);
    void askPayoutBank(Context &ctx, nlohmann::json data);
    void askRequisites(Context &ctx, nlohmann::json data);
    void takeRequisites(Context &ctx);
    void confirmExchange(Context &ctx);
    void startCancel(Context &ctx);
    void answerRequote(Context &ctx, std::int64_t orderId, std::int64_t offeredAtMicros, bool accept);
    void customerTransition(Context &ctx, std::int64_t orderId, const std::string &to, const std::string &reason);
    bool tryProof(Context &ctx, bool explicitProofState);
    void toSupport(Context &ctx);
    void routeEdit(Context &ctx);
    bool deskOpen(Context &ctx);
    void replyToError(Context &ctx, const std::exception &e);

    app::Services &m_services;
    std::int64_t m_maxFileBytes;
};

} // namespace p2pdesk::syncd::tg
