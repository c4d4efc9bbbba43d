#include "db/repositories/OrderRepository.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"
#include "db/repositories/ColumnReaders.h"

#include "p2pdesk/domain/RateQuote.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

using columns::micros;

std::optional<std::string> text(const std::optional<std::int64_t> &value)
{
    return value ? std::optional(std::to_string(*value)) : std::nullopt;
}

std::optional<std::string> text(const std::optional<proto::Timestamp> &value)
{
    return value ? std::optional(columns::timestampParam(*value)) : std::nullopt;
}

const std::string &selectOrders()
{
    static const std::string sql =
        "SELECT o.id, o.public_code, o.status, o.version, o.direction, o.asset, o.network, o.fiat_currency, "
        "o.amount_crypto, o.amount_fiat, o.suggested_rate, o.final_rate, o.customer_id, c.tg_user_id, c.username, "
        "o.holder_operator_id, h.username, o.deposit_wallet_id, o.payout_account_id, o.payout_reference, "
        "coalesce(p.masked, ''), o.hold, o.disputed_from, " +
        micros("o.status_entered_at") + ", " + micros("o.status_deadline") + ", " + micros("o.created_at") + ", " +
        micros("o.updated_at") + ", " + micros("o.quote_locked_until") +
        ", o.rate_agreement, o.requote_reason, o.rate_reference, o.requote_rate, o.requote_amount_crypto, "
        "o.requote_amount_fiat, " +
        micros("o.requote_offered_at") +
        ", pb.name"
        " FROM orders o JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN operators h ON h.id = o.holder_operator_id "
        "LEFT JOIN payout_accounts p ON p.id = o.payout_account_id "
        "LEFT JOIN banks pb ON pb.id = p.bank_id ";
    return sql;
}

OrderRow readOrder(const pqxx::row &row)
{
    OrderRow o;
    o.id = row[0].as<std::int64_t>();
    o.code = row[1].as<std::string>();
    o.status = columns::status(row[2]);
    o.version = row[3].as<std::int64_t>();
    o.direction = columns::parseDirection(row[4].as<std::string>());
    o.asset = row[5].as<std::string>();
    o.network = row[6].as<std::string>();
    o.fiatCurrency = row[7].as<std::string>();
    const int cryptoScale = columns::cryptoScale(o.asset, o.network);
    const int fiatScale = columns::fiatScale(o.fiatCurrency);
    o.amountCrypto = columns::optionalDecimal(row[8], cryptoScale).value_or(domain::Decimal());
    o.amountFiat = columns::optionalDecimal(row[9], fiatScale).value_or(domain::Decimal());
    o.suggestedRate = columns::optionalDecimal(row[10], domain::kRateScale).value_or(domain::Decimal());
    o.finalRate = columns::optionalDecimal(row[11], domain::kRateScale);
    o.customerId = row[12].as<std::int64_t>();
    o.customerTelegramId = row[13].as<std::int64_t>();
    o.customerUsername = row[14].get<std::string>();
    o.holderId = row[15].get<std::int64_t>();
    o.holderUsername = row[16].get<std::string>();
    o.depositWalletId = row[17].get<std::int64_t>();
    o.payoutAccountId = row[18].get<std::int64_t>();
    o.payoutReference = row[19].get<std::string>();
    o.requisitesMasked = row[20].as<std::string>();
    o.hold = row[21].as<bool>();
    o.disputedFrom = columns::optionalStatus(row[22]);
    o.statusEnteredAt = columns::timestamp(row[23]);
    o.statusDeadline = columns::optionalTimestamp(row[24]);
    o.createdAt = columns::timestamp(row[25]);
    o.updatedAt = columns::timestamp(row[26]);
    o.quoteLockedUntil = columns::optionalTimestamp(row[27]);
    o.rateAgreement = domain::parseRateAgreement(row[28].as<std::string>()).value_or(domain::RateAgreement::Agreed);
    if (const auto reason = row[29].get<std::string>())
        o.requoteReason = domain::parseRequoteReason(*reason);
    o.rateReference = columns::optionalDecimal(row[30], domain::kRateScale);
    o.requoteRate = columns::optionalDecimal(row[31], domain::kRateScale);
    o.requoteAmountCrypto = columns::optionalDecimal(row[32], cryptoScale);
    o.requoteAmountFiat = columns::optionalDecimal(row[33], fiatScale);
    o.requoteOfferedAt = columns::optionalTimestamp(row[34]);
    o.payoutBankName = row[35].get<std::string>();
    return o;
}

