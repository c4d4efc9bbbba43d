#include "db/repositories/RiskFlagRepository.h"

#include "db/PreparedStatement.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

#include <algorithm>
#include <array>
#include <limits>

namespace p2pdesk::syncd::db {

namespace {

domain::Severity parseSeverity(const std::string &text)
{
    if (text == "block")
        return domain::Severity::Block;
    if (text == "hold")
        return domain::Severity::Hold;
    return domain::Severity::Info;
}

domain::Severity actionSeverity(const std::string &action)
{
    return action == "flag" ? domain::Severity::Info : parseSeverity(action);
}

RiskFlagRow readRow(const pqxx::row &row)
{
    RiskFlagRow r;
    r.id = row[0].as<std::int64_t>();
    r.orderId = row[1].get<std::int64_t>();
    r.rule = row[2].as<std::string>();
    r.severity = parseSeverity(row[3].as<std::string>());
    r.figures = nlohmann::json::parse(row[4].as<std::string>(), nullptr, false);
    if (r.figures.is_discarded())
        r.figures = nlohmann::json::object();
    r.raisedAt = columns::timestamp(row[5]);
    r.clearedAt = columns::optionalTimestamp(row[6]);
    r.clearedBy = row[7].get<std::int64_t>();
    r.clearedByUsername = row[8].get<std::string>();
    r.clearReason = row[9].get<std::string>();
    return r;
}

const std::string &selectFlags()
{
    static const std::string sql = "SELECT f.id, f.order_id, f.rule, f.severity, f.figures::text, " +
                                   columns::micros("f.created_at") + ", " + columns::micros("f.cleared_at") +
                                   ", f.cleared_by, op.username, f.clear_reason FROM risk_flags f "
                                   "LEFT JOIN operators op ON op.id = f.cleared_by ";
    return sql;
}

// The digits of a multiplier limit (amount_above_usual: "5.00" × the median).
constexpr int kFactorScale = 2;

domain::AmountLimit unlimited()
{
    return {domain::Decimal::fromUnits(std::numeric_limits<std::uint64_t>::max(), 0).value(), domain::Severity::Info};
}

} // namespace

std::int64_t RiskFlagRepository::insert(pqxx::work &work, std::int64_t orderId, std::int64_t customerId,
                                        const domain::RiskHit &hit)
{
    const nlohmann::json figures = {{"observed", hit.observed}, {"limit", hit.limit}};
    return work
        .exec_params1("INSERT INTO risk_flags (order_id, customer_id, rule, severity, figures) "
                      "VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id",
                      orderId, customerId, hit.ruleId, std::string(domain::toString(hit.severity)), figures.dump())[0]
        .as<std::int64_t>();
}

std::vector<RiskFlagRow> RiskFlagRepository::listForOrder(pqxx::work &work, std::int64_t orderId)
{
    static const PreparedStatement statement{"risk_flags.list_for_order",
                                             selectFlags() + "WHERE f.order_id = $1 ORDER BY f.id"};
    const auto result = execPrepared(work, statement, orderId);
    std::vector<RiskFlagRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

std::optional<RiskFlagRow> RiskFlagRepository::find(pqxx::work &work, std::int64_t flagId)
{
    const auto result = work.exec_params(selectFlags() + "WHERE f.id = $1", flagId);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

std::map<std::int64_t, std::vector<OpenFlag>> RiskFlagRepository::openFlags(pqxx::work &work,
                                                                            const std::vector<std::int64_t> &orderIds)
{
    std::map<std::int64_t, std::vector<OpenFlag>> flags;
    if (orderIds.empty())
        return flags;
    std::string array = "{";
    for (const auto id : orderIds)
        array += (array.size() > 1 ? "," : "") + std::to_string(id);
    array += "}";
    static const PreparedStatement statement{"risk_flags.open_for_orders",
                                             "SELECT order_id, rule, severity FROM risk_flags "
                                             "WHERE order_id = ANY($1::bigint[]) AND cleared_at IS NULL ORDER BY id"};
    const auto result = execPrepared(work, statement, array);
    for (const auto &row : result)
        flags[row[0].as<std::int64_t>()].push_back({row[1].as<std::string>(), parseSeverity(row[2].as<std::string>())});
    return flags;
}

bool RiskFlagRepository::clear(pqxx::work &work, std::int64_t flagId, std::int64_t orderId, std::int64_t operatorId,
                               const std::string &reason)
{
    return !work.exec_params("UPDATE risk_flags SET cleared_at = now(), cleared_by = $3, clear_reason = $4 "
                             "WHERE id = $1 AND order_id = $2 AND cleared_at IS NULL RETURNING 1",
                             flagId, orderId, operatorId, reason)
                .empty();
}

bool RiskFlagRepository::hasOpenHold(pqxx::work &work, std::int64_t orderId)
{
    return work
        .exec_params1("SELECT EXISTS (SELECT 1 FROM risk_flags WHERE order_id = $1 AND cleared_at IS NULL "
                      "AND severity IN ('hold', 'block'))",
                      orderId)[0]
        .as<bool>();
}

bool RiskFlagRepository::hasOpenFlag(pqxx::work &work, std::int64_t orderId, std::string_view rule)
{
    return work
        .exec_params1("SELECT EXISTS (SELECT 1 FROM risk_flags WHERE order_id = $1 AND cleared_at IS NULL "
                      "AND rule = $2)",
                      orderId, std::string(rule))[0]
        .as<bool>();
}

std::vector<CustomerFlagRow> RiskFlagRepository::listForCustomer(pqxx::work &work, std::int64_t customerId,
                                                                 std::size_t limit)
{
    // selectFlags() ends with its joins; the order's code is one more join after them.
    const auto result = work.exec_params(
        "SELECT flags.*, o.public_code FROM (" + selectFlags() +
            "WHERE f.customer_id = $1 OR f.order_id IN (SELECT id FROM orders WHERE customer_id = $1) "
            "ORDER BY f.id DESC LIMIT $2) flags LEFT JOIN orders o ON o.id = flags.order_id ORDER BY flags.id DESC",
        customerId, static_cast<std::int64_t>(limit));
    std::vector<CustomerFlagRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back({readRow(row), row[10].get<std::string>()});
    return rows;
}

domain::RiskLimits RiskFlagRepository::loadLimits(pqxx::work &work)
{
    domain::RiskLimits limits;
    const auto result = work.exec("SELECT rule, fiat_currency, threshold, action FROM limits WHERE active "
                                  "AND asset IS NULL ORDER BY id");
    struct Partial {
        std::optional<domain::AmountLimit> volume, single, first, newAccount;
        std::array<std::optional<domain::AmountLimit>, domain::kKycLevelCount> kyc;
    };
    std::map<std::string, Partial> perFiat;
    for (const auto &row : result) {
        const auto rule = row[0].as<std::string>();
        const auto fiat = row[1].get<std::string>();
        const auto severity = actionSeverity(row[3].as<std::string>());
        if (!fiat && rule == domain::rule::kAmountAboveUsual) {
            limits.amountAboveUsual.factor = columns::decimal(row[2], kFactorScale);
            limits.amountAboveUsual.severity = severity;
            continue;
        }
        if (!fiat) {
            const auto count = columns::decimal(row[2], 0).units();
            const domain::CountLimit limit{static_cast<std::uint32_t>(std::min<std::uint64_t>(count, UINT32_MAX)),
                                           severity};
            if (rule == domain::rule::kCustomerOrders24h)
                limits.customerOrders24h = limit;
            else if (rule == domain::rule::kPayoutAccountOrders24h)
                limits.payoutAccountOrders24h = limit;
            else if (rule == domain::rule::kRequisitesChanges30d)
                limits.requisitesChanges30d = limit;
            else if (rule == domain::rule::kPayoutAccountCustomers30d)
                limits.payoutAccountCustomers30d = limit;
            else if (rule == domain::rule::kRequisitesChangedNearOrder)
                limits.requisitesChangedNearOrder = {limit.max, severity};
            continue;
        }
        const domain::AmountLimit limit{columns::decimal(row[2], columns::fiatScale(*fiat)), severity};
        auto &partial = perFiat[*fiat];
        if (rule == domain::rule::kCustomerVolume24h)
            partial.volume = limit;
        else if (rule == domain::rule::kSingleOrderMax)
            partial.single = limit;
        else if (rule == domain::rule::kFirstOrderAbove)
            partial.first = limit;
        else if (rule == domain::rule::kNewPayoutAccountAbove)
            partial.newAccount = limit;
        for (int level = 0; level < domain::kKycLevelCount; ++level) {
            if (rule == domain::kycVolumeRule(static_cast<domain::KycLevel>(level)))
                partial.kyc.at(static_cast<std::size_t>(level)) = limit;
        }
    }
    for (const auto &[fiat, partial] : perFiat) {
        // The cooling-off alone does not make a fiat "configured" (risk_limits_missing); a
        // verification level's limit does: the admin thought about how much a stranger may exchange.
        const bool kyc =
            std::any_of(partial.kyc.begin(), partial.kyc.end(), [](const auto &l) { return l.has_value(); });
        if (!partial.volume && !partial.single && !partial.first && !kyc)
            continue;
        auto &fiatLimits = limits.perFiat[fiat];
        fiatLimits = domain::FiatRiskLimits{partial.volume.value_or(unlimited()), partial.single.value_or(unlimited()),
                                            partial.first.value_or(unlimited()),
                                            partial.newAccount.value_or(domain::unlimitedAmount())};
        for (std::size_t level = 0; level < partial.kyc.size(); ++level)
            fiatLimits.kycVolume30d.at(level) = partial.kyc.at(level).value_or(domain::unlimitedAmount());
    }
    return limits;
}

std::int64_t RiskFlagRepository::saveLimit(pqxx::work &work, const std::string &rule,
                                           const std::optional<std::string> &fiat, const std::string &threshold,
                                           const std::string &action, bool active)
{
    static const PreparedStatement statement{
        "limits.save", "INSERT INTO limits (rule, fiat_currency, threshold, action, active) "
                       "VALUES ($1, $2, $3::numeric, $4, $5) "
                       "ON CONFLICT (rule, fiat_currency, asset) DO UPDATE SET threshold = EXCLUDED.threshold, "
                       "action = EXCLUDED.action, active = EXCLUDED.active, updated_at = now() RETURNING id"};
    return execPrepared1(work, statement, rule, fiat ? fiat->c_str() : nullptr, threshold, action, active)[0]
        .as<std::int64_t>();
}

namespace {

const std::string &selectLimits()
{
    // An amount rule's flags are counted on orders in its fiat: the RUB threshold is judged by
    // RUB orders alone. Flags without an order (a blocked customer's) count for the rules that
    // apply to every currency only.
    static const std::string sql = "SELECT l.id, l.rule, l.fiat_currency, l.threshold::text, l.action, l.active, " +
                                   columns::micros("l.updated_at") +
                                   ", (SELECT count(*) FROM risk_flags f LEFT JOIN orders o ON o.id = f.order_id "
                                   "WHERE f.rule = l.rule AND f.created_at > now() - interval '30 days' "
                                   "AND (l.fiat_currency IS NULL OR o.fiat_currency = l.fiat_currency)) "
                                   "FROM limits l WHERE l.asset IS NULL ";
    return sql;
}

int limitScale(const std::string &rule, const std::optional<std::string> &fiat)
{
    if (fiat)
        return columns::fiatScale(*fiat);
    const auto *info = domain::findLimitRule(rule);
    // A row written around the API under a rule this build does not know: show every digit.
    return info ? info->decimals : 10;
}

LimitRow readLimit(const pqxx::row &row)
{
    LimitRow r;
    r.id = row[0].as<std::int64_t>();
    r.rule = row[1].as<std::string>();
    r.fiat = row[2].get<std::string>();
    r.threshold = columns::decimal(row[3], limitScale(r.rule, r.fiat));
    r.action = row[4].as<std::string>();
    r.active = row[5].as<bool>();
    r.updatedAt = columns::timestamp(row[6]);
    r.flags30d = row[7].as<std::int64_t>();
    return r;
}

} // namespace

std::vector<LimitRow> RiskFlagRepository::listLimits(pqxx::work &work)
{
    static const PreparedStatement statement{"limits.list",
                                             selectLimits() + "ORDER BY l.rule, l.fiat_currency NULLS FIRST"};
    const auto result = execPrepared(work, statement);
    std::vector<LimitRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readLimit(row));
    return rows;
}

std::optional<LimitRow> RiskFlagRepository::lockLimit(pqxx::work &work, const std::string &rule,
                                                      const std::optional<std::string> &fiat)
{
    static const PreparedStatement statement{
        "limits.lock", selectLimits() + "AND l.rule = $1 AND l.fiat_currency IS NOT DISTINCT FROM $2 FOR UPDATE OF l"};
    const auto result = execPrepared(work, statement, rule, fiat ? fiat->c_str() : nullptr);
    if (result.empty())
        return std::nullopt;
    return readLimit(result[0]);
}

} // namespace p2pdesk::syncd::db
