#include "p2pdesk/test/SmtpSink.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>
#include <Poco/Net/TCPServerParams.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>

namespace p2pdesk::test {

namespace {

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string base64Decode(const std::string &text)
{
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in);
    std::string out;
    char c = 0;
    while (decoder.get(c))
        out.push_back(c);
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 2047 encoded words (=?charset?Q|B?text?=), whitespace between two of them dropped.
std::string decodeWords(const std::string &text)
{
    std::string out;
    std::size_t pos = 0;
    bool lastWasWord = false;
    while (pos < text.size()) {
        const auto start = text.find("=?", pos);
        if (start == std::string::npos) {
            out += text.substr(pos);
            break;
        }
        const auto q1 = text.find('?', start + 2);
        const auto q2 = q1 == std::string::npos ? q1 : text.find('?', q1 + 1);
        const auto end = q2 == std::string::npos ? q2 : text.find("?=", q2 + 1);
        if (end == std::string::npos) {
            out += text.substr(pos);
            break;
        }
        const auto between = text.substr(pos, start - pos);
        if (!(lastWasWord && between.find_first_not_of(" \t\r\n") == std::string::npos))
            out += between;
        const char encoding = static_cast<char>(std::toupper(static_cast<unsigned char>(text[q1 + 1])));
        const auto payload = text.substr(q2 + 1, end - q2 - 1);
        if (encoding == 'B') {
            out += base64Decode(payload);
        } else {
            for (std::size_t i = 0; i < payload.size(); ++i) {
                if (payload[i] == '_') {
                    out += ' ';
                } else if (payload[i] == '=' && i + 2 < payload.size() && hexValue(payload[i + 1]) >= 0 &&
                           hexValue(payload[i + 2]) >= 0) {
                    out += static_cast<char>(hexValue(payload[i + 1]) * 16 + hexValue(payload[i + 2]));
                    i += 2;
                } else {
                    out += payload[i];
                }
            }
        }
        pos = end + 2;
        lastWasWord = true;
    }
    return out;
}

// The Subject header as sent (continuation lines unfolded), undecoded: Poco's parser decodes
// encoded words but keeps the folding whitespace between two of them.
std::string rawSubject(const std::string &raw)
{
    std::size_t pos = 0;
    while (pos < raw.size()) {
        auto eol = raw.find("\r\n", pos);
        if (eol == std::string::npos || eol == pos)
            return {};
        if (upper(raw.substr(pos, 8)) == "SUBJECT:") {
            std::string value = raw.substr(pos + 8, eol - pos - 8);
            while (eol + 2 < raw.size() && (raw[eol + 2] == ' ' || raw[eol + 2] == '\t')) {
                const auto next = raw.find("\r\n", eol + 2);
                value += raw.substr(eol + 2, (next == std::string::npos ? raw.size() : next) - eol - 2);
                eol = next == std::string::npos ? raw.size() : next;
            }
            const auto first = value.find_first_not_of(" \t");
            return first == std::string::npos ? std::string() : value.substr(first);
        }
        pos = eol + 2;
    }
    return {};
}

std::string angleAddress(const std::string &arg)
{
    const auto open = arg.find('<');
    const auto close = arg.find('>', open == std::string::npos ? 0 : open);
    if (open == std::string::npos || close == std::string::npos)
        return arg;
    return arg.substr(open + 1, close - open - 1);
}

} // namespace

class SmtpSink::Session final : public Poco::Net::TCPServerConnection {
public:
    Session(const Poco::Net::StreamSocket &socket, SmtpSink &sink)
        : TCPServerConnection(socket)
        , m_sink(sink)
        , m_socket(socket)
    {
    }

    void run() override
    {
        {
            std::lock_guard lock(m_sink.m_mutex);
            ++m_sink.m_connections;
        }
        try {
            m_socket.setReceiveTimeout(Poco::Timespan(10, 0));
            dialog();
        } catch (const std::exception &) {
            // The client went away or the handshake failed: the session just ends.
        }
        m_sink.m_changed.notify_all();
    }

private:
    bool tlsOffered() const { return !m_sink.m_options.certFile.empty() && !m_sink.m_options.keyFile.empty(); }

    void reply(const std::string &text)
    {
        const std::string line = text + "\r\n";
        std::size_t sent = 0;
        while (sent < line.size()) {
            const int n = m_socket.sendBytes(line.data() + sent, static_cast<int>(line.size() - sent));
            if (n <= 0)
                throw std::runtime_error("send failed");
            sent += static_cast<std::size_t>(n);
        }
    }

