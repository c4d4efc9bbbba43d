#pragma once

#include "p2pdesk/proto/Proto.h"

#include <functional>
#include <map>
#include <string>

namespace p2pdesk::proto::test {

// Decodes a document as one DTO and encodes it again; a DecodeError comes back as the error.
using Recoder = std::function<Decoded<Json>(const Json &)>;

template<typename T> Recoder recoderFor()
{
    return [](const Json &json) -> Decoded<Json> {
        auto decoded = fromJson<T>(json);
        if (!decoded)
            return decoded.error();
        return toJson(decoded.value());
    };
}

// Golden files are named "<type>[.<variant>].json"; <type> selects the DTO.
inline const std::map<std::string, Recoder> &recoders()
{
    static const std::map<std::string, Recoder> table = {
        {"add_txid_proof_request", recoderFor<AddTxidProofRequest>()},
        {"address_screening", recoderFor<AddressScreening>()},
        {"address_screening_list", recoderFor<AddressScreeningList>()},
        {"annotation_list", recoderFor<AnnotationList>()},
        {"audit_page", recoderFor<AuditPage>()},
        {"audit_verification", recoderFor<AuditVerification>()},
        {"bank_list", recoderFor<BankList>()},
        {"approval_request", recoderFor<ApprovalRequest>()},
        {"canned_reply", recoderFor<CannedReply>()},
        {"canned_reply_list", recoderFor<CannedReplyList>()},
        {"canned_reply_request", recoderFor<CannedReplyRequest>()},
        {"changes_response", recoderFor<ChangesResponse>()},
        {"checklist_def_list", recoderFor<ChecklistDefList>()},
        {"checklist_item_update", recoderFor<ChecklistItemUpdate>()},
        {"checklist_update_request", recoderFor<ChecklistUpdateRequest>()},
        {"clear_risk_flag_request", recoderFor<ClearRiskFlagRequest>()},
        {"create_annotation_request", recoderFor<CreateAnnotationRequest>()},
        {"create_bank_request", recoderFor<CreateBankRequest>()},
        {"create_reserve_request", recoderFor<CreateReserveRequest>()},
        {"create_operator_request", recoderFor<CreateOperatorRequest>()},
        {"create_operator_response", recoderFor<CreateOperatorResponse>()},
        {"create_order_request", recoderFor<CreateOrderRequest>()},
        {"create_wallet_request", recoderFor<CreateWalletRequest>()},
        {"customer_block_request", recoderFor<CustomerBlockRequest>()},
        {"customer_kyc_level_request", recoderFor<CustomerKycLevelRequest>()},
        {"customer_list", recoderFor<CustomerList>()},
        {"customer_note_request", recoderFor<CustomerNoteRequest>()},
        {"customer_profile", recoderFor<CustomerProfile>()},
        {"deactivate_operator_request", recoderFor<DeactivateOperatorRequest>()},
        {"duty_roster", recoderFor<DutyRoster>()},
        {"duty_state", recoderFor<DutyState>()},
        {"error_body", recoderFor<ErrorBody>()},
        {"feature_flag_list", recoderFor<FeatureFlagList>()},
        {"feature_flag_update_request", recoderFor<FeatureFlagUpdateRequest>()},
        {"login_request", recoderFor<LoginRequest>()},
        {"login_response", recoderFor<LoginResponse>()},
        {"me_response", recoderFor<MeResponse>()},
        {"operator_account", recoderFor<OperatorAccount>()},
        {"operator_list", recoderFor<OperatorList>()},
        {"order_detail", recoderFor<OrderDetail>()},
        {"order_summary", recoderFor<OrderSummary>()},
        {"orders_page", recoderFor<OrdersPage>()},
        {"rate_feed_confirm_request", recoderFor<RateFeedConfirmRequest>()},
        {"rate_history", recoderFor<RateHistory>()},
        {"rate_list", recoderFor<RateList>()},
        {"rate_update_request", recoderFor<RateUpdateRequest>()},
        {"requote_request", recoderFor<RequoteRequest>()},
        {"reserve_list", recoderFor<ReserveList>()},
        {"revealed_requisites", recoderFor<RevealedRequisites>()},
        {"risk_limit_list", recoderFor<RiskLimitList>()},
        {"risk_limit_update_request", recoderFor<RiskLimitUpdateRequest>()},
        {"reset_2fa_request", recoderFor<Reset2faRequest>()},
        {"screen_address_request", recoderFor<ScreenAddressRequest>()},
        {"reset_2fa_response", recoderFor<Reset2faResponse>()},
        {"reset_password_request", recoderFor<ResetPasswordRequest>()},
        {"set_roles_request", recoderFor<SetRolesRequest>()},
        {"set_wallet_active_request", recoderFor<SetWalletActiveRequest>()},
        {"chain_hint", recoderFor<ChainHint>()},
        {"settings", recoderFor<Settings>()},
        {"settings_update_request", recoderFor<SettingsUpdateRequest>()},
        {"take_request", recoderFor<TakeRequest>()},
        {"ticket_assign_request", recoderFor<TicketAssignRequest>()},
        {"ticket_attachment", recoderFor<TicketAttachment>()},
        {"ticket_customer", recoderFor<TicketCustomer>()},
        {"ticket_detail", recoderFor<TicketDetail>()},
        {"ticket_message", recoderFor<TicketMessage>()},
        {"ticket_preview_request", recoderFor<TicketPreviewRequest>()},
        {"ticket_preview_response", recoderFor<TicketPreviewResponse>()},
        {"ticket_priority_request", recoderFor<TicketPriorityRequest>()},
        {"ticket_read_request", recoderFor<TicketReadRequest>()},
        {"ticket_reply_request", recoderFor<TicketReplyRequest>()},
        {"ticket_status_request", recoderFor<TicketStatusRequest>()},
        {"ticket_summary", recoderFor<TicketSummary>()},
        {"tickets_page", recoderFor<TicketsPage>()},
        {"transition_request", recoderFor<TransitionRequest>()},
        {"update_bank_request", recoderFor<UpdateBankRequest>()},
        {"update_reserve_request", recoderFor<UpdateReserveRequest>()},
        {"wallet_list", recoderFor<WalletList>()},
    };
    return table;
}

} // namespace p2pdesk::proto::test
