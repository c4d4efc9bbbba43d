#pragma once

#include "p2pdesk/test/ScriptedFaults.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace p2pdesk::test {

class LocalHttpServer;

// An exchange price ticker double on 127.0.0.1 (plain HTTP, ephemeral port), in the shape of the
// common public endpoint: GET /api/v3/ticker/price?symbol=USDTRUB → 200 {"symbol":"USDTRUB",
// "price":"92.15000000"}; an unknown symbol → 400 {"code":-1121,"msg":"Invalid symbol."}; a
// throttled client → 429 with Retry-After. Faults are scripted per test: the next N answers can
// be a status (429/418 with Retry-After, 500, 503), a body that is not the shape, or a stall
// longer than the client's timeout.
//
// Thread-safe: every function may be called while requests are served.
class FakeTicker final {
public:
    FakeTicker();
    ~FakeTicker();
    FakeTicker(const FakeTicker &) = delete;
    FakeTicker &operator=(const FakeTicker &) = delete;

    std::string url() const; // "http://127.0.0.1:PORT/api/v3/ticker/price"

    void setPrice(const std::string &symbol, const std::string &price);
    void removePrice(const std::string &symbol);

    using Fault = HttpFault;
    // The next `times` requests get this answer instead of the price.
    void failNext(const Fault &fault, int times = 1);

    // Every symbol asked for, in order; the count of requests served.
    std::vector<std::string> requestedSymbols() const;
    int requests() const;

    void handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response);

private:
    mutable std::mutex m_mutex;
    std::map<std::string, std::string> m_prices;
    ScriptedFaults m_faults;
    std::vector<std::string> m_requested;
    std::unique_ptr<LocalHttpServer> m_server; // last: stopped first, while the members it reads live
};

} // namespace p2pdesk::test
