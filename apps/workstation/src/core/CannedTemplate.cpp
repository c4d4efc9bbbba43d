#include "core/CannedTemplate.h"

namespace p2pdesk::workstation {

namespace {

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || c == u'_' || c == u'.';
}

// Calls visit(open, close, name) for every "{name}"; mirrors syncd's forEachVariable.
template<typename Visit> void forEachVariable(const QString &body, Visit visit)
{
    qsizetype pos = 0;
    while ((pos = body.indexOf(u'{', pos)) >= 0) {
        const qsizetype close = body.indexOf(u'}', pos + 1);
        if (close < 0)
            return;
        const QString name = body.mid(pos + 1, close - pos - 1);
        bool isName = !name.isEmpty();
        for (const QChar c : name)
            isName = isName && isNameChar(c);
        if (isName)
            visit(pos, close, name);
        pos = isName ? close + 1 : pos + 1;
    }
}

} // namespace

QStringList CannedTemplate::variables(const QString &body)
{
    QStringList names;
    forEachVariable(body, [&names](qsizetype, qsizetype, const QString &name) {
        if (!names.contains(name))
            names << name;
    });
    return names;
}

QStringList CannedTemplate::unknownVariables(const QString &body, const QStringList &known)
{
    QStringList unknown;
    for (const QString &name : variables(body)) {
        if (!known.contains(name))
            unknown << name;
    }
    return unknown;
}

QString CannedTemplate::render(const QString &body, const QMap<QString, QString> &values)
{
    QString out;
    qsizetype copied = 0;
    forEachVariable(body, [&](qsizetype open, qsizetype close, const QString &name) {
        out += body.mid(copied, open - copied);
        const auto it = values.constFind(name);
        out += it == values.constEnd() ? body.mid(open, close - open + 1) : it.value().toHtmlEscaped();
        copied = close + 1;
    });
    out += body.mid(copied);
    return out;
}

} // namespace p2pdesk::workstation
