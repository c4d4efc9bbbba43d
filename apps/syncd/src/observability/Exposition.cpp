#include "observability/Exposition.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace p2pdesk::syncd::observability {

namespace {

bool isNameStart(char c, bool colonAllowed)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colonAllowed && c == ':');
}

bool isNameChar(char c, bool colonAllowed)
{
    return isNameStart(c, colonAllowed) || (c >= '0' && c <= '9');
}

// [a-zA-Z_:][a-zA-Z0-9_:]* for metric names, the same without ':' for label names.
bool validName(std::string_view name, bool colonAllowed)
{
    if (name.empty() || !isNameStart(name.front(), colonAllowed))
        return false;
    return std::all_of(name.begin(), name.end(), [&](char c) { return isNameChar(c, colonAllowed); });
}

const char *typeName(Exposition::Type type)
{
    switch (type) {
    case Exposition::Type::Counter:
        return "counter";
    case Exposition::Type::Gauge:
        return "gauge";
    case Exposition::Type::Histogram:
        return "histogram";
    }
    return "untyped";
}

} // namespace

std::string Exposition::formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    char buffer[64];
    // Counts and timestamps are whole numbers: print them without an exponent, as a reader expects.
    if (std::trunc(value) == value && std::fabs(value) < 9007199254740992.0) {
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(value));
        return std::string(buffer, end);
    }
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, end);
}

std::string Exposition::escapeLabelValue(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string Exposition::escapeHelp(std::string_view help)
{
    std::string out;
    out.reserve(help.size());
    for (char c : help) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

Exposition::Family &Exposition::family(std::string_view name, std::string_view help, Type type)
{
    for (auto &f : m_families) {
        if (f.name != name)
            continue;
        if (f.type != type || f.help != help)
            throw std::logic_error("metric family " + f.name + " added again with another type or help");
        return f;
    }
    if (!validName(name, true))
        throw std::logic_error("invalid metric name " + std::string(name));
    Family added;
    added.name = name;
    added.help = help;
    added.type = type;
    return m_families.emplace_back(std::move(added));
}

void Exposition::addSample(Family &f, std::string_view suffix, const Labels &labels, double value, bool checkDuplicate)
{
    std::string rendered;
    for (const auto &[labelName, labelValue] : labels) {
        if (!validName(labelName, false) || labelName.rfind("__", 0) == 0)
            throw std::logic_error("invalid label name " + labelName + " on " + f.name);
        rendered += rendered.empty() ? "{" : ",";
        rendered += labelName + "=\"" + escapeLabelValue(labelValue) + "\"";
    }
    if (!rendered.empty())
        rendered += "}";
    if (checkDuplicate) {
        if (f.labelSets.count(rendered) != 0)
            throw std::logic_error("metric " + f.name + rendered + " added twice");
        f.labelSets.insert(rendered);
    }
    f.sampleLines.push_back(f.name + std::string(suffix) + rendered + " " + formatValue(value));
}

void Exposition::counter(std::string_view name, std::string_view help, Labels labels, double value)
{
    addSample(family(name, help, Type::Counter), "", labels, value, true);
}

void Exposition::gauge(std::string_view name, std::string_view help, Labels labels, double value)
{
    addSample(family(name, help, Type::Gauge), "", labels, value, true);
}

void Exposition::histogram(std::string_view name, std::string_view help, const Labels &labels,
                           const std::vector<double> &bounds, const std::vector<std::uint64_t> &cumulative, double sum)
{
    if (cumulative.size() != bounds.size() + 1)
        throw std::logic_error("histogram " + std::string(name) + ": one count per bound and one for +Inf");
    for (const auto &label : labels) {
        if (label.first == "le")
            throw std::logic_error("histogram " + std::string(name) + ": `le` is reserved");
    }
    Family &f = family(name, help, Type::Histogram);
    // The label set without `le` identifies the series; its _bucket, _sum and _count lines follow.
    {
        std::string key;
        for (const auto &[labelName, labelValue] : labels)
            key += labelName + "=\"" + escapeLabelValue(labelValue) + "\",";
        if (f.labelSets.count(key) != 0)
            throw std::logic_error("histogram " + f.name + "{" + key + "} added twice");
        f.labelSets.insert(key);
    }
    Labels withLe = labels;
    withLe.emplace_back("le", "");
    for (std::size_t i = 0; i <= bounds.size(); ++i) {
        withLe.back().second = i < bounds.size() ? formatValue(bounds[i]) : "+Inf";
        addSample(f, "_bucket", withLe, static_cast<double>(cumulative[i]), false);
    }
    addSample(f, "_sum", labels, sum, false);
    addSample(f, "_count", labels, static_cast<double>(cumulative.back()), false);
}

std::string Exposition::text() const
{
    std::string out;
    for (const auto &f : m_families) {
        out += "# HELP " + f.name + " " + escapeHelp(f.help) + "\n";
        out += "# TYPE " + f.name + " " + typeName(f.type) + "\n";
        for (const auto &line : f.sampleLines) {
            out += line;
            out += '\n';
        }
    }
    return out;
}

} // namespace p2pdesk::syncd::observability
