#include "core/ApiReply.h"

#include "core/Logging.h"
#include "core/PinnedNetworkAccess.h"

#include <QNetworkReply>

namespace p2pdesk::workstation {

ApiReply::ApiReply(QNetworkReply *reply, QString idempotencyKey, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_idempotencyKey(std::move(idempotencyKey))
{
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiReply::onFinished()
{
    if (m_finished || !m_reply)
        return;
    m_finished = true;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed already; reading it would only warn.
    m_body = m_reply->isOpen() ? m_reply->readAll() : QByteArray();
    if (m_reply->error() != QNetworkReply::NoError || m_httpStatus < 200 || m_httpStatus >= 300) {
        m_error = errorFromReply();
        m_error->requestId = QString::fromLatin1(m_reply->rawHeader("X-Request-Id"));
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    if (m_error) {
        qCDebug(lcNet) << "call failed:" << m_error->httpStatus << m_error->code << "request id" << m_error->requestId;
    }
    emit finished();
    deleteLater();
}

ApiError ApiReply::errorFromReply() const
{
    switch (PinnedNetworkAccess::verdict(m_reply)) {
    case TlsVerdict::Changed:
        return ApiError{0, ApiError::kTlsChanged, {}};
    case TlsVerdict::Refused:
        return ApiError{0, ApiError::kTlsRefused, {}};
    case TlsVerdict::Invalid:
        return ApiError{0, ApiError::kTlsInvalid, PinnedNetworkAccess::tlsErrorText(m_reply)};
    default:
        break;
    }
    if (m_httpStatus == 0) {
        switch (m_reply->error()) {
        case QNetworkReply::OperationCanceledError:
            return ApiError{0, ApiError::kCancelled, {}};
        case QNetworkReply::TimeoutError:
            return ApiError{0, ApiError::kTimeout, {}};
        case QNetworkReply::SslHandshakeFailedError:
            return ApiError{0, ApiError::kTlsInvalid, m_reply->errorString()};
        default:
            return ApiError{0, ApiError::kNetwork, m_reply->errorString()};
        }
    }
    const auto body = proto::parseJson(std::string_view(m_body.constData(), static_cast<std::size_t>(m_body.size())));
    if (body && body->is_object() && body->contains("error")) {
        // The code is kept as a string: an older client must still show a code it does not know.
        const proto::Json &error = body.value()["error"];
        ApiError result{m_httpStatus, {}, {}};
        if (error.is_object()) {
            if (error.contains("code") && error["code"].is_string())
                result.code = QString::fromStdString(error["code"].get<std::string>());
            if (error.contains("message") && error["message"].is_string())
                result.message = QString::fromStdString(error["message"].get<std::string>());
            if (error.contains("details") && error["details"].is_object()) {
                const proto::Json &details = error["details"];
                if (details.contains("field") && details["field"].is_string())
                    result.field = QString::fromStdString(details["field"].get<std::string>());
                if (details.contains("kind") && details["kind"].is_string())
                    result.detailKind = QString::fromStdString(details["kind"].get<std::string>());
                if (details.contains("retry_after_seconds") && details["retry_after_seconds"].is_number_integer())
                    result.retryAfterSeconds = details["retry_after_seconds"].get<qint64>();
            }
        }
        if (!result.code.isEmpty())
            return result;
    }
    return ApiError{m_httpStatus, QString(), QString::fromUtf8(m_body.left(200))};
}

} // namespace p2pdesk::workstation
