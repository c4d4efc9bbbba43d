#include "p2pdesk/test/LocalHttpServer.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <utility>

namespace p2pdesk::test {

namespace {

class Handler final : public Poco::Net::HTTPRequestHandler {
public:
    explicit Handler(const LocalHttpServer::Handler &handler)
        : m_handler(handler)
    {
    }
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override
    {
        m_handler(request, response);
    }

private:
    const LocalHttpServer::Handler &m_handler;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit Factory(const LocalHttpServer::Handler &handler)
        : m_handler(handler)
    {
    }
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new Handler(m_handler);
    }

private:
    const LocalHttpServer::Handler &m_handler;
};

} // namespace

LocalHttpServer::LocalHttpServer(Handler handler)
    : m_handler(std::move(handler))
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    m_port = socket.address().port();
    auto params = Poco::Net::HTTPServerParams::Ptr(new Poco::Net::HTTPServerParams);
    params->setMaxThreads(8);
    params->setKeepAlive(true);
    m_threads = std::make_unique<Poco::ThreadPool>(1, 8);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(m_handler), *m_threads, socket, params);
    m_server->start();
}

LocalHttpServer::~LocalHttpServer()
{
    m_server->stopAll(true);
    m_threads->joinAll();
}

void LocalHttpServer::answerJson(Poco::Net::HTTPServerResponse &response, int status, const std::string &body)
{
    answer(response, status, "application/json", body);
}

void LocalHttpServer::answer(Poco::Net::HTTPServerResponse &response, int status, const std::string &contentType,
                             const std::string &body)
{
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType(contentType);
    response.setContentLength(static_cast<std::streamsize>(body.size()));
    response.send() << body;
}

} // namespace p2pdesk::test
