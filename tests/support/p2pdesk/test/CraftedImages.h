#pragma once

// Image files for the proof tests, built byte by byte: real ones (from QImage) and hostile ones
// (decompression bombs, broken headers). Header-only and Qt-only, so the syncd tests and the
// workstation's widget tests share them.

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QtEndian>

#include <cstdint>

namespace p2pdesk::test::images {

inline std::uint32_t crc32(const QByteArray &data)
{
    std::uint32_t c = 0xFFFFFFFFU;
    for (const char ch : data) {
        c ^= static_cast<std::uint8_t>(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFU;
}

inline QByteArray be32(std::uint32_t value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

inline QByteArray le32(std::uint32_t value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(crc32(type + data));
}

inline QByteArray pngSignature()
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8);
}

// IHDR: width, height, bit depth, colour type, compression, filter, interlace.
inline QByteArray pngIhdr(std::uint32_t width, std::uint32_t height, char depth = 8, char colourType = 2)
{
    return be32(width) + be32(height) + QByteArray(1, depth) + QByteArray(1, colourType) + QByteArray(3, '\0');
}

// A structurally complete PNG whose IHDR says width x height; the IDAT content is not a valid
// image of that size (the sniffer never inflates it, a decoder would refuse it).
inline QByteArray pngWithHeader(std::uint32_t width, std::uint32_t height)
{
    return pngSignature() + pngChunk("IHDR", pngIhdr(width, height)) +
           pngChunk("IDAT", qCompress(QByteArray(16, '\0')).mid(4)) + pngChunk("IEND", {});
}

// A valid 1-bit greyscale PNG of width x height black pixels, as a scanner writes a page. Every
// row is a filter byte and width/8 zero bytes, which deflate squeezes ~1000:1.
inline QByteArray blackPng(std::uint32_t width, std::uint32_t height)
{
    const qsizetype row = 1 + (width + 7) / 8;
    const QByteArray raw(row * height, '\0');
    // qCompress prefixes the zlib stream with its 4-byte length; IDAT holds the bare stream.
    return pngSignature() + pngChunk("IHDR", pngIhdr(width, height, 1, 0)) +
           pngChunk("IDAT", qCompress(raw, 9).mid(4)) + pngChunk("IEND", {});
}

// A real decompression bomb: 20000 x 20000 (1.6 GB as RGBA) is a file of about 50 KB.
inline QByteArray pngBomb(std::uint32_t side)
{
    return blackPng(side, side);
}

inline QByteArray encoded(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb((x * 7) % 256, (y * 5) % 256, 90));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

inline QByteArray realPng(int width, int height)
{
    return encoded(width, height, "PNG");
}

inline QByteArray realJpeg(int width, int height)
{
    return encoded(width, height, "JPEG");
}

// The JPEG with its frame header (SOF0, written by Qt's encoder) claiming width x height.
inline QByteArray jpegClaiming(const QByteArray &jpeg, std::uint16_t width, std::uint16_t height)
{
    QByteArray bytes = jpeg;
    const qsizetype sof = bytes.indexOf(QByteArray("\xFF\xC0", 2));
    if (sof < 0)
        return {};
    // FF C0, length (2), precision (1), then height and width.
    qToBigEndian(height, bytes.data() + sof + 5);
    qToBigEndian(width, bytes.data() + sof + 7);
    return bytes;
}

inline QByteArray riffWebp(const QByteArray &chunks)
{
    return "RIFF" + le32(static_cast<std::uint32_t>(4 + chunks.size())) + "WEBP" + chunks;
}

inline QByteArray webpChunk(const QByteArray &fourcc, const QByteArray &payload)
{
    QByteArray chunk = fourcc + le32(static_cast<std::uint32_t>(payload.size())) + payload;
    if (payload.size() % 2)
        chunk += '\0';
    return chunk;
}

// Lossless: signature 0x2F, width - 1 and height - 1 in 14 bits each, then (here fake) data.
inline QByteArray webpLossless(std::uint32_t width, std::uint32_t height)
{
    const std::uint32_t bits = ((width - 1) & 0x3FFFU) | (((height - 1) & 0x3FFFU) << 14);
    return riffWebp(webpChunk("VP8L", QByteArray(1, '\x2F') + le32(bits) + QByteArray(8, '\0')));
}

// Extended: a VP8X canvas of width x height (24 bits each, minus one), then a lossless frame.
inline QByteArray webpExtended(std::uint32_t width, std::uint32_t height)
{
    const QByteArray w = le32(width - 1).left(3);
    const QByteArray h = le32(height - 1).left(3);
    const QByteArray frame = QByteArray(1, '\x2F') + le32(0) + QByteArray(8, '\0');
    return riffWebp(webpChunk("VP8X", QByteArray(4, '\0') + w + h) + webpChunk("VP8L", frame));
}

// A small PDF as generators write it: header, one object, xref, trailer, startxref, %%EOF.
inline QByteArray smallPdf(const QByteArray &extraObjects = {})
{
    return QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                      "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n") +
           extraObjects + "xref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n";
}

} // namespace p2pdesk::test::images
