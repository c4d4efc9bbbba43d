#include "core/OtpAuthUri.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

namespace p2pdesk::workstation {

namespace {

std::optional<QByteArray> decodeBase32(const QString &text)
{
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        int value = -1;
        const char16_t u = c.toUpper().unicode();
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = u - u'2' + 26;
        else if (u == u'=' || u == u' ')
            continue;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint64>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

std::optional<QCryptographicHash::Algorithm> algorithmOf(const QByteArray &name)
{
    if (name == "SHA1")
        return QCryptographicHash::Sha1;
    if (name == "SHA256")
        return QCryptographicHash::Sha256;
    if (name == "SHA512")
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

} // namespace

std::optional<OtpAuthUri> OtpAuthUri::parse(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"otpauth" || url.host() != u"totp")
        return std::nullopt;
    const QUrlQuery query(url);
    OtpAuthUri result;
    result.m_uri = uri;
    result.m_label = url.path(QUrl::FullyDecoded).mid(1);
    result.m_issuer = query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded);
    result.m_secretText = query.queryItemValue(QStringLiteral("secret")).toUpper();
    auto secret = decodeBase32(result.m_secretText);
    if (!secret)
        return std::nullopt;
    result.m_secret = *secret;
    if (query.hasQueryItem(QStringLiteral("algorithm")))
        result.m_algorithm = query.queryItemValue(QStringLiteral("algorithm")).toUpper().toLatin1();
    if (!algorithmOf(result.m_algorithm))
        return std::nullopt;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("digits")))
        result.m_digits = query.queryItemValue(QStringLiteral("digits")).toInt(&ok);
    if (!ok || result.m_digits < 6 || result.m_digits > 8)
        return std::nullopt;
    if (query.hasQueryItem(QStringLiteral("period")))
        result.m_period = query.queryItemValue(QStringLiteral("period")).toInt(&ok);
    if (!ok || result.m_period <= 0)
        return std::nullopt;
    return result;
}

QString OtpAuthUri::secretForDisplay() const
{
    QString grouped;
    for (qsizetype i = 0; i < m_secretText.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += u' ';
        grouped += m_secretText.mid(i, 4);
    }
    return grouped;
}

QString OtpAuthUri::codeAt(const QDateTime &when) const
{
    const quint64 counter = static_cast<quint64>(when.toSecsSinceEpoch()) / static_cast<quint64>(m_period);
    QByteArray message(8, '\0');
    for (int i = 0; i < 8; ++i)
        message[7 - i] = static_cast<char>((counter >> (8 * i)) & 0xFF);
    const QByteArray mac = QMessageAuthenticationCode::hash(message, m_secret, *algorithmOf(m_algorithm));
    const int offset = mac.back() & 0x0F;
    const quint32 binary = (static_cast<quint32>(static_cast<quint8>(mac[offset]) & 0x7F) << 24) |
                           (static_cast<quint32>(static_cast<quint8>(mac[offset + 1])) << 16) |
                           (static_cast<quint32>(static_cast<quint8>(mac[offset + 2])) << 8) |
                           static_cast<quint32>(static_cast<quint8>(mac[offset + 3]));
    quint32 modulus = 1;
    for (int i = 0; i < m_digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, m_digits, 10, QLatin1Char('0'));
}

bool OtpAuthUri::accepts(const QString &code, const QDateTime &now) const
{
    const QString trimmed = code.trimmed().remove(u' ');
    if (trimmed.size() != m_digits)
        return false;
    for (int step = -1; step <= 1; ++step) {
        if (codeAt(now.addSecs(static_cast<qint64>(step) * m_period)) == trimmed)
            return true;
    }
    return false;
}

} // namespace p2pdesk::workstation
