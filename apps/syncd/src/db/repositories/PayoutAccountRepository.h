#pragma once

#include "security/SecretBox.h"

#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

struct NewPayoutAccount {
    std::int64_t customerId = 0;
    std::string kind; // card, account, phone, p2p, crypto
    security::SealedBox sealed;
    std::string keyedHashHex;
    std::string masked;
    std::optional<std::int64_t> bankId; // banks.id the payout goes to, when the customer named one
};

struct PayoutAccountRow {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::string kind;
    security::SealedBox sealed;
    std::string keyedHashHex;
    std::string masked;
};

// A payout account as lists show it: masked only, the sealed requisites are not even read.
struct MaskedPayoutAccount {
    std::int64_t id = 0;
    std::string kind;
    std::string masked;
    std::optional<std::string> bank;
    proto::Timestamp createdAt{};
};

// `payout_accounts`: requisites sealed at rest, found by keyed hash. Takes the caller's transaction.
class PayoutAccountRepository final {
public:
    PayoutAccountRepository() = delete;

    static std::int64_t insert(pqxx::work &work, const NewPayoutAccount &account);
    static std::optional<PayoutAccountRow> find(pqxx::work &work, std::int64_t id);
    // The customer's account with these requisites, if they used them before.
    static std::optional<PayoutAccountRow> findByHash(pqxx::work &work, std::int64_t customerId,
                                                      const std::string &keyedHashHex);
    static bool customerHasAccounts(pqxx::work &work, std::int64_t customerId);
    // The bank the account pays out to, as the customer named it last (requisites seen before may
    // come with the bank they lacked or a corrected one).
    static void setBank(pqxx::work &work, std::int64_t accountId, std::int64_t bankId);
    // Requisites changes of the customer in the last 30 days: accounts added then, except the
    // customer's very first one (giving requisites the first time is not a change).
    static std::uint32_t changesLast30Days(pqxx::work &work, std::int64_t customerId);
    // The customer's accounts, oldest first, masked.
    static std::vector<MaskedPayoutAccount> listMasked(pqxx::work &work, std::int64_t customerId);
};

} // namespace p2pdesk::syncd::db
