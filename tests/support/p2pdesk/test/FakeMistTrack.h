#pragma once

#include "p2pdesk/test/ScriptedFaults.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace p2pdesk::test {

class LocalHttpServer;

// MistTrack's OpenAPI as the desk's AML screening uses it, on 127.0.0.1 (plain HTTP, ephemeral
// port): GET /v1/risk_score?coin=&address=&api_key= → 200 {"success":true,"msg":"","data":{"score",
// "hacking_event","detail_list":[…],"risk_level","risk_detail":[…]}}. An address without a scripted
// score is clean (score 0, "Low", no details), as MistTrack scores any address. A key other than the
// configured one gets MistTrack's refusal, HTTP 200 {"success":false,"msg":"InvalidApiKey"}; a coin it
// does not list, {"success":false,"msg":"UnsupportedToken"}. Faults are scripted per test (ScriptedFaults):
// 429 ExceededRateLimit with Retry-After, 402 ExpiredPlan, 5xx, a body not in the shape, a stall.
//
// Thread-safe: every function may be called while requests are served.
class FakeMistTrack final {
public:
    explicit FakeMistTrack(std::string apiKey);
    ~FakeMistTrack();
    FakeMistTrack(const FakeMistTrack &) = delete;
    FakeMistTrack &operator=(const FakeMistTrack &) = delete;

    std::string url() const; // "http://127.0.0.1:PORT"

    struct Risk {
        int score = 0;
        std::string level = "Low";
        std::vector<std::string> details;
    };
    void setRisk(const std::string &address, const Risk &risk);

    using Fault = HttpFault;
    void failNext(const Fault &fault, int times = 1);

    struct Request {
        std::string coin;
        std::string address;
        std::string apiKey;
    };
    std::vector<Request> requests() const;

    void handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response);

private:
    const std::string m_apiKey;
    mutable std::mutex m_mutex;
    std::map<std::string, Risk> m_risks;
    std::vector<Request> m_requests;
    ScriptedFaults m_faults;
    std::unique_ptr<LocalHttpServer> m_server; // last: stopped first, while the members it reads live
};

} // namespace p2pdesk::test
