#include "service/RatesXml.h"

namespace p2pdesk::syncd::service {

namespace {

void element(std::string &out, const char *name, const std::string &value)
{
    out += "    <";
    out += name;
    out += '>';
    out += value;
    out += "</";
    out += name;
    out += ">\n";
}

} // namespace

std::string renderRatesXml(const std::vector<RatesXmlItem> &items)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rates>\n";
    for (const auto &item : items) {
        out += "  <item>\n";
        element(out, "from", item.from);
        element(out, "to", item.to);
        element(out, "in", item.offer.in.toString());
        element(out, "out", item.offer.out.toString());
        element(out, "amount", item.offer.amount.toString());
        element(out, "minamount", item.offer.minAmount.toString() + " " + item.amountCurrency);
        element(out, "maxamount", item.offer.maxAmount.toString() + " " + item.amountCurrency);
        element(out, "param", "manual");
        out += "  </item>\n";
    }
    out += "</rates>\n";
    return out;
}

} // namespace p2pdesk::syncd::service
