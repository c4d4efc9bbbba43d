#include "DemoSeed.h"

#include "app/Services.h"
#include "db/Transaction.h"
#include "db/repositories/BankRepository.h"
#include "db/repositories/OperatorRepository.h"
#include "db/repositories/ReserveRepository.h"
#include "db/repositories/RiskFlagRepository.h"
#include "security/Sha256.h"
#include "security/Totp.h"
#include "service/AuthService.h"

#include "p2pdesk/domain/Decimal.h"

#include <pqxx/pqxx>

#include <chrono>
#include <iterator>
#include <map>
#include <ostream>
#include <stdexcept>

namespace p2pdesk::syncd::demo {

namespace {

using domain::OrderStatus;
using domain::Role;

constexpr std::int64_t kFirstCustomer = 7000001;
constexpr int kCustomers = 15;
constexpr const char *kFiat = "RUB";

struct BankSpec {
    const char *code;
    const char *name;
    bool active;
};

const std::vector<BankSpec> &banks()
{
    static const std::vector<BankSpec> list = {
        {"SBER", "Sberbank", true}, {"TINKOFF", "T-Bank", true},     {"ALFA", "Alfa-Bank", true},
        {"VTB", "VTB", true},       {"OTKRITIE", "Otkritie", false},
    };
    return list;
}

// The active ones, which demo customers' cards are at.
constexpr const char *kPayoutBanks[] = {"SBER", "TINKOFF", "ALFA", "VTB"};

struct AccountSpec {
    const char *username;
    const char *password; // demo material for a local demo desk; printed on every init
    std::vector<Role> roles;
};

const std::vector<AccountSpec> &accounts()
{
    static const std::vector<AccountSpec> list = {
        {"admin", "demo-admin-password", {Role::Admin, Role::Senior, Role::Operator}},
        {"senior", "demo-senior-password", {Role::Senior, Role::Operator}},
        {"operator", "demo-operator-password", {Role::Operator}},
    };
    return list;
}

struct RateSpec {
    const char *asset;
    const char *network;
    const char *baseRate;
    const char *margin;
    const char *wallet; // a well-formed demo deposit address (no key exists for it anywhere)
    // The base follows the reference feed (scripts/demo.sh moves a USDT/RUB file feed); the rest
    // are typed by hand, as a desk does for a pair no feed covers.
    proto::RateSource source = proto::RateSource::Manual;
};

const std::vector<RateSpec> &rateSpecs()
{
    static const std::vector<RateSpec> list = {
        {"USDT", "TRON", "95.40", "1.5", "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", proto::RateSource::Feed},
        {"USDT", "ETHEREUM", "95.40", "2.0", "0x52908400098527886E0F7030069857D2E4169EE7", proto::RateSource::Feed},
        {"BTC", "BITCOIN", "6150000.00", "1.0", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"},
    };
    return list;
}

struct LimitSpec {
    std::string rule;
    const char *fiat; // nullptr: a count rule, for every currency
    const char *threshold;
    domain::Severity action;
};

const std::vector<LimitSpec> &riskLimits()
{
    namespace r = domain::rule;
    using domain::Severity;
    static const std::vector<LimitSpec> list = {
        {std::string(r::kCustomerOrders24h), nullptr, "30", Severity::Hold},
        {std::string(r::kPayoutAccountOrders24h), nullptr, "30", Severity::Hold},
        {std::string(r::kRequisitesChanges30d), nullptr, "3", Severity::Block},
        {std::string(r::kSingleOrderMax), kFiat, "500000.00", Severity::Hold},
        {std::string(r::kCustomerVolume24h), kFiat, "1500000.00", Severity::Hold},
        {std::string(r::kFirstOrderAbove), kFiat, "200000.00", Severity::Info},
        // The rules that look past one order, off until a desk sets them. Each demo customer has a
        // card of their own and never changes it, and no trickle order reaches 150 000 RUB (0.02 BTC
        // ≈ 123 000), so the demo's queue shows them configured without holding its trickle.
        {std::string(r::kNewPayoutAccountAbove), kFiat, "150000.00", Severity::Hold},
        {std::string(r::kPayoutAccountCustomers30d), nullptr, "2", Severity::Block},
        {std::string(r::kAmountAboveUsual), nullptr, "5.00", Severity::Info},
        {std::string(r::kRequisitesChangedNearOrder), nullptr, "30", Severity::Hold},
        // Per verification level, 30 days: wide enough that no demo customer's trickle reaches them.
        {std::string(r::kKycLevel0Volume30d), kFiat, "3000000.00", Severity::Hold},
        {std::string(r::kKycLevel1Volume30d), kFiat, "10000000.00", Severity::Hold},
        {std::string(r::kKycLevel2Volume30d), kFiat, "50000000.00", Severity::Info},
    };
    return list;
}

// The orders `init` makes: target status, asset/network, crypto amount, and whether the plain
// operator (rather than the senior) works it. Two orders exceed the 100000.00 RUB threshold so
// that a second senior's approval shows up in their history.
struct OrderPlan {
    OrderStatus status;
    const char *asset;
    const char *network;
    const char *amount;
    bool byOperator;
};

const std::vector<OrderPlan> &orderPlan()
{
    static const std::vector<OrderPlan> plan = {
        {OrderStatus::New, "USDT", "TRON", "120.00", true},
        {OrderStatus::New, "USDT", "TRON", "480.50", true},
        {OrderStatus::New, "USDT", "ETHEREUM", "250.00", true},
        {OrderStatus::New, "BTC", "BITCOIN", "0.0125", true},
        {OrderStatus::New, "USDT", "TRON", "75.00", true},
        {OrderStatus::Assigned, "USDT", "TRON", "300.00", true},
        {OrderStatus::Assigned, "USDT", "TRON", "910.00", false},
        {OrderStatus::Assigned, "BTC", "BITCOIN", "0.004", true},
        {OrderStatus::AwaitingCrypto, "USDT", "TRON", "150.00", true},
        {OrderStatus::AwaitingCrypto, "USDT", "ETHEREUM", "620.00", false},
        {OrderStatus::AwaitingCrypto, "USDT", "TRON", "95.00", true},
        {OrderStatus::UserMarkedSent, "USDT", "TRON", "210.00", true},
        {OrderStatus::UserMarkedSent, "BTC", "BITCOIN", "0.008", false},
        {OrderStatus::OperatorVerifyProof, "USDT", "TRON", "330.00", true},
        {OrderStatus::OperatorVerifyProof, "USDT", "ETHEREUM", "140.00", false},
        {OrderStatus::OperatorVerifyProof, "USDT", "TRON", "505.00", true},
        {OrderStatus::PaymentVerified, "USDT", "TRON", "260.00", true},
        {OrderStatus::PaymentVerified, "BTC", "BITCOIN", "0.006", false},
        {OrderStatus::ProcessingPayout, "USDT", "TRON", "1500.00", true},
        {OrderStatus::ProcessingPayout, "USDT", "TRON", "180.00", false},
        {OrderStatus::PaidOut, "USDT", "TRON", "420.00", true},
        {OrderStatus::PaidOut, "USDT", "ETHEREUM", "90.00", false},
        {OrderStatus::Completed, "USDT", "TRON", "2000.00", true},
        {OrderStatus::Completed, "USDT", "TRON", "60.00", false},
        {OrderStatus::Completed, "BTC", "BITCOIN", "0.003", true},
        {OrderStatus::Completed, "USDT", "ETHEREUM", "700.00", false},
        {OrderStatus::Cancelled, "USDT", "TRON", "115.00", true},
        {OrderStatus::Cancelled, "USDT", "TRON", "230.00", false},
        {OrderStatus::Dispute, "USDT", "TRON", "340.00", true},
        {OrderStatus::Dispute, "USDT", "ETHEREUM", "160.00", false},
    };
    return plan;
}

domain::Decimal dec(const std::string &text)
{
    auto parsed = domain::Decimal::parse(text);
    if (!parsed)
        throw std::logic_error("demo seed: bad decimal " + text);
    return parsed.value();
}

std::vector<std::string> roleNames(const std::vector<Role> &roles)
{
    std::vector<std::string> names;
    for (const auto role : roles)
        names.emplace_back(domain::toString(role));
    return names;
}

std::string base32FromUri(const std::string &uri)
{
    const auto start = uri.find("secret=");
    if (start == std::string::npos)
        return {};
    const auto end = uri.find('&', start);
    return uri.substr(start + 7, end == std::string::npos ? std::string::npos : end - start - 7);
}

audit::AuditEntry systemAudit()
{
    audit::AuditEntry audit;
    audit.actor = "system";
    audit.userAgent = "syncd-demo-seed";
    audit.payload = nlohmann::json::object();
    return audit;
}

std::int64_t orderVersion(db::Transaction &tx, std::int64_t orderId)
{
    return tx.work().exec_params1("SELECT version FROM orders WHERE id = $1", orderId)[0].as<std::int64_t>();
}

} // namespace

struct DemoSeed::World {
    std::map<std::string, service::OrderActor> actors; // by username
    std::map<std::string, domain::Decimal> suggested;  // "ASSET/NETWORK" -> suggested rate
    std::vector<std::int64_t> verifyItems;
    std::vector<std::int64_t> payoutItems;
};

DemoSeed::DemoSeed(app::Services &services, std::uint32_t randomSeed)
    : m_services(services)
    , m_random(randomSeed)
{
}

DemoSeedResult DemoSeed::init()
{
    DemoSeedResult result;
    const bool seeded = db::inTransaction(m_services.pool(), [](db::Transaction &tx) {
        return !tx.work().exec_params("SELECT 1 FROM operators WHERE lower(username) = 'admin'").empty();
    });
    if (seeded) {
        // A desk seeded before the demo had risk limits gets them now (once: then they exist).
        const bool hasLimits = db::inTransaction(m_services.pool(), [](db::Transaction &tx) {
            return !db::RiskFlagRepository::loadLimits(tx.work()).perFiat.empty();
        });
        if (!hasLimits)
            createRiskLimits();
        // Likewise the banks directory, for a desk seeded before it existed.
        const bool hasBanks = db::inTransaction(m_services.pool(), [](db::Transaction &tx) {
            return !db::BankRepository::list(tx.work(), std::nullopt, std::nullopt).empty();
        });
        if (!hasBanks)
            createBanks();
        // And the reserves, for a desk seeded before they existed.
        const bool hasReserves = db::inTransaction(
            m_services.pool(), [](db::Transaction &tx) { return !db::ReserveRepository::list(tx.work()).empty(); });
        if (!hasReserves)
            createReserves();
        result.operators = readOperators();
        return result;
    }

    // Accounts and reference data in one transaction: a desk is either fully set up or not at all.
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        for (const auto &spec : accounts()) {
            proto::CreateOperatorRequest request;
            request.username = spec.username;
            request.password = spec.password;
            request.roles = spec.roles;
            request.reason = "demo desk";
            m_services.operatorAdmin().create(tx, request, systemAudit());
        }
    });
    createReferenceData();
    result.created = true;

