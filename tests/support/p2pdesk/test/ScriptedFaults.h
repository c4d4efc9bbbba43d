#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Poco::Net {
class HTTPServerResponse;
} // namespace Poco::Net

namespace p2pdesk::test {

// A canned failure of a public API's double: the status, its Retry-After, the body, and a stall
// before answering (to run into the client's timeout).
struct HttpFault {
    int status = 500;
    std::optional<int> retryAfterSeconds; // sent as the Retry-After header
    std::string body = R"({"message":"Internal Server Error"})";
    std::chrono::milliseconds stall{0};
    std::string contentType = "application/json";
};

// The failures a test scripts for a double's next requests, in order: "the next `times` requests
// get this answer instead". Shared by FakeTicker, FakeTronscan, FakeEsplora and FakeEtherscan.
// Thread-safe.
class ScriptedFaults final {
public:
    void push(const HttpFault &fault, int times);
    // The fault scripted for this request, if any (it counts as used).
    std::optional<HttpFault> take();
    // Waits the fault's stall, then answers with it.
    static void answer(Poco::Net::HTTPServerResponse &response, const HttpFault &fault);

private:
    std::mutex m_mutex;
    std::vector<std::pair<HttpFault, int>> m_queue;
};

} // namespace p2pdesk::test
