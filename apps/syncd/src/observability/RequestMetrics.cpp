#include "observability/RequestMetrics.h"

#include <array>
#include <charconv>

namespace p2pdesk::syncd::observability {

const std::vector<double> &RequestMetrics::durationBuckets()
{
    static const std::vector<double> bounds = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
    return bounds;
}

RequestMetrics::RequestMetrics(Registry &registry)
    : m_requests(registry.counter("p2pdesk_http_requests_total",
                                  "HTTP requests answered, by route template, method and status.",
                                  {"route", "method", "status"}))
    , m_durations(registry.histogram(
          "p2pdesk_http_request_duration_seconds",
          "Time from a request's head arriving to its response being ready to send, by route template and method.",
          {"route", "method"}, durationBuckets()))
{
}

std::string_view RequestMetrics::methodLabel(std::string_view method)
{
    static constexpr std::array<std::string_view, 7> known = {"GET",   "HEAD",   "POST",   "PUT",
                                                              "PATCH", "DELETE", "OPTIONS"};
    for (const auto m : known) {
        if (method == m)
            return m;
    }
    return "other";
}

void RequestMetrics::record(std::string_view route, std::string_view method, int status,
                            std::chrono::nanoseconds elapsed)
{
    const auto methodName = methodLabel(method);
    char statusText[8];
    const auto [end, ec] = std::to_chars(statusText, statusText + sizeof statusText, status);
    const std::string_view statusLabel(statusText, ec == std::errc{} ? static_cast<std::size_t>(end - statusText) : 0);
    m_requests.labels({route, methodName, statusLabel}).inc();
    m_durations.labels({route, methodName}).observe(std::chrono::duration<double>(elapsed).count());
}

} // namespace p2pdesk::syncd::observability