    const World world = loadWorld();
    int customer = 0;
    for (const auto &plan : orderPlan()) {
        const auto id = createOrder(world, customer, plan.asset, plan.network, plan.amount);
        customer = (customer + 1) % kCustomers;
        advance(world, id, plan.status, plan.byOperator);
        ++result.ordersCreated;
    }
    result.operators = readOperators();
    return result;
}

void DemoSeed::createReferenceData()
{
    for (const auto &spec : rateSpecs()) {
        db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
            service::RateUpdate update;
            update.request.direction = domain::Direction::Sell;
            update.request.asset = spec.asset;
            update.request.network = spec.network;
            update.request.fiatCurrency = kFiat;
            update.request.baseRate = dec(spec.baseRate);
            update.request.baseSource = spec.source;
            update.request.marginPercent = dec(spec.margin);
            update.request.fixedFee = dec("0");
            update.request.reason = "demo desk: opening rate";
            m_services.rates().update(tx, update, systemAudit(), std::nullopt);

            proto::CreateWalletRequest wallet;
            wallet.asset = spec.asset;
            wallet.network = spec.network;
            wallet.kind = proto::WalletKind::Hot;
            wallet.address = spec.wallet;
            wallet.secretRef = std::string("demo-vault:") + spec.asset + "-" + spec.network;
            wallet.provider = "demo";
            wallet.reason = "demo desk: deposit wallet";
            m_services.wallets().create(tx, wallet, systemAudit());
        });
    }
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        auto settings = service::SettingsService::toProto(m_services.settings().get(tx));
        settings.approvalThresholds[kFiat] = dec("100000.00");
        settings.statusTimeouts[OrderStatus::Assigned] = 4 * 3600;
        settings.statusTimeouts[OrderStatus::AwaitingCrypto] = 2 * 3600;
        settings.statusTimeouts[OrderStatus::UserMarkedSent] = 6 * 3600;
        settings.statusTimeouts[OrderStatus::PaidOut] = 24 * 3600;
        proto::SettingsUpdateRequest request{settings, "demo desk: thresholds and timeouts"};
        // A day-long rate validity keeps a demo desk quoting overnight; the trickle refreshes it.
        m_services.settings().update(tx, request, std::chrono::hours(24), systemAudit());
    });
    createRiskLimits();
    createBanks();
    createReserves();
    const std::vector<std::pair<proto::ChecklistKind, std::vector<std::string>>> lists = {
        {proto::ChecklistKind::Verify,
         {"Amount received matches the order", "Transaction is confirmed on chain", "Sender is not on the stop list"}},
        {proto::ChecklistKind::Payout,
         {"Requisites match the customer's name", "Amount sent matches the order", "Bank receipt saved"}},
    };
    for (const auto &[kind, titles] : lists) {
        db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
            proto::ChecklistUpdateRequest request;
            for (const auto &title : titles)
                request.items.push_back({std::nullopt, title});
            request.reason = "demo desk: checklist";
            m_services.checklistAdmin().replace(tx, kind, request, systemAudit());
        });
    }
}

