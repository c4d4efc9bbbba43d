#pragma once

#include "observability/MetricsRegistry.h"

#include <chrono>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::observability {

// What every HTTP request adds to /metrics:
//   p2pdesk_http_requests_total{route, method, status}
//   p2pdesk_http_request_duration_seconds{route, method} (histogram, head in → response ready)
// `route` is the matched route's template ("/api/v1/orders/{id}"), or "unmatched" for an unknown
// path, a method the path does not serve, and a request refused before routing; `method` is one of
// the HTTP methods or "other". A client can therefore not grow the page by inventing paths, ids or
// methods: its size is bounded by the route table.
class RequestMetrics final {
public:
    static constexpr std::string_view kUnmatchedRoute = "unmatched";

    explicit RequestMetrics(Registry &registry);

    void record(std::string_view route, std::string_view method, int status, std::chrono::nanoseconds elapsed);

    static std::string_view methodLabel(std::string_view method);
    // Upper bounds in seconds: the API answers in milliseconds, a change-feed long-poll waits up to
    // 60 s, so both ends are resolved (the route label separates them).
    static const std::vector<double> &durationBuckets();

private:
    CounterFamily &m_requests;
    HistogramFamily &m_durations;
};

} // namespace p2pdesk::syncd::observability
