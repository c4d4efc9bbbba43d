#pragma once

#include "p2pdesk/domain/OrderStatus.h"

#include <cstdint>
#include <iosfwd>
#include <random>
#include <string>
#include <vector>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::demo {

// One demo account as printed for the newcomer. The passwords are fixed demo material (a local
// demo desk only): a second `init` can print them again because they are not secrets here. The
// TOTP secret is read back from the database with the server's own TOTP key — the same box the
// login uses — so nothing besides the database has to remember it.
struct DemoOperator {
    std::int64_t id = 0;
    std::string username;
    std::string password;
    std::vector<domain::Role> roles;
    std::string totpSecretBase32;
    std::string otpauthUri;
};

struct DemoSeedResult {
    bool created = false; // false: the desk was seeded before, only the credentials were read
    std::vector<DemoOperator> operators;
    int ordersCreated = 0;
};

// Seeds a desk through the real services only (operator admin, rates, wallets, settings, checklists,
// order creation, transitions, proofs, review), each step in its own transaction, with the actor a
// real desk would have — so order_history, audit_log and the change feed are the genuine article.
class DemoSeed final {
public:
    explicit DemoSeed(app::Services &services, std::uint32_t randomSeed = 20240601);

    // Idempotent: when the demo operators exist, only reads their credentials back.
    DemoSeedResult init();
    // One new order for a random demo customer (refreshes a stale rate first, as a rate feed would).
    // Returns the order id.
    std::int64_t createTrickleOrder();

private:
    struct World;

    World loadWorld();
    std::vector<DemoOperator> readOperators();
    void createReferenceData();
    void createRiskLimits();
    void createBanks();
    void createReserves();
    void topUpReserves();
    std::int64_t createOrder(const World &world, int customer, const std::string &asset, const std::string &network,
                             const std::string &amountCrypto);
    void advance(const World &world, std::int64_t orderId, domain::OrderStatus target, bool byOperator);
    void refreshStaleRates();

    app::Services &m_services;
    std::mt19937 m_random;
};

void printCredentials(std::ostream &out, const DemoSeedResult &result);

} // namespace p2pdesk::syncd::demo
