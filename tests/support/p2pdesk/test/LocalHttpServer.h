#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace Poco {
class ThreadPool;
} // namespace Poco
namespace Poco::Net {
class HTTPServer;
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace p2pdesk::test {

// A plain-HTTP server on 127.0.0.1 with an ephemeral port, every request handed to one function
// (on the server's threads): the skeleton of the doubles of public APIs (FakeTicker, FakeTronscan, FakeEsplora).
// Started by the constructor; the destructor waits for requests in flight.
class LocalHttpServer final {
public:
    using Handler = std::function<void(Poco::Net::HTTPServerRequest &, Poco::Net::HTTPServerResponse &)>;

    explicit LocalHttpServer(Handler handler);
    ~LocalHttpServer();
    LocalHttpServer(const LocalHttpServer &) = delete;
    LocalHttpServer &operator=(const LocalHttpServer &) = delete;

    std::uint16_t port() const { return m_port; }

    // Sends `body` as application/json with `status`.
    static void answerJson(Poco::Net::HTTPServerResponse &response, int status, const std::string &body);
    // Sends `body` with `status` and `contentType` (APIs that answer plain text).
    static void answer(Poco::Net::HTTPServerResponse &response, int status, const std::string &contentType,
                       const std::string &body);

private:
    Handler m_handler;
    std::uint16_t m_port = 0;
    std::unique_ptr<Poco::ThreadPool> m_threads;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

} // namespace p2pdesk::test
