#include "db/repositories/PayoutAccountRepository.h"

#include "db/SqlParams.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/binarystring>
#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

constexpr const char *kColumns = "id, customer_id, kind, key_id, nonce, ciphertext, encode(keyed_hash, 'hex'), masked";

security::Bytes bytes(const pqxx::field &field)
{
    const pqxx::binarystring data(field);
    return security::Bytes(data.begin(), data.end());
}

PayoutAccountRow readRow(const pqxx::row &row)
{
    PayoutAccountRow r;
    r.id = row[0].as<std::int64_t>();
    r.customerId = row[1].as<std::int64_t>();
    r.kind = row[2].as<std::string>();
    r.sealed.keyId = row[3].as<std::string>();
    r.sealed.nonce = bytes(row[4]);
    r.sealed.ciphertext = bytes(row[5]);
    r.keyedHashHex = row[6].as<std::string>();
    r.masked = row[7].as<std::string>();
    return r;
}

} // namespace

std::int64_t PayoutAccountRepository::insert(pqxx::work &work, const NewPayoutAccount &account)
{
    return work
        .exec_params1("INSERT INTO payout_accounts (customer_id, kind, ciphertext, nonce, key_id, keyed_hash, masked, "
                      "bank_id) VALUES ($1, $2, $3, $4, $5, decode($6, 'hex'), $7, $8::bigint) RETURNING id",
                      account.customerId, account.kind, bytea(account.sealed.ciphertext), bytea(account.sealed.nonce),
                      account.sealed.keyId, account.keyedHashHex, account.masked, nullable(asText(account.bankId)))[0]
        .as<std::int64_t>();
}

std::optional<PayoutAccountRow> PayoutAccountRepository::find(pqxx::work &work, std::int64_t id)
{
    const auto result = work.exec_params(std::string("SELECT ") + kColumns + " FROM payout_accounts WHERE id = $1", id);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

std::optional<PayoutAccountRow> PayoutAccountRepository::findByHash(pqxx::work &work, std::int64_t customerId,
                                                                    const std::string &keyedHashHex)
{
    const auto result = work.exec_params(std::string("SELECT ") + kColumns +
                                             " FROM payout_accounts WHERE customer_id = $1 "
                                             "AND keyed_hash = decode($2, 'hex') ORDER BY id LIMIT 1",
                                         customerId, keyedHashHex);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

bool PayoutAccountRepository::customerHasAccounts(pqxx::work &work, std::int64_t customerId)
{
    return work.exec_params1("SELECT EXISTS (SELECT 1 FROM payout_accounts WHERE customer_id = $1)", customerId)[0]
        .as<bool>();
}

void PayoutAccountRepository::setBank(pqxx::work &work, std::int64_t accountId, std::int64_t bankId)
{
    work.exec_params0("UPDATE payout_accounts SET bank_id = $2 WHERE id = $1 AND bank_id IS DISTINCT FROM $2",
                      accountId, bankId);
}

std::uint32_t PayoutAccountRepository::changesLast30Days(pqxx::work &work, std::int64_t customerId)
{
    return work
        .exec_params1("SELECT count(*) FROM payout_accounts WHERE customer_id = $1 "
                      "AND created_at >= now() - interval '30 days' "
                      "AND id <> (SELECT min(id) FROM payout_accounts WHERE customer_id = $1)",
                      customerId)[0]
        .as<std::uint32_t>();
}

std::vector<MaskedPayoutAccount> PayoutAccountRepository::listMasked(pqxx::work &work, std::int64_t customerId)
{
    const auto result = work.exec_params("SELECT p.id, p.kind, p.masked, b.name, " + columns::micros("p.created_at") +
                                             " FROM payout_accounts p LEFT JOIN banks b ON b.id = p.bank_id "
                                             "WHERE p.customer_id = $1 ORDER BY p.id",
                                         customerId);
    std::vector<MaskedPayoutAccount> accounts;
    accounts.reserve(result.size());
    for (const auto &row : result) {
        MaskedPayoutAccount account;
        account.id = row[0].as<std::int64_t>();
        account.kind = row[1].as<std::string>();
        account.masked = row[2].as<std::string>();
        account.bank = row[3].get<std::string>();
        account.createdAt = columns::timestamp(row[4]);
        accounts.push_back(std::move(account));
    }
    return accounts;
}

} // namespace p2pdesk::syncd::db
