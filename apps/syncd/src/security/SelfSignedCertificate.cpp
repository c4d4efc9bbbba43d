#include "security/SelfSignedCertificate.h"

#include "security/Sha256.h"
#include <fcntl.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace p2pdesk::syncd::security {

namespace {

template<auto Fn> struct Deleter {
    template<typename T> void operator()(T *p) const noexcept { Fn(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using FilePtr = std::unique_ptr<FILE, Deleter<std::fclose>>;

[[noreturn]] void fail(const std::string &what)
{
    throw std::runtime_error("self-signed certificate: " + what);
}

void addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    if (!ext || X509_add_ext(cert, ext.get(), -1) != 1)
        fail("cannot add extension");
}

CertPtr makeCertificate(EVP_PKEY *key)
{
    CertPtr cert(X509_new());
    if (!cert)
        fail("X509_new");
    X509_set_version(cert.get(), 2);
    std::vector<unsigned char> serial(16);
    if (RAND_bytes(serial.data(), static_cast<int>(serial.size())) != 1)
        fail("RAND_bytes");
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60 * 60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 3650);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("p2pdesk syncd"), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
    if (X509_sign(cert.get(), key, EVP_sha256()) == 0)
        fail("X509_sign");
    return cert;
}

FilePtr openExclusive(const std::filesystem::path &file, mode_t mode)
{
    std::filesystem::remove(file);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        fail("cannot create " + file.string());
    FILE *f = ::fdopen(fd, "w");
    if (f == nullptr) {
        ::close(fd);
        fail("fdopen");
    }
    return FilePtr(f);
}

void syncAndClose(FilePtr f, const std::filesystem::path &file)
{
    if (std::fflush(f.get()) != 0 || ::fsync(::fileno(f.get())) != 0)
        fail("cannot write " + file.string());
}

} // namespace

CertificateFiles ensureSelfSignedCertificate(const std::filesystem::path &dataDir)
{
    const auto dir = dataDir / "tls";
    CertificateFiles files{dir / "syncd.crt", dir / "syncd.key", false};
    if (std::filesystem::exists(files.certFile) && std::filesystem::exists(files.keyFile))
        return files;

    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        fail("EC key generation");
    CertPtr cert = makeCertificate(key.get());

    // Written under temporary names and renamed, so a crash never leaves a half-written pair that
    // the next start would mistake for a valid one. The certificate is renamed last: it is the
    // marker of a complete pair.
    const auto keyTmp = dir / "syncd.key.tmp";
    const auto certTmp = dir / "syncd.crt.tmp";
    {
        FilePtr f = openExclusive(keyTmp, 0600);
        if (PEM_write_PrivateKey(f.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
            fail("cannot write key");
        syncAndClose(std::move(f), keyTmp);
    }
    {
        FilePtr f = openExclusive(certTmp, 0644);
        if (PEM_write_X509(f.get(), cert.get()) != 1)
            fail("cannot write certificate");
        syncAndClose(std::move(f), certTmp);
    }
    std::filesystem::rename(keyTmp, files.keyFile);
    std::filesystem::rename(certTmp, files.certFile);
    files.generated = true;
    return files;
}

std::string certificateFingerprint(const std::filesystem::path &pemFile)
{
    FilePtr f(std::fopen(pemFile.c_str(), "r"));
    if (!f)
        fail("cannot open " + pemFile.string());
    CertPtr cert(PEM_read_X509(f.get(), nullptr, nullptr, nullptr));
    if (!cert)
        fail("not a PEM certificate: " + pemFile.string());
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert.get(), EVP_sha256(), md, &len) != 1)
        fail("X509_digest");
    std::string out;
    for (unsigned int i = 0; i < len; ++i) {
        if (i != 0)
            out += ':';
        out += toHex(&md[i], 1);
    }
    return out;
}

} // namespace p2pdesk::syncd::security
