#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Proto.h"
#include "p2pdesk/proto/Text.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Internal decoding machinery. Readers throw DecodeFailure on the first problem so that each DTO's
// decoder reads like its field list; the public decodeInto() functions catch it and return the
// DecodeError as a value — no exception ever leaves the library.
namespace p2pdesk::proto::detail {

struct DecodeFailure final : std::exception {
    explicit DecodeFailure(DecodeError e)
        : error(std::move(e))
    {
    }
    const char *what() const noexcept override { return "decode failure"; }
    DecodeError error;
};

[[noreturn]] void fail(std::string path, DecodeErrorKind kind, std::string reason);

std::string memberPath(const std::string &base, std::string_view key);
std::string elementPath(const std::string &base, std::size_t index);

// String length bounds in code points. Blank strings (only whitespace) count as empty.
struct Len {
    std::size_t min = 1;
    std::size_t max = 0;
    Lines lines = Lines::One;
};

inline constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

std::string readString(const Json &json, const std::string &path, Len len);
std::int64_t readInteger(const Json &json, const std::string &path, std::int64_t min, std::int64_t max);
bool readBool(const Json &json, const std::string &path);
domain::Decimal readDecimal(const Json &json, const std::string &path);
Timestamp readTimestamp(const Json &json, const std::string &path);
Json readObject(const Json &json, const std::string &path);
const Json &requireArray(const Json &json, const std::string &path, std::size_t maxItems);
[[noreturn]] void failBadEnum(const std::string &path, const Json &json);

// Query strings (already URL-decoded pairs): a parameter given twice counts with its last value.
const std::string *lastQueryValue(const QueryParams &params, std::string_view name);
std::int64_t queryInteger(const std::string &text, const std::string &name, std::int64_t min, std::int64_t max);

template<typename E, typename Parser> E readEnum(const Json &json, const std::string &path, Parser parse)
{
    if (!json.is_string())
        fail(path, DecodeErrorKind::WrongType, "expected a string");
    if (auto value = parse(json.get_ref<const std::string &>()))
        return *value;
    failBadEnum(path, json);
}

// Decoders of every DTO at a path, defined next to their public decodeInto().
void read(const Json &json, const std::string &path, OperatorRef &out);
void read(const Json &json, const std::string &path, Actor &out);
void read(const Json &json, const std::string &path, CustomerRef &out);
void read(const Json &json, const std::string &path, ErrorBody &out);
void read(const Json &json, const std::string &path, LoginRequest &out);
void read(const Json &json, const std::string &path, OperatorInfo &out);
void read(const Json &json, const std::string &path, LoginResponse &out);
void read(const Json &json, const std::string &path, MeResponse &out);
void read(const Json &json, const std::string &path, DutyState &out);
void read(const Json &json, const std::string &path, OperatorAccount &out);
void read(const Json &json, const std::string &path, OperatorList &out);
void read(const Json &json, const std::string &path, CreateOperatorRequest &out);
void read(const Json &json, const std::string &path, CreateOperatorResponse &out);
void read(const Json &json, const std::string &path, SetRolesRequest &out);
void read(const Json &json, const std::string &path, DeactivateOperatorRequest &out);
void read(const Json &json, const std::string &path, ResetPasswordRequest &out);
void read(const Json &json, const std::string &path, Reset2faRequest &out);
void read(const Json &json, const std::string &path, Reset2faResponse &out);
void read(const Json &json, const std::string &path, NewCustomer &out);
void read(const Json &json, const std::string &path, CreateOrderRequest &out);
void read(const Json &json, const std::string &path, RiskBrief &out);
void read(const Json &json, const std::string &path, RiskFlag &out);
void read(const Json &json, const std::string &path, OrderHistoryEntry &out);
void read(const Json &json, const std::string &path, Approval &out);
void read(const Json &json, const std::string &path, Proof &out);
void read(const Json &json, const std::string &path, ChecklistItemState &out);
void read(const Json &json, const std::string &path, OrderChecklist &out);
void read(const Json &json, const std::string &path, DepositWalletRef &out);
void read(const Json &json, const std::string &path, RateAgreementView &out);
void read(const Json &json, const std::string &path, RequoteRequest &out);
void read(const Json &json, const std::string &path, OrderSummary &out);
void read(const Json &json, const std::string &path, OrdersPage &out);
void read(const Json &json, const std::string &path, OrderDetail &out);
void read(const Json &json, const std::string &path, TakeRequest &out);
void read(const Json &json, const std::string &path, TransitionRequest &out);
void read(const Json &json, const std::string &path, ApprovalRequest &out);
void read(const Json &json, const std::string &path, ChecklistItemUpdate &out);
void read(const Json &json, const std::string &path, ClearRiskFlagRequest &out);
void read(const Json &json, const std::string &path, AddTxidProofRequest &out);
void read(const Json &json, const std::string &path, ChecklistItemDef &out);
void read(const Json &json, const std::string &path, ChecklistDef &out);
void read(const Json &json, const std::string &path, ChecklistDefList &out);
void read(const Json &json, const std::string &path, ChecklistItemInput &out);
void read(const Json &json, const std::string &path, ChecklistUpdateRequest &out);
void read(const Json &json, const std::string &path, RateDto &out);
void read(const Json &json, const std::string &path, RateList &out);
void read(const Json &json, const std::string &path, RateUpdateRequest &out);
void read(const Json &json, const std::string &path, RateFeedConfirmRequest &out);
void read(const Json &json, const std::string &path, RateHistoryEntry &out);
void read(const Json &json, const std::string &path, RateHistory &out);
void read(const Json &json, const std::string &path, WalletDto &out);
void read(const Json &json, const std::string &path, BankDto &out);
void read(const Json &json, const std::string &path, BankList &out);
void read(const Json &json, const std::string &path, CreateBankRequest &out);
void read(const Json &json, const std::string &path, UpdateBankRequest &out);
void read(const Json &json, const std::string &path, WalletList &out);
void read(const Json &json, const std::string &path, RiskLimitDto &out);
void read(const Json &json, const std::string &path, RiskRuleInfo &out);
void read(const Json &json, const std::string &path, RiskLimitList &out);
void read(const Json &json, const std::string &path, RiskLimitUpdateRequest &out);
void read(const Json &json, const std::string &path, FeatureFlagDto &out);
void read(const Json &json, const std::string &path, FeatureFlagList &out);
void read(const Json &json, const std::string &path, FeatureFlagUpdateRequest &out);
void read(const Json &json, const std::string &path, AuditRecord &out);
void read(const Json &json, const std::string &path, AuditChainState &out);
void read(const Json &json, const std::string &path, AuditPage &out);
void read(const Json &json, const std::string &path, AuditVerification &out);
void read(const Json &json, const std::string &path, CreateWalletRequest &out);
void read(const Json &json, const std::string &path, SetWalletActiveRequest &out);
void read(const Json &json, const std::string &path, DeskHoursSetting &out);
void read(const Json &json, const std::string &path, Settings &out);
void read(const Json &json, const std::string &path, SettingsUpdateRequest &out);
void read(const Json &json, const std::string &path, ChangeEvent &out);
void read(const Json &json, const std::string &path, ChangesResponse &out);
void read(const Json &json, const std::string &path, Annotation &out);
void read(const Json &json, const std::string &path, AnnotationList &out);
void read(const Json &json, const std::string &path, CreateAnnotationRequest &out);
void read(const Json &json, const std::string &path, TicketAttachment &out);
void read(const Json &json, const std::string &path, TicketCustomer &out);
void read(const Json &json, const std::string &path, TicketMessage &out);
void read(const Json &json, const std::string &path, TicketSummary &out);
void read(const Json &json, const std::string &path, TicketsPage &out);
void read(const Json &json, const std::string &path, TicketDetail &out);
void read(const Json &json, const std::string &path, TicketReplyRequest &out);
void read(const Json &json, const std::string &path, TicketAssignRequest &out);
void read(const Json &json, const std::string &path, TicketPriorityRequest &out);
void read(const Json &json, const std::string &path, TicketStatusRequest &out);
void read(const Json &json, const std::string &path, TicketReadRequest &out);
void read(const Json &json, const std::string &path, TicketPreviewRequest &out);
void read(const Json &json, const std::string &path, TicketPreviewResponse &out);
void read(const Json &json, const std::string &path, CannedReply &out);
void read(const Json &json, const std::string &path, CannedReplyList &out);
void read(const Json &json, const std::string &path, CannedReplyRequest &out);
void read(const Json &json, const std::string &path, CustomerInfo &out);
void read(const Json &json, const std::string &path, CustomerOrder &out);
void read(const Json &json, const std::string &path, CustomerRiskFlag &out);
void read(const Json &json, const std::string &path, CustomerPayoutAccount &out);
void read(const Json &json, const std::string &path, CustomerProfile &out);
void read(const Json &json, const std::string &path, CustomerBlockRequest &out);
void read(const Json &json, const std::string &path, CustomerNote &out);
void read(const Json &json, const std::string &path, RevealedRequisites &out);
void read(const Json &json, const std::string &path, CustomerNoteRequest &out);
void read(const Json &json, const std::string &path, CustomerKycLevelRequest &out);
void read(const Json &json, const std::string &path, CustomerListItem &out);
void read(const Json &json, const std::string &path, CustomerList &out);
void read(const Json &json, const std::string &path, ReserveDto &out);
void read(const Json &json, const std::string &path, DutyRoster &out);
void read(const Json &json, const std::string &path, ReserveList &out);
void read(const Json &json, const std::string &path, CreateReserveRequest &out);
void read(const Json &json, const std::string &path, UpdateReserveRequest &out);
void read(const Json &json, const std::string &path, ChainHint &out);
void read(const Json &json, const std::string &path, AddressScreening &out);
void read(const Json &json, const std::string &path, AddressScreeningList &out);
void read(const Json &json, const std::string &path, ScreenAddressRequest &out);

template<typename T> std::vector<T> readArray(const Json &json, const std::string &path, std::size_t maxItems)
{
    const Json &array = requireArray(json, path, maxItems);
    std::vector<T> out;
    out.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        T item{};
        read(array[i], elementPath(path, i), item);
        out.push_back(std::move(item));
    }
    return out;
}

