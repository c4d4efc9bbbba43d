#pragma once

#include "TestCertificate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QSslSocket;

namespace p2pdesk::workstation::test {

// A small HTTPS/1.1 server inside the test process that plays syncd's API: one handler per
// "METHOD /path", requests recorded for assertions, answers possibly deferred (long-polls).
class FakeSyncd final : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    // Answers a request; may be kept and called later. Calling it after the client went away is
    // harmless.
    class Responder {
    public:
        explicit Responder(QSslSocket *socket);
        void respond(int status, const QByteArray &jsonBody) const;
        void error(int status, const QString &code, const QString &message = {}) const;
        bool isConnected() const;

    private:
        QPointer<QSslSocket> m_socket;
    };

    using Handler = std::function<void(const Request &, const Responder &)>;

    explicit FakeSyncd(QObject *parent = nullptr);
    ~FakeSyncd() override;

    bool listen(const TestCertificate &certificate, quint16 port = 0);
    // New connections use this certificate from now on.
    void setCertificate(const TestCertificate &certificate);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;

    void route(const QByteArray &method, const QString &path, Handler handler);
    // Answers every request of this route with the same status and body.
    void routeJson(const QByteArray &method, const QString &path, int status, const QByteArray &body);

    // Handles every request no route matched (e.g. "/api/v1/orders/{id}").
    void setFallback(Handler handler) { m_fallback = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsTo(const QString &path) const;
    int handshakes() const { return m_handshakes; }

signals:
    void requestReceived(const QString &path);

private:
    void onConnection();
    void onReadyRead(QSslSocket *socket);

    QSslServer m_server;
    QHash<QString, Handler> m_routes;
    Handler m_fallback;
    QList<Request> m_requests;
    QHash<QSslSocket *, QByteArray> m_buffers;
    int m_handshakes = 0;
};

} // namespace p2pdesk::workstation::test
