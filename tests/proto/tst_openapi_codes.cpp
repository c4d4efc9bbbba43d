#include "p2pdesk/proto/ApiErrorCode.h"
#include "p2pdesk/proto/Endpoints.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

using namespace p2pdesk::proto;

// The OpenAPI document and the C++ contract must not drift apart: the error-code enum in the
// document is exactly kAllApiErrorCodes, and every path constant of Endpoints.h is documented.
// The YAML is read as text on purpose — no YAML library is needed for two well-known blocks.
class TestOpenApiCodes final : public QObject {
    Q_OBJECT

private:
    QStringList m_lines;

    // The "- item" entries of the first `enum:` list under the `  ErrorCode:` schema.
    QStringList documentedErrorCodes() const
    {
        QStringList codes;
        qsizetype i = m_lines.indexOf(QStringLiteral("    ErrorCode:"));
        if (i < 0)
            return codes;
        for (++i; i < m_lines.size() && !m_lines[i].trimmed().startsWith(QStringLiteral("enum:")); ++i) {
        }
        const QRegularExpression item(QStringLiteral(R"(^\s+- ([a-z_]+)\s*$)"));
        for (++i; i < m_lines.size(); ++i) {
            const auto match = item.match(m_lines[i]);
            if (!match.hasMatch())
                break;
            codes << match.captured(1);
        }
        return codes;
    }

private slots:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("P2PDESK_SOURCE_DIR") +
                   QStringLiteral("/libs/proto/openapi/p2pdesk.openapi.yaml"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "OpenAPI document not found");
        m_lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QVERIFY(m_lines.size() > 100);
    }

    void errorCodeEnumMatches()
    {
        const QStringList documented = documentedErrorCodes();
        QStringList expected;
        for (const auto code : kAllApiErrorCodes)
            expected << QString::fromUtf8(toString(code).data(), static_cast<qsizetype>(toString(code).size()));
        QCOMPARE(documented, expected);
    }

    void everyErrorCodeHasItsStatusDocumented()
    {
        // The ErrorCode description has one "- `code`: STATUS" line per code.
        const QString text = m_lines.join(QLatin1Char('\n'));
        for (const auto code : kAllApiErrorCodes) {
            const QString line =
                QStringLiteral("`%1`: %2")
                    .arg(QString::fromUtf8(toString(code).data(), static_cast<qsizetype>(toString(code).size())))
                    .arg(httpStatus(code));
            QVERIFY2(text.contains(line), qPrintable(line));
        }
    }

    void everyEndpointIsDocumented_data()
    {
        QTest::addColumn<QString>("path");
        namespace e = endpoints;
        for (const auto path : {e::kLogin,
                                e::kLogout,
                                e::kMe,
                                e::kMeDuty,
                                e::kOrders,
                                e::kOrder,
                                e::kOrderTake,
                                e::kOrderRequote,
                                e::kOrderTransitions,
                                e::kOrderApprovals,
                                e::kOrderChecklist,
                                e::kOrderProofs,
                                e::kOrderRiskFlagClear,
                                e::kProofFile,
                                e::kProofAnnotations,
                                e::kRates,
                                e::kChanges,
                                e::kSettings,
                                e::kChecklists,
                                e::kAdminOperators,
                                e::kAdminOperatorRoles,
                                e::kAdminOperatorDeactivate,
                                e::kAdminOperatorResetPassword,
                                e::kAdminOperatorReset2fa,
                                e::kAdminRates,
                                e::kAdminWallets,
                                e::kAdminWalletActive,
                                e::kAdminSettings,
                                e::kAdminLimits,
                                e::kAdminFlags,
                                e::kAdminFlag,
                                e::kAdminAudit,
                                e::kAdminAuditVerify,
                                e::kAdminChecklists,
                                e::kAdminChecklist,
                                e::kTickets,
                                e::kTicket,
                                e::kTicketMessages,
                                e::kTicketAssign,
                                e::kTicketPriority,
                                e::kTicketClose,
                                e::kTicketReopen,
                                e::kTicketRead,
                                e::kTicketPreview,
                                e::kTicketAttachment,
                                e::kCannedReplies,
                                e::kAdminCannedReplies,
                                e::kAdminCannedReply,
                                e::kCustomer,
                                e::kCustomerBlock,
                                e::kCustomerUnblock,
                                e::kCustomerKycLevel,
                                e::kCustomerNotes,
                                e::kCustomerAccountReveal,
                                e::kCustomers,
                                e::kHealthz,
                                e::kReadyz,
                                e::kMetrics,
                                e::kTelegramWebhook}) {
            const QString full = QString::fromUtf8(path.data(), static_cast<qsizetype>(path.size()));
            QTest::newRow(qPrintable(full)) << full;
        }
    }

    void everyEndpointIsDocumented()
    {
        QFETCH(QString, path);
        QVERIFY2(m_lines.contains(QStringLiteral("  ") + path + QLatin1Char(':')), qPrintable(path));
    }
};

QTEST_APPLESS_MAIN(TestOpenApiCodes)
#include "tst_openapi_codes.moc"
