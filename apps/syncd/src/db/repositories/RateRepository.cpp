#include "db/repositories/RateRepository.h"

#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateQuote.h"

#include <pqxx/result>

#include <stdexcept>

namespace p2pdesk::syncd::db {

namespace {

using Clock = std::chrono::system_clock;

// numeric(30,10) arrives as "92.5000000000": drop the padding zeros, then express the value at the
// scale the domain uses for the column. Values were written at that scale, so nothing is rounded.
domain::Decimal numeric(const pqxx::field &field, int scale)
{
    std::string text = field.c_str();
    if (const auto dot = text.find('.'); dot != std::string::npos) {
        while (!text.empty() && text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    auto parsed = domain::Decimal::parse(text);
    if (!parsed.ok())
        throw std::runtime_error("unreadable numeric column: " + parsed.error().message);
    auto scaled = parsed.value().rescaled(scale, domain::Rounding::HalfUp);
    if (!scaled.ok())
        throw std::runtime_error("numeric column out of range: " + scaled.error().message);
    return scaled.value();
}

std::optional<domain::Decimal> optNumeric(const pqxx::field &field, int scale)
{
    if (field.is_null())
        return std::nullopt;
    return numeric(field, scale);
}

Clock::time_point micros(const pqxx::field &field)
{
    return Clock::time_point(std::chrono::microseconds(field.as<std::int64_t>()));
}

int fiatScale(const std::string &code)
{
    const auto fiat = domain::fiat(code);
    return fiat.ok() ? fiat.value().decimals : 2;
}

std::string dbDirection(domain::Direction direction)
{
    return direction == domain::Direction::Sell ? "crypto_to_fiat" : "fiat_to_crypto";
}

domain::Direction fromDbDirection(const std::string &text)
{
    return text == "crypto_to_fiat" ? domain::Direction::Sell : domain::Direction::Buy;
}

constexpr const char *kColumns =
    "id, direction, asset, network, fiat_currency, base_rate, "
    "(extract(epoch FROM base_updated_at) * 1000000)::bigint, margin_percent, fixed_fee, min_amount, max_amount, "
    "active, version, (extract(epoch FROM updated_at) * 1000000)::bigint, base_source = 'feed', feed_pending_rate, "
    "(extract(epoch FROM feed_pending_at) * 1000000)::bigint";

std::int64_t microsSinceEpoch(Clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(at.time_since_epoch()).count();
}

RateRow readRow(const pqxx::row &row)
{
    RateRow r;
    r.id = row[0].as<std::int64_t>();
    r.direction = fromDbDirection(row[1].as<std::string>());
    r.asset = row[2].as<std::string>();
    r.network = row[3].as<std::string>();
    r.fiatCurrency = row[4].as<std::string>();
    const int fiat = fiatScale(r.fiatCurrency);
    r.baseRate = optNumeric(row[5], domain::kRateScale);
    if (!row[6].is_null())
        r.baseUpdatedAt = micros(row[6]);
    r.marginPercent = numeric(row[7], 4);
    r.fixedFee = numeric(row[8], fiat);
    r.minAmount = numeric(row[9], fiat);
    r.maxAmount = optNumeric(row[10], fiat);
    r.active = row[11].as<bool>();
    r.version = row[12].as<std::int64_t>();
    r.updatedAt = micros(row[13]);
    r.baseFromFeed = row[14].as<bool>();
    r.feedPendingRate = optNumeric(row[15], domain::kRateScale);
    if (!row[16].is_null())
        r.feedPendingAt = micros(row[16]);
    return r;
}

} // namespace

std::optional<RateRow> RateRepository::find(pqxx::work &work, domain::Direction direction, const std::string &asset,
                                            const std::string &network, const std::string &fiat)
{
    const auto result = work.exec_params(std::string("SELECT ") + kColumns +
                                             " FROM rates WHERE direction = $1 AND asset = $2 AND network = $3 "
                                             "AND fiat_currency = $4",
                                         dbDirection(direction), asset, network, fiat);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

std::vector<RateRow> RateRepository::list(pqxx::work &work)
{
    const auto result =
        work.exec(std::string("SELECT ") + kColumns + " FROM rates ORDER BY asset, network, fiat_currency, direction");
    std::vector<RateRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

RateRow RateRepository::upsert(pqxx::work &work, const RateValues &v, const std::string &actor,
                               std::optional<std::int64_t> operatorId, const std::string &reason)
{
    const std::optional<std::string> maxAmount = v.maxAmount ? std::optional(v.maxAmount->toString()) : std::nullopt;
    const std::optional<std::string> base = v.baseRate ? std::optional(v.baseRate->toString()) : std::nullopt;
    // A typed base is observed now; a feed row saved without one keeps its value and age. Leaving
    // the feed drops a held jump, which only the feed's rows may carry.
    const auto saved = work.exec_params1(
        std::string("INSERT INTO rates AS r (direction, asset, network, fiat_currency, base_rate, base_source, "
                    "base_updated_at, margin_percent, fixed_fee, min_amount, max_amount, updated_at) "
                    "VALUES ($1, $2, $3, $4, $5::numeric, $10, CASE WHEN $5::numeric IS NULL THEN NULL ELSE now() END, "
                    "$6::numeric, $7::numeric, $8::numeric, $9::numeric, now()) "
                    "ON CONFLICT (direction, asset, network, fiat_currency) DO UPDATE SET "
                    "base_rate = COALESCE(EXCLUDED.base_rate, r.base_rate), base_source = EXCLUDED.base_source, "
                    "base_updated_at = CASE WHEN EXCLUDED.base_rate IS NULL THEN r.base_updated_at ELSE now() END, "
                    "margin_percent = EXCLUDED.margin_percent, fixed_fee = EXCLUDED.fixed_fee, "
                    "min_amount = EXCLUDED.min_amount, max_amount = EXCLUDED.max_amount, active = true, "
                    "feed_pending_rate = CASE WHEN EXCLUDED.base_source = 'feed' AND EXCLUDED.base_rate IS NULL "
                    "  THEN r.feed_pending_rate END, "
                    "feed_pending_at = CASE WHEN EXCLUDED.base_source = 'feed' AND EXCLUDED.base_rate IS NULL "
                    "  THEN r.feed_pending_at END, "
                    "version = r.version + 1, updated_at = now() RETURNING ") +
            kColumns,
        dbDirection(v.direction), v.asset, v.network, v.fiatCurrency, base ? base->c_str() : nullptr,
        v.marginPercent.toString(), v.fixedFee.toString(), v.minAmount.toString(),
        maxAmount ? maxAmount->c_str() : nullptr, v.baseFromFeed ? "feed" : "manual");
    RateRow row = readRow(saved);
    const std::optional<std::string> op = operatorId ? std::optional(std::to_string(*operatorId)) : std::nullopt;
    work.exec_params0("INSERT INTO rate_history (rate_id, actor, operator_id, base_rate, margin_percent, fixed_fee, "
                      "min_amount, max_amount, reason) SELECT id, $2, $3::bigint, base_rate, margin_percent, "
                      "fixed_fee, min_amount, max_amount, $4 FROM rates WHERE id = $1",
                      row.id, actor, op ? op->c_str() : nullptr, reason);
    return row;
}

std::optional<RateRow> RateRepository::findById(pqxx::work &work, std::int64_t id)
{
    const auto result = work.exec_params(std::string("SELECT ") + kColumns + " FROM rates WHERE id = $1", id);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

std::vector<std::pair<std::string, std::string>> RateRepository::feedPairs(pqxx::work &work)
{
    const auto result = work.exec("SELECT DISTINCT asset, fiat_currency FROM rates "
                                  "WHERE active AND base_source = 'feed' ORDER BY asset, fiat_currency");
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto &row : result)
        pairs.emplace_back(row[0].as<std::string>(), row[1].as<std::string>());
    return pairs;
}

std::vector<RateRow> RateRepository::lockFeedRows(pqxx::work &work, const std::string &asset, const std::string &fiat)
{
    const auto result = work.exec_params(std::string("SELECT ") + kColumns +
                                             " FROM rates WHERE active AND base_source = 'feed' AND asset = $1 "
                                             "AND fiat_currency = $2 ORDER BY id FOR UPDATE",
                                         asset, fiat);
    std::vector<RateRow> rows;
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

void RateRepository::applyFeedValue(pqxx::work &work, std::int64_t id, const domain::Decimal &rate,
                                    Clock::time_point observedAt, const std::string &reason)
{
    work.exec_params0("UPDATE rates SET base_rate = $2::numeric, "
                      "base_updated_at = to_timestamp($3::bigint / 1000000.0), "
                      "feed_pending_rate = NULL, feed_pending_at = NULL, updated_at = now() "
                      "WHERE id = $1 AND base_source = 'feed'",
                      id, rate.toString(), microsSinceEpoch(observedAt));
    work.exec_params0("INSERT INTO rate_history (rate_id, actor, base_rate, margin_percent, fixed_fee, min_amount, "
                      "max_amount, reason) SELECT id, 'feed', base_rate, margin_percent, fixed_fee, min_amount, "
                      "max_amount, $2 FROM rates WHERE id = $1",
                      id, reason);
}

void RateRepository::renewFeedValue(pqxx::work &work, std::int64_t id, Clock::time_point observedAt)
{
    work.exec_params0("UPDATE rates SET base_updated_at = GREATEST(base_updated_at, "
                      "to_timestamp($2::bigint / 1000000.0)), feed_pending_rate = NULL, feed_pending_at = NULL "
                      "WHERE id = $1 AND base_source = 'feed'",
                      id, microsSinceEpoch(observedAt));
}

bool RateRepository::holdFeedValue(pqxx::work &work, std::int64_t id, const domain::Decimal &rate,
                                   Clock::time_point observedAt)
{
    // The row is locked (lockFeedRows), so reading the old held value first is race-free.
    const auto before = work.exec_params1("SELECT feed_pending_rate IS DISTINCT FROM $2::numeric FROM rates "
                                          "WHERE id = $1",
                                          id, rate.toString());
    work.exec_params0("UPDATE rates SET feed_pending_rate = $2::numeric, "
                      "feed_pending_at = to_timestamp($3::bigint / 1000000.0) WHERE id = $1 AND base_source = 'feed'",
                      id, rate.toString(), microsSinceEpoch(observedAt));
    return before[0].as<bool>();
}

std::optional<RateRow> RateRepository::confirmFeedValue(pqxx::work &work, std::int64_t id, const domain::Decimal &rate,
                                                        const std::string &actor, std::int64_t operatorId,
                                                        const std::string &reason)
{
    const auto result = work.exec_params(
        std::string("UPDATE rates SET base_rate = feed_pending_rate, base_updated_at = feed_pending_at, "
                    "feed_pending_rate = NULL, feed_pending_at = NULL, version = version + 1, updated_at = now() "
                    "WHERE id = $1 AND base_source = 'feed' AND feed_pending_rate = $2::numeric RETURNING ") +
            kColumns,
        id, rate.toString());
    if (result.empty())
        return std::nullopt;
    work.exec_params0("INSERT INTO rate_history (rate_id, actor, operator_id, base_rate, margin_percent, fixed_fee, "
                      "min_amount, max_amount, reason) SELECT id, $2, $3, base_rate, margin_percent, "
                      "fixed_fee, min_amount, max_amount, $4 FROM rates WHERE id = $1",
                      id, actor, operatorId, reason);
    return readRow(result[0]);
}

std::vector<RateHistoryRow> RateRepository::history(pqxx::work &work, std::int64_t id, Clock::time_point since,
                                                    int limit)
{
    const auto result = work.exec_params(
        "SELECT * FROM (SELECT (extract(epoch FROM h.at) * 1000000)::bigint AS at_us, "
        "  COALESCE(o.username, h.actor), h.base_rate, h.margin_percent, h.fixed_fee, h.reason, r.fiat_currency, h.id "
        "  FROM rate_history h JOIN rates r ON r.id = h.rate_id LEFT JOIN operators o ON o.id = h.operator_id "
        "  WHERE h.rate_id = $1 AND h.at >= to_timestamp($2::bigint / 1000000.0) "
        "  ORDER BY h.at DESC, h.id DESC LIMIT $3) newest ORDER BY at_us, id",
        id, microsSinceEpoch(since), limit);
    std::vector<RateHistoryRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result) {
        const int fiat = fiatScale(row[6].as<std::string>());
        RateHistoryRow h;
        h.at = micros(row[0]);
        h.actor = row[1].as<std::string>();
        h.baseRate = optNumeric(row[2], domain::kRateScale);
        h.marginPercent = numeric(row[3], 4);
        h.fixedFee = numeric(row[4], fiat);
        // A blank reason is no reason (the wire's reason fields are never blank).
        if (!row[5].is_null() && row[5].as<std::string>().find_first_not_of(" \t\r\n") != std::string::npos)
            h.reason = row[5].as<std::string>();
        rows.push_back(std::move(h));
    }
    return rows;
}

} // namespace p2pdesk::syncd::db
