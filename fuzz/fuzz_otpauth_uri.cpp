// The workstation's otpauth:// enrolment URI parser (OtpAuthUri), which reads what syncd hands out
// and what an admin may paste; the code it then computes must agree with itself.
#include "FuzzCheck.h"
#include "core/OtpAuthUri.h"

#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>

using p2pdesk::workstation::OtpAuthUri;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto uri = OtpAuthUri::parse(text);
    if (!uri)
        return 0;
    FUZZ_REQUIRE(uri->digits() >= 6 && uri->digits() <= 8);
    FUZZ_REQUIRE(uri->periodSeconds() > 0);
    FUZZ_REQUIRE(uri->uri() == text);

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const QString code = uri->codeAt(now);
    FUZZ_REQUIRE(code.size() == uri->digits());
    for (const QChar c : code)
        FUZZ_REQUIRE(c >= u'0' && c <= u'9');
    FUZZ_REQUIRE(uri->accepts(code, now));
    // The secret is shown in groups of at most four characters, for reading aloud or typing.
    const QString grouped = uri->secretForDisplay();
    FUZZ_REQUIRE(!grouped.isEmpty());
    for (const QString &group : grouped.split(u' '))
        FUZZ_REQUIRE(group.size() <= 4);
    return 0;
}
