#include "FakeSyncd.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>

namespace p2pdesk::workstation::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeSyncd::Responder::Responder(QSslSocket *socket)
    : m_socket(socket)
{
}

bool FakeSyncd::Responder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void FakeSyncd::Responder::respond(int status, const QByteArray &jsonBody) const
{
    if (!isConnected())
        return;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    // Like syncd, every answer names its request for the server log.
    static int requestIds = 0;
    response += "Content-Type: application/json\r\nX-Request-Id: fake-" + QByteArray::number(++requestIds) +
                "\r\nContent-Length: " + QByteArray::number(jsonBody.size()) + "\r\nConnection: close\r\n\r\n";
    response += jsonBody;
    m_socket->write(response);
    m_socket->disconnectFromHost();
}

void FakeSyncd::Responder::error(int status, const QString &code, const QString &message) const
{
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("details"), QJsonObject()}};
    respond(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact));
}

FakeSyncd::FakeSyncd(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeSyncd::onConnection);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
}

FakeSyncd::~FakeSyncd()
{
    // The sockets are children of m_server; they must not call back into a half-destroyed object.
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QSslSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void FakeSyncd::setCertificate(const TestCertificate &certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate.certificate);
    configuration.setPrivateKey(certificate.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);
}

bool FakeSyncd::listen(const TestCertificate &certificate, quint16 port)
{
    setCertificate(certificate);
    return m_server.listen(QHostAddress::LocalHost, port);
}

void FakeSyncd::close()
{
    m_server.close();
    for (QSslSocket *socket : m_buffers.keys())
        socket->abort();
}

QUrl FakeSyncd::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FakeSyncd::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.insert(QString::fromLatin1(method) + u' ' + path, std::move(handler));
}

void FakeSyncd::routeJson(const QByteArray &method, const QString &path, int status, const QByteArray &body)
{
    route(method, path,
          [status, body](const Request &, const Responder &responder) { responder.respond(status, body); });
}

QList<FakeSyncd::Request> FakeSyncd::requestsTo(const QString &path) const
{
    QList<Request> matching;
    for (const Request &request : m_requests) {
        if (request.path == path)
            matching << request;
    }
    return matching;
}

void FakeSyncd::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        m_buffers.insert(socket, {});
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeSyncd::onReadyRead(QSslSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests << request;
    emit requestReceived(request.path);
    const Responder responder(socket);
    const auto handler = m_routes.constFind(QString::fromLatin1(request.method) + u' ' + request.path);
    if (handler == m_routes.constEnd() && m_fallback)
        m_fallback(request, responder);
    else if (handler == m_routes.constEnd())
        responder.error(404, QStringLiteral("not_found"), QStringLiteral("no route"));
    else
        (*handler)(request, responder);
}

} // namespace p2pdesk::workstation::test
