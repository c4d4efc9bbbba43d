#pragma once

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Operators.h"

#include <QString>

#include <optional>
#include <vector>

class QWidget;

namespace p2pdesk::workstation {

struct NewOperatorForm {
    QString username;
    QString password;
    std::vector<domain::Role> roles;
};

// The questions the admin screens ask; behind an interface so tests can answer them without modal
// dialogs. Every answer is nullopt when the admin cancels.
class AdminPrompts {
public:
    virtual ~AdminPrompts() = default;

    virtual std::optional<NewOperatorForm> newOperator(QWidget *parent) = 0;
    virtual std::optional<std::vector<domain::Role>> roles(QWidget *parent, const proto::OperatorAccount &account) = 0;
    virtual std::optional<QString> newPassword(QWidget *parent, const proto::OperatorAccount &account) = 0;
    // Every admin change asks why; the text goes to the audit log. Never blank.
    virtual std::optional<QString> reason(QWidget *parent, const QString &action) = 0;
};

// The real dialogs.
class DialogAdminPrompts final : public AdminPrompts {
public:
    std::optional<NewOperatorForm> newOperator(QWidget *parent) override;
    std::optional<std::vector<domain::Role>> roles(QWidget *parent, const proto::OperatorAccount &account) override;
    std::optional<QString> newPassword(QWidget *parent, const proto::OperatorAccount &account) override;
    std::optional<QString> reason(QWidget *parent, const QString &action) override;
};

} // namespace p2pdesk::workstation