    bool readLine(std::string &line)
    {
        for (;;) {
            const auto eol = m_buffer.find("\r\n");
            if (eol != std::string::npos) {
                line = m_buffer.substr(0, eol);
                m_buffer.erase(0, eol + 2);
                return true;
            }
            char chunk[4096];
            const int n = m_socket.receiveBytes(chunk, sizeof chunk);
            if (n <= 0)
                return false;
            m_buffer.append(chunk, static_cast<std::size_t>(n));
        }
    }

    void startTls()
    {
        auto context = Poco::Net::Context::Ptr(
            new Poco::Net::Context(Poco::Net::Context::SERVER_USE, m_sink.m_options.keyFile.string(),
                                   m_sink.m_options.certFile.string(), "", Poco::Net::Context::VERIFY_NONE, 9, false));
        m_buffer.clear();
        m_socket = Poco::Net::SecureStreamSocket::attach(m_socket, context);
        m_socket.setReceiveTimeout(Poco::Timespan(10, 0));
        m_tls = true;
        m_authUser.clear();
        resetEnvelope();
    }

    void resetEnvelope()
    {
        m_from.reset();
        m_to.clear();
    }

    bool checkCredentials(const std::string &user, const std::string &password)
    {
        const auto &o = m_sink.m_options;
        if (!o.user.empty() && (user != o.user || password != o.password))
            return false;
        m_authUser = user;
        return true;
    }

    void auth(const std::string &arg)
    {
        std::istringstream words(arg);
        std::string mechanism, initial;
        words >> mechanism >> initial;
        mechanism = upper(mechanism);
        std::string user, password;
        if (mechanism == "PLAIN") {
            if (initial.empty()) {
                reply("334 ");
                if (!readLine(initial))
                    throw std::runtime_error("closed in AUTH");
                m_sink.noteCommand(initial);
            }
            const auto decoded = base64Decode(initial);
            const auto first = decoded.find('\0');
            const auto second = first == std::string::npos ? first : decoded.find('\0', first + 1);
            if (second == std::string::npos) {
                reply("501 5.5.2 malformed AUTH PLAIN");
                return;
            }
            user = decoded.substr(first + 1, second - first - 1);
            password = decoded.substr(second + 1);
        } else if (mechanism == "LOGIN") {
            std::string line;
            if (initial.empty()) {
                reply("334 VXNlcm5hbWU6");
                if (!readLine(line))
                    throw std::runtime_error("closed in AUTH");
                m_sink.noteCommand(line);
                user = base64Decode(line);
            } else {
                user = base64Decode(initial);
            }
            reply("334 UGFzc3dvcmQ6");
            if (!readLine(line))
                throw std::runtime_error("closed in AUTH");
            m_sink.noteCommand(line);
            password = base64Decode(line);
        } else {
            reply("504 5.5.4 mechanism not supported");
            return;
        }
        if (checkCredentials(user, password))
            reply("235 2.7.0 authenticated");
        else
            reply("535 5.7.8 authentication failed");
    }

