#pragma once

// Shared by the GUI tests that run against a real syncd: the operator types the server, the
// credentials and the current TOTP code into the real login dialog and presses "Log in".
#include "ui/login/LoginDialog.h"

#include "p2pdesk/test/TestOperators.h"

#include <QLineEdit>
#include <QPushButton>
#include <QString>
#include <QTest>

#include <cstdint>

namespace p2pdesk::test {

inline void submitLogin(workstation::LoginDialog *dialog, const TestOperator &op, std::uint16_t port)
{
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("serverLineEdit")),
                     QStringLiteral("127.0.0.1:%1").arg(port));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit")),
                     QString::fromStdString(op.username));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")),
                     QString::fromStdString(op.password));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("totpLineEdit")),
                     QString::fromStdString(op.totpCode()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
}

} // namespace p2pdesk::test
