#include "platform/QrCode.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace p2pdesk::workstation {

namespace {

QRecLevel toLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrDeleter {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCode::QrCode(int version, int size, std::vector<bool> modules)
    : m_version(version)
    , m_size(size)
    , m_modules(std::move(modules))
{
}

std::optional<QrCode> QrCode::encode(const QByteArray &text, ErrorCorrection level)
{
    if (text.isEmpty() || text.contains('\0'))
        return std::nullopt;
    // Version 0 lets libqrencode pick the smallest version that fits.
    std::unique_ptr<QRcode, QrDeleter> code(QRcode_encodeString(text.constData(), 0, toLevel(level), QR_MODE_8, 1));
    if (!code || code->width <= 0)
        return std::nullopt;
    const int width = code->width;
    std::vector<bool> modules(static_cast<std::size_t>(width) * static_cast<std::size_t>(width));
    for (std::size_t i = 0; i < modules.size(); ++i)
        modules[i] = (code->data[i] & 0x01) != 0; // bit 0 is the module colour; the rest is metadata
    return QrCode(code->version, width, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_size) + static_cast<std::size_t>(x)];
}

QImage QrCode::toImage(int moduleSize, int quietZone, QColor dark, QColor light) const
{
    moduleSize = std::max(1, moduleSize);
    quietZone = std::max(0, quietZone);
    const int side = (m_size + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(light);
    const QRgb darkRgb = dark.rgb();
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + quietZone) * moduleSize;
            const int top = (y + quietZone) * moduleSize;
            for (int py = top; py < top + moduleSize; ++py) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(py));
                for (int px = left; px < left + moduleSize; ++px)
                    line[px] = darkRgb;
            }
        }
    }
    return image;
}

} // namespace p2pdesk::workstation
