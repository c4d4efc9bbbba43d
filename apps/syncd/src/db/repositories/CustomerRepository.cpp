#include "db/repositories/CustomerRepository.h"

#include "db/SqlParams.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/except>
#include <pqxx/result>
#include <pqxx/subtransaction>

namespace p2pdesk::syncd::db {

namespace {

constexpr const char *kColumns =
    "id, tg_user_id, username, blocked, blocked_reason, first_name, language, language_chosen, "
    "verification_word, email, unreachable_at IS NOT NULL, unreachable_reason, kyc_level";

CustomerRow readRow(const pqxx::row &row)
{
    CustomerRow c;
    c.id = row[0].as<std::int64_t>();
    c.telegramId = row[1].as<std::int64_t>();
    c.username = row[2].get<std::string>();
    c.blocked = row[3].as<bool>();
    c.blockedReason = row[4].get<std::string>();
    c.firstName = row[5].get<std::string>();
    c.language = row[6].as<std::string>();
    c.languageChosen = row[7].as<bool>();
    c.verificationWord = row[8].get<std::string>();
    c.email = row[9].get<std::string>();
    c.unreachable = row[10].as<bool>();
    c.unreachableReason = row[11].get<std::string>();
    // The column's CHECK keeps it in range; a value from a newer schema reads as unverified, the
    // level that allows least.
    c.kycLevel = domain::kycLevelFromNumber(row[12].as<int>()).value_or(domain::KycLevel::Unverified);
    return c;
}

// Telegram's language_code is an IETF tag; the desk speaks Russian and English. Russian for the
// languages of the region where customers read Russian more readily than English.
std::string deskLanguage(const std::optional<std::string> &code)
{
    if (!code || code->size() < 2)
        return "ru";
    const std::string primary = code->substr(0, 2);
    for (const char *ru : {"ru", "uk", "be", "kk", "uz", "ky", "tg", "hy", "az", "ka"})
        if (primary == ru)
            return "ru";
    return "en";
}

} // namespace

CustomerRow CustomerRepository::upsert(pqxx::work &work, std::int64_t telegramId,
                                       const std::optional<std::string> &username)
{
    const auto row = work.exec_params1(
        std::string(
            "INSERT INTO customers (tg_user_id, username) VALUES ($1, $2) "
            "ON CONFLICT (tg_user_id) DO UPDATE SET username = coalesce(EXCLUDED.username, customers.username), "
            "updated_at = now() RETURNING ") +
            kColumns,
        telegramId, nullable(username));
    return readRow(row);
}

CustomerRow CustomerRepository::touchFromTelegram(pqxx::work &work, const TelegramProfile &profile)
{
    const auto row = work.exec_params1(
        std::string(
            "INSERT INTO customers (tg_user_id, username, first_name, language) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (tg_user_id) DO UPDATE SET "
            "username = coalesce(EXCLUDED.username, customers.username), "
            "first_name = coalesce(EXCLUDED.first_name, customers.first_name), "
            "language = CASE WHEN customers.language_chosen THEN customers.language ELSE EXCLUDED.language END, "
            "updated_at = now() RETURNING ") +
            kColumns,
        profile.telegramId, nullable(profile.username), nullable(profile.firstName),
        deskLanguage(profile.languageCode));
    return readRow(row);
}

std::optional<CustomerRow> CustomerRepository::find(pqxx::work &work, std::int64_t id)
{
    const auto result = work.exec_params(std::string("SELECT ") + kColumns + " FROM customers WHERE id = $1", id);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

std::optional<CustomerRow> CustomerRepository::findByTelegramId(pqxx::work &work, std::int64_t telegramId)
{
    const auto result =
        work.exec_params(std::string("SELECT ") + kColumns + " FROM customers WHERE tg_user_id = $1", telegramId);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

std::optional<std::string> CustomerRepository::ensureVerificationWord(pqxx::work &work, std::int64_t id,
                                                                      const std::string &candidate)
{
    // A savepoint: a unique violation must not abort the caller's transaction.
    pqxx::subtransaction sub(work, "verification_word");
    try {
        const auto row = sub.exec_params1(
            "UPDATE customers SET verification_word = coalesce(verification_word, $2), updated_at = now() "
            "WHERE id = $1 RETURNING verification_word",
            id, candidate);
        sub.commit();
        return row[0].as<std::string>();
    } catch (const pqxx::unique_violation &) {
        sub.abort();
        return std::nullopt;
    }
}

void CustomerRepository::setLanguage(pqxx::work &work, std::int64_t id, const std::string &language)
{
    work.exec_params0("UPDATE customers SET language = $2, language_chosen = true, updated_at = now() WHERE id = $1",
                      id, language);
}

void CustomerRepository::setEmail(pqxx::work &work, std::int64_t id, const std::optional<std::string> &email)
{
    work.exec_params0("UPDATE customers SET email = $2, updated_at = now() WHERE id = $1", id, nullable(email));
}

void CustomerRepository::markUnreachable(pqxx::work &work, std::int64_t id, const std::string &reason)
{
    work.exec_params0("UPDATE customers SET unreachable_at = coalesce(unreachable_at, now()), unreachable_reason = $2, "
                      "updated_at = now() WHERE id = $1",
                      id, reason);
}

void CustomerRepository::markReachable(pqxx::work &work, std::int64_t id)
{
    work.exec_params0("UPDATE customers SET unreachable_at = NULL, unreachable_reason = NULL, updated_at = now() "
                      "WHERE id = $1 AND unreachable_at IS NOT NULL",
                      id);
}

std::optional<CustomerProfileFacts> CustomerRepository::profileFacts(pqxx::work &work, std::int64_t id)
{
    const auto result = work.exec_params(
        "SELECT " + columns::micros("c.created_at") + ", " + columns::micros("b.at") + ", op.id, op.username, " +
            columns::micros("k.at") +
            ", kop.id, kop.username, k.reason FROM customers c "
            "LEFT JOIN LATERAL (SELECT a.at, a.actor FROM audit_log a WHERE c.blocked AND a.entity = 'customer' "
            "AND a.entity_id = c.id::text AND a.action = 'customer.block' ORDER BY a.seq DESC LIMIT 1) b ON true "
            "LEFT JOIN operators op ON b.actor = 'operator:' || op.id::text "
            "LEFT JOIN LATERAL (SELECT a.at, a.actor, a.reason FROM audit_log a WHERE a.entity = 'customer' "
            "AND a.entity_id = c.id::text AND a.action = 'customer.kyc_level' ORDER BY a.seq DESC LIMIT 1) k ON true "
            "LEFT JOIN operators kop ON k.actor = 'operator:' || kop.id::text "
            "WHERE c.id = $1",
        id);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    CustomerProfileFacts facts;
    facts.createdAt = columns::timestamp(row[0]);
    facts.blockedAt = columns::optionalTimestamp(row[1]);
    facts.blockedById = row[2].get<std::int64_t>();
    facts.blockedByUsername = row[3].get<std::string>();
    facts.kycChangedAt = columns::optionalTimestamp(row[4]);
    facts.kycChangedById = row[5].get<std::int64_t>();
    facts.kycChangedByUsername = row[6].get<std::string>();
    facts.kycChangedReason = row[7].get<std::string>();
    return facts;
}

bool CustomerRepository::setBlocked(pqxx::work &work, std::int64_t id, bool blocked,
                                    const std::optional<std::string> &reason)
{
    return !work.exec_params("UPDATE customers SET blocked = $2, blocked_reason = $3, updated_at = now() "
                             "WHERE id = $1 AND blocked <> $2 RETURNING 1",
                             id, blocked, nullable(blocked ? reason : std::nullopt))
                .empty();
}

std::optional<domain::KycLevel> CustomerRepository::setKycLevel(pqxx::work &work, std::int64_t id,
                                                                domain::KycLevel level)
{
    // The old value from a locked read of the same row: RETURNING sees only the new one.
    const auto result = work.exec_params("UPDATE customers c SET kyc_level = $2, updated_at = now() "
                                         "FROM (SELECT id, kyc_level FROM customers WHERE id = $1 FOR UPDATE) old "
                                         "WHERE c.id = old.id AND old.kyc_level <> $2 RETURNING old.kyc_level",
                                         id, domain::toNumber(level));
    if (result.empty())
        return std::nullopt;
    return domain::kycLevelFromNumber(result[0][0].as<int>()).value_or(domain::KycLevel::Unverified);
}

} // namespace p2pdesk::syncd::db