// The members of one JSON object. Absent and null are the same thing: "not given".
class ObjectReader final {
public:
    ObjectReader(const Json &json, std::string path);

    std::string pathOf(std::string_view key) const { return memberPath(m_path, key); }
    const Json *find(std::string_view key) const;
    const Json &require(std::string_view key) const;
    bool has(std::string_view key) const { return find(key) != nullptr; }

    std::string string(std::string_view key, Len len) const;
    std::optional<std::string> optString(std::string_view key, Len len) const;
    // A list of at most maxItems strings, each within len.
    std::vector<std::string> strings(std::string_view key, std::size_t maxItems, Len len) const;
    // A reason must be non-blank and at most limits::kReason; a missing or blank one is Missing.
    std::string reason(std::string_view key = "reason") const;
    std::optional<std::string> optReason(std::string_view key = "reason") const;
    std::int64_t integer(std::string_view key, std::int64_t min = 0, std::int64_t max = kInt64Max) const;
    std::optional<std::int64_t> optInteger(std::string_view key, std::int64_t min = 0,
                                           std::int64_t max = kInt64Max) const;
    std::int64_t id(std::string_view key) const { return integer(key, 1); }
    std::optional<std::int64_t> optId(std::string_view key) const { return optInteger(key, 1); }
    bool boolean(std::string_view key) const;
    domain::Decimal decimal(std::string_view key) const;
    std::optional<domain::Decimal> optDecimal(std::string_view key) const;
    Timestamp timestamp(std::string_view key) const;
    std::optional<Timestamp> optTimestamp(std::string_view key) const;
    Json object(std::string_view key) const;
    // Non-empty unless allowEmpty; duplicates are Invalid.
    std::vector<domain::Role> roles(std::string_view key, bool allowEmpty) const;

