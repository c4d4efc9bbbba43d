#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::observability {

// Label name → value, in the order they are written.
using Labels = std::vector<std::pair<std::string, std::string>>;

// One scrape's worth of samples, written as the Prometheus text exposition format 0.0.4
// (https://prometheus.io/docs/instrumenting/exposition_formats/): per metric family one `# HELP`
// and one `# TYPE` line, then all its samples together. Samples may be added in any order and from
// several sources (the request counters, the database figures, the Telegram bridge's workers): a
// family is kept together however its samples arrive, which the format requires and a scraper
// enforces. Adding a family again with another type or help, or the same label set twice, is a
// programming error (std::logic_error), caught by the tests rather than served as a broken page.
class Exposition final {
public:
    enum class Type { Counter, Gauge, Histogram };

    // A counter's name ends in `_total`; its value only grows while the process lives.
    void counter(std::string_view name, std::string_view help, Labels labels, double value);
    void gauge(std::string_view name, std::string_view help, Labels labels, double value);
    // `cumulative` holds one count per bound (observations ≤ bound), then the +Inf count, which is
    // also `_count`. Bounds ascend.
    void histogram(std::string_view name, std::string_view help, const Labels &labels,
                   const std::vector<double> &bounds, const std::vector<std::uint64_t> &cumulative, double sum);

    // The page, ending in a newline; families in the order they first appeared.
    std::string text() const;

    // The format's spelling of a value: integers without a fraction, shortest round-trip decimals
    // otherwise, +Inf, -Inf, NaN.
    static std::string formatValue(double value);
    // A label value between its quotes: backslash, double quote and newline escaped.
    static std::string escapeLabelValue(std::string_view value);
    // HELP text: backslash and newline escaped.
    static std::string escapeHelp(std::string_view help);

private:
    struct Family {
        std::string name;
        std::string help;
        Type type;
        std::vector<std::string> sampleLines;
        std::set<std::string> labelSets; // label sets already used, for the duplicate check
    };

    Family &family(std::string_view name, std::string_view help, Type type);
    static void addSample(Family &f, std::string_view suffix, const Labels &labels, double value, bool checkDuplicate);

    std::vector<Family> m_families;
};

} // namespace p2pdesk::syncd::observability
