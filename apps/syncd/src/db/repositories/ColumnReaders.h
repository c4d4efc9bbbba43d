#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/result>

#include <optional>
#include <string>
#include <string_view>

// Conversions between PostgreSQL columns and domain values shared by the order repositories.
// Timestamps travel as microseconds since the epoch (select them with micros()), money as numeric
// text (exact both ways), directions in the database's spelling.
namespace p2pdesk::syncd::db::columns {

// "(extract(epoch FROM <expr>) * 1000000)::bigint"
std::string micros(std::string_view expression);

proto::Timestamp timestamp(const pqxx::field &field);
std::optional<proto::Timestamp> optionalTimestamp(const pqxx::field &field);
// A timestamp as a timestamptz literal parameter ("2024-05-01T12:00:00.5Z", cast with ::timestamptz).
std::string timestampParam(proto::Timestamp value);

// numeric text ("92.5000000000") at `scale`; throws std::runtime_error when the stored value has more
// significant digits than the scale allows (a row written around the domain).
domain::Decimal decimal(const pqxx::field &field, int scale);
std::optional<domain::Decimal> optionalDecimal(const pqxx::field &field, int scale);

// 'crypto_to_fiat' (sell) / 'fiat_to_crypto' (buy).
std::string direction(domain::Direction value);
domain::Direction parseDirection(const std::string &text);

domain::OrderStatus status(const pqxx::field &field);
std::optional<domain::OrderStatus> optionalStatus(const pqxx::field &field);

// Scales of the order's columns.
int cryptoScale(std::string_view asset, std::string_view network);
int fiatScale(std::string_view fiatCode);

} // namespace p2pdesk::syncd::db::columns
