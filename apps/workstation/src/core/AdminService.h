#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Banks.h"
#include "p2pdesk/proto/Checklists.h"
#include "p2pdesk/proto/Operators.h"
#include "p2pdesk/proto/Rates.h"
#include "p2pdesk/proto/Reserves.h"
#include "p2pdesk/proto/RiskLimits.h"
#include "p2pdesk/proto/Settings.h"
#include "p2pdesk/proto/Tickets.h"
#include "p2pdesk/proto/Wallets.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace p2pdesk::workstation {

class ApiClient;
class ApiReply;

// The admin screens' calls: operator accounts, rates, checklists, canned replies, risk limits,
// deposit wallets, the banks directory, the reserves and the desk settings. Every change carries the reason
// the admin typed; syncd audits it. Results come back as signals; failures name the action.
class AdminService final : public QObject {
    Q_OBJECT

public:
    enum class Action {
        LoadOperators,
        CreateOperator,
        SetRoles,
        Deactivate,
        ResetPassword,
        Reset2fa,
        LoadRates,
        UpdateRate,
        ConfirmRateFeed,
        LoadRateHistory,
        LoadChecklists,
        ReplaceChecklist,
        LoadCannedReplies,
        CreateCannedReply,
        UpdateCannedReply,
        LoadSettings,
        UpdateSettings,
        LoadLimits,
        SaveLimit,
        LoadWallets,
        CreateWallet,
        SetWalletActive,
        LoadBanks,
        CreateBank,
        UpdateBank,
        LoadReserves,
        SaveReserve,
    };
    Q_ENUM(Action)

    explicit AdminService(ApiClient *api, QObject *parent = nullptr);
    // The client behind the calls, for the admin pages with a service of their own.
    ApiClient *api() const { return m_api; }

    void loadOperators();
    void createOperator(const proto::CreateOperatorRequest &request);
    void setRoles(std::int64_t operatorId, const proto::SetRolesRequest &request);
    void deactivate(std::int64_t operatorId, const proto::DeactivateOperatorRequest &request);
    void resetPassword(std::int64_t operatorId, const proto::ResetPasswordRequest &request);
    void reset2fa(std::int64_t operatorId, const proto::Reset2faRequest &request);
    void loadRates();
    void updateRate(const proto::RateUpdateRequest &request);
    // A senior applies the feed value held for this rate (the one they were shown).
    void confirmRateFeed(std::int64_t rateId, const proto::RateFeedConfirmRequest &request);
    // The rate's changes over the last `days` days, for the rates screen's chart.
    void loadRateHistory(std::int64_t rateId, int days);
    void loadChecklists();
    void replaceChecklist(proto::ChecklistKind kind, const proto::ChecklistUpdateRequest &request);
    void loadCannedReplies();
    void createCannedReply(const proto::CannedReplyRequest &request);
    void updateCannedReply(std::int64_t id, const proto::CannedReplyRequest &request);
    void loadSettings();
    void updateSettings(const proto::SettingsUpdateRequest &request);
    void loadLimits();
    void saveLimit(const proto::RiskLimitUpdateRequest &request);
    void loadWallets();
    void createWallet(const proto::CreateWalletRequest &request);
    void setWalletActive(std::int64_t walletId, const proto::SetWalletActiveRequest &request);
    void loadBanks();
    void createBank(const proto::CreateBankRequest &request);
    void updateBank(std::int64_t bankId, const proto::UpdateBankRequest &request);
    void loadReserves();
    void createReserve(const proto::CreateReserveRequest &request);
    // A recount of the reserve (against the version the senior saw).
    void updateReserve(std::int64_t reserveId, const proto::UpdateReserveRequest &request);

signals:
    void operatorsLoaded(const QList<p2pdesk::proto::OperatorAccount> &operators);
    void operatorCreated(const p2pdesk::proto::OperatorAccount &account, const QString &otpauthUri);
    void operatorUpdated(const p2pdesk::proto::OperatorAccount &account);
    void twoFactorReset(qint64 operatorId, const QString &otpauthUri);
    void ratesLoaded(const QList<p2pdesk::proto::RateDto> &rates);
    void rateUpdated(const p2pdesk::proto::RateDto &rate);
    void rateHistoryLoaded(qint64 rateId, const QList<p2pdesk::proto::RateHistoryEntry> &entries);
    void checklistsLoaded(const QList<p2pdesk::proto::ChecklistDef> &checklists);
    void checklistUpdated(const p2pdesk::proto::ChecklistDef &checklist);
    // Every reply, inactive ones included, and the variables a template may use.
    void cannedRepliesLoaded(const QList<p2pdesk::proto::CannedReply> &replies, const QStringList &knownVariables);
    void cannedReplySaved(const p2pdesk::proto::CannedReply &reply);
    void settingsLoaded(const p2pdesk::proto::Settings &settings);
    void settingsUpdated(const p2pdesk::proto::Settings &settings);
    // Every stored limit with its 30-day flag count, and the rules syncd knows.
    void limitsLoaded(const p2pdesk::proto::RiskLimitList &list);
    void limitSaved(const p2pdesk::proto::RiskLimitDto &limit);
    // Every wallet, inactive ones included.
    void walletsLoaded(const QList<p2pdesk::proto::WalletDto> &wallets);
    // A wallet added (`created`) or switched on or off.
    void walletSaved(const p2pdesk::proto::WalletDto &wallet, bool created);
    // Every bank of the directory, inactive ones included.
    void banksLoaded(const QList<p2pdesk::proto::BankDto> &banks);
    // A bank added (`created`) or edited.
    void bankSaved(const p2pdesk::proto::BankDto &bank, bool created);
    // Every reserve with what the orders committed of it.
    void reservesLoaded(const QList<p2pdesk::proto::ReserveDto> &reserves);
    // A reserve entered (`created`) or recounted.
    void reserveSaved(const p2pdesk::proto::ReserveDto &reserve, bool created);
    void failed(p2pdesk::workstation::AdminService::Action action, const p2pdesk::workstation::ApiError &error);

private:
    // Calls `onValue` with the decoded body, or emits failed(action, …).
    template<typename T, typename F> void expect(ApiReply *reply, Action action, F onValue);

    ApiClient *m_api;
};

} // namespace p2pdesk::workstation
