#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace p2pdesk::workstation {

// Canned reply templates as syncd reads them (service/CannedReplyService): Telegram HTML with
// `{name}` variables, where a name is [a-z_.]+ and any other brace is plain text. The admin screen
// uses this to flag an unknown variable before saving and to preview a body with sample values;
// syncd stays the judge when it saves and renders.
class CannedTemplate final {
public:
    CannedTemplate() = delete;

    // The variables the body uses, in order of first appearance.
    static QStringList variables(const QString &body);
    // Those of them not in `known`.
    static QStringList unknownVariables(const QString &body, const QStringList &known);
    // Every variable replaced by its HTML-escaped value; one without a value is left as written.
    static QString render(const QString &body, const QMap<QString, QString> &values);
};

} // namespace p2pdesk::workstation
