#include "p2pdesk/test/ScriptedFaults.h"

#include "p2pdesk/test/LocalHttpServer.h"

#include <Poco/Net/HTTPServerResponse.h>

#include <thread>

namespace p2pdesk::test {

void ScriptedFaults::push(const HttpFault &fault, int times)
{
    std::lock_guard lock(m_mutex);
    m_queue.emplace_back(fault, times);
}

std::optional<HttpFault> ScriptedFaults::take()
{
    std::lock_guard lock(m_mutex);
    if (m_queue.empty())
        return std::nullopt;
    auto fault = m_queue.front().first;
    if (--m_queue.front().second <= 0)
        m_queue.erase(m_queue.begin());
    return fault;
}

void ScriptedFaults::answer(Poco::Net::HTTPServerResponse &response, const HttpFault &fault)
{
    if (fault.stall.count() > 0)
        std::this_thread::sleep_for(fault.stall); // the client's timeout is what is under test
    if (fault.retryAfterSeconds)
        response.set("Retry-After", std::to_string(*fault.retryAfterSeconds));
    LocalHttpServer::answer(response, fault.status, fault.contentType, fault.body);
}

} // namespace p2pdesk::test
