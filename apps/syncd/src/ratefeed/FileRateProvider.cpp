#include "ratefeed/FileRateProvider.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <iterator>
#include <system_error>
#include <utility>

namespace p2pdesk::syncd::ratefeed {

namespace {

using service::ReferenceRateError;

constexpr std::uintmax_t kMaxFileBytes = 1024 * 1024;

} // namespace

FileRateProvider::FileRateProvider(std::filesystem::path file)
    : m_file(std::move(file))
{
}

std::string FileRateProvider::name() const
{
    return "file " + m_file.filename().string();
}

service::ReferenceQuote FileRateProvider::fetch(const std::string &asset, const std::string &fiat)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(m_file, ec);
    if (ec)
        throw ReferenceRateError(name() + ": " + ec.message());
    if (size > kMaxFileBytes)
        throw ReferenceRateError(name() + " is over " + std::to_string(kMaxFileBytes) + " bytes");
    const auto modified = std::filesystem::last_write_time(m_file, ec);
    if (ec)
        throw ReferenceRateError(name() + ": " + ec.message());
    std::ifstream in(m_file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        throw ReferenceRateError(name() + ": cannot be read");

    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object())
        throw ReferenceRateError(name() + " is not a JSON object of \"ASSET/FIAT\": \"rate\"");
    const std::string key = asset + "/" + fiat;
    const auto value = json.find(key);
    if (value == json.end())
        throw ReferenceRateError(name() + " has no rate for " + key);
    if (!value->is_string())
        throw ReferenceRateError(name() + ": the rate for " + key + " must be a decimal string like \"92.15\"");
    const auto rate = domain::Decimal::parse(value->get<std::string>());
    if (!rate)
        throw ReferenceRateError(name() + ": the rate for " + key + " is not a decimal (" + rate.error().message + ")");
    // libstdc++ 12 has no clock_cast; file_clock::to_sys is the same conversion.
    const auto observed = std::chrono::file_clock::to_sys(modified);
    return {rate.value(), std::chrono::time_point_cast<std::chrono::system_clock::duration>(observed)};
}

} // namespace p2pdesk::syncd::ratefeed