// Risk limits as a small desk sets them up. Without them every order carries risk_limits_missing
// and the domain's conservative defaults (5 orders a day per payout account) put most of the
// demo's trickle on hold within minutes.
void DemoSeed::createRiskLimits()
{
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        for (const auto &limit : riskLimits()) {
            audit::AuditEntry audit = systemAudit();
            audit.reason = "demo desk: risk limits";
            m_services.settings().setRiskLimit(tx, limit.rule,
                                               limit.fiat ? std::optional<std::string>(limit.fiat) : std::nullopt,
                                               dec(limit.threshold), limit.action, audit);
        }
    });
}

// The banks a Russian desk pays roubles out to, and one it no longer does (Otkritie merged into VTB),
// so the Banks page shows both states.
void DemoSeed::createBanks()
{
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        for (const auto &bank : banks()) {
            proto::CreateBankRequest request;
            request.code = bank.code;
            request.name = bank.name;
            request.country = "RU";
            request.fiatCurrency = kFiat;
            request.reason = "demo desk: banks customers are paid to";
            const auto created = m_services.banks().create(tx, request, systemAudit());
            if (bank.active)
                continue;
            proto::UpdateBankRequest off;
            off.name = created.name;
            off.country = created.country;
            off.active = false;
            off.version = created.version;
            off.reason = "demo desk: merged into VTB, no longer paid out to";
            m_services.banks().update(tx, created.id, off, systemAudit());
        }
    });
}