    template<typename E, typename Parser> E enumeration(std::string_view key, Parser parse) const
    {
        return readEnum<E>(require(key), pathOf(key), parse);
    }
    template<typename E, typename Parser> std::optional<E> optEnumeration(std::string_view key, Parser parse) const
    {
        const Json *json = find(key);
        if (!json)
            return std::nullopt;
        return readEnum<E>(*json, pathOf(key), parse);
    }
    template<typename T> T nested(std::string_view key) const
    {
        T out{};
        read(require(key), pathOf(key), out);
        return out;
    }
    template<typename T> std::optional<T> optNested(std::string_view key) const
    {
        const Json *json = find(key);
        if (!json)
            return std::nullopt;
        T out{};
        read(*json, pathOf(key), out);
        return out;
    }
    template<typename T> std::vector<T> array(std::string_view key, std::size_t maxItems) const
    {
        return readArray<T>(require(key), pathOf(key), maxItems);
    }

private:
    const Json &m_json;
    std::string m_path;
};

// Wraps a path-aware reader into the public value-returning form.
template<typename T> std::optional<DecodeError> decodeRoot(const Json &json, T &out)
{
    try {
        read(json, std::string{}, out);
        return std::nullopt;
    } catch (const DecodeFailure &failure) {
        return failure.error;
    }
}

// Encoding helpers: absent optionals are omitted.
template<typename T> void putOptional(Json &json, const char *key, const std::optional<T> &value)
{
    if (value)
        json[key] = *value;
}
void putOptional(Json &json, const char *key, const std::optional<domain::Decimal> &value);
void putOptional(Json &json, const char *key, const std::optional<Timestamp> &value);
Json rolesToJson(const std::vector<domain::Role> &roles);

template<typename T> Json arrayToJson(const std::vector<T> &items)
{
    Json out = Json::array();
    for (const T &item : items)
        out.push_back(toJson(item));
    return out;
}

} // namespace p2pdesk::proto::detail
