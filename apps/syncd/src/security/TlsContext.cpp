#include "security/TlsContext.h"

#include <Poco/Net/SSLManager.h>

#include <mutex>

namespace p2pdesk::syncd::security {

void initializeTls()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

Poco::Net::Context::Ptr makeServerContext(const std::filesystem::path &certFile, const std::filesystem::path &keyFile)
{
    initializeTls();
    Poco::Net::Context::Params params;
    params.privateKeyFile = keyFile.string();
    params.certificateFile = certFile.string();
    params.verificationMode = Poco::Net::Context::VERIFY_NONE;
    params.loadDefaultCAs = false;
    params.cipherList = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5";
    params.ecdhCurve = "prime256v1";
    Poco::Net::Context::Ptr ctx = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
    ctx->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    ctx->enableSessionCache(true, "p2pdesk-syncd");
    return ctx;
}

Poco::Net::Context::Ptr publicClientContext()
{
    static const Poco::Net::Context::Ptr context = [] {
        initializeTls();
        return Poco::Net::Context::Ptr(new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                              Poco::Net::Context::VERIFY_RELAXED, 9, true));
    }();
    return context;
}

} // namespace p2pdesk::syncd::security
