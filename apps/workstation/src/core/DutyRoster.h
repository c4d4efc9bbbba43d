#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Duty.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>

namespace p2pdesk::workstation {

class ApiClient;

// Who is on duty at the desk (GET /api/v1/duty), and this operator's own switch (PUT
// /api/v1/me/duty). The bot takes new exchanges only while someone is on duty (a desk setting), so
// the queue shows the roster and every operator can go on or off duty from the main window or the
// tray. One per session; read again when the change feed says someone switched
// (operator.updated {"change":"on_duty"}), when the connection returns, and when the desk's opening
// hours open or close it (nothing on the feed marks that moment).
class DutyRoster final : public QObject {
    Q_OBJECT

public:
    DutyRoster(ApiClient *api, std::int64_t myOperatorId, QObject *parent = nullptr);

    void load();
    // Switches this operator on or off duty; the roster is read again once syncd stored it.
    void setOnDuty(bool onDuty);
    void setOnline(bool online);
    void onConfigEvent(const QString &kind, const p2pdesk::proto::Json &payload);

    bool isLoaded() const { return m_loaded; }
    const proto::DutyRoster &roster() const { return m_roster; }
    bool meOnDuty() const;
    // Whether a switch is on its way to syncd (the action shows the intended state meanwhile).
    bool isSwitching() const { return m_switching; }

signals:
    void changed();
    void failed(const p2pdesk::workstation::ApiError &error);

private:
    void scheduleHoursBoundary();

    ApiClient *m_api;
    std::int64_t m_me;
    proto::DutyRoster m_roster;
    bool m_loaded = false;
    bool m_online = true;
    bool m_switching = false;
    quint64 m_generation = 0;
    QTimer *m_hoursBoundary; // fires when the hours open or close the desk
};

} // namespace p2pdesk::workstation
