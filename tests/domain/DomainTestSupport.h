#pragma once

#include <QByteArray>
#include <QTest>

#include <string>
#include <string_view>

// QCOMPARE cannot take the domain's enums directly: QTest's printer calls an unqualified
// toString(value), argument-dependent lookup picks p2pdesk::domain::toString, and QTest then
// delete[]s what it returned (a static string for ErrorCode: a crash on the first failure; a
// string_view for the others: a compile error). Compare their stable names instead, which also
// prints readably.
template<typename Enum> QByteArray enumName(Enum value)
{
    return QByteArray::fromStdString(std::string(std::string_view(toString(value))));
}

#define QCOMPARE_ENUM(actual, expected) QCOMPARE(enumName(actual), enumName(expected))

#include "p2pdesk/domain/Decimal.h"

namespace domaintest {

// A decimal literal of a test; a typo in one is the test's bug, so it stops the run.
inline p2pdesk::domain::Decimal dec(const char *text)
{
    auto parsed = p2pdesk::domain::Decimal::parse(text);
    if (!parsed)
        qFatal("bad literal %s", text);
    return parsed.value();
}

} // namespace domaintest
