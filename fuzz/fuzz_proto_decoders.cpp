// Every DTO decoder of libs/proto (decodeInto for each type in p2pdesk/proto/*.h, the error body's
// included). An input is "<type>\n<body>": <type> names the DTO the way golden files do
// (tests/data/proto/<type>[.<variant>].json), so those files are the seed corpus as they are.
#include "FuzzCheck.h"

#include "p2pdesk/proto/Proto.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

using namespace p2pdesk::proto;

namespace {

// A refused body becomes an error response: the server must be able to write it and the client
// must be able to read it, whatever the refused value held (the reason may echo part of it).
void checkErrorResponse(const DecodeError &error)
{
    FUZZ_REQUIRE(!error.reason.empty());
    const ErrorBody body = fromDecodeError(error);
    // Strict encoding, as syncd's HttpResponse::json() does it: invalid UTF-8 throws there.
    const auto received = parse<ErrorBody>(toJson(body).dump());
    FUZZ_REQUIRE(received.ok());
    FUZZ_REQUIRE(received->code == body.code);
}

template<typename T> void checkDecoder(const Json &json)
{
    T decoded{};
    if (const auto error = decodeInto(json, decoded)) {
        checkErrorResponse(*error);
        return;
    }
    // What a decoder accepted, its encoder writes in a form the decoder accepts again, and that
    // second decoding encodes identically: a body survives any number of hops unchanged.
    const Json encoded = toJson(decoded);
    const auto wire = parse<T>(encoded.dump());
    FUZZ_REQUIRE(wire.ok());
    FUZZ_REQUIRE(toJson(wire.value()) == encoded);
}

struct Decoder {
    std::string_view type;
    void (*check)(const Json &);
};

constexpr Decoder kDecoders[] = {
    {"actor", &checkDecoder<Actor>},
    {"add_txid_proof_request", &checkDecoder<AddTxidProofRequest>},
    {"annotation", &checkDecoder<Annotation>},
    {"annotation_list", &checkDecoder<AnnotationList>},
    {"approval", &checkDecoder<Approval>},
    {"approval_request", &checkDecoder<ApprovalRequest>},
    {"audit_chain_state", &checkDecoder<AuditChainState>},
    {"audit_page", &checkDecoder<AuditPage>},
    {"audit_record", &checkDecoder<AuditRecord>},
    {"audit_verification", &checkDecoder<AuditVerification>},
    {"bank_dto", &checkDecoder<BankDto>},
    {"bank_list", &checkDecoder<BankList>},
    {"canned_reply", &checkDecoder<CannedReply>},
    {"canned_reply_list", &checkDecoder<CannedReplyList>},
    {"canned_reply_request", &checkDecoder<CannedReplyRequest>},
    {"change_event", &checkDecoder<ChangeEvent>},
    {"changes_response", &checkDecoder<ChangesResponse>},
    {"checklist_def", &checkDecoder<ChecklistDef>},
    {"checklist_def_list", &checkDecoder<ChecklistDefList>},
    {"checklist_item_def", &checkDecoder<ChecklistItemDef>},
    {"checklist_item_input", &checkDecoder<ChecklistItemInput>},
    {"checklist_item_state", &checkDecoder<ChecklistItemState>},
    {"checklist_item_update", &checkDecoder<ChecklistItemUpdate>},
    {"checklist_update_request", &checkDecoder<ChecklistUpdateRequest>},
    {"clear_risk_flag_request", &checkDecoder<ClearRiskFlagRequest>},
    {"create_annotation_request", &checkDecoder<CreateAnnotationRequest>},
    {"create_bank_request", &checkDecoder<CreateBankRequest>},
    {"create_operator_request", &checkDecoder<CreateOperatorRequest>},
    {"create_operator_response", &checkDecoder<CreateOperatorResponse>},
    {"create_order_request", &checkDecoder<CreateOrderRequest>},
    {"create_reserve_request", &checkDecoder<CreateReserveRequest>},
    {"create_wallet_request", &checkDecoder<CreateWalletRequest>},
    {"customer_block_request", &checkDecoder<CustomerBlockRequest>},
    {"customer_info", &checkDecoder<CustomerInfo>},
    {"customer_order", &checkDecoder<CustomerOrder>},
    {"customer_payout_account", &checkDecoder<CustomerPayoutAccount>},
    {"customer_profile", &checkDecoder<CustomerProfile>},
    {"customer_ref", &checkDecoder<CustomerRef>},
    {"customer_risk_flag", &checkDecoder<CustomerRiskFlag>},
    {"deactivate_operator_request", &checkDecoder<DeactivateOperatorRequest>},
    {"deposit_wallet_ref", &checkDecoder<DepositWalletRef>},
    {"duty_roster", &checkDecoder<DutyRoster>},
    {"duty_state", &checkDecoder<DutyState>},
    {"error_body", &checkDecoder<ErrorBody>},
    {"feature_flag_dto", &checkDecoder<FeatureFlagDto>},
    {"feature_flag_list", &checkDecoder<FeatureFlagList>},
    {"feature_flag_update_request", &checkDecoder<FeatureFlagUpdateRequest>},
    {"login_request", &checkDecoder<LoginRequest>},
    {"login_response", &checkDecoder<LoginResponse>},
    {"me_response", &checkDecoder<MeResponse>},
    {"new_customer", &checkDecoder<NewCustomer>},
    {"operator_account", &checkDecoder<OperatorAccount>},
    {"operator_info", &checkDecoder<OperatorInfo>},
    {"operator_list", &checkDecoder<OperatorList>},
    {"operator_ref", &checkDecoder<OperatorRef>},
    {"order_checklist", &checkDecoder<OrderChecklist>},
    {"order_detail", &checkDecoder<OrderDetail>},
    {"order_history_entry", &checkDecoder<OrderHistoryEntry>},
    {"order_summary", &checkDecoder<OrderSummary>},
    {"orders_page", &checkDecoder<OrdersPage>},
    {"proof", &checkDecoder<Proof>},
    {"rate_agreement_view", &checkDecoder<RateAgreementView>},
    {"rate_dto", &checkDecoder<RateDto>},
    {"rate_feed_confirm_request", &checkDecoder<RateFeedConfirmRequest>},
    {"rate_history", &checkDecoder<RateHistory>},
    {"rate_list", &checkDecoder<RateList>},
    {"rate_update_request", &checkDecoder<RateUpdateRequest>},
    {"requote_request", &checkDecoder<RequoteRequest>},
    {"reserve_dto", &checkDecoder<ReserveDto>},
    {"reserve_list", &checkDecoder<ReserveList>},
    {"reset_2fa_request", &checkDecoder<Reset2faRequest>},
    {"reset_2fa_response", &checkDecoder<Reset2faResponse>},
    {"reset_password_request", &checkDecoder<ResetPasswordRequest>},
    {"risk_brief", &checkDecoder<RiskBrief>},
    {"risk_flag", &checkDecoder<RiskFlag>},
    {"risk_limit_dto", &checkDecoder<RiskLimitDto>},
    {"risk_limit_list", &checkDecoder<RiskLimitList>},
    {"risk_limit_update_request", &checkDecoder<RiskLimitUpdateRequest>},
    {"risk_rule_info", &checkDecoder<RiskRuleInfo>},
    {"set_roles_request", &checkDecoder<SetRolesRequest>},
    {"set_wallet_active_request", &checkDecoder<SetWalletActiveRequest>},
    {"settings", &checkDecoder<Settings>},
    {"settings_update_request", &checkDecoder<SettingsUpdateRequest>},
    {"take_request", &checkDecoder<TakeRequest>},
    {"ticket_assign_request", &checkDecoder<TicketAssignRequest>},
    {"ticket_attachment", &checkDecoder<TicketAttachment>},
    {"ticket_customer", &checkDecoder<TicketCustomer>},
    {"ticket_detail", &checkDecoder<TicketDetail>},
    {"ticket_message", &checkDecoder<TicketMessage>},
    {"ticket_preview_request", &checkDecoder<TicketPreviewRequest>},
    {"ticket_preview_response", &checkDecoder<TicketPreviewResponse>},
    {"ticket_priority_request", &checkDecoder<TicketPriorityRequest>},
    {"ticket_read_request", &checkDecoder<TicketReadRequest>},
    {"ticket_reply_request", &checkDecoder<TicketReplyRequest>},
    {"ticket_status_request", &checkDecoder<TicketStatusRequest>},
    {"ticket_summary", &checkDecoder<TicketSummary>},
    {"tickets_page", &checkDecoder<TicketsPage>},
    {"transition_request", &checkDecoder<TransitionRequest>},
    {"update_bank_request", &checkDecoder<UpdateBankRequest>},
    {"update_reserve_request", &checkDecoder<UpdateReserveRequest>},
    {"wallet_dto", &checkDecoder<WalletDto>},
    {"wallet_list", &checkDecoder<WalletList>},
};

// A mutated type name still selects some decoder, so no input is wasted on a lookup miss.
const Decoder &decoderFor(std::string_view type)
{
    const auto named = std::find_if(std::begin(kDecoders), std::end(kDecoders),
                                    [type](const Decoder &decoder) { return decoder.type == type; });
    if (named != std::end(kDecoders))
        return *named;
    std::size_t hash = 0;
    for (const char c : type)
        hash = hash * 31 + static_cast<unsigned char>(c);
    return kDecoders[hash % std::size(kDecoders)];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const auto newline = input.find('\n');
    if (newline == std::string_view::npos)
        return 0;
    const std::string_view type = input.substr(0, newline);
    const auto json = parseJson(input.substr(newline + 1));
    if (!json) {
        checkErrorResponse(json.error());
        return 0;
    }
    decoderFor(type).check(json.value());
    return 0;
}