// What the demo desk holds: roubles and USDT on Tron with their aggregator codes, USDT on Ethereum
// not exported, so the Reserves page shows each state. Ample against the seeded orders, so none of
// them is refused, yet small enough that "available" visibly moves as orders are made.
void DemoSeed::createReserves()
{
    struct Spec {
        domain::ReserveKind kind;
        const char *asset;
        const char *network;
        const char *fiat;
        const char *amount;
        const char *exportCode;
    };
    const Spec specs[] = {
        {domain::ReserveKind::Fiat, nullptr, nullptr, kFiat, "2500000.00", "CARDRUB"},
        {domain::ReserveKind::Crypto, "USDT", "TRON", nullptr, "40000.000000", "USDTTRC20"},
        {domain::ReserveKind::Crypto, "USDT", "ETHEREUM", nullptr, "8000.000000", nullptr},
    };
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        for (const auto &spec : specs) {
            proto::CreateReserveRequest request;
            request.kind = spec.kind;
            if (spec.asset)
                request.asset = spec.asset;
            if (spec.network)
                request.network = spec.network;
            if (spec.fiat)
                request.fiatCurrency = spec.fiat;
            request.amount = dec(spec.amount);
            if (spec.exportCode)
                request.exportCode = spec.exportCode;
            request.reason = "demo desk: counted at the start of the shift";
            m_services.reserves().create(tx, request, systemAudit(), std::nullopt);
        }
    });
}

