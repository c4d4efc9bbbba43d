#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Decoded.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <string_view>

class QNetworkReply;

namespace p2pdesk::workstation {

// One API call in flight. Emits finished() exactly once, then deletes itself on the next turn of
// the event loop; read the result inside the slot.
class ApiReply final : public QObject {
    Q_OBJECT

public:
    ApiReply(QNetworkReply *reply, QString idempotencyKey, QObject *parent = nullptr);
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    const std::optional<ApiError> &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &body() const { return m_body; }
    // Reuse it to retry the same POST safely: syncd answers a replay with the first response.
    const QString &idempotencyKey() const { return m_idempotencyKey; }

    // Decodes the body as a libs/proto DTO; a body that does not decode becomes a bad_response
    // error in `*error`.
    template<typename T> std::optional<T> decode(ApiError *error = nullptr) const;
    // The answer as T, or nullopt with `*error` saying why: syncd's refusal, or a body that does
    // not decode. What every caller that wants one DTO or one error reads.
    template<typename T> std::optional<T> result(ApiError *error) const;

    void abort();

signals:
    void finished();

private:
    void onFinished();
    ApiError errorFromReply() const;

    QPointer<QNetworkReply> m_reply;
    QString m_idempotencyKey;
    QByteArray m_body;
    int m_httpStatus = 0;
    bool m_finished = false;
    std::optional<ApiError> m_error;
};

template<typename T> std::optional<T> ApiReply::decode(ApiError *error) const
{
    auto decoded = proto::parse<T>(std::string_view(m_body.constData(), static_cast<std::size_t>(m_body.size())));
    if (decoded)
        return std::move(decoded).value();
    if (error) {
        *error = ApiError{m_httpStatus, ApiError::kBadResponse,
                          QString::fromStdString(decoded.error().fieldPath + ": " + decoded.error().reason)};
    }
    return std::nullopt;
}

template<typename T> std::optional<T> ApiReply::result(ApiError *error) const
{
    if (!ok()) {
        *error = *this->error();
        return std::nullopt;
    }
    return decode<T>(error);
}

} // namespace p2pdesk::workstation
