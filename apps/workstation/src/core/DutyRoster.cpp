#include "core/DutyRoster.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"

#include "p2pdesk/proto/Changes.h"

#include <algorithm>
#include <chrono>

namespace p2pdesk::workstation {

DutyRoster::DutyRoster(ApiClient *api, std::int64_t myOperatorId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_me(myOperatorId)
    , m_hoursBoundary(new QTimer(this))
{
    m_hoursBoundary->setSingleShot(true);
    connect(m_hoursBoundary, &QTimer::timeout, this, &DutyRoster::load);
}

void DutyRoster::load()
{
    const quint64 generation = ++m_generation; // the newest read wins
    ApiReply *reply = m_api->dutyRoster();
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        if (!reply->ok()) {
            qCInfo(lcSync) << "duty roster not read:" << reply->error()->code;
            return emit failed(*reply->error());
        }
        ApiError error;
        auto roster = reply->decode<proto::DutyRoster>(&error);
        if (!roster)
            return emit failed(error);
        m_roster = std::move(*roster);
        m_loaded = true;
        scheduleHoursBoundary();
        emit changed();
    });
}

void DutyRoster::setOnDuty(bool onDuty)
{
    m_switching = true;
    ApiReply *reply = m_api->setOnDuty(onDuty);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_switching = false;
        if (!reply->ok()) {
            emit failed(*reply->error());
            emit changed(); // the action goes back to what the roster says
            return;
        }
        load();
    });
}

void DutyRoster::setOnline(bool online)
{
    const bool back = online && !m_online;
    m_online = online;
    if (back)
        load(); // a switch made elsewhere while away
}

void DutyRoster::onConfigEvent(const QString &kind, const proto::Json &payload)
{
    const std::string_view updated = proto::change_kind::kOperatorUpdated;
    if (kind != QLatin1String(updated.data(), static_cast<qsizetype>(updated.size())))
        return;
    if (payload.is_object() && payload.value("change", std::string()) == "on_duty")
        load();
}

void DutyRoster::scheduleHoursBoundary()
{
    m_hoursBoundary->stop();
    const auto &boundary = m_roster.opensAt ? m_roster.opensAt : m_roster.closesAt;
    if (!boundary)
        return;
    using namespace std::chrono;
    // A second past the moment, so syncd's clock has passed it too; at most a day ahead, so a
    // clock that jumps (suspend, NTP) is caught up with by the next read.
    const auto wait = duration_cast<milliseconds>(*boundary - system_clock::now()) + seconds(1);
    m_hoursBoundary->start(std::clamp<milliseconds>(wait, seconds(1), hours(24)));
}

bool DutyRoster::meOnDuty() const
{
    return std::any_of(m_roster.onDuty.begin(), m_roster.onDuty.end(),
                       [this](const proto::OperatorRef &op) { return op.id == m_me; });
}

} // namespace p2pdesk::workstation
