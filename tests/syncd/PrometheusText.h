#pragma once

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// A strict reader of the Prometheus text exposition format 0.0.4, written from the format's
// description (https://prometheus.io/docs/instrumenting/exposition_formats/), not from syncd's
// writer, so the two cannot share a mistake. It refuses (std::runtime_error naming the line) what a
// scraper would refuse or silently misread:
//   - a line that is neither `# HELP`, `# TYPE`, another comment, nor `name{labels} value`;
//   - a metric or label name outside [a-zA-Z_:][a-zA-Z0-9_:]* / [a-zA-Z_][a-zA-Z0-9_]*, an escape
//     other than \\ \" \n in a label value, a value that is not a float, +Inf, -Inf or NaN;
//   - a sample whose family has no HELP and TYPE before it, a family whose samples are not
//     together, a second HELP or TYPE of a family, the same series twice;
//   - a histogram without its +Inf bucket, _sum or _count, buckets that are not cumulative, or a
//     _count other than the +Inf bucket.
// The project's own additions: every family has both HELP and TYPE, and HELP text is not empty.
namespace prometheus_text {

using Labels = std::map<std::string, std::string>;

struct Sample {
    std::string name;
    Labels labels;
    double value = 0;
};

struct Family {
    std::string name;
    std::string help;
    std::string type;
    std::vector<Sample> samples;
};

struct Page {
    std::vector<Family> families;

    const Family *family(const std::string &name) const
    {
        for (const auto &f : families) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }
    // The value of one series, or nullopt.
    std::optional<double> value(const std::string &name, const Labels &labels = {}) const
    {
        for (const auto &f : families) {
            for (const auto &s : f.samples) {
                if (s.name == name && s.labels == labels)
                    return s.value;
            }
        }
        return std::nullopt;
    }
    // Every series of a sample name.
    std::vector<Sample> samples(const std::string &name) const
    {
        std::vector<Sample> out;
        for (const auto &f : families) {
            for (const auto &s : f.samples) {
                if (s.name == name)
                    out.push_back(s);
            }
        }
        return out;
    }
};

namespace detail {

inline bool nameStart(char c, bool colon)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colon && c == ':');
}

inline bool validName(const std::string &n, bool colon)
{
    if (n.empty() || !nameStart(n[0], colon))
        return false;
    return std::all_of(n.begin(), n.end(), [&](char c) { return nameStart(c, colon) || (c >= '0' && c <= '9'); });
}

[[noreturn]] inline void fail(int lineNo, const std::string &line, const std::string &why)
{
    throw std::runtime_error("line " + std::to_string(lineNo) + ": " + why + ": " + line);
}

inline double parseValue(const std::string &text, int lineNo, const std::string &line)
{
    if (text == "+Inf")
        return INFINITY;
    if (text == "-Inf")
        return -INFINITY;
    if (text == "NaN")
        return NAN;
    if (text.empty())
        fail(lineNo, line, "no value");
    // Go's ParseFloat: digits, sign, '.', exponent; nothing else (no hex, no "inf" spellings).
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            fail(lineNo, line, "not a float: " + text);
    }
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size())
        fail(lineNo, line, "not a float: " + text);
    return v;
}

// The family a sample name belongs to: a histogram's _bucket, _sum and _count go to their base.
inline std::string familyOf(const std::string &sample, const std::map<std::string, std::string> &types)
{
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        const std::string s(suffix);
        if (sample.size() > s.size() && sample.compare(sample.size() - s.size(), s.size(), s) == 0) {
            const auto base = sample.substr(0, sample.size() - s.size());
            const auto it = types.find(base);
            if (it != types.end() && (it->second == "histogram" || it->second == "summary"))
                return base;
        }
    }
    return sample;
}

