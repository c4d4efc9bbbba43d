#include "p2pdesk/domain/BankDirectory.h"

namespace p2pdesk::domain {

namespace {

// The 249 officially assigned ISO 3166-1 alpha-2 codes, two letters each, in order.
constexpr std::string_view kCountries = "AD"
                                        "AEAFAGAIALAMAOAQARASATAUAWAXAZ"
                                        "BABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ"
                                        "CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ"
                                        "DEDJDKDMDODZ"
                                        "ECEEEGEHERESET"
                                        "FIFJFKFMFOFR"
                                        "GAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGY"
                                        "HKHMHNHRHTHU"
                                        "IDIEILIMINIOIQIRISIT"
                                        "JEJMJOJP"
                                        "KEKGKHKIKMKNKPKRKWKYKZ"
                                        "LALBLCLILKLRLSLTLULVLY"
                                        "MAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZ"
                                        "NANCNENFNGNINLNONPNRNUNZ"
                                        "OM"
                                        "PAPEPFPGPHPKPLPMPNPRPSPTPWPY"
                                        "QA"
                                        "RERORSRURW"
                                        "SASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZ"
                                        "TCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZ"
                                        "UAUGUMUSUYUZ"
                                        "VAVCVEVGVIVNVU"
                                        "WFWS"
                                        "YEYT"
                                        "ZAZMZW";
static_assert(kCountries.size() == 2 * 249);

} // namespace

bool isBankCode(std::string_view code) noexcept
{
    if (code.size() < 2 || code.size() > 32)
        return false;
    for (const char c : code) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

bool isCountryCode(std::string_view code) noexcept
{
    if (code.size() != 2)
        return false;
    for (std::size_t i = 0; i < kCountries.size(); i += 2) {
        if (kCountries.substr(i, 2) == code)
            return true;
    }
    return false;
}

} // namespace p2pdesk::domain
