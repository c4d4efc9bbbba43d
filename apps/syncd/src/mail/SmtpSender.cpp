#include "mail/SmtpSender.h"

#include "config/Config.h"
#include "security/TlsContext.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>

#include <cctype>
#include <exception>

namespace p2pdesk::syncd::mail {

namespace {

using Kind = SmtpError::Kind;

// SMTPClientSession with the two protected steps made reachable: EHLO that returns the server's
// capability list, and the STARTTLS upgrade of the session's own socket (SecureSMTPClientSession
// cannot verify the host name when built on a socket connected with a timeout).
class Session final : public Poco::Net::SMTPClientSession {
public:
    explicit Session(const Poco::Net::StreamSocket &socket)
        : SMTPClientSession(socket)
    {
    }

    std::string ehlo()
    {
        std::string response;
        login("p2pdesk", response); // opens (reads the greeting) once, then EHLO (HELO fallback)
        return response;
    }

    void upgrade(const std::string &host, Poco::Net::Context::Ptr context)
    {
        Poco::Net::SecureStreamSocket secure(Poco::Net::SecureStreamSocket::attach(socket(), host, context));
        socket() = secure;
    }
};

// The SMTP reply code in a Poco message ("... 550 5.1.1 no such user"), 0 when there is none.
int replyCode(const Poco::Exception &e)
{
    if (e.code() >= 200 && e.code() < 600)
        return e.code();
    const std::string &text = e.message();
    for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
        const bool boundary = i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]));
        if (boundary && (text[i] == '4' || text[i] == '5') && std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
            (i + 3 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 3]))))
            return std::stoi(text.substr(i, 3));
    }
    return 0;
}

bool hasCapability(const std::string &ehlo, const std::string &name)
{
    std::size_t pos = 0;
    while ((pos = ehlo.find(name, pos)) != std::string::npos) {
        const bool startOk = pos > 0 && (ehlo[pos - 1] == '-' || ehlo[pos - 1] == ' ');
        const auto end = pos + name.size();
        const bool endOk = end == ehlo.size() || ehlo[end] == '\r' || ehlo[end] == '\n' || ehlo[end] == ' ';
        if (startOk && endOk)
            return true;
        pos = end;
    }
    return false;
}

Poco::Net::Context::Ptr clientContext(const std::filesystem::path &caFile)
{
    security::initializeTls();
    return Poco::Net::Context::Ptr(new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", caFile.string(),
                                                          Poco::Net::Context::VERIFY_RELAXED, 9, caFile.empty()));
}

} // namespace

SmtpSettings SmtpSettings::fromConfig(const config::Config &config)
{
    SmtpSettings settings;
    settings.host = config.string("email.smtp_host");
    settings.port = static_cast<std::uint16_t>(config.integer("email.smtp_port"));
    settings.user = config.string("email.smtp_user");
    settings.password = config.secret("email.smtp_password_file");
    settings.from = config.string("email.from");
    const auto tls = config.string("email.starttls");
    if (tls != "required" && tls != "off")
        throw config::ConfigError("email.starttls must be required or off");
    settings.startTls = tls == "required";
    if (config.isSet("email.ca_file"))
        settings.caFile = config.path("email.ca_file");
    settings.timeout = std::chrono::milliseconds(config.integer("email.timeout_ms"));
    return settings;
}

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
}

std::string SmtpSender::scrub(std::string text) const
{
    if (m_settings.password.empty())
        return text;
    std::size_t pos = 0;
    while ((pos = text.find(m_settings.password, pos)) != std::string::npos)
        text.replace(pos, m_settings.password.size(), "***");
    return text;
}

void SmtpSender::send(const EmailMessage &message) const
{
    const Poco::Timespan timeout(std::chrono::duration_cast<std::chrono::microseconds>(m_settings.timeout).count());
    const std::string where = m_settings.host + ":" + std::to_string(m_settings.port);
    // A 5xx before the envelope (AUTH refused, …) is the desk's configuration, not this message:
    // it is retried like a network error. Only the envelope's and the data's 5xx are final.
    bool delivering = false;
    try {
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress(m_settings.host, m_settings.port), timeout);
        Session session(socket);
        session.setTimeout(timeout);
        auto capabilities = session.ehlo();
        if (m_settings.startTls) {
            if (!hasCapability(capabilities, "STARTTLS"))
                throw SmtpError(Kind::Temporary, 0, "SMTP server " + where + " does not offer STARTTLS");
            std::string response;
            const int status = session.sendCommand("STARTTLS", response);
            if (status < 200 || status >= 300)
                throw SmtpError(Kind::Temporary, status, "STARTTLS refused by " + where + ": " + response);
            session.upgrade(m_settings.host, clientContext(m_settings.caFile));
            capabilities = session.ehlo();
        }
        if (!m_settings.user.empty()) {
            // "250-AUTH LOGIN PLAIN": PLAIN when offered (one round trip), else LOGIN.
            const auto method = hasCapability(capabilities, "PLAIN") ? Poco::Net::SMTPClientSession::AUTH_PLAIN
                                                                     : Poco::Net::SMTPClientSession::AUTH_LOGIN;
            session.login(method, m_settings.user, m_settings.password);
        }
        Poco::Net::MailMessage mail;
        mail.setSender(m_settings.from);
        mail.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, message.to));
        mail.setSubject(Poco::Net::MailMessage::encodeWord(message.subject, "UTF-8"));
        mail.setContentType("text/plain; charset=UTF-8");
        mail.setContent(message.text, Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
        delivering = true;
        session.sendMessage(mail);
        try {
            session.close();
        } catch (const Poco::Exception &) {
            // The message was accepted; a failed QUIT does not undo that.
        }
    } catch (const SmtpError &) {
        throw;
    } catch (const Poco::Net::SMTPException &e) {
        const int code = replyCode(e);
        const auto kind = delivering && code >= 500 && code < 600 ? Kind::Permanent : Kind::Temporary;
        throw SmtpError(kind, code, scrub("SMTP " + where + ": " + e.displayText()));
    } catch (const Poco::Exception &e) {
        throw SmtpError(Kind::Temporary, 0, scrub("SMTP " + where + ": " + e.displayText()));
    } catch (const std::exception &e) {
        throw SmtpError(Kind::Temporary, 0, scrub("SMTP " + where + ": " + e.what()));
    }
}

} // namespace p2pdesk::syncd::mail
