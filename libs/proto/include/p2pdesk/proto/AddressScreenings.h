#pragma once

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// A risk score of an address a customer's crypto came from (AML screening), 0..100.
// {"id","address","score","source":"provider"|"manual","provider"?,"risk_level"?,"labels":[…],
//  "sender_checked","screened_by":{…},"reason","screened_at","flag_id"?}
// provider: present exactly for source "provider". sender_checked: the block explorer listed the
// address among the transaction's senders (false: nobody could check, the operator named it).
// flag_id: the hold flag (sender_address_risk) this screening raised on the order, when it did.
struct AddressScreening {
    std::int64_t id = 0;
    std::string address;
    std::int64_t score = 0;
    bool manual = false;
    std::optional<std::string> provider;
    std::optional<std::string> riskLevel;
    std::vector<std::string> labels;
    bool senderChecked = false;
    OperatorRef screenedBy;
    std::string reason;
    Timestamp screenedAt{};
    std::optional<std::int64_t> flagId;
};

// GET /api/v1/proofs/{id}/screenings (a txid proof of a sell; 404 for any other) →
// {"proof_id","network","provider"?,"hold_above","items":[AddressScreening]} (newest first).
// provider: the configured provider that scores this network (absent: scores are entered by hand);
// hold_above: the desk's setting aml_hold_score, a score above which holds the order.
struct AddressScreeningList {
    std::int64_t proofId = 0;
    std::string network;
    std::optional<std::string> provider;
    std::int64_t holdAbove = 0;
    std::vector<AddressScreening> items;
};

// POST /api/v1/proofs/{id}/screenings {"address","reason","score"?} → 201 AddressScreening (200 with
// the same row when the same operator asked the same within a minute: a retry, not a new screening).
// Without score the configured provider is asked; with one (0..100) it is the operator's entry,
// accepted only when no provider scores the network.
struct ScreenAddressRequest {
    std::string address;
    std::string reason;
    std::optional<std::int64_t> score;
};

Json toJson(const AddressScreening &value);
std::optional<DecodeError> decodeInto(const Json &json, AddressScreening &out);
Json toJson(const AddressScreeningList &value);
std::optional<DecodeError> decodeInto(const Json &json, AddressScreeningList &out);
Json toJson(const ScreenAddressRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, ScreenAddressRequest &out);

} // namespace p2pdesk::proto
