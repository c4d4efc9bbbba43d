#pragma once

// The ground the admin screens' GUI tests stand on: a real syncd and PostgreSQL with the seeded
// operators (orders::OrdersWorld), an AdminService signed in as their admin over a pinned TLS
// connection, and prompts that answer "why?" from the test's script. A test class derives from
// RealSyncdAdminTest, calls connectAdmin() in init() and disconnectAdmin() in cleanup(), and opens
// its AdminWindow on m_service and m_prompts.
#include "ScriptedTrustPrompt.h"
#include "core/AdminService.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminWindow.h"

#include "p2pdesk/test/TestOperators.h"

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace p2pdesk::workstation::test {

// Answers every reason question with `answer` (nullopt: the admin cancels) and records what was
// asked; the other prompts are not part of these screens and are cancelled.
class ScriptedReasonPrompts final : public AdminPrompts {
public:
    std::optional<QString> answer;
    QStringList asked;

    std::optional<NewOperatorForm> newOperator(QWidget *) override { return std::nullopt; }
    std::optional<std::vector<domain::Role>> roles(QWidget *, const proto::OperatorAccount &) override
    {
        return std::nullopt;
    }
    std::optional<QString> newPassword(QWidget *, const proto::OperatorAccount &) override { return std::nullopt; }
    std::optional<QString> reason(QWidget *, const QString &action) override
    {
        asked << action;
        return answer;
    }
};

class RealSyncdAdminTest : public QObject {
protected:
    void connectAdmin()
    {
        m_world = std::make_unique<p2pdesk::test::orders::OrdersWorld>();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("admin.ini")), QSettings::IniFormat);
        m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
        m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_trust);
        m_api = std::make_unique<ApiClient>(m_network.get());
        m_api->setServer(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_world->server->port())));
        m_api->setToken(QString::fromStdString(p2pdesk::test::createSession(m_world->db, m_world->admin.id)));
        m_service = std::make_unique<AdminService>(m_api.get());
        m_prompts = ScriptedReasonPrompts{};
    }

    // The window first: its pages hold requests of the service, which holds the connection.
    void disconnectAdmin()
    {
        m_window.reset();
        m_service.reset();
        m_api.reset();
        m_network.reset();
        m_world.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<p2pdesk::test::orders::OrdersWorld> m_world;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_trust{true};
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AdminService> m_service;
    ScriptedReasonPrompts m_prompts;
    std::unique_ptr<AdminWindow> m_window;
};

} // namespace p2pdesk::workstation::test
