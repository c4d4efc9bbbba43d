#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Net {
class TCPServer;
class StreamSocket;
} // namespace Poco::Net

namespace p2pdesk::test {

// A local SMTP server for tests on 127.0.0.1 (ephemeral port), speaking enough ESMTP for a real
// client: EHLO (advertising STARTTLS and AUTH PLAIN LOGIN), HELO, STARTTLS (upgrades with the given
// certificate), AUTH PLAIN / AUTH LOGIN, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT. It records each
// accepted message and can be told to misbehave once.
//
// Thread-safe: sessions run on the server's threads; every public function may be called from any
// thread.
class SmtpSink final {
public:
    struct Options {
        std::filesystem::path certFile; // PEM; STARTTLS is offered only when both files are given
        std::filesystem::path keyFile;
        // When set, MAIL FROM is refused (530) before a successful AUTH with these credentials.
        std::string user;
        std::string password;
    };

    struct Message {
        std::string from;
        std::vector<std::string> to;
        std::string subject;  // decoded (RFC 2047)
        std::string body;     // decoded (quoted-printable / base64), CRLF turned into LF
        std::string raw;      // the DATA as received (dot-stuffing undone)
        bool tls = false;     // received after STARTTLS
        std::string authUser; // who authenticated ("" without AUTH)
    };

    explicit SmtpSink(Options options);
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    std::uint16_t port() const { return m_port; }

    std::vector<Message> messages() const;
    bool waitFor(const std::function<bool(const std::vector<Message> &)> &predicate,
                 std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;
    // Every command line the sink received, in order (AUTH payloads included: tests look for
    // secrets in what the client logs, not here).
    std::vector<std::string> commands() const;
    int connections() const;

    // --- faults, each used once ---
    // The next RCPT TO is answered with `code` (e.g. 550 permanent, 451 temporary) and `text`.
    void failNextRcpt(int code, std::string text = "refused by the test");
    // The next session is closed right after its MAIL FROM is received, without an answer.
    void dropNextConnection();

private:
    class Session;
    friend class Session;

    void record(Message message);
    void noteCommand(const std::string &line);

    Options m_options;
    std::uint16_t m_port = 0;
    std::unique_ptr<Poco::Net::TCPServer> m_server;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::vector<Message> m_messages;
    std::vector<std::string> m_commands;
    int m_connections = 0;
    int m_rcptFailCode = 0;
    std::string m_rcptFailText;
    bool m_dropNext = false;
};

} // namespace p2pdesk::test
