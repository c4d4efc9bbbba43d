#pragma once

#include <filesystem>
#include <string>

namespace p2pdesk::syncd::security {

struct CertificateFiles {
    std::filesystem::path certFile;
    std::filesystem::path keyFile;
    bool generated = false; // true when this call created them
};

// Returns DATA_DIR/tls/syncd.crt and syncd.key, generating a self-signed EC P-256 certificate
// (SAN localhost and 127.0.0.1, valid 10 years, key mode 0600) when they do not exist yet, so
// that the fingerprint operators pinned survives restarts.
CertificateFiles ensureSelfSignedCertificate(const std::filesystem::path &dataDir);

// SHA-256 over the DER encoding of the certificate, lowercase hex pairs joined by ':' — what
// `openssl x509 -fingerprint -sha256` prints (modulo case) and what the workstation pins.
std::string certificateFingerprint(const std::filesystem::path &pemFile);

} // namespace p2pdesk::syncd::security
