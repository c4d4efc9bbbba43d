#pragma once

#include <Poco/Net/Context.h>

#include <filesystem>

namespace p2pdesk::syncd::security {

// Server-side TLS context: TLS 1.2+ only, modern AEAD ciphers, no client certificates.
Poco::Net::Context::Ptr makeServerContext(const std::filesystem::path &certFile, const std::filesystem::path &keyFile);

// Must run once per process before any Poco TLS object is created (idempotent).
void initializeTls();

} // namespace p2pdesk::syncd::security
