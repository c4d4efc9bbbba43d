#include "tg/Html.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>

namespace p2pdesk::syncd::tg {

std::size_t utf16Length(std::string_view utf8)
{
    std::size_t units = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t len = 1;
        if (lead >= 0xF0 && lead < 0xF8)
            len = 4;
        else if (lead >= 0xE0)
            len = 3;
        else if (lead >= 0xC0)
            len = 2;
        if (len > 1 && i + len <= utf8.size()) {
            bool valid = true;
            for (std::size_t k = 1; k < len; ++k)
                valid = valid && (static_cast<unsigned char>(utf8[i + k]) & 0xC0) == 0x80;
            if (valid) {
                units += len == 4 ? 2 : 1;
                i += len;
                continue;
            }
        }
        units += 1;
        i += 1;
    }
    return units;
}

} // namespace p2pdesk::syncd::tg

namespace p2pdesk::syncd::tg {

namespace {

std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    if (lead >= 0xF0 && lead < 0xF8)
        len = 4;
    else if (lead >= 0xE0)
        len = 3;
    else if (lead >= 0xC0)
        len = 2;
    if (len == 1 || i + len > s.size())
        return 1;
    for (std::size_t k = 1; k < len; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
            return 1;
    }
    return len;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// The decoded text of an entity `&name;` (name without & and ;), or nullopt when it is none.
std::optional<std::string> decodeEntity(std::string_view name)
{
    if (name == "lt")
        return "<";
    if (name == "gt")
        return ">";
    if (name == "amp")
        return "&";
    if (name == "quot")
        return "\"";
    if (name == "apos")
        return "'";
    if (name.size() < 2 || name[0] != '#')
        return std::nullopt;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const auto digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8)
        return std::nullopt;
    std::uint32_t cp = 0;
    for (const char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            return std::nullopt;
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        if (cp > 0x10FFFF)
            return std::nullopt;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
        return std::nullopt;
    std::string out;
    appendUtf8(out, cp);
    return out;
}

struct Token {
    enum class Kind { Text, Open, Close };
    Kind kind = Kind::Text;
    std::string_view raw;
    std::string name;  // tags
    std::string plain; // text: what Telegram shows
    std::size_t units = 0;
};

std::vector<Token> tokenize(std::string_view text, bool html)
{
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < text.size();) {
        Token t;
        if (html && text[i] == '<') {
            const auto close = text.find('>', i);
            if (close != std::string_view::npos) {
                t.raw = text.substr(i, close - i + 1);
                auto inner = text.substr(i + 1, close - i - 1);
                t.kind = Token::Kind::Open;
                if (!inner.empty() && inner[0] == '/') {
                    t.kind = Token::Kind::Close;
                    inner.remove_prefix(1);
                }
                const auto end = inner.find_first_of(" \t\n/");
                for (const char c : inner.substr(0, end))
                    t.name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                tokens.push_back(std::move(t));
                i = close + 1;
                continue;
            }
        }
        if (html && text[i] == '&') {
            const auto semi = text.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 12) {
                if (auto decoded = decodeEntity(text.substr(i + 1, semi - i - 1))) {
                    t.raw = text.substr(i, semi - i + 1);
                    t.units = utf16Length(*decoded);
                    t.plain = std::move(*decoded);
                    tokens.push_back(std::move(t));
                    i = semi + 1;
                    continue;
                }
            }
        }
        const auto len = utf8SequenceLength(text, i);
        t.raw = text.substr(i, len);
        t.plain = std::string(t.raw);
        t.units = utf16Length(t.raw);
        tokens.push_back(std::move(t));
        i += len;
    }
    return tokens;
}

void applyTag(std::vector<const Token *> &open, const Token &t)
{
    if (t.kind == Token::Kind::Open) {
        open.push_back(&t);
    } else if (t.kind == Token::Kind::Close) {
        // Balanced markup pops its own opener; a stray end tag changes nothing.
        for (auto it = open.rbegin(); it != open.rend(); ++it) {
            if ((*it)->name == t.name) {
                open.erase(std::next(it).base());
                break;
            }
        }
    }
}

} // namespace

std::string htmlToPlain(std::string_view html)
{
    std::string out;
    for (const auto &t : tokenize(html, true)) {
        if (t.kind == Token::Kind::Text)
            out += t.plain;
    }
    return out;
}

std::vector<std::string> splitForTelegram(std::string_view text, std::size_t maxUnits, bool html)
{
    const auto tokens = tokenize(text, html);
    const std::size_t n = tokens.size();
    std::vector<std::string> parts;
    std::vector<const Token *> open;
    maxUnits = std::max<std::size_t>(maxUnits, 2); // room for one character outside the BMP
    for (std::size_t i = 0; i < n;) {
        std::size_t units = 0;
        std::size_t afterParagraph = 0, afterLine = 0, afterSpace = 0;
        bool previousNewline = false;
        std::size_t j = i;
        for (; j < n; ++j) {
            const auto &t = tokens[j];
            if (t.kind != Token::Kind::Text)
                continue;
            if (units + t.units > maxUnits)
                break;
            units += t.units;
            const bool newline = t.plain == "\n";
            if (newline && previousNewline)
                afterParagraph = j + 1;
            else if (newline)
                afterLine = j + 1;
            else if (t.plain == " ")
                afterSpace = j + 1;
            previousNewline = newline;
        }
        std::size_t cut = n;
        if (j < n) {
            cut = afterParagraph ? afterParagraph : afterLine ? afterLine : afterSpace ? afterSpace : j;
            if (cut <= i)
                cut = j;
        }
        std::string part;
        bool visible = false;
        for (const auto *tag : open)
            part += tag->raw;
        for (std::size_t k = i; k < cut; ++k) {
            part += tokens[k].raw;
            applyTag(open, tokens[k]);
            if (tokens[k].kind == Token::Kind::Text &&
                tokens[k].plain.find_first_not_of(" \t\r\n") != std::string::npos)
                visible = true;
        }
        for (auto it = open.rbegin(); it != open.rend(); ++it)
            part += "</" + (*it)->name + ">";
        if (visible)
            parts.push_back(std::move(part));
        i = cut;
    }
    return parts;
}

} // namespace p2pdesk::syncd::tg
