#include "p2pdesk/domain/KeyMaterial.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

namespace p2pdesk::domain {

namespace {

constexpr std::string_view kBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

bool allOf(std::string_view s, auto pred)
{
    return std::all_of(s.begin(), s.end(), [&](char c) { return pred(static_cast<unsigned char>(c)); });
}

bool isBase58(std::string_view s)
{
    return allOf(s, [](unsigned char c) { return kBase58.find(static_cast<char>(c)) != std::string_view::npos; });
}

std::string trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

} // namespace

bool looksLikeKeyMaterial(std::string_view raw)
{
    const std::string value = trimmed(raw);
    std::string_view v = value;
    // Raw 256-bit private key, with or without 0x.
    std::string_view hex = v;
    if (hex.starts_with("0x") || hex.starts_with("0X"))
        hex.remove_prefix(2);
    if (hex.size() >= 64 && allOf(hex, [](unsigned char c) { return std::isxdigit(c) != 0; }))
        return true;
    // Any run of 64 hex digits inside a longer string ("vault:abcd…") is key material too.
    std::size_t run = 0;
    for (const char c : v) {
        run = std::isxdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
        if (run >= 64)
            return true;
    }
    // Mnemonic seed phrase: 12, 15, 18, 21 or 24 alphabetic words.
    std::istringstream words{value};
    std::string word;
    std::size_t count = 0;
    bool alphabetic = true;
    while (words >> word) {
        ++count;
        alphabetic = alphabetic && allOf(word, [](unsigned char c) { return std::isalpha(c) != 0; });
    }
    if (alphabetic && count >= 12 && count <= 24 && count % 3 == 0)
        return true;
    // WIF (mainnet 5…/K…/L…, testnet 9…/c…) and BIP-32 extended private keys.
    if (isBase58(v)) {
        if (v.size() == 51 && (v.front() == '5' || v.front() == '9'))
            return true;
        if (v.size() == 52 && (v.front() == 'K' || v.front() == 'L' || v.front() == 'c'))
            return true;
        if (v.size() >= 100 &&
            (v.starts_with("xprv") || v.starts_with("tprv") || v.starts_with("yprv") || v.starts_with("zprv")))
            return true;
    }
    return v.find("PRIVATE KEY") != std::string_view::npos;
}

} // namespace p2pdesk::domain
