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
