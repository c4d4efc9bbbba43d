#pragma once

#include "http/Router.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http {

// Poco's entry point: one RequestDispatcher per request. It builds the RequestContext, routes,
// runs middleware + handler, commits the request's transaction, maps any failure through
// mapException, writes the response, then records the request in the metrics (by route template)
// and writes the access-log line.
class RequestDispatcher final : public Poco::Net::HTTPRequestHandler {
public:
    RequestDispatcher(const Router &router, app::Services &services);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

private:
    HttpResponse handle(RequestContext &ctx);

    const Router &m_router;
    app::Services &m_services;
    const Route *m_route = nullptr; // the matched route, once routed
};

class RequestDispatcherFactory final : public Poco::Net::HTTPRequestHandlerFactory {
public:
    RequestDispatcherFactory(const Router &router, app::Services &services);
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override;

private:
    const Router &m_router;
    app::Services &m_services;
};

} // namespace p2pdesk::syncd::http
