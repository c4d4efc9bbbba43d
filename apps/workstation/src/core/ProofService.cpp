#include "core/ProofService.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"

#include <QCryptographicHash>

namespace p2pdesk::workstation {

ProofService::ProofService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void ProofService::downloadFile(std::int64_t proofId)
{
    ApiReply *reply = m_api->proofFile(proofId);
    connect(reply, &ApiReply::finished, this, [this, reply, proofId] {
        if (!reply->ok()) {
            qCWarning(lcNet) << "proof file" << proofId << "failed:" << reply->error()->code;
            return emit fileFailed(proofId, *reply->error());
        }
        emit fileDownloaded(proofId, reply->body());
    });
}

void ProofService::loadAnnotations(std::int64_t proofId)
{
    ApiReply *reply = m_api->proofAnnotations(proofId);
    connect(reply, &ApiReply::finished, this, [this, reply, proofId] {
        if (!reply->ok())
            return emit annotationsFailed(proofId, *reply->error());
        ApiError error;
        auto list = reply->decode<proto::AnnotationList>(&error);
        if (!list)
            return emit annotationsFailed(proofId, error);
        emit annotationsLoaded(proofId, QList<proto::Annotation>(list->items.begin(), list->items.end()));
    });
}

void ProofService::createAnnotation(std::int64_t proofId, const proto::CreateAnnotationRequest &request)
{
    ApiReply *reply = m_api->createProofAnnotation(proofId, request);
    connect(reply, &ApiReply::finished, this, [this, reply, proofId] {
        if (!reply->ok())
            return emit annotationsFailed(proofId, *reply->error());
        ApiError error;
        auto annotation = reply->decode<proto::Annotation>(&error);
        if (!annotation)
            return emit annotationsFailed(proofId, error);
        emit annotationCreated(proofId, *annotation);
    });
}

void ProofService::loadChainHint(std::int64_t proofId)
{
    ApiReply *reply = m_api->proofChainHint(proofId);
    connect(reply, &ApiReply::finished, this, [this, reply, proofId] {
        if (!reply->ok())
            return emit chainHintFailed(proofId, *reply->error());
        ApiError error;
        auto hint = reply->decode<proto::ChainHint>(&error);
        if (!hint)
            return emit chainHintFailed(proofId, error);
        emit chainHintLoaded(proofId, *hint);
    });
}

void ProofService::loadScreenings(std::int64_t proofId)
{
    ApiReply *reply = m_api->proofScreenings(proofId);
    connect(reply, &ApiReply::finished, this, [this, reply, proofId] {
        if (!reply->ok())
            return emit screeningsFailed(proofId, *reply->error());
        ApiError error;
        auto list = reply->decode<proto::AddressScreeningList>(&error);
        if (!list)
            return emit screeningsFailed(proofId, error);
        emit screeningsLoaded(proofId, *list);
    });
}

void ProofService::screenAddress(std::int64_t proofId, const QString &address, const QString &reason,
                                 std::optional<int> score)
{
    proto::ScreenAddressRequest request;
    request.address = address.trimmed().toStdString();
    request.reason = reason.trimmed().toStdString();
    if (score)
        request.score = *score;
    ApiReply *reply = m_api->screenProofAddress(proofId, request);
    connect(reply, &ApiReply::finished, this, [this, reply, proofId] {
        if (!reply->ok()) {
            qCWarning(lcNet) << "screening for proof" << proofId << "failed:" << reply->error()->code;
            return emit screeningFailed(proofId, *reply->error());
        }
        ApiError error;
        auto screening = reply->decode<proto::AddressScreening>(&error);
        if (!screening)
            return emit screeningFailed(proofId, error);
        emit addressScreened(proofId, *screening);
    });
}

QString ProofService::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool ProofService::sameDigest(const QString &expected, const QString &actual)
{
    return !expected.trimmed().isEmpty() && expected.trimmed().compare(actual.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace p2pdesk::workstation
