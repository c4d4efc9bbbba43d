#pragma once

#include "FakeSyncd.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"

#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Settings.h"

#include <QMap>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <optional>

namespace p2pdesk::workstation::test {

// syncd's order endpoints played over FakeSyncd with a little state: GET detail/list, take,
// transitions (version-checked: a stale version is a 409), checklist ticks and approvals change
// the stored OrderDetail and answer with it, as the real server does. Tests seed orders, look at
// the stored state and the recorded requests, and can make the next mutation fail.
class FakeOrderBackend final {
public:
    explicit FakeOrderBackend(FakeSyncd &server);

    void put(proto::OrderDetail detail) { m_orders.insert(detail.summary.id, std::move(detail)); }
    proto::OrderDetail &order(std::int64_t id) { return m_orders[id]; }
    // Orders of other ids listed by GET /api/v1/orders (customer history).
    void putHistory(proto::OrderSummary summary) { m_history.insert(summary.id, std::move(summary)); }
    // Answer GET /api/v1/settings with these (default: 403, as when the read fails).
    void setSettings(std::optional<proto::Settings> settings) { m_settings = std::move(settings); }
    // Answer GET /api/v1/rates with these (default: 403, so the take dialog's freshness check says
    // nothing).
    void setRates(std::optional<proto::RateList> rates) { m_rates = std::move(rates); }
    // How many GETs reached this path.
    int getsOfPath(const QString &path) const;
    // Who a take assigns the order to.
    void setTaker(proto::OperatorRef taker) { m_taker = std::move(taker); }
    // The next POST fails with this status and wire code instead of doing anything.
    void failNextPost(int status, const QString &code)
    {
        m_failStatus = status;
        m_failCode = code;
    }
    // The next POST to a path ending in `suffix` fails so (others go through).
    void failNextPostTo(const QString &suffix, int status, const QString &code)
    {
        m_failSuffix = suffix;
        failNextPost(status, code);
    }
    // Simulate another desk changing the order: the stored version moves on.
    void bumpVersion(std::int64_t id) { ++m_orders[id].summary.version; }

    int getsOf(std::int64_t id) const;
    QList<FakeSyncd::Request> postsTo(const QString &suffix) const;

private:
    void handle(const FakeSyncd::Request &request, const FakeSyncd::Responder &responder);

    FakeSyncd &m_server;
    QMap<std::int64_t, proto::OrderDetail> m_orders;
    QMap<std::int64_t, proto::OrderSummary> m_history;
    std::optional<proto::Settings> m_settings;
    std::optional<proto::RateList> m_rates;
    proto::OperatorRef m_taker{7, "alice"};
    int m_failStatus = 0;
    QString m_failCode;
    QString m_failSuffix;
    std::int64_t m_nextHistoryId = 1000;
};

// A FakeSyncd with the order backend and an ApiClient pinned to it, ready for one test.
struct OrderTestHarness {
    OrderTestHarness();
    bool ok() const { return certificate.has_value() && listening; }

    QTemporaryDir dir;
    std::optional<TestCertificate> certificate;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<CertificatePinStore> pins;
    ScriptedTrustPrompt prompt{true};
    std::unique_ptr<PinnedNetworkAccess> network;
    std::unique_ptr<ApiClient> api;
    FakeSyncd server;
    FakeOrderBackend backend{server};
    bool listening = false;
};

// An order in `status` with a readable history, for card and action tests.
proto::OrderDetail makeDetail(std::int64_t id, domain::OrderStatus status, std::optional<proto::OperatorRef> holder,
                              const std::string &amountFiat = "9050.00");
proto::ChecklistItemState checklistItem(std::int64_t id, const std::string &title, bool done = false);

} // namespace p2pdesk::workstation::test
