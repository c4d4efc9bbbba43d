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
    "active, version, (extract(epoch FROM updated_at) * 1000000)::bigint";

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
    const auto saved = work.exec_params1(
        std::string("INSERT INTO rates AS r (direction, asset, network, fiat_currency, base_rate, base_source, "
                    "base_updated_at, margin_percent, fixed_fee, min_amount, max_amount, updated_at) "
                    "VALUES ($1, $2, $3, $4, $5::numeric, 'manual', now(), $6::numeric, $7::numeric, $8::numeric, "
                    "$9::numeric, now()) "
                    "ON CONFLICT (direction, asset, network, fiat_currency) DO UPDATE SET "
                    "base_rate = EXCLUDED.base_rate, base_source = 'manual', base_updated_at = now(), "
                    "margin_percent = EXCLUDED.margin_percent, fixed_fee = EXCLUDED.fixed_fee, "
                    "min_amount = EXCLUDED.min_amount, max_amount = EXCLUDED.max_amount, active = true, "
                    "version = r.version + 1, updated_at = now() RETURNING ") +
            kColumns,
        dbDirection(v.direction), v.asset, v.network, v.fiatCurrency, v.baseRate.toString(), v.marginPercent.toString(),
        v.fixedFee.toString(), v.minAmount.toString(), maxAmount ? maxAmount->c_str() : nullptr);
    RateRow row = readRow(saved);
    const std::optional<std::string> op = operatorId ? std::optional(std::to_string(*operatorId)) : std::nullopt;
    work.exec_params0("INSERT INTO rate_history (rate_id, actor, operator_id, base_rate, margin_percent, fixed_fee, "
                      "min_amount, max_amount, reason) SELECT id, $2, $3::bigint, base_rate, margin_percent, "
                      "fixed_fee, min_amount, max_amount, $4 FROM rates WHERE id = $1",
                      row.id, actor, op ? op->c_str() : nullptr, reason);
    return row;
}

} // namespace p2pdesk::syncd::db
