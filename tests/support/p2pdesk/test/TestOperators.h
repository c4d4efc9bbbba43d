#pragma once

#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

// Operators for integration tests. Typical use:
//   auto admin = createOperator(server, "alice", {"admin"});
//   auto client = server.client();
//   client.setBearerToken(loginAs(client, admin));        // a real POST /api/v1/auth/login
//   // or, for many operators without the login round trip:
//   client.setBearerToken(createSession(db, admin.id));   // a session row inserted directly
namespace p2pdesk::test {

// Meets the 12-character minimum of the admin API. Test material only.
inline constexpr const char *kTestOperatorPassword = "fake-test-password-1";

struct TestOperator {
    std::int64_t id = 0;
    std::string username;
    std::string password;
    std::vector<std::string> roles;       // "operator" / "senior" / "admin"
    std::vector<std::uint8_t> totpSecret; // raw bytes, decoded from the enrolment URI
    std::string otpauthUri;
    std::string conninfo; // the database the operator lives in

    // The code an authenticator shows at `at`.
    std::string totpCode(std::chrono::system_clock::time_point at = std::chrono::system_clock::now()) const;
};

// Creates an active, enrolled operator in the server's database with the server's own TOTP key
// (the secret is sealed exactly as the admin API does). The password is hashed with a deliberately
// cheap argon2id setting so tests stay fast; the hash carries its parameters, so login verifies it.
// Throws std::runtime_error when the username is taken.
TestOperator createOperator(SyncdTestServer &server, const std::string &username, std::vector<std::string> roles,
                            const std::string &password = kTestOperatorPassword);

// Logs in over HTTPS with the password and the current TOTP code and returns the bearer token.
// Clears the operator's TOTP replay guard first so one test may log the same operator in repeatedly
// (tests of the replay guard itself must not use this). Throws std::runtime_error when refused.
std::string loginAs(HttpsTestClient &client, const TestOperator &op);

// Inserts a live session row (12 h absolute, 30 min idle) directly and returns its token: the fast
// path for tests that need many authenticated operators.
std::string createSession(const std::string &conninfo, std::int64_t operatorId);
std::string createSession(const PgTestDatabase &db, std::int64_t operatorId);

// A client of `server` already carrying a fresh session of `op` (createSession).
HttpsTestClient clientAs(SyncdTestServer &server, const TestOperator &op);

} // namespace p2pdesk::test
