#pragma once

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

enum class WalletKind { Hot, Cold };

// One row of `crypto_wallets`. secretRef is a pointer into the desk's own key store, never a key.
struct WalletRow {
    std::int64_t id = 0;
    std::string provider;
    WalletKind kind = WalletKind::Hot;
    std::string asset;
    std::string network;
    std::string address;
    std::string label;
    std::optional<std::string> secretRef;
    bool active = true;
    std::chrono::system_clock::time_point createdAt{};
};

struct NewWallet {
    std::string provider;
    WalletKind kind = WalletKind::Hot;
    std::string asset;
    std::string network;
    std::string address;
    std::string label;
    std::optional<std::string> secretRef;
};

// `crypto_wallets`. Takes the caller's transaction, never opens one.
class WalletRepository final {
public:
    WalletRepository() = delete;

    // The deposit wallet for ASSIGNED → AWAITING_CRYPTO: an active hot wallet of the asset on the
    // network (the oldest one when there are several, so the choice is stable); nullopt when none.
    static std::optional<WalletRow> findActiveHotWallet(pqxx::work &work, const std::string &asset,
                                                        const std::string &network);
    static std::optional<WalletRow> findById(pqxx::work &work, std::int64_t id);
    // Every wallet, active or not, by id.
    static std::vector<WalletRow> list(pqxx::work &work);
    // Throws pqxx::unique_violation when the (network, address) pair already exists.
    static WalletRow insert(pqxx::work &work, const NewWallet &wallet);
    // Only when the wallet is not in that state already: nullopt when no such wallet or no change.
    static std::optional<WalletRow> setActive(pqxx::work &work, std::int64_t id, bool active);
};

} // namespace p2pdesk::syncd::db
