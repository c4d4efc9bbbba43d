#include "p2pdesk/test/TestOperators.h"

#include "db/Transaction.h"
#include "db/repositories/OperatorRepository.h"
#include "security/Encoding.h"
#include "security/PasswordHasher.h"
#include "security/SessionToken.h"
#include "security/Totp.h"
#include "service/AuthService.h"

#include "p2pdesk/proto/Endpoints.h"

#include <pqxx/nontransaction>

#include <stdexcept>

namespace p2pdesk::test {

namespace {

std::vector<std::uint8_t> secretFromUri(const std::string &uri)
{
    const auto start = uri.find("secret=");
    if (start == std::string::npos)
        throw std::runtime_error("enrolment URI without a secret");
    const auto end = uri.find('&', start);
    const auto text = uri.substr(start + 7, end == std::string::npos ? std::string::npos : end - start - 7);
    const auto bytes = syncd::security::base32Decode(text);
    if (!bytes)
        throw std::runtime_error("enrolment URI with a malformed secret");
    return {bytes->begin(), bytes->end()};
}

} // namespace

std::string TestOperator::totpCode(std::chrono::system_clock::time_point at) const
{
    return syncd::security::totpCodeAt(totpSecret, std::chrono::floor<std::chrono::seconds>(at));
}

TestOperator createOperator(SyncdTestServer &server, const std::string &username, std::vector<std::string> roles,
                            const std::string &password)
{
    auto &services = server.app().services();
    // Cheap on purpose (see the header); production hashes use the configured cost.
    const syncd::security::PasswordHasher cheap(syncd::security::Argon2Params{256, 1, 1, 16, 32});
    auto hash = cheap.hash(password);
    if (!hash)
        throw std::runtime_error("test password refused by the hasher");

    TestOperator op;
    op.username = username;
    op.password = password;
    op.roles = std::move(roles);
    op.conninfo = services.pool().conninfo();
    syncd::db::inTransaction(services.pool(), [&](syncd::db::Transaction &tx) {
        const auto id = syncd::db::OperatorRepository::insert(tx.work(), username, op.roles, hash.value());
        if (!id)
            throw std::runtime_error("operator " + username + " exists");
        op.id = *id;
        op.otpauthUri = services.auth().enrolTotp(tx.work(), *id, username).otpauthUri;
    });
    op.totpSecret = secretFromUri(op.otpauthUri);
    return op;
}

std::string loginAs(HttpsTestClient &client, const TestOperator &op)
{
    {
        pqxx::connection conn(op.conninfo);
        pqxx::nontransaction work(conn);
        work.exec_params0("UPDATE operators SET totp_last_step = 0 WHERE id = $1", op.id);
    }
    const auto result = client.post(std::string(proto::endpoints::kLogin),
                                    {{"username", op.username}, {"password", op.password}, {"totp", op.totpCode()}});
    if (result.status != 200 || !result.json.is_object() || !result.json.contains("token"))
        throw std::runtime_error("login of " + op.username + " failed: " + std::to_string(result.status) + " " +
                                 result.body);
    return result.json["token"].get<std::string>();
}

std::string createSession(const std::string &conninfo, std::int64_t operatorId)
{
    const auto issued = syncd::security::issueSessionToken();
    pqxx::connection conn(conninfo);
    pqxx::nontransaction work(conn);
    work.exec_params0("INSERT INTO sessions (token_hash, operator_id, idle_expires_at, absolute_expires_at, ip) "
                      "VALUES (decode($1, 'hex'), $2, now() + interval '30 minutes', now() + interval '12 hours', "
                      "'127.0.0.1')",
                      issued.hash, operatorId);
    return issued.token;
}

std::string createSession(const PgTestDatabase &db, std::int64_t operatorId)
{
    return createSession(db.conninfo(), operatorId);
}

HttpsTestClient clientAs(SyncdTestServer &server, const TestOperator &op)
{
    auto client = server.client();
    client.setBearerToken(createSession(op.conninfo, op.id));
    return client;
}

} // namespace p2pdesk::test
