#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/BankRepository.h"

#include "p2pdesk/proto/Banks.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

// The banks directory: the banks the desk pays fiat out to, each of one currency. Admins add and
// edit banks (a reason each, audited, announced as bank.updated); a payout account that names a
// bank must name an active one of its order's currency (acceptedForPayout).
class BankService final {
public:
    explicit BankService(feed::ChangeFeed &changeFeed)
        : m_changeFeed(changeFeed)
    {
    }

    std::vector<proto::BankDto> list(db::Transaction &tx, const std::optional<std::string> &fiat,
                                     std::optional<bool> active);
    proto::BankDto create(db::Transaction &tx, const proto::CreateBankRequest &request, audit::AuditEntry audit);
    // Against request.version: 409 version_conflict when the bank moved on, 409 conflict when the
    // request changes nothing (nothing is written then).
    proto::BankDto update(db::Transaction &tx, std::int64_t bankId, const proto::UpdateBankRequest &request,
                          audit::AuditEntry audit);

    // The bank a fiat payout account may name: an active bank of `fiat` with this code; else
    // ServiceError bank_not_accepted (details: field payout_bank, reason unknown | inactive |
    // wrong_fiat, the bank's fiat_currency when it has another).
    static db::BankRow acceptedForPayout(pqxx::work &work, const std::string &code, const std::string &fiat);

    static proto::BankDto toDto(const db::BankRow &row);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