inline Sample parseSample(const std::string &line, int lineNo)
{
    Sample s;
    std::size_t i = 0;
    while (i < line.size() && line[i] != '{' && line[i] != ' ')
        ++i;
    s.name = line.substr(0, i);
    if (!validName(s.name, true))
        fail(lineNo, line, "bad metric name");
    if (i < line.size() && line[i] == '{') {
        ++i;
        while (true) {
            if (i < line.size() && line[i] == '}') {
                ++i;
                break;
            }
            std::size_t eq = line.find('=', i);
            if (eq == std::string::npos)
                fail(lineNo, line, "label without '='");
            const auto labelName = line.substr(i, eq - i);
            if (!validName(labelName, false))
                fail(lineNo, line, "bad label name '" + labelName + "'");
            i = eq + 1;
            if (i >= line.size() || line[i] != '"')
                fail(lineNo, line, "label value not quoted");
            ++i;
            std::string value;
            while (true) {
                if (i >= line.size())
                    fail(lineNo, line, "unterminated label value");
                const char c = line[i++];
                if (c == '"')
                    break;
                if (c == '\\') {
                    if (i >= line.size())
                        fail(lineNo, line, "dangling escape");
                    const char e = line[i++];
                    if (e == '\\')
                        value += '\\';
                    else if (e == '"')
                        value += '"';
                    else if (e == 'n')
                        value += '\n';
                    else
                        fail(lineNo, line, std::string("bad escape \\") + e);
                } else {
                    value += c;
                }
            }
            if (!s.labels.emplace(labelName, value).second)
                fail(lineNo, line, "label twice: " + labelName);
            if (i < line.size() && line[i] == ',') {
                ++i;
                continue; // a trailing comma before '}' is allowed
            }
            if (i < line.size() && line[i] == '}') {
                ++i;
                break;
            }
            fail(lineNo, line, "expected ',' or '}' after a label");
        }
    }
    if (i >= line.size() || line[i] != ' ')
        fail(lineNo, line, "expected a space before the value");
    ++i;
    const auto rest = line.substr(i);
    // An optional timestamp (integer milliseconds) may follow the value.
    const auto space = rest.find(' ');
    s.value = parseValue(rest.substr(0, space), lineNo, line);
    if (space != std::string::npos) {
        const auto ts = rest.substr(space + 1);
        if (ts.empty() || !std::all_of(ts.begin(), ts.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; }))
            fail(lineNo, line, "bad timestamp");
    }
    return s;
}

inline std::string seriesKey(const Sample &s)
{
    std::string key = s.name + "{";
    for (const auto &[k, v] : s.labels)
        key += k + "=" + v + "\x1f";
    return key + "}";
}

inline void checkHistogram(const Family &f)
{
    // Series by their labels without `le`.
    std::map<Labels, std::vector<std::pair<double, double>>> buckets;
    std::map<Labels, double> counts;
    std::map<Labels, bool> sums;
    for (const auto &s : f.samples) {
        Labels base = s.labels;
        if (s.name == f.name + "_bucket") {
            const auto le = base.find("le");
            if (le == base.end())
                throw std::runtime_error(f.name + ": a bucket without le");
            const double bound = le->second == "+Inf" ? INFINITY : std::strtod(le->second.c_str(), nullptr);
            base.erase(le);
            buckets[base].emplace_back(bound, s.value);
        } else if (s.name == f.name + "_count") {
            counts[base] = s.value;
        } else if (s.name == f.name + "_sum") {
            sums[base] = true;
        } else {
            throw std::runtime_error(f.name + ": unexpected sample " + s.name + " in a histogram");
        }
    }
    for (const auto &[labels, list] : buckets) {
        auto sorted = list;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.empty() || !std::isinf(sorted.back().first))
            throw std::runtime_error(f.name + ": no +Inf bucket");
        for (std::size_t i = 1; i < sorted.size(); ++i) {
            if (sorted[i].second < sorted[i - 1].second)
                throw std::runtime_error(f.name + ": buckets are not cumulative");
        }
        if (counts.count(labels) == 0 || sums.count(labels) == 0)
            throw std::runtime_error(f.name + ": a series without _count or _sum");
        if (counts.at(labels) != sorted.back().second)
            throw std::runtime_error(f.name + ": _count differs from the +Inf bucket");
    }
    if (counts.size() != buckets.size() || sums.size() != buckets.size())
        throw std::runtime_error(f.name + ": _count or _sum without buckets");
}

} // namespace detail

