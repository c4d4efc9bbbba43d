#include "p2pdesk/proto/Enums.h"

#include <array>
#include <utility>

namespace p2pdesk::proto {

namespace {

template<typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N> &table, E value) noexcept
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return name;
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N> &table, std::string_view text) noexcept
{
    for (const auto &[entry, name] : table) {
        if (name == text)
            return entry;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ActorKind, std::string_view>, 3> kActorKinds = {
    {{ActorKind::Operator, "operator"}, {ActorKind::Customer, "customer"}, {ActorKind::System, "system"}}};
constexpr std::array<std::pair<RiskSeverity, std::string_view>, 3> kSeverities = {
    {{RiskSeverity::Info, "info"}, {RiskSeverity::Hold, "hold"}, {RiskSeverity::Block, "block"}}};
constexpr std::array<std::pair<ApprovalDecision, std::string_view>, 2> kDecisions = {
    {{ApprovalDecision::Approve, "approve"}, {ApprovalDecision::Reject, "reject"}}};
constexpr std::array<std::pair<ProofKind, std::string_view>, 2> kProofKinds = {
    {{ProofKind::Txid, "txid"}, {ProofKind::File, "file"}}};
constexpr std::array<std::pair<WalletKind, std::string_view>, 2> kWalletKinds = {
    {{WalletKind::Hot, "hot"}, {WalletKind::Cold, "cold"}}};
constexpr std::array<std::pair<ChecklistKind, std::string_view>, 2> kChecklistKinds = {
    {{ChecklistKind::Verify, "verify"}, {ChecklistKind::Payout, "payout"}}};

} // namespace

std::string_view toString(ActorKind value) noexcept
{
    return nameOf(kActorKinds, value);
}
std::optional<ActorKind> parseActorKind(std::string_view text) noexcept
{
    return valueOf(kActorKinds, text);
}
std::string_view toString(RiskSeverity value) noexcept
{
    return nameOf(kSeverities, value);
}
std::optional<RiskSeverity> parseRiskSeverity(std::string_view text) noexcept
{
    return valueOf(kSeverities, text);
}
std::string_view toString(ApprovalDecision value) noexcept
{
    return nameOf(kDecisions, value);
}
std::optional<ApprovalDecision> parseApprovalDecision(std::string_view text) noexcept
{
    return valueOf(kDecisions, text);
}
std::string_view toString(ProofKind value) noexcept
{
    return nameOf(kProofKinds, value);
}
std::optional<ProofKind> parseProofKind(std::string_view text) noexcept
{
    return valueOf(kProofKinds, text);
}
std::string_view toString(WalletKind value) noexcept
{
    return nameOf(kWalletKinds, value);
}
std::optional<WalletKind> parseWalletKind(std::string_view text) noexcept
{
    return valueOf(kWalletKinds, text);
}
std::string_view toString(ChecklistKind value) noexcept
{
    return nameOf(kChecklistKinds, value);
}
std::optional<ChecklistKind> parseChecklistKind(std::string_view text) noexcept
{
    return valueOf(kChecklistKinds, text);
}

} // namespace p2pdesk::proto