std::string statusArray(const std::vector<domain::OrderStatus> &statuses)
{
    std::string array = "{";
    for (const auto status : statuses)
        array += (array.size() > 1 ? "," : "") + std::string(domain::toString(status));
    return array + "}";
}

std::vector<DeadlineRow> readDeadlines(const pqxx::result &result)
{
    std::vector<DeadlineRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back({row[0].as<std::int64_t>(), columns::status(row[1]), row[2].as<std::int64_t>()});
    return rows;
}

} // namespace

std::int64_t OrderRepository::insert(pqxx::work &work, const NewOrder &order)
{
    const auto createdBy = text(order.createdBy);
    const auto deadline = text(order.deadline);
    const auto quoteLockedUntil = text(order.quoteLockedUntil);
    return work
        .exec_params1("INSERT INTO orders (public_code, direction, asset, network, fiat_currency, amount_crypto, "
                      "amount_fiat, suggested_rate, customer_id, created_by_operator_id, source, payout_account_id, "
                      "hold, status, version, status_entered_at, status_deadline, quote_locked_until) "
                      "VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::numeric, $8::numeric, $9, $10::bigint, "
                      "$11, $12, $13, 'NEW', 1, $14::timestamptz, $15::timestamptz, $16::timestamptz) RETURNING id",
                      order.code, columns::direction(order.direction), order.asset, order.network, order.fiatCurrency,
                      order.amountCrypto.toString(), order.amountFiat.toString(), order.suggestedRate.toString(),
                      order.customerId, nullable(createdBy), order.fromBot ? "bot" : "operator", order.payoutAccountId,
                      order.hold, columns::timestampParam(order.enteredAt), nullable(deadline),
                      nullable(quoteLockedUntil))[0]
        .as<std::int64_t>();
}

std::optional<OrderRow> OrderRepository::find(pqxx::work &work, std::int64_t id)
{
    static const PreparedStatement statement{"orders.find", selectOrders() + "WHERE o.id = $1"};
    const auto result = execPrepared(work, statement, id);
    if (result.empty())
        return std::nullopt;
    return readOrder(result[0]);
}

std::optional<OrderRow> OrderRepository::findForUpdate(pqxx::work &work, std::int64_t id)
{
    static const PreparedStatement statement{"orders.find_for_update",
                                             selectOrders() + "WHERE o.id = $1 FOR UPDATE OF o"};
    const auto result = execPrepared(work, statement, id);
    if (result.empty())
        return std::nullopt;
    return readOrder(result[0]);
}