inline Page parse(const std::string &text)
{
    using namespace detail;
    if (!text.empty() && text.back() != '\n')
        throw std::runtime_error("the page does not end in a newline");
    Page page;
    std::map<std::string, std::string> types;
    std::map<std::string, std::string> helps;
    std::set<std::string> closed; // families whose lines are over
    std::set<std::string> series;
    std::optional<std::size_t> current; // index of the family whose lines are being read
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty())
            continue;
        if (line[0] == '#') {
            std::istringstream words(line);
            std::string hash, keyword, name;
            words >> hash >> keyword >> name;
            if (hash != "#" || (keyword != "HELP" && keyword != "TYPE"))
                continue; // a plain comment
            if (!validName(name, true))
                fail(lineNo, line, "bad metric name in " + keyword);
            if (line.compare(0, 2 + keyword.size() + 1 + name.size(), "# " + keyword + " " + name) != 0)
                fail(lineNo, line, "not `# " + keyword + " name`");
            std::string rest = line.substr(2 + keyword.size() + 1 + name.size());
            if (!rest.empty()) {
                if (rest[0] != ' ')
                    fail(lineNo, line, "no space after the name");
                rest.erase(0, 1);
            }
            if (!current || page.families[*current].name != name) {
                if (closed.count(name) != 0)
                    fail(lineNo, line, keyword + " of a family whose lines are over");
                if (current)
                    closed.insert(page.families[*current].name);
                page.families.push_back(Family{name, {}, {}, {}});
                current = page.families.size() - 1;
            }
            Family &f = page.families[*current];
            if (keyword == "HELP") {
                if (helps.count(name) != 0)
                    fail(lineNo, line, "second HELP");
                for (std::size_t i = 0; i < rest.size(); ++i) {
                    if (rest[i] == '\\' && (i + 1 >= rest.size() || (rest[i + 1] != '\\' && rest[i + 1] != 'n')))
                        fail(lineNo, line, "bad escape in HELP");
                    if (rest[i] == '\\')
                        ++i;
                }
                helps[name] = rest;
                f.help = rest;
            } else {
                if (types.count(name) != 0)
                    fail(lineNo, line, "second TYPE");
                if (!f.samples.empty())
                    fail(lineNo, line, "TYPE after samples");
                static const std::set<std::string> known = {"counter", "gauge", "histogram", "summary", "untyped"};
                if (known.count(rest) == 0)
                    fail(lineNo, line, "unknown type " + rest);
                types[name] = rest;
                f.type = rest;
            }
            continue;
        }
        auto sample = parseSample(line, lineNo);
        const auto familyName = familyOf(sample.name, types);
        if (types.count(familyName) == 0 || helps.count(familyName) == 0)
            fail(lineNo, line, "a sample before its family's HELP and TYPE");
        if (!current || page.families[*current].name != familyName)
            fail(lineNo, line, "the family's lines are not together");
        if (!series.insert(seriesKey(sample)).second)
            fail(lineNo, line, "the same series twice");
        page.families[*current].samples.push_back(std::move(sample));
    }
    for (const auto &f : page.families) {
        if (f.type.empty() || helps.count(f.name) == 0)
            throw std::runtime_error(f.name + ": HELP or TYPE missing");
        if (f.help.empty())
            throw std::runtime_error(f.name + ": empty HELP");
        if (f.type == "histogram")
            checkHistogram(f);
        if (f.type == "counter") {
            for (const auto &s : f.samples) {
                if (s.value < 0 || std::isnan(s.value))
                    throw std::runtime_error(f.name + ": a negative counter");
            }
        }
    }
    return page;
}

} // namespace prometheus_text
