#include "feed/ChangeReader.h"

#include "db/repositories/ChangeEventRepository.h"

#include <pqxx/nontransaction>

namespace p2pdesk::syncd::feed {

proto::ChangesResponse ChangeReader::read(std::int64_t since, std::int64_t horizon) const
{
    proto::ChangesResponse response;
    response.lastSeq = since;
    if (horizon <= since)
        return response;
    auto conn = m_pool.acquire();
    try {
        pqxx::nontransaction tx(*conn);
        response.events = db::ChangeEventRepository::range(tx, since, horizon, kMaxEvents);
    } catch (const std::exception &) {
        conn.markBroken();
        throw;
    }
    if (!response.events.empty())
        response.lastSeq = response.events.back().seq;
    return response;
}

} // namespace p2pdesk::syncd::feed
