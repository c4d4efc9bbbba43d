#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>

#include <optional>
#include <vector>

namespace p2pdesk::workstation {

// A QR symbol made by libqrencode, as a square matrix of dark/light modules. Used to show the
// otpauth:// enrolment URI to a new operator's authenticator app; the URI holds the TOTP secret, so
// the symbol lives only in memory and is never written to disk.
class QrCode final {
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    // The smallest symbol (8-bit mode, case-sensitive) that holds `text`; nullopt if it does not
    // fit in a version-40 symbol or libqrencode fails.
    static std::optional<QrCode> encode(const QByteArray &text, ErrorCorrection level = ErrorCorrection::Medium);

    int version() const { return m_version; }
    // Modules per side: 17 + 4 × version.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

    // The quiet zone of 4 modules the standard asks for keeps scanners from latching on to
    // surrounding widgets.
    static constexpr int kQuietZone = 4;

    // One pixel block of `moduleSize` per module plus `quietZone` light modules on every side.
    QImage toImage(int moduleSize, int quietZone = kQuietZone, QColor dark = Qt::black, QColor light = Qt::white) const;

private:
    QrCode(int version, int size, std::vector<bool> modules);

    int m_version = 0;
    int m_size = 0;
    std::vector<bool> m_modules; // row-major
};

} // namespace p2pdesk::workstation
