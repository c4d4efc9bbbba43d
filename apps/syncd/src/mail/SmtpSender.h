#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace p2pdesk::syncd::config {
class Config;
}

namespace p2pdesk::syncd::mail {

struct SmtpSettings {
    std::string host;
    std::uint16_t port = 587;
    std::string user;     // empty: no AUTH
    std::string password; // never logged, never in an error
    std::string from;
    bool startTls = true;         // false only for a local relay (email.starttls = off)
    std::filesystem::path caFile; // empty: the system's CAs
    std::chrono::milliseconds timeout{20000};

    // email.smtp_host, email.smtp_port, email.smtp_user, email.smtp_password_file, email.from,
    // email.starttls (required | off), email.ca_file, email.timeout_ms. Throws config::ConfigError on
    // an unknown email.starttls value.
    static SmtpSettings fromConfig(const config::Config &config);
};

struct EmailMessage {
    std::string to;
    std::string subject;
    std::string text; // plain text, UTF-8
};

// How a delivery failed: Permanent (an SMTP 5xx: this message will never be accepted) or
// Temporary (4xx, network, timeout, TLS: try again later).
class SmtpError final : public std::runtime_error {
public:
    enum class Kind { Permanent, Temporary };
    SmtpError(Kind kind, int code, const std::string &message)
        : std::runtime_error(message)
        , m_kind(kind)
        , m_code(code)
    {
    }
    Kind kind() const { return m_kind; }
    int code() const { return m_code; } // the SMTP reply code, 0 when none (network)

private:
    Kind m_kind;
    int m_code;
};

// Sends one e-mail per call through Poco's SMTP client: EHLO, STARTTLS (required unless turned off;
// a server that does not offer it is a Temporary error, nothing is sent in the clear), EHLO again,
// AUTH LOGIN when a user is set, MAIL FROM / RCPT TO / DATA, QUIT. One connection per message:
// the desk sends few e-mails. Errors carry the server's reply, never the password.
// Not thread-safe only in the sense that it keeps no state: each send() is independent.
class SmtpSender final {
public:
    explicit SmtpSender(SmtpSettings settings);

    // Throws SmtpError.
    void send(const EmailMessage &message) const;

    const SmtpSettings &settings() const { return m_settings; }

private:
    std::string scrub(std::string text) const;

    SmtpSettings m_settings;
};

} // namespace p2pdesk::syncd::mail
