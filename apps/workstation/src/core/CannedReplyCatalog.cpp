#include "core/CannedReplyCatalog.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"

#include "p2pdesk/proto/Changes.h"

#include <algorithm>

namespace p2pdesk::workstation {

CannedReplyCatalog::CannedReplyCatalog(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void CannedReplyCatalog::load()
{
    const quint64 generation = ++m_generation; // the newest read wins
    ApiReply *reply = m_api->cannedReplies();
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        if (!reply->ok()) {
            // An admin may not use canned replies (403): the composer simply offers none.
            qCInfo(lcChat) << "canned replies not read:" << reply->error()->code;
            return emit loadFailed(*reply->error());
        }
        ApiError error;
        auto list = reply->decode<proto::CannedReplyList>(&error);
        if (!list)
            return emit loadFailed(error);
        setReplies(std::move(list->items));
    });
}

void CannedReplyCatalog::setOnline(bool online)
{
    const bool back = online && !m_online;
    m_online = online;
    if (back)
        load(); // changes made while away are in the feed's replay too; this also covers a first load that failed
}

void CannedReplyCatalog::onSupportEvent(const QString &kind, const proto::Json &)
{
    const std::string_view updated = proto::change_kind::kCannedReplyUpdated;
    if (kind == QLatin1String(updated.data(), static_cast<qsizetype>(updated.size())))
        load();
}

void CannedReplyCatalog::setReplies(std::vector<proto::CannedReply> replies)
{
    replies.erase(std::remove_if(replies.begin(), replies.end(), [](const auto &r) { return !r.active; }),
                  replies.end());
    std::sort(replies.begin(), replies.end(), [](const auto &a, const auto &b) { return a.shortcut < b.shortcut; });
    m_replies = std::move(replies);
    m_loaded = true;
    emit changed();
}

const proto::CannedReply *CannedReplyCatalog::find(const QString &shortcut) const
{
    const std::string wanted = shortcut.toLower().toStdString();
    for (const proto::CannedReply &reply : m_replies) {
        if (reply.shortcut == wanted)
            return &reply;
    }
    return nullptr;
}

const proto::CannedReply *CannedReplyCatalog::findById(std::int64_t id) const
{
    for (const proto::CannedReply &reply : m_replies) {
        if (reply.id == id)
            return &reply;
    }
    return nullptr;
}

std::vector<const proto::CannedReply *> CannedReplyCatalog::matching(const QString &prefix) const
{
    std::vector<const proto::CannedReply *> byShortcut;
    std::vector<const proto::CannedReply *> byTitle;
    for (const proto::CannedReply &reply : m_replies) {
        if (QString::fromStdString(reply.shortcut).startsWith(prefix, Qt::CaseInsensitive))
            byShortcut.push_back(&reply);
        else if (!prefix.isEmpty() && QString::fromStdString(reply.title).contains(prefix, Qt::CaseInsensitive))
            byTitle.push_back(&reply);
    }
    byShortcut.insert(byShortcut.end(), byTitle.begin(), byTitle.end());
    return byShortcut;
}

} // namespace p2pdesk::workstation
