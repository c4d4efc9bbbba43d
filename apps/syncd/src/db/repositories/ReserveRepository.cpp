#include "db/repositories/ReserveRepository.h"

#include "db/SqlParams.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

#include <chrono>

namespace p2pdesk::syncd::db {

namespace {

// The reserve's columns and its commitment, for a query whose reserves are aliased `r`. See the
// header for the rule; the NOT EXISTS only runs for orders still open or closed after the entry.
std::string selectFrom(const std::string &tail)
{
    return "SELECT r.id, r.kind, r.asset, r.network, r.fiat_currency, r.amount::text, r.export_code, r.version, " +
           columns::micros("r.updated_at") + ", op.username, r.synced_from, " + columns::micros("r.synced_at") +
           ", "
           "  (SELECT coalesce(sum(CASE WHEN r.kind = 'fiat' THEN o.amount_fiat ELSE o.amount_crypto END), 0)::text "
           "     FROM orders o "
           "    WHERE o.status <> 'CANCELLED' "
           "      AND (o.closed_at IS NULL OR o.closed_at > r.counts_from) "
           "      AND CASE WHEN r.kind = 'fiat' "
           "               THEN o.direction = 'crypto_to_fiat' AND o.fiat_currency = r.fiat_currency "
           "               ELSE o.direction = 'fiat_to_crypto' AND o.asset = r.asset AND o.network = r.network END "
           "      AND NOT EXISTS (SELECT 1 FROM order_history h "
           "                       WHERE h.order_id = o.id AND h.to_status = 'PAID_OUT' AND h.at <= r.counts_from)) "
           "  FROM reserves r LEFT JOIN operators op ON op.id = r.updated_by " +
           tail;
}

int scaleOf(const ReserveRow &row)
{
    return row.kind == domain::ReserveKind::Fiat ? columns::fiatScale(*row.fiatCurrency)
                                                 : columns::cryptoScale(*row.asset, *row.network);
}

ReserveRow readRow(const pqxx::row &row)
{
    ReserveRow reserve;
    reserve.id = row[0].as<std::int64_t>();
    reserve.kind = domain::parseReserveKind(row[1].as<std::string>()).value_or(domain::ReserveKind::Fiat);
    reserve.asset = row[2].get<std::string>();
    reserve.network = row[3].get<std::string>();
    reserve.fiatCurrency = row[4].get<std::string>();
    const int scale = scaleOf(reserve);
    reserve.amount = columns::decimal(row[5], scale);
    reserve.exportCode = row[6].get<std::string>();
    reserve.version = row[7].as<std::int64_t>();
    reserve.updatedAt = columns::timestamp(row[8]);
    reserve.updatedBy = row[9].get<std::string>();
    reserve.syncedFrom = row[10].get<std::string>();
    if (!row[11].is_null())
        reserve.syncedAt = columns::timestamp(row[11]);
    reserve.committed = columns::decimal(row[12], scale);
    return reserve;
}

std::optional<ReserveRow> firstRow(const pqxx::result &result)
{
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

} // namespace

std::vector<ReserveRow> ReserveRepository::list(pqxx::work &work)
{
    const auto result = work.exec(selectFrom("ORDER BY r.kind, r.asset, r.network, r.fiat_currency"));
    std::vector<ReserveRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

std::optional<ReserveRow> ReserveRepository::findById(pqxx::work &work, std::int64_t id)
{
    return firstRow(work.exec_params(selectFrom("WHERE r.id = $1"), id));
}

std::optional<ReserveRow> ReserveRepository::findByKey(pqxx::work &work, const ReserveKey &key)
{
    if (key.kind == domain::ReserveKind::Fiat)
        return firstRow(
            work.exec_params(selectFrom("WHERE r.kind = 'fiat' AND r.fiat_currency = $1"), nullable(key.fiatCurrency)));
    return firstRow(work.exec_params(selectFrom("WHERE r.kind = 'crypto' AND r.asset = $1 AND r.network = $2"),
                                     nullable(key.asset), nullable(key.network)));
}

std::optional<ReserveRow> ReserveRepository::findForPayout(pqxx::work &work, domain::Direction direction,
                                                           const std::string &asset, const std::string &network,
                                                           const std::string &fiat, bool lock)
{
    const bool fiatSide = domain::payoutReserveKind(direction) == domain::ReserveKind::Fiat;
    if (lock) {
        // The lock first, on the bare row: FOR UPDATE cannot sit on a query with an aggregate.
        const auto locked =
            fiatSide ? work.exec_params("SELECT id FROM reserves WHERE kind = 'fiat' AND fiat_currency = $1 FOR UPDATE",
                                        fiat)
                     : work.exec_params(
                           "SELECT id FROM reserves WHERE kind = 'crypto' AND asset = $1 AND network = $2 FOR UPDATE",
                           asset, network);
        if (locked.empty())
            return std::nullopt;
        return findById(work, locked[0][0].as<std::int64_t>());
    }
    ReserveKey key;
    key.kind = fiatSide ? domain::ReserveKind::Fiat : domain::ReserveKind::Crypto;
    if (fiatSide) {
        key.fiatCurrency = fiat;
    } else {
        key.asset = asset;
        key.network = network;
    }
    return findByKey(work, key);
}

std::optional<ReserveRow> ReserveRepository::insert(pqxx::work &work, const NewReserve &reserve)
{
    // No conflict target: the currency's key and the export code are both unique, and either taken
    // means nothing is inserted.
    const auto inserted =
        work.exec_params("INSERT INTO reserves (kind, asset, network, fiat_currency, amount, export_code, updated_by) "
                         "VALUES ($1, $2, $3, $4, $5::numeric, $6, $7::bigint) ON CONFLICT DO NOTHING RETURNING id",
                         std::string(domain::toString(reserve.key.kind)), nullable(reserve.key.asset),
                         nullable(reserve.key.network), nullable(reserve.key.fiatCurrency), reserve.amount.toString(),
                         nullable(reserve.exportCode), nullable(asText(reserve.operatorId)));
    if (inserted.empty())
        return std::nullopt;
    return findById(work, inserted[0][0].as<std::int64_t>());
}

std::optional<ReserveRow> ReserveRepository::update(pqxx::work &work, std::int64_t id, std::int64_t version,
                                                    const domain::Decimal &amount,
                                                    const std::optional<std::string> &exportCode,
                                                    std::optional<std::int64_t> operatorId)
{
    const auto updated = work.exec_params(
        "UPDATE reserves SET amount = $3::numeric, export_code = $4, updated_by = $5::bigint, version = version + 1, "
        "updated_at = now(), counts_from = now(), synced_from = NULL, synced_at = NULL "
        "WHERE id = $1 AND version = $2 RETURNING id",
        id, version, amount.toString(), nullable(exportCode), nullable(asText(operatorId)));
    if (updated.empty())
        return std::nullopt;
    return findById(work, id);
}

std::optional<ReserveRow> ReserveRepository::lockById(pqxx::work &work, std::int64_t id)
{
    if (work.exec_params("SELECT id FROM reserves WHERE id = $1 FOR UPDATE", id).empty())
        return std::nullopt;
    return findById(work, id);
}

ReserveRow ReserveRepository::recordWalletReading(pqxx::work &work, std::int64_t id, const domain::Decimal &amount,
                                                  const std::string &explorer, std::chrono::seconds settle)
{
    // counts_from never moves back for an unchanged balance: a hand count made after the reading
    // period started stays the point orders count from.
    work.exec_params0("UPDATE reserves SET synced_from = $2, synced_at = now(), "
                      "  counts_from = CASE WHEN amount = $3::numeric "
                      "                     THEN greatest(counts_from, now() - make_interval(secs => $4)) "
                      "                     ELSE now() - make_interval(secs => $4) END, "
                      "  version = CASE WHEN amount = $3::numeric THEN version ELSE version + 1 END, "
                      "  updated_at = CASE WHEN amount = $3::numeric THEN updated_at ELSE now() END, "
                      "  updated_by = CASE WHEN amount = $3::numeric THEN updated_by END, "
                      "  amount = $3::numeric "
                      "WHERE id = $1",
                      id, explorer, amount.toString(), static_cast<double>(settle.count()));
    return *findById(work, id);
}

bool ReserveRepository::exportCodeUsedElsewhere(pqxx::work &work, const std::string &code, std::int64_t exceptId)
{
    return !work.exec_params("SELECT 1 FROM reserves WHERE export_code = $1 AND id <> $2", code, exceptId).empty();
}

} // namespace p2pdesk::syncd::db