std::optional<std::int64_t> OrderRepository::take(pqxx::work &work, const TakeChange &change)
{
    const auto expected = text(change.expectedVersion);
    const auto deadline = text(change.deadline);
    static const PreparedStatement statement{
        "orders.take",
        "UPDATE orders SET status = 'ASSIGNED', holder_operator_id = $2, final_rate = $3::numeric, "
        "version = version + 1, updated_at = now(), status_entered_at = $5::timestamptz, "
        "status_deadline = $6::timestamptz, status_warned_at = NULL, amount_fiat = $7::numeric, hold = $8, "
        "rate_reference = $9::numeric "
        "WHERE id = $1 AND status = 'NEW' AND NOT hold AND ($4::integer IS NULL OR version = $4::integer) "
        "RETURNING version"};
    const auto result = execPrepared(work, statement, change.orderId, change.operatorId, change.finalRate.toString(),
                                     nullable(expected), columns::timestampParam(change.enteredAt), nullable(deadline),
                                     change.amountFiat.toString(), change.hold, change.rateReference.toString());
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<std::int64_t> OrderRepository::changeStatus(pqxx::work &work, const StatusChange &change)
{
    const auto deadline = text(change.deadline);
    const auto wallet = text(change.depositWalletId);
    const std::optional<std::string> amountFiat =
        change.amountFiat ? std::optional(change.amountFiat->toString()) : std::nullopt;
    const std::optional<std::string> disputedFrom =
        change.disputedFrom ? std::optional(std::string(domain::toString(*change.disputedFrom))) : std::nullopt;
    const auto lockedUntil = text(change.quoteLockedUntil);
    const std::optional<std::string> requoteDue =
        change.requoteDue ? std::optional(std::string(domain::toString(*change.requoteDue))) : std::nullopt;
    static const PreparedStatement statement{
        "orders.change_status",
        "UPDATE orders SET status = $4, version = version + 1, updated_at = now(), "
        "status_entered_at = $5::timestamptz, status_deadline = $6::timestamptz, status_warned_at = NULL, "
        "holder_operator_id = CASE WHEN $7 THEN NULL ELSE holder_operator_id END, "
        "final_rate = CASE WHEN $7 THEN NULL ELSE final_rate END, "
        "rate_reference = CASE WHEN $7 THEN NULL ELSE rate_reference END, "
        "quote_locked_until = coalesce($12::timestamptz, quote_locked_until), "
        "rate_agreement = CASE WHEN $13::text IS NULL THEN rate_agreement ELSE 'due' END, "
        "requote_reason = coalesce($13::text, requote_reason), "
        "deposit_wallet_id = coalesce($8::bigint, deposit_wallet_id), "
        "payout_reference = coalesce($9::text, payout_reference), "
        "disputed_from = $10::text, amount_fiat = coalesce($11::numeric, amount_fiat), "
        "closed_at = CASE WHEN $4 IN ('COMPLETED', 'CANCELLED') THEN now() ELSE NULL END "
        "WHERE id = $1 AND status = $2 AND version = $3 RETURNING version"};
    const auto result = execPrepared(work, statement, change.orderId, std::string(domain::toString(change.from)),
                                     change.expectedVersion, std::string(domain::toString(change.to)),
                                     columns::timestampParam(change.enteredAt), nullable(deadline), change.release,
                                     nullable(wallet), nullable(change.payoutReference), nullable(disputedFrom),
                                     nullable(amountFiat), nullable(lockedUntil), nullable(requoteDue));
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<std::int64_t> OrderRepository::offerRequote(pqxx::work &work, const RequoteOffer &offer)
{
    static const PreparedStatement statement{
        "orders.offer_requote",
        "UPDATE orders SET version = version + 1, updated_at = now(), "
        "rate_agreement = CASE WHEN $3 THEN 'agreed' ELSE 'offered' END, "
        "requote_reason = CASE WHEN $3 THEN NULL ELSE requote_reason END, "
        "requote_rate = CASE WHEN $3 THEN NULL ELSE $4::numeric END, "
        "requote_amount_crypto = CASE WHEN $3 THEN NULL ELSE $5::numeric END, "
        "requote_amount_fiat = CASE WHEN $3 THEN NULL ELSE $6::numeric END, "
        "requote_offered_at = CASE WHEN $3 THEN NULL ELSE $7::timestamptz END "
        "WHERE id = $1 AND version = $2 AND rate_agreement IN ('due', 'offered') RETURNING version"};
    const auto result =
        execPrepared(work, statement, offer.orderId, offer.expectedVersion, offer.keep, offer.rate.toString(),
                     offer.amountCrypto.toString(), offer.amountFiat.toString(), columns::timestampParam(offer.at));
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<std::int64_t> OrderRepository::acceptRequote(pqxx::work &work, std::int64_t orderId,
                                                           proto::Timestamp offeredAt)
{
    static const PreparedStatement statement{
        "orders.accept_requote",
        "UPDATE orders SET version = version + 1, updated_at = now(), final_rate = requote_rate, "
        "amount_crypto = requote_amount_crypto, amount_fiat = requote_amount_fiat, rate_agreement = 'agreed', "
        "requote_reason = NULL, requote_rate = NULL, requote_amount_crypto = NULL, requote_amount_fiat = NULL, "
        "requote_offered_at = NULL "
        "WHERE id = $1 AND rate_agreement = 'offered' AND requote_offered_at = $2::timestamptz RETURNING version"};
    const auto result = execPrepared(work, statement, orderId, columns::timestampParam(offeredAt));
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::int64_t OrderRepository::bumpVersion(pqxx::work &work, std::int64_t id)
{
    return work
        .exec_params1("UPDATE orders SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version",
                      id)[0]
        .as<std::int64_t>();
}

void OrderRepository::setHold(pqxx::work &work, std::int64_t id, bool hold)
{
    work.exec_params0("UPDATE orders SET hold = $2 WHERE id = $1", id, hold);
}

std::vector<OrderRow> OrderRepository::list(pqxx::work &work, const OrderFilter &filter)
{
    const std::optional<std::string> statuses =
        filter.statuses.empty() ? std::nullopt : std::optional(statusArray(filter.statuses));
    const auto holder = text(filter.holderId);
    const auto customer = text(filter.customerTelegramId);
    const auto before = text(filter.beforeId);
    const auto result = work.exec_params(
        selectOrders() + "WHERE ($1::text[] IS NULL OR o.status = ANY($1::text[])) "
                         "AND ($2::bigint IS NULL OR o.holder_operator_id = $2::bigint) "
                         "AND ($3::bigint IS NULL OR c.tg_user_id = $3::bigint) "
                         "AND ($4::text IS NULL OR o.public_code = upper($4::text) OR c.tg_user_id::text = $4::text "
                         "     OR strpos(lower(c.username), lower(ltrim($4::text, '@'))) > 0 "
                         "     OR ($5::text IS NOT NULL AND p.keyed_hash = decode($5::text, 'hex'))) "
                         "AND ($6::bigint IS NULL OR o.id < $6::bigint) "
                         "ORDER BY o.id DESC LIMIT $7",
        nullable(statuses), nullable(holder), nullable(customer), nullable(filter.text),
        nullable(filter.requisitesHash), nullable(before), filter.limit);
    std::vector<OrderRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readOrder(row));
    return rows;
}

std::uint32_t OrderRepository::customerOrdersSince(pqxx::work &work, std::int64_t customerId, proto::Timestamp since)
{
    return work
        .exec_params1("SELECT count(*) FROM orders WHERE customer_id = $1 AND created_at >= $2::timestamptz",
                      customerId, columns::timestampParam(since))[0]
        .as<std::uint32_t>();
}

OrderRepository::CustomerVolumes OrderRepository::customerVolumesSince(pqxx::work &work, std::int64_t customerId,
                                                                       const std::string &fiat, proto::Timestamp recent,
                                                                       proto::Timestamp earlier)
{
    const auto row =
        work.exec_params1("SELECT coalesce(sum(amount_fiat) FILTER (WHERE created_at >= $3::timestamptz), 0), "
                          "coalesce(sum(amount_fiat), 0) "
                          "FROM orders WHERE customer_id = $1 AND fiat_currency = $2 AND status <> 'CANCELLED' "
                          "AND created_at >= $4::timestamptz",
                          customerId, fiat, columns::timestampParam(recent), columns::timestampParam(earlier));
    const int scale = columns::fiatScale(fiat);
    return {columns::decimal(row[0], scale), columns::decimal(row[1], scale)};
}

PriorAmountFigures OrderRepository::priorAmountFigures(pqxx::work &work, std::int64_t orderId)
{
    // One statement: the customer's earlier orders (volume, count, completed ones' median in the
    // same fiat) and whether the order's requisites were ever paid on another order.
    const auto row = work.exec_params1(
        "SELECT o.fiat_currency, coalesce(sum(p.amount_fiat) FILTER (WHERE p.fiat_currency = o.fiat_currency "
        "AND p.status <> 'CANCELLED' AND p.created_at >= o.created_at - interval '24 hours'), 0), count(p.id), "
        "count(p.id) FILTER (WHERE p.fiat_currency = o.fiat_currency AND p.status = 'COMPLETED'), "
        "percentile_disc(0.5) WITHIN GROUP (ORDER BY p.amount_fiat) "
        "  FILTER (WHERE p.fiat_currency = o.fiat_currency AND p.status = 'COMPLETED'), "
        "NOT EXISTS (SELECT 1 FROM orders q JOIN payout_accounts qa ON qa.id = q.payout_account_id "
        "  JOIN payout_accounts oa ON oa.id = o.payout_account_id "
        "  WHERE qa.keyed_hash = oa.keyed_hash AND q.id <> o.id AND q.status IN ('PAID_OUT', 'COMPLETED')), "
        "coalesce(sum(p.amount_fiat) FILTER (WHERE p.fiat_currency = o.fiat_currency "
        "AND p.status <> 'CANCELLED' AND p.created_at >= o.created_at - interval '30 days'), 0), c.kyc_level "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN orders p ON p.customer_id = o.customer_id AND p.id < o.id "
        "WHERE o.id = $1 GROUP BY o.id, c.id",
        orderId);
    const int scale = columns::fiatScale(row[0].as<std::string>());
    PriorAmountFigures figures;
    figures.customerVolume24h = columns::decimal(row[1], scale);
    figures.firstOrderOfCustomer = row[2].as<std::int64_t>() == 0;
    figures.customerCompletedOrders = row[3].as<std::uint32_t>();
    if (!row[4].is_null())
        figures.customerMedianAmount = columns::decimal(row[4], scale);
    figures.payoutAccountNeverPaid = row[5].as<bool>();
    figures.customerVolume30d = columns::decimal(row[6], scale);
    figures.kycLevel = domain::kycLevelFromNumber(row[7].as<int>()).value_or(domain::KycLevel::Unverified);
    return figures;
}

std::uint32_t OrderRepository::payoutRequisitesOtherCustomersSince(pqxx::work &work, const std::string &keyedHashHex,
                                                                   std::int64_t customerId, proto::Timestamp since)
{
    return work
        .exec_params1(
            "SELECT count(DISTINCT o.customer_id) FROM orders o "
            "JOIN payout_accounts p ON p.id = o.payout_account_id "
            "WHERE p.keyed_hash = decode($1, 'hex') AND o.customer_id <> $2 AND o.created_at >= $3::timestamptz",
            keyedHashHex, customerId, columns::timestampParam(since))[0]
        .as<std::uint32_t>();
}

bool OrderRepository::payoutRequisitesNeverPaid(pqxx::work &work, const std::string &keyedHashHex)
{
    return work
        .exec_params1("SELECT NOT EXISTS (SELECT 1 FROM orders o JOIN payout_accounts p ON p.id = o.payout_account_id "
                      "WHERE p.keyed_hash = decode($1, 'hex') AND o.status IN ('PAID_OUT', 'COMPLETED'))",
                      keyedHashHex)[0]
        .as<bool>();
}

CustomerHabit OrderRepository::customerHabit(pqxx::work &work, std::int64_t customerId, const std::string &fiat)
{
    // percentile_disc: the median is an amount the customer really exchanged, at the fiat's scale.
    const auto row =
        work.exec_params1("SELECT count(*), percentile_disc(0.5) WITHIN GROUP (ORDER BY amount_fiat) FROM orders "
                          "WHERE customer_id = $1 AND fiat_currency = $2 AND status = 'COMPLETED'",
                          customerId, fiat);
    CustomerHabit habit;
    habit.completedOrders = row[0].as<std::uint32_t>();
    if (!row[1].is_null())
        habit.medianAmount = columns::decimal(row[1], columns::fiatScale(fiat));
    return habit;
}

std::optional<proto::Timestamp> OrderRepository::customerLastOrderAt(pqxx::work &work, std::int64_t customerId)
{
    const auto row =
        work.exec_params1("SELECT " + micros("max(created_at)") + " FROM orders WHERE customer_id = $1", customerId);
    if (row[0].is_null())
        return std::nullopt;
    return columns::timestamp(row[0]);
}

bool OrderRepository::customerHasOrders(pqxx::work &work, std::int64_t customerId)
{
    return work.exec_params1("SELECT EXISTS (SELECT 1 FROM orders WHERE customer_id = $1)", customerId)[0].as<bool>();
}

std::uint32_t OrderRepository::payoutRequisitesOrdersSince(pqxx::work &work, const std::string &keyedHashHex,
                                                           proto::Timestamp since)
{
    return work
        .exec_params1("SELECT count(*) FROM orders o JOIN payout_accounts p ON p.id = o.payout_account_id "
                      "WHERE p.keyed_hash = decode($1, 'hex') AND o.created_at >= $2::timestamptz",
                      keyedHashHex, columns::timestampParam(since))[0]
        .as<std::uint32_t>();
}

std::vector<DeadlineRow> OrderRepository::expired(pqxx::work &work, const std::vector<domain::OrderStatus> &statuses,
                                                  proto::Timestamp now, int limit)
{
    return readDeadlines(work.exec_params("SELECT id, status, version FROM orders "
                                          "WHERE status_deadline IS NOT NULL AND status_deadline <= $1::timestamptz "
                                          "AND status = ANY($3::text[]) ORDER BY status_deadline, id LIMIT $2",
                                          columns::timestampParam(now), limit, statusArray(statuses)));
}

std::vector<DeadlineRow> OrderRepository::dueForWarning(pqxx::work &work, proto::Timestamp now, int limit)
{
    return readDeadlines(work.exec_params(
        "SELECT id, status, version FROM orders WHERE status_deadline IS NOT NULL AND status_warned_at IS NULL "
        "AND status_entered_at + (status_deadline - status_entered_at) / 2 <= $1::timestamptz "
        "ORDER BY status_deadline, id LIMIT $2",
        columns::timestampParam(now), limit));
}

bool OrderRepository::markWarned(pqxx::work &work, std::int64_t id, std::int64_t version)
{
    return !work.exec_params("UPDATE orders SET status_warned_at = now() "
                             "WHERE id = $1 AND version = $2 AND status_warned_at IS NULL RETURNING 1",
                             id, version)
                .empty();
}

std::vector<std::int64_t> OrderRepository::openOrdersOfCustomer(pqxx::work &work, std::int64_t customerId)
{
    std::vector<domain::OrderStatus> open;
    for (const auto status : domain::kAllOrderStatuses) {
        if (!domain::isTerminal(status))
            open.push_back(status);
    }
    const auto result =
        work.exec_params("SELECT id FROM orders WHERE customer_id = $1 AND status = ANY($2::text[]) ORDER BY id",
                         customerId, statusArray(open));
    std::vector<std::int64_t> ids;
    ids.reserve(result.size());
    for (const auto &row : result)
        ids.push_back(row[0].as<std::int64_t>());
    return ids;
}

} // namespace p2pdesk::syncd::db
