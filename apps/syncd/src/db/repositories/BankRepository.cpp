#include "db/repositories/BankRepository.h"

#include "db/SqlParams.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

std::string columnList()
{
    return "id, code, name, country, fiat_currency, active, version, " + columns::micros("created_at") + ", " +
           columns::micros("updated_at");
}

BankRow readRow(const pqxx::row &row)
{
    BankRow bank;
    bank.id = row[0].as<std::int64_t>();
    bank.code = row[1].as<std::string>();
    bank.name = row[2].as<std::string>();
    bank.country = row[3].get<std::string>();
    bank.fiatCurrency = row[4].as<std::string>();
    bank.active = row[5].as<bool>();
    bank.version = row[6].as<std::int64_t>();
    bank.createdAt = columns::timestamp(row[7]);
    bank.updatedAt = columns::timestamp(row[8]);
    return bank;
}

std::optional<BankRow> firstRow(const pqxx::result &result)
{
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

} // namespace

std::vector<BankRow> BankRepository::list(pqxx::work &work, const std::optional<std::string> &fiat,
                                          std::optional<bool> active)
{
    const std::optional<std::string> activeText =
        active ? std::optional<std::string>(*active ? "true" : "false") : std::nullopt;
    const auto result = work.exec_params("SELECT " + columnList() +
                                             " FROM banks WHERE ($1::text IS NULL OR fiat_currency = $1) "
                                             "AND ($2::boolean IS NULL OR active = $2::boolean) "
                                             "ORDER BY fiat_currency, lower(name), id",
                                         nullable(fiat), nullable(activeText));
    std::vector<BankRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

std::optional<BankRow> BankRepository::findById(pqxx::work &work, std::int64_t id)
{
    return firstRow(work.exec_params("SELECT " + columnList() + " FROM banks WHERE id = $1", id));
}

std::optional<BankRow> BankRepository::findByCode(pqxx::work &work, const std::string &code)
{
    return firstRow(work.exec_params("SELECT " + columnList() + " FROM banks WHERE code = $1", code));
}

std::optional<BankRow> BankRepository::insert(pqxx::work &work, const NewBank &bank)
{
    return firstRow(work.exec_params("INSERT INTO banks (code, name, country, fiat_currency) VALUES ($1, $2, $3, $4) "
                                     "ON CONFLICT (code) DO NOTHING RETURNING " +
                                         columnList(),
                                     bank.code, bank.name, nullable(bank.country), bank.fiatCurrency));
}

std::optional<BankRow> BankRepository::update(pqxx::work &work, std::int64_t id, std::int64_t version,
                                              const BankEdit &edit)
{
    return firstRow(work.exec_params("UPDATE banks SET name = $3, country = $4, active = $5, version = version + 1, "
                                     "updated_at = now() WHERE id = $1 AND version = $2 RETURNING " +
                                         columnList(),
                                     id, version, edit.name, nullable(edit.country), edit.active));
}

} // namespace p2pdesk::syncd::db
