#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/AddressScreenings.h"
#include "p2pdesk/proto/Annotations.h"
#include "p2pdesk/proto/ChainHints.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace p2pdesk::workstation {

class ApiClient;

// Fetches proof files and their highlight annotations for the proof viewer. The viewer never sees
// the network; it asks here and listens to the answers, each tagged with the proof id.
class ProofService final : public QObject {
    Q_OBJECT

public:
    explicit ProofService(ApiClient *api, QObject *parent = nullptr);

    void downloadFile(std::int64_t proofId);
    void loadAnnotations(std::int64_t proofId);
    void createAnnotation(std::int64_t proofId, const proto::CreateAnnotationRequest &request);
    // What the block explorer says about a txid proof (a hint, never a verification).
    void loadChainHint(std::int64_t proofId);
    // The AML screenings of the addresses a sell's txid proof came from (404 for any other proof).
    void loadScreenings(std::int64_t proofId);
    // Screens `address`: by the configured provider without `score`, or records the operator's own
    // score (0..100) when no provider scores the network.
    void screenAddress(std::int64_t proofId, const QString &address, const QString &reason,
                       std::optional<int> score = std::nullopt);

    // Lower-case hex SHA-256, computed here on the bytes that actually arrived, so a file altered in
    // storage or on the way does not pass as the one the server hashed on upload.
    static QString sha256Hex(const QByteArray &bytes);
    // Case-insensitive comparison of two hex digests; an empty expected digest never matches.
    static bool sameDigest(const QString &expected, const QString &actual);

signals:
    void fileDownloaded(qint64 proofId, const QByteArray &bytes);
    void fileFailed(qint64 proofId, const p2pdesk::workstation::ApiError &error);
    void annotationsLoaded(qint64 proofId, const QList<p2pdesk::proto::Annotation> &annotations);
    void annotationCreated(qint64 proofId, const p2pdesk::proto::Annotation &annotation);
    void annotationsFailed(qint64 proofId, const p2pdesk::workstation::ApiError &error);
    void chainHintLoaded(qint64 proofId, const p2pdesk::proto::ChainHint &hint);
    void chainHintFailed(qint64 proofId, const p2pdesk::workstation::ApiError &error);
    void screeningsLoaded(qint64 proofId, const p2pdesk::proto::AddressScreeningList &list);
    void screeningsFailed(qint64 proofId, const p2pdesk::workstation::ApiError &error);
    void addressScreened(qint64 proofId, const p2pdesk::proto::AddressScreening &screening);
    void screeningFailed(qint64 proofId, const p2pdesk::workstation::ApiError &error);

private:
    ApiClient *m_api;
};

} // namespace p2pdesk::workstation
