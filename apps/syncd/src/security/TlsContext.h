#pragma once

#include <Poco/Net/Context.h>

#include <filesystem>

namespace p2pdesk::syncd::security {

// Server-side TLS context: TLS 1.2+ only, modern AEAD ciphers, no client certificates.
Poco::Net::Context::Ptr makeServerContext(const std::filesystem::path &certFile, const std::filesystem::path &keyFile);

// Client-side TLS context for the public services syncd calls (Telegram's Bot API, price tickers,
// block explorers): certificates verified against the system's CAs. One per process, shared.
Poco::Net::Context::Ptr publicClientContext();

// Must run once per process before any Poco TLS object is created (idempotent).
void initializeTls();

} // namespace p2pdesk::syncd::security
