#include "db/repositories/ColumnReaders.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"

#include <stdexcept>

namespace p2pdesk::syncd::db::columns {

std::string micros(std::string_view expression)
{
    return "(extract(epoch FROM " + std::string(expression) + ") * 1000000)::bigint";
}

proto::Timestamp timestamp(const pqxx::field &field)
{
    return proto::Timestamp(std::chrono::microseconds(field.as<std::int64_t>()));
}

std::optional<proto::Timestamp> optionalTimestamp(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return timestamp(field);
}

std::string timestampParam(proto::Timestamp value)
{
    return proto::formatTimestamp(value);
}

domain::Decimal decimal(const pqxx::field &field, int scale)
{
    std::string text = field.c_str();
    if (text.find('.') != std::string::npos) {
        while (!text.empty() && text.back() == '0')
            text.pop_back();
        if (!text.empty() && text.back() == '.')
            text.pop_back();
    }
    auto parsed = domain::Decimal::parse(text);
    if (!parsed.ok())
        throw std::runtime_error("unreadable numeric column: " + parsed.error().message);
    auto scaled = parsed.value().rescaled(scale, domain::Rounding::Down);
    if (!scaled.ok() || !(scaled.value() == parsed.value()))
        throw std::runtime_error("numeric column has more digits than scale " + std::to_string(scale));
    return scaled.value();
}

std::optional<domain::Decimal> optionalDecimal(const pqxx::field &field, int scale)
{
    if (field.is_null())
        return std::nullopt;
    return decimal(field, scale);
}

std::string direction(domain::Direction value)
{
    return value == domain::Direction::Sell ? "crypto_to_fiat" : "fiat_to_crypto";
}

domain::Direction parseDirection(const std::string &text)
{
    return text == "crypto_to_fiat" ? domain::Direction::Sell : domain::Direction::Buy;
}

domain::OrderStatus status(const pqxx::field &field)
{
    const auto parsed = domain::parseOrderStatus(field.c_str());
    if (!parsed)
        throw std::runtime_error(std::string("unknown order status in the database: ") + field.c_str());
    return *parsed;
}

std::optional<domain::OrderStatus> optionalStatus(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return status(field);
}

int cryptoScale(std::string_view asset, std::string_view network)
{
    const auto found = domain::findAsset(asset, network);
    return found ? found->amountScale : 8;
}

int fiatScale(std::string_view fiatCode)
{
    const auto found = domain::fiat(fiatCode);
    return found.ok() ? found.value().decimals : 2;
}

} // namespace p2pdesk::syncd::db::columns