DemoSeed::World DemoSeed::loadWorld()
{
    World world;
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        for (const auto &spec : accounts()) {
            const auto row = db::OperatorRepository::lockByUsername(tx.work(), spec.username);
            if (!row)
                throw std::runtime_error(std::string("demo seed: operator ") + spec.username + " is missing");
            audit::AuditEntry origin = systemAudit();
            origin.entity = "order";
            world.actors.emplace(spec.username,
                                 service::OrderActor::forOperator(
                                     row->id, std::set<Role>(spec.roles.begin(), spec.roles.end()), origin));
        }
        for (const auto &view : m_services.rates().list(tx, std::chrono::system_clock::now()))
            world.suggested.insert_or_assign(view.dto.asset + "/" + view.dto.network, view.dto.suggestedRate);
        for (const auto &def : m_services.checklistAdmin().list(tx).items) {
            auto &ids = def.kind == proto::ChecklistKind::Verify ? world.verifyItems : world.payoutItems;
            for (const auto &item : def.items)
                ids.push_back(item.id);
        }
    });
    return world;
}

std::vector<DemoOperator> DemoSeed::readOperators()
{
    std::vector<DemoOperator> out;
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        for (const auto &spec : accounts()) {
            const auto row = db::OperatorRepository::lockByUsername(tx.work(), spec.username);
            if (!row || !row->totpSecret)
                continue;
            const auto secret = m_services.auth().totpBox().open(*row->totpSecret, service::totpSecretBinding(row->id));
            if (!secret)
                throw std::runtime_error("demo seed: cannot open the TOTP secret of " + row->username +
                                         " (is this the TOTP key syncd uses?)");
            DemoOperator op;
            op.id = row->id;
            op.username = row->username;
            op.password = spec.password;
            op.roles = spec.roles;
            op.otpauthUri = security::totpProvisioningUri(row->username, security::ByteView(secret.value()));
            op.totpSecretBase32 = base32FromUri(op.otpauthUri);
            out.push_back(std::move(op));
        }
    });
    return out;
}

std::int64_t DemoSeed::createOrder(const World &world, int customer, const std::string &asset,
                                   const std::string &network, const std::string &amountCrypto)
{
    proto::CreateOrderRequest request;
    request.customer.telegramId = kFirstCustomer + customer;
    request.customer.username = "demo_customer_" + std::to_string(customer + 1);
    request.direction = domain::Direction::Sell;
    request.asset = asset;
    request.network = network;
    request.fiatCurrency = kFiat;
    request.amountCrypto = dec(amountCrypto);
    request.payoutRequisites = "2200 7000 0000 " + std::to_string(1000 + customer);
    // Each demo customer's card is at one of the active banks, the same one every time.
    request.payoutBank = kPayoutBanks[static_cast<std::size_t>(customer) % std::size(kPayoutBanks)];
    // Orders come in through an operator, as when a desk enters an order taken in a chat.
    const auto &creator = world.actors.at("operator");
    return db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        return m_services.orders().creation().create(tx, creator, request);
    });
}

