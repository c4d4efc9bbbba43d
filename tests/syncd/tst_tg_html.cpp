// Splitting and plain-text fallback of Telegram HTML: counted in UTF-16 units, cut only between
// characters, every part valid markup on its own.
#include "tg/Html.h"

#include <QtTest>

using namespace p2pdesk::syncd::tg;

namespace {

const std::string kEmoji = "\xF0\x9F\x98\x80"; // U+1F600, 2 UTF-16 units
const std::string kZhe = "\xD0\x96";           // Cyrillic Ж, 1 unit

std::string repeat(const std::string &unit, std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += unit;
    return out;
}

// Tags balanced and properly nested: what Telegram's parser requires of each part.
bool balanced(const std::string &html)
{
    std::vector<std::string> open;
    for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
        const auto close = html.find('>', i);
        if (close == std::string::npos)
            return false;
        const auto tag = html.substr(i + 1, close - i - 1);
        if (tag[0] == '/') {
            if (open.empty() || open.back() != tag.substr(1))
                return false;
            open.pop_back();
        } else {
            open.push_back(tag.substr(0, tag.find(' ')));
        }
    }
    return open.empty();
}

bool validUtf8(const std::string &s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        if (len == 0 || i + len > s.size())
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += len;
    }
    return true;
}

} // namespace

class TstTgHtml : public QObject {
    Q_OBJECT

private slots:
    void plainText()
    {
        QCOMPARE(htmlToPlain("<b>Hi</b> &lt;there&gt; &amp; &quot;you&quot; &#39;x&#39; &#x1F600; <a href=\"u\">l</a>"),
                 std::string("Hi <there> & \"you\" 'x' ") + kEmoji + " l");
        QCOMPARE(htmlToPlain("a & b &unknown; c"), std::string("a & b &unknown; c"));
        QCOMPARE(htmlToPlain(escapeHtml("<script>&")), std::string("<script>&"));
    }

    void shortTextIsOnePart()
    {
        const auto parts = splitForTelegram("<b>hello</b>");
        QCOMPARE(parts.size(), std::size_t(1));
        QCOMPARE(parts[0], std::string("<b>hello</b>"));
        QVERIFY(splitForTelegram("").empty());
        QVERIFY(splitForTelegram("  \n ").empty());
    }

    void prefersParagraphThenLineThenSpace()
    {
        const std::string para = repeat("a", 30) + "\n\n" + repeat("b", 30) + "\nline " + repeat("c", 20);
        auto parts = splitForTelegram(para, 50, false);
        QCOMPARE(parts[0], repeat("a", 30) + "\n\n");
        const std::string lines = repeat("a", 30) + "\n" + repeat("b", 10) + " " + repeat("c", 30);
        parts = splitForTelegram(lines, 45, false);
        QCOMPARE(parts[0], repeat("a", 30) + "\n");
        parts = splitForTelegram(repeat("a", 20) + " " + repeat("b", 30), 40, false);
        QCOMPARE(parts[0], repeat("a", 20) + " ");
        parts = splitForTelegram(repeat("x", 25), 10, false);
        QCOMPARE(parts.size(), std::size_t(3));
        QCOMPARE(parts[2], std::string("xxxxx"));
    }

    void emojiCountTwoAndAreNeverCut()
    {
        const auto text = repeat(kEmoji, 5000); // 10 000 units
        const auto parts = splitForTelegram(text, 4096, false);
        QCOMPARE(parts.size(), std::size_t(3));
        std::string joined;
        for (const auto &p : parts) {
            QVERIFY(utf16Length(p) <= 4096);
            QVERIFY(validUtf8(p));
            joined += p;
        }
        QCOMPARE(joined, text);
        QCOMPARE(utf16Length(parts[0]), std::size_t(4096));
        // An odd budget: an emoji does not fit in the last unit, so the part is one unit short.
        QCOMPARE(utf16Length(splitForTelegram(repeat(kEmoji, 10), 5, false)[0]), std::size_t(4));
    }

    void cyrillicTenThousand()
    {
        std::string text;
        for (int i = 0; i < 1000; ++i)
            text += repeat(kZhe, 9) + " ";
        QCOMPARE(utf16Length(text), std::size_t(10000));
        const auto parts = splitForTelegram(text);
        QCOMPARE(parts.size(), std::size_t(3));
        std::string joined;
        for (const auto &p : parts) {
            QVERIFY(utf16Length(p) <= 4096);
            QVERIFY(validUtf8(p));
            QCOMPARE(p.back(), ' '); // cut after a space, never inside a word
            joined += p;
        }
        QCOMPARE(joined, text);
    }

    void nestedTagsClosedAndReopened()
    {
        const std::string text = "<b>bold <i>" + repeat("word ", 30) + "</i> tail</b> end";
        const auto parts = splitForTelegram(text, 60);
        QVERIFY(parts.size() >= 3);
        std::string plain;
        for (const auto &p : parts) {
            QVERIFY2(balanced(p), p.c_str());
            QVERIFY(utf16Length(htmlToPlain(p)) <= 60);
            plain += htmlToPlain(p);
        }
        QVERIFY(parts[0].rfind("<b>bold <i>", 0) == 0);
        QVERIFY(parts[0].size() > 9 && parts[0].substr(parts[0].size() - 8) == "</i></b>");
        QVERIFY(parts[1].rfind("<b><i>", 0) == 0);
        QCOMPARE(plain, htmlToPlain(text));
    }

    void tagAttributesSurviveReopening()
    {
        const std::string text = "<a href=\"https://x.y/?a=1&amp;b=2\">" + repeat("link ", 20) + "</a>";
        const auto parts = splitForTelegram(text, 40);
        QVERIFY(parts.size() >= 2);
        QVERIFY(parts[1].rfind("<a href=\"https://x.y/?a=1&amp;b=2\">", 0) == 0);
        for (const auto &p : parts)
            QVERIFY(balanced(p));
    }

    void entityAtTheCutStaysWhole()
    {
        // 9 letters then entities: the cut at 10 units falls inside the entity run.
        const std::string text = repeat("a", 9) + "&amp;&lt;&#128512;&gt;" + repeat("b", 5);
        const auto parts = splitForTelegram(text, 10);
        QCOMPARE(parts[0], repeat("a", 9) + "&amp;");
        QCOMPARE(parts[1], std::string("&lt;&#128512;&gt;bbbbb"));
        // The emoji entity counts 2 units: it does not fit after 9 letters.
        const auto tight = splitForTelegram(repeat("a", 9) + "&#128512;", 10);
        QCOMPARE(tight.size(), std::size_t(2));
        QCOMPARE(tight[1], std::string("&#128512;"));
        // Plain mode leaves & and < alone (they are characters, not markup).
        QCOMPARE(splitForTelegram("a<b>&amp;", 100, false)[0], std::string("a<b>&amp;"));
    }
};

QTEST_GUILESS_MAIN(TstTgHtml)
#include "tst_tg_html.moc"
