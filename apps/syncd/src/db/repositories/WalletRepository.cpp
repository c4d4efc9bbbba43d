#include "db/repositories/WalletRepository.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

constexpr const char *kColumns = "id, provider, kind, asset, network, address, label, secret_ref, active, "
                                 "(extract(epoch FROM created_at) * 1000000)::bigint";

WalletRow readRow(const pqxx::row &row)
{
    WalletRow w;
    w.id = row[0].as<std::int64_t>();
    w.provider = row[1].as<std::string>();
    w.kind = row[2].as<std::string>() == "cold" ? WalletKind::Cold : WalletKind::Hot;
    w.asset = row[3].as<std::string>();
    w.network = row[4].as<std::string>();
    w.address = row[5].as<std::string>();
    w.label = row[6].as<std::string>();
    if (!row[7].is_null())
        w.secretRef = row[7].as<std::string>();
    w.active = row[8].as<bool>();
    w.createdAt = std::chrono::system_clock::time_point(std::chrono::microseconds(row[9].as<std::int64_t>()));
    return w;
}

std::optional<WalletRow> firstRow(const pqxx::result &result)
{
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

} // namespace

std::optional<WalletRow> WalletRepository::findActiveHotWallet(pqxx::work &work, const std::string &asset,
                                                               const std::string &network)
{
    return firstRow(work.exec_params(std::string("SELECT ") + kColumns +
                                         " FROM crypto_wallets WHERE asset = $1 AND network = $2 AND active "
                                         "AND kind = 'hot' ORDER BY id LIMIT 1",
                                     asset, network));
}

std::optional<WalletRow> WalletRepository::findById(pqxx::work &work, std::int64_t id)
{
    static const PreparedStatement statement{"crypto_wallets.find",
                                             std::string("SELECT ") + kColumns + " FROM crypto_wallets WHERE id = $1"};
    return firstRow(execPrepared(work, statement, id));
}

std::vector<WalletRow> WalletRepository::list(pqxx::work &work)
{
    const auto result = work.exec(std::string("SELECT ") + kColumns + " FROM crypto_wallets ORDER BY id");
    std::vector<WalletRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

WalletRow WalletRepository::insert(pqxx::work &work, const NewWallet &w)
{
    return readRow(work.exec_params1(
        std::string("INSERT INTO crypto_wallets (provider, kind, asset, network, address, label, secret_ref) "
                    "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ") +
            kColumns,
        w.provider, std::string(w.kind == WalletKind::Cold ? "cold" : "hot"), w.asset, w.network, w.address, w.label,
        nullable(w.secretRef)));
}

std::optional<WalletRow> WalletRepository::setActive(pqxx::work &work, std::int64_t id, bool active)
{
    return firstRow(work.exec_params(std::string("UPDATE crypto_wallets SET active = $2 WHERE id = $1 AND active <> $2 "
                                                 "RETURNING ") +
                                         kColumns,
                                     id, active));
}

} // namespace p2pdesk::syncd::db