void DemoSeed::advance(const World &world, std::int64_t orderId, OrderStatus target, bool byOperator)
{
    if (target == OrderStatus::New)
        return;
    auto &orders = m_services.orders();
    const auto &holder = world.actors.at(byOperator ? "operator" : "senior");
    // The approver must be a senior who does not hold the order.
    const auto &approver = world.actors.at(byOperator ? "senior" : "admin");
    const auto step = [&](auto &&fn) { db::inTransaction(m_services.pool(), fn); };
    const auto transition = [&](const service::OrderActor &actor, OrderStatus to, std::string reason,
                                std::optional<std::string> payoutReference = std::nullopt) {
        step([&](db::Transaction &tx) {
            service::TransitionInput input;
            input.to = to;
            input.reason = std::move(reason);
            input.payoutReference = std::move(payoutReference);
            orders.transitions().applyTransition(tx, orderId, actor, input);
        });
    };

    if (target == OrderStatus::Cancelled && byOperator) {
        transition(holder, OrderStatus::Cancelled, "customer changed their mind");
        return;
    }

    // Risk rules may hold a fresh order; a senior reviews and clears the flags as a desk would.
    step([&](db::Transaction &tx) {
        const auto flags = tx.work().exec_params(
            "SELECT id FROM risk_flags WHERE order_id = $1 AND cleared_at IS NULL AND severity <> 'info'", orderId);
        for (const auto &flag : flags)
            orders.review().clearRiskFlag(tx, orderId, flag[0].as<std::int64_t>(), world.actors.at("senior"),
                                          "known customer, checked the chat history");
    });
    step([&](db::Transaction &tx) {
        const auto asset = tx.work().exec_params1("SELECT asset || '/' || network FROM orders WHERE id = $1", orderId);
        service::TakeInput input;
        input.finalRate = world.suggested.at(asset[0].as<std::string>());
        orders.transitions().take(tx, orderId, holder, input);
    });
    if (target == OrderStatus::Assigned)
        return;
    transition(holder, OrderStatus::AwaitingCrypto, "");
    if (target == OrderStatus::AwaitingCrypto)
        return;
    if (target == OrderStatus::Cancelled) {
        transition(holder, OrderStatus::Cancelled, "customer did not send the crypto");
        return;
    }
    transition(holder, OrderStatus::UserMarkedSent, "customer wrote in the chat that the transfer is sent");
    if (target == OrderStatus::UserMarkedSent)
        return;
    if (target == OrderStatus::Dispute && byOperator) {
        transition(holder, OrderStatus::Dispute, "customer insists the amount differs from the quote");
        return;
    }
    step([&](db::Transaction &tx) {
        const auto network =
            tx.work().exec_params1("SELECT network FROM orders WHERE id = $1", orderId)[0].as<std::string>();
        std::string txid = security::sha256Hex("demo-txid-" + std::to_string(orderId));
        if (network == "ETHEREUM")
            txid = "0x" + txid;
        service::ProofUploader uploader;
        uploader.actor.kind = proto::ActorKind::Operator;
        uploader.actor.id = holder.operatorId;
        uploader.actor.name = byOperator ? "operator" : "senior";
        uploader.actorText = holder.name;
        uploader.domainActor = holder.actor; // the holder attaches: no reason needed
        audit::AuditEntry audit = holder.origin;
        audit.action = "proof.add";
        audit.entity = "proof";
        // The proof service itself moves the order on to OPERATOR_VERIFY_PROOF (as actor system).
        m_services.proofs().addTxid(tx, orderId, txid, uploader, audit);
    });
    if (target == OrderStatus::OperatorVerifyProof)
        return;
    for (const auto item : world.verifyItems)
        step([&](db::Transaction &tx) { orders.review().tickChecklist(tx, orderId, holder, {item, true}); });
    transition(holder, OrderStatus::PaymentVerified, "");
    if (target == OrderStatus::PaymentVerified)
        return;
    if (target == OrderStatus::Dispute) {
        transition(holder, OrderStatus::Dispute, "customer reports a second transfer that is not in the order");
        return;
    }
    step([&](db::Transaction &tx) {
        const bool needsApproval =
            tx.work()
                .exec_params1("SELECT amount_fiat >= $2::numeric FROM orders WHERE id = $1", orderId, "100000.00")[0]
                .as<bool>();
        if (needsApproval) {
            proto::ApprovalRequest request;
            request.decision = proto::ApprovalDecision::Approve;
            request.reason = "amount and requisites checked";
            request.version = orderVersion(tx, orderId);
            orders.review().decide(tx, orderId, approver, request);
        }
    });
    transition(holder, OrderStatus::ProcessingPayout, "");
    if (target == OrderStatus::ProcessingPayout)
        return;
    for (const auto item : world.payoutItems)
        step([&](db::Transaction &tx) { orders.review().tickChecklist(tx, orderId, holder, {item, true}); });
    transition(holder, OrderStatus::PaidOut, "", "DEMO-PAY-" + std::to_string(orderId));
    if (target == OrderStatus::PaidOut)
        return;
    transition(holder, OrderStatus::Completed, "");
}

