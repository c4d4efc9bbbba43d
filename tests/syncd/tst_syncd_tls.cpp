#include "security/SelfSignedCertificate.h"
#include "security/Sha256.h"
#include <sys/stat.h>

#include "p2pdesk/test/TempDir.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Crypto/X509Certificate.h>
#include <QtTest>
#include <openssl/x509v3.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace p2pdesk::syncd;

class TestSyncdTls final : public QObject {
    Q_OBJECT

private slots:
    void generatesOnceAndKeepsIt();
    void keyIsPrivate();
    void certificateNamesLocalhost();
    void fingerprintIsSha256OfDer();
};

namespace {

std::string readFile(const std::filesystem::path &p)
{
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

void TestSyncdTls::generatesOnceAndKeepsIt()
{
    p2pdesk::test::TempDir dir;
    const auto first = security::ensureSelfSignedCertificate(dir.path());
    QVERIFY(first.generated);
    const auto fp = security::certificateFingerprint(first.certFile);
    const auto pem = readFile(first.certFile);
    const auto second = security::ensureSelfSignedCertificate(dir.path());
    QVERIFY(!second.generated);
    QCOMPARE(readFile(second.certFile), pem);
    QCOMPARE(security::certificateFingerprint(second.certFile), fp);

    p2pdesk::test::TempDir other;
    QVERIFY(security::certificateFingerprint(security::ensureSelfSignedCertificate(other.path()).certFile) != fp);
}

void TestSyncdTls::keyIsPrivate()
{
    p2pdesk::test::TempDir dir;
    const auto files = security::ensureSelfSignedCertificate(dir.path());
    struct stat st {};
    QCOMPARE(::stat(files.keyFile.c_str(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QVERIFY(readFile(files.keyFile).find("PRIVATE KEY") != std::string::npos);
    QVERIFY(!std::filesystem::exists(dir.path() / "tls" / "syncd.key.tmp"));
}

void TestSyncdTls::certificateNamesLocalhost()
{
    p2pdesk::test::TempDir dir;
    const auto files = security::ensureSelfSignedCertificate(dir.path());
    const Poco::Crypto::X509Certificate cert(files.certFile.string());
    std::set<std::string> names;
    std::string commonName;
    cert.extractNames(commonName, names);
    QVERIFY(names.count("localhost") == 1);
    // Poco only lists DNS names; the IP entry is checked the way TLS clients check it.
    X509 *x509 = const_cast<X509 *>(cert.certificate()); // NOLINT: OpenSSL's API is not const-correct
    QCOMPARE(X509_check_ip_asc(x509, "127.0.0.1", 0), 1);
    QCOMPARE(X509_check_ip_asc(x509, "127.0.0.2", 0), 0);
    QVERIFY(cert.expiresOn() > Poco::Timestamp() + Poco::Timespan(365 * Poco::Timespan::DAYS));
}

void TestSyncdTls::fingerprintIsSha256OfDer()
{
    p2pdesk::test::TempDir dir;
    const auto files = security::ensureSelfSignedCertificate(dir.path());
    // Independent computation: strip the PEM armour, base64-decode, hash the DER.
    std::string pem = readFile(files.certFile);
    const auto begin = pem.find('\n') + 1;
    const auto end = pem.find("-----END");
    std::istringstream b64(pem.substr(begin, end - begin));
    Poco::Base64Decoder decoder(b64);
    const std::string der((std::istreambuf_iterator<char>(decoder)), std::istreambuf_iterator<char>());
    std::string expected;
    const auto hex = security::sha256Hex(der);
    for (std::size_t i = 0; i < hex.size(); i += 2)
        expected += (i == 0 ? "" : ":") + hex.substr(i, 2);
    QCOMPARE(security::certificateFingerprint(files.certFile), expected);
}

QTEST_APPLESS_MAIN(TestSyncdTls)
#include "tst_syncd_tls.moc"
