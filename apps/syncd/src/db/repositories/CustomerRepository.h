#pragma once

#include "p2pdesk/domain/KycLevel.h"
#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::db {

struct CustomerRow {
    std::int64_t id = 0;
    std::int64_t telegramId = 0; // also the private chat's id
    std::optional<std::string> username;
    bool blocked = false;
    std::optional<std::string> blockedReason;
    std::optional<std::string> firstName;
    std::string language = "ru"; // "ru" | "en"
    bool languageChosen = false; // chosen with /language: Telegram's language_code no longer applies
    std::optional<std::string> verificationWord;
    std::optional<std::string> email;
    bool unreachable = false; // Telegram refused delivery (blocked the bot, deactivated)
    std::optional<std::string> unreachableReason;
    domain::KycLevel kycLevel = domain::KycLevel::Unverified;
};

// What Telegram tells about the sender of an update.
struct TelegramProfile {
    std::int64_t telegramId = 0;
    std::optional<std::string> username;
    std::optional<std::string> firstName;
    std::optional<std::string> languageCode; // IETF tag from the client, e.g. "en-GB"
};

// What the customer profile shows beyond CustomerRow: since when the desk knows the customer, and
// who blocked them when (the newest 'customer.block' audit row, while the customer is blocked).
struct CustomerProfileFacts {
    proto::Timestamp createdAt{};
    std::optional<proto::Timestamp> blockedAt;
    std::optional<std::int64_t> blockedById;
    std::optional<std::string> blockedByUsername;
    // The newest 'customer.kyc_level' audit row: when, by whom and why the level became what it is
    // (absent while the customer was never moved from level 0).
    std::optional<proto::Timestamp> kycChangedAt;
    std::optional<std::int64_t> kycChangedById;
    std::optional<std::string> kycChangedByUsername;
    std::optional<std::string> kycChangedReason;
};

// `customers`. Takes the caller's transaction, never opens one.
class CustomerRepository final {
public:
    CustomerRepository() = delete;

    // Creates the customer on first contact; a known one keeps its row (and gets the username when
    // one is given, since Telegram usernames change).
    static CustomerRow upsert(pqxx::work &work, std::int64_t telegramId, const std::optional<std::string> &username);
    // The bot's first contact: like upsert, and also the first name, and the language from the
    // client's language_code until the customer chose one. Locks the row (FOR UPDATE semantics of
    // the upsert) so two updates of one customer are processed one after the other.
    static CustomerRow touchFromTelegram(pqxx::work &work, const TelegramProfile &profile);
    static std::optional<CustomerRow> find(pqxx::work &work, std::int64_t id);
    static std::optional<CustomerRow> findByTelegramId(pqxx::work &work, std::int64_t telegramId);
    // Sets the word if the customer has none yet; returns the word in force (a concurrent writer's
    // or ours). Words are unique across customers: a collision returns nullopt (pick another).
    static std::optional<std::string> ensureVerificationWord(pqxx::work &work, std::int64_t id,
                                                             const std::string &candidate);
    static void setLanguage(pqxx::work &work, std::int64_t id, const std::string &language);
    static void setEmail(pqxx::work &work, std::int64_t id, const std::optional<std::string> &email);
    // Telegram refused delivery for good (403, chat not found) / the customer wrote again.
    static void markUnreachable(pqxx::work &work, std::int64_t id, const std::string &reason);
    static void markReachable(pqxx::work &work, std::int64_t id);

    static std::optional<CustomerProfileFacts> profileFacts(pqxx::work &work, std::int64_t id);
    // Blocks (with the reason) or unblocks (the reason cleared) the customer unless they already are;
    // false when nothing changed (already so, or no such customer). Locks the row.
    static bool setBlocked(pqxx::work &work, std::int64_t id, bool blocked, const std::optional<std::string> &reason);
    // Moves the customer to `level` unless they are there already; the level they had, or nullopt
    // when nothing changed (already at that level, or no such customer). Locks the row.
    static std::optional<domain::KycLevel> setKycLevel(pqxx::work &work, std::int64_t id, domain::KycLevel level);
};

} // namespace p2pdesk::syncd::db
