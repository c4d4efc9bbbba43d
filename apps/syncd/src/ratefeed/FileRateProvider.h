#pragma once

#include "service/ReferenceRateProvider.h"

#include <filesystem>
#include <string>

namespace p2pdesk::syncd::ratefeed {

// Reference rates from a local JSON file, {"USDT/RUB":"92.15","BTC/RUB":"6050000"}, for desks that
// fetch rates with their own tooling (a cron job, another service) or work from a rate sheet. The
// file's modification time is the observation time: a file nobody updates makes the rates stale
// like a provider that stopped answering. Writers should replace the file atomically (write a
// temporary file, rename it); a half-written file is refused, never half-read.
class FileRateProvider final : public service::ReferenceRateProvider {
public:
    explicit FileRateProvider(std::filesystem::path file);

    std::string name() const override;
    service::ReferenceQuote fetch(const std::string &asset, const std::string &fiat) override;

private:
    const std::filesystem::path m_file;
};

} // namespace p2pdesk::syncd::ratefeed