    void data()
    {
        reply("354 end with <CRLF>.<CRLF>");
        std::string raw, line;
        for (;;) {
            if (!readLine(line))
                throw std::runtime_error("closed in DATA");
            if (line == ".")
                break;
            if (!line.empty() && line[0] == '.')
                line.erase(0, 1);
            raw += line;
            raw += "\r\n";
        }
        Message message;
        message.from = m_from.value_or("");
        message.to = m_to;
        message.raw = raw;
        message.tls = m_tls;
        message.authUser = m_authUser;
        try {
            std::istringstream in(raw);
            Poco::Net::MailMessage mail;
            mail.read(in);
            message.subject = decodeWords(rawSubject(raw));
            std::string body = mail.getContent();
            std::string lf;
            for (std::size_t i = 0; i < body.size(); ++i) {
                if (body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n')
                    continue;
                lf += body[i];
            }
            message.body = lf;
        } catch (const std::exception &) {
            message.body = raw;
        }
        m_sink.record(std::move(message));
        reply("250 2.0.0 queued");
        resetEnvelope();
    }

    void dialog()
    {
        reply("220 localhost ESMTP p2pdesk test sink");
        std::string line;
        while (readLine(line)) {
            m_sink.noteCommand(line);
            const auto space = line.find(' ');
            const auto verb = upper(line.substr(0, space));
            const auto arg = space == std::string::npos ? std::string() : line.substr(space + 1);
            if (verb == "EHLO") {
                std::string text = "250-localhost greets " + arg + "\r\n";
                if (tlsOffered() && !m_tls)
                    text += "250-STARTTLS\r\n";
                text += "250-AUTH PLAIN LOGIN\r\n250 8BITMIME";
                reply(text);
            } else if (verb == "HELO") {
                reply("250 localhost");
            } else if (verb == "STARTTLS") {
                if (!tlsOffered() || m_tls) {
                    reply("502 5.5.1 STARTTLS not available");
                    continue;
                }
                reply("220 2.0.0 ready to start TLS");
                startTls();
            } else if (verb == "AUTH") {
                auth(arg);
            } else if (verb == "MAIL") {
                bool drop = false;
                {
                    std::lock_guard lock(m_sink.m_mutex);
                    std::swap(drop, m_sink.m_dropNext);
                }
                if (drop) {
                    m_socket.close();
                    return;
                }
                if (!m_sink.m_options.user.empty() && m_authUser.empty()) {
                    reply("530 5.7.0 authentication required");
                    continue;
                }
                resetEnvelope();
                m_from = angleAddress(arg);
                reply("250 2.1.0 ok");
            } else if (verb == "RCPT") {
                if (!m_from) {
                    reply("503 5.5.1 MAIL first");
                    continue;
                }
                int code = 0;
                std::string text;
                {
                    std::lock_guard lock(m_sink.m_mutex);
                    std::swap(code, m_sink.m_rcptFailCode);
                    text = m_sink.m_rcptFailText;
                }
                if (code != 0) {
                    reply(std::to_string(code) + " " + text);
                    continue;
                }
                m_to.push_back(angleAddress(arg));
                reply("250 2.1.5 ok");
            } else if (verb == "DATA") {
                if (!m_from || m_to.empty()) {
                    reply("503 5.5.1 no valid recipients");
                    continue;
                }
                data();
            } else if (verb == "RSET") {
                resetEnvelope();
                reply("250 2.0.0 ok");
            } else if (verb == "NOOP") {
                reply("250 2.0.0 ok");
            } else if (verb == "QUIT") {
                reply("221 2.0.0 bye");
                return;
            } else {
                reply("502 5.5.2 command not recognized");
            }
        }
    }

    SmtpSink &m_sink;
    Poco::Net::StreamSocket m_socket;
    std::string m_buffer;
    bool m_tls = false;
    std::string m_authUser;
    std::optional<std::string> m_from;
    std::vector<std::string> m_to;
};

namespace {

class SessionFactory final : public Poco::Net::TCPServerConnectionFactory {
public:
    explicit SessionFactory(std::function<Poco::Net::TCPServerConnection *(const Poco::Net::StreamSocket &)> make)
        : m_make(std::move(make))
    {
    }
    Poco::Net::TCPServerConnection *createConnection(const Poco::Net::StreamSocket &socket) override
    {
        return m_make(socket);
    }

private:
    std::function<Poco::Net::TCPServerConnection *(const Poco::Net::StreamSocket &)> m_make;
};

} // namespace

SmtpSink::SmtpSink(Options options)
    : m_options(std::move(options))
{
    Poco::Net::initializeSSL();
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    m_port = socket.address().port();
    auto params = Poco::Net::TCPServerParams::Ptr(new Poco::Net::TCPServerParams);
    params->setMaxThreads(4);
    m_server = std::make_unique<Poco::Net::TCPServer>(
        new SessionFactory([this](const Poco::Net::StreamSocket &s) { return new Session(s, *this); }), socket, params);
    m_server->start();
}

SmtpSink::~SmtpSink()
{
    m_server->stop();
}

void SmtpSink::record(Message message)
{
    {
        std::lock_guard lock(m_mutex);
        m_messages.push_back(std::move(message));
    }
    m_changed.notify_all();
}

void SmtpSink::noteCommand(const std::string &line)
{
    std::lock_guard lock(m_mutex);
    m_commands.push_back(line);
}

std::vector<SmtpSink::Message> SmtpSink::messages() const
{
    std::lock_guard lock(m_mutex);
    return m_messages;
}

bool SmtpSink::waitFor(const std::function<bool(const std::vector<Message> &)> &predicate,
                       std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return predicate(m_messages); });
}

std::vector<std::string> SmtpSink::commands() const
{
    std::lock_guard lock(m_mutex);
    return m_commands;
}

int SmtpSink::connections() const
{
    std::lock_guard lock(m_mutex);
    return m_connections;
}

void SmtpSink::failNextRcpt(int code, std::string text)
{
    std::lock_guard lock(m_mutex);
    m_rcptFailCode = code;
    m_rcptFailText = std::move(text);
}

void SmtpSink::dropNextConnection()
{
    std::lock_guard lock(m_mutex);
    m_dropNext = true;
}

} // namespace p2pdesk::test
