#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Tickets.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace p2pdesk::workstation {

class ApiClient;

// The desk's active canned replies (GET /canned-replies), sorted by shortcut, for the composer's
// "/shortcut" completion. One per session, shared by every chat; read again when the change feed
// says one changed (canned_reply.updated) and when the connection returns.
class CannedReplyCatalog final : public QObject {
    Q_OBJECT

public:
    explicit CannedReplyCatalog(ApiClient *api, QObject *parent = nullptr);

    void load();
    void setOnline(bool online);
    void onSupportEvent(const QString &kind, const p2pdesk::proto::Json &payload);

    bool isLoaded() const { return m_loaded; }
    const std::vector<proto::CannedReply> &replies() const { return m_replies; }
    const proto::CannedReply *find(const QString &shortcut) const;
    const proto::CannedReply *findById(std::int64_t id) const;
    // The replies whose shortcut starts with `prefix` (without the "/"), then those whose title
    // contains it; case-insensitive.
    std::vector<const proto::CannedReply *> matching(const QString &prefix) const;

    // Replaces the list (tests, screenshots).
    void setReplies(std::vector<proto::CannedReply> replies);

signals:
    void changed();
    void loadFailed(const p2pdesk::workstation::ApiError &error);

private:
    ApiClient *m_api;
    std::vector<proto::CannedReply> m_replies;
    bool m_loaded = false;
    bool m_online = true;
    quint64 m_generation = 0;
};

} // namespace p2pdesk::workstation
