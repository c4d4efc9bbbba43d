#pragma once

#include "db/Transaction.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

namespace p2pdesk::syncd::service {

class RateService;

// The public rates export (GET /export/rates.xml): one item per active, fresh rate whose two
// currencies both have a reserve with an export code, offering no more than the "to" reserve has
// left (domain::exportOffer). Aggregators poll it every few seconds from many addresses, so the
// document is built at most once per `ttl` per instance and served from memory in between; a
// rate, reserve or flag change shows within ttl.
class RatesExportService final {
public:
    explicit RatesExportService(RateService &rates, std::chrono::milliseconds ttl = std::chrono::seconds(5))
        : m_rates(rates)
        , m_ttl(ttl)
    {
    }

    // The document, or nullopt while the rates_export flag is off. `openTx` is called only when the
    // cache is cold, so a warm hit costs no database round trip.
    std::optional<std::string> document(const std::function<db::Transaction &()> &openTx);

    // How many times the document was built; tests use it to prove hits come from the cache.
    std::uint64_t builds() const;

private:
    std::optional<std::string> build(db::Transaction &tx);

    RateService &m_rates;
    std::chrono::milliseconds m_ttl;
    mutable std::mutex m_mutex;
    std::optional<std::chrono::steady_clock::time_point> m_builtAt;
    std::optional<std::string> m_document;
    std::uint64_t m_builds = 0;
};

} // namespace p2pdesk::syncd::service