void DemoSeed::refreshStaleRates()
{
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        for (const auto &view : m_services.rates().list(tx, std::chrono::system_clock::now())) {
            if (!view.dto.stale)
                continue;
            service::RateUpdate update;
            update.request.direction = view.dto.direction;
            update.request.asset = view.dto.asset;
            update.request.network = view.dto.network;
            update.request.fiatCurrency = view.dto.fiatCurrency;
            update.request.baseRate = view.dto.baseRate;
            update.request.baseSource = view.dto.baseSource; // a feed row stays one
            update.request.marginPercent = view.dto.marginPercent;
            update.request.fixedFee = view.dto.fixedFee;
            update.request.reason = "demo desk: rate feed refresh";
            update.minAmount = view.minAmount;
            update.maxAmount = view.maxAmount;
            m_services.rates().update(tx, update, systemAudit(), std::nullopt);
        }
    });
}

// The demo plays the senior who tops the reserves up: a reserve running low (a fifth of what the
// desk starts with) is recounted as if cash and coins had come in, so the trickle is never refused.
void DemoSeed::topUpReserves()
{
    db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        for (const auto &reserve : m_services.reserves().list(tx)) {
            const auto start = reserve.kind == domain::ReserveKind::Fiat ? dec("2500000.00") : dec("40000.000000");
            const auto low = start.divide(dec("5"), reserve.amount.scale(), domain::Rounding::Down).value();
            if (reserve.available >= low)
                continue;
            proto::UpdateReserveRequest request;
            request.amount =
                start.add(reserve.committed).value().rescaled(reserve.amount.scale(), domain::Rounding::Down).value();
            request.exportCode = reserve.exportCode;
            request.version = reserve.version;
            request.reason = "demo desk: topped up after the day's payouts";
            m_services.reserves().update(tx, reserve.id, request, systemAudit(), std::nullopt);
        }
    });
}

std::int64_t DemoSeed::createTrickleOrder()
{
    refreshStaleRates();
    topUpReserves();
    const World world = loadWorld();
    std::uniform_int_distribution<int> customerDist(0, kCustomers - 1);
    std::uniform_int_distribution<int> kindDist(0, 9);
    const int customer = customerDist(m_random);
    const int kind = kindDist(m_random);
    if (kind == 0) {
        std::uniform_int_distribution<int> sats(100, 2000);                 // 0.0010 … 0.0200 BTC
        const std::string digits = std::to_string(100000 + sats(m_random)); // "100100" -> 0.00100
        return createOrder(world, customer, "BTC", "BITCOIN", "0." + digits.substr(1));
    }
    std::uniform_int_distribution<int> usdt(50, 900);
    return createOrder(world, customer, "USDT", kind <= 2 ? "ETHEREUM" : "TRON",
                       std::to_string(usdt(m_random)) + ".00");
}

void printCredentials(std::ostream &out, const DemoSeedResult &result)
{
    out << (result.created ? "Demo desk created: " + std::to_string(result.ordersCreated) + " orders.\n"
                           : std::string("Demo desk already seeded; credentials:\n"))
        << "Demo operators (demo material for this local desk only):\n";
    for (const auto &op : result.operators) {
        std::string roles;
        for (const auto &name : roleNames(op.roles))
            roles += (roles.empty() ? "" : ",") + name;
        out << "  user " << op.username << "  password " << op.password << "  roles " << roles << "  TOTP secret "
            << op.totpSecretBase32 << "\n";
    }
    out << "A login code: oathtool --totp -b SECRET (or add the otpauth URI to an authenticator app):\n";
    for (const auto &op : result.operators)
        out << "  " << op.otpauthUri << "\n";
}

} // namespace p2pdesk::syncd::demo
