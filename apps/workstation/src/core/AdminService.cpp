#include "core/AdminService.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"

namespace p2pdesk::workstation {

AdminService::AdminService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

template<typename T, typename F> void AdminService::expect(ApiReply *reply, Action action, F onValue)
{
    connect(reply, &ApiReply::finished, this, [this, reply, action, onValue] {
        if (!reply->ok()) {
            qCWarning(lcUi) << "admin action" << action << "failed:" << reply->error()->code;
            return emit failed(action, *reply->error());
        }
        ApiError error;
        auto value = reply->decode<T>(&error);
        if (!value)
            return emit failed(action, error);
        onValue(*value);
    });
}

void AdminService::loadOperators()
{
    expect<proto::OperatorList>(
        m_api->adminOperators(), Action::LoadOperators, [this](const proto::OperatorList &list) {
            emit operatorsLoaded(QList<proto::OperatorAccount>(list.items.begin(), list.items.end()));
        });
}

void AdminService::createOperator(const proto::CreateOperatorRequest &request)
{
    expect<proto::CreateOperatorResponse>(
        m_api->createOperator(request), Action::CreateOperator, [this](const proto::CreateOperatorResponse &created) {
            emit operatorCreated(created.account, QString::fromStdString(created.otpauthUri));
        });
}

void AdminService::setRoles(std::int64_t operatorId, const proto::SetRolesRequest &request)
{
    expect<proto::OperatorAccount>(m_api->setOperatorRoles(operatorId, request), Action::SetRoles,
                                   [this](const proto::OperatorAccount &account) { emit operatorUpdated(account); });
}

void AdminService::deactivate(std::int64_t operatorId, const proto::DeactivateOperatorRequest &request)
{
    expect<proto::OperatorAccount>(m_api->deactivateOperator(operatorId, request), Action::Deactivate,
                                   [this](const proto::OperatorAccount &account) { emit operatorUpdated(account); });
}

void AdminService::resetPassword(std::int64_t operatorId, const proto::ResetPasswordRequest &request)
{
    expect<proto::OperatorAccount>(m_api->resetOperatorPassword(operatorId, request), Action::ResetPassword,
                                   [this](const proto::OperatorAccount &account) { emit operatorUpdated(account); });
}

void AdminService::reset2fa(std::int64_t operatorId, const proto::Reset2faRequest &request)
{
    expect<proto::Reset2faResponse>(m_api->resetOperator2fa(operatorId, request), Action::Reset2fa,
                                    [this, operatorId](const proto::Reset2faResponse &response) {
                                        emit twoFactorReset(operatorId, QString::fromStdString(response.otpauthUri));
                                    });
}

void AdminService::loadRates()
{
    expect<proto::RateList>(m_api->rates(), Action::LoadRates, [this](const proto::RateList &list) {
        emit ratesLoaded(QList<proto::RateDto>(list.items.begin(), list.items.end()));
    });
}

void AdminService::updateRate(const proto::RateUpdateRequest &request)
{
    expect<proto::RateDto>(m_api->updateRate(request), Action::UpdateRate,
                           [this](const proto::RateDto &rate) { emit rateUpdated(rate); });
}

void AdminService::confirmRateFeed(std::int64_t rateId, const proto::RateFeedConfirmRequest &request)
{
    expect<proto::RateDto>(m_api->confirmRateFeed(rateId, request), Action::ConfirmRateFeed,
                           [this](const proto::RateDto &rate) { emit rateUpdated(rate); });
}

void AdminService::loadRateHistory(std::int64_t rateId, int days)
{
    expect<proto::RateHistory>(
        m_api->rateHistory(rateId, days), Action::LoadRateHistory, [this, rateId](const proto::RateHistory &history) {
            emit rateHistoryLoaded(rateId, QList<proto::RateHistoryEntry>(history.items.begin(), history.items.end()));
        });
}

void AdminService::loadChecklists()
{
    expect<proto::ChecklistDefList>(
        m_api->adminChecklists(), Action::LoadChecklists, [this](const proto::ChecklistDefList &list) {
            emit checklistsLoaded(QList<proto::ChecklistDef>(list.items.begin(), list.items.end()));
        });
}

void AdminService::replaceChecklist(proto::ChecklistKind kind, const proto::ChecklistUpdateRequest &request)
{
    expect<proto::ChecklistDef>(m_api->replaceChecklist(kind, request), Action::ReplaceChecklist,
                                [this](const proto::ChecklistDef &checklist) { emit checklistUpdated(checklist); });
}

void AdminService::loadCannedReplies()
{
    expect<proto::CannedReplyList>(
        m_api->adminCannedReplies(), Action::LoadCannedReplies, [this](const proto::CannedReplyList &list) {
            QStringList known;
            for (const std::string &name : list.knownVariables)
                known << QString::fromStdString(name);
            emit cannedRepliesLoaded(QList<proto::CannedReply>(list.items.begin(), list.items.end()), known);
        });
}

void AdminService::createCannedReply(const proto::CannedReplyRequest &request)
{
    expect<proto::CannedReply>(m_api->createCannedReply(request), Action::CreateCannedReply,
                               [this](const proto::CannedReply &reply) { emit cannedReplySaved(reply); });
}

void AdminService::updateCannedReply(std::int64_t id, const proto::CannedReplyRequest &request)
{
    expect<proto::CannedReply>(m_api->updateCannedReply(id, request), Action::UpdateCannedReply,
                               [this](const proto::CannedReply &reply) { emit cannedReplySaved(reply); });
}

void AdminService::loadSettings()
{
    expect<proto::Settings>(m_api->adminSettings(), Action::LoadSettings,
                            [this](const proto::Settings &settings) { emit settingsLoaded(settings); });
}

void AdminService::updateSettings(const proto::SettingsUpdateRequest &request)
{
    expect<proto::Settings>(m_api->updateSettings(request), Action::UpdateSettings,
                            [this](const proto::Settings &settings) { emit settingsUpdated(settings); });
}

void AdminService::loadLimits()
{
    expect<proto::RiskLimitList>(m_api->adminLimits(), Action::LoadLimits,
                                 [this](const proto::RiskLimitList &list) { emit limitsLoaded(list); });
}

void AdminService::saveLimit(const proto::RiskLimitUpdateRequest &request)
{
    expect<proto::RiskLimitDto>(m_api->putLimit(request), Action::SaveLimit,
                                [this](const proto::RiskLimitDto &limit) { emit limitSaved(limit); });
}

void AdminService::loadWallets()
{
    expect<proto::WalletList>(m_api->adminWallets(), Action::LoadWallets, [this](const proto::WalletList &list) {
        emit walletsLoaded(QList<proto::WalletDto>(list.items.begin(), list.items.end()));
    });
}

void AdminService::createWallet(const proto::CreateWalletRequest &request)
{
    expect<proto::WalletDto>(m_api->createWallet(request), Action::CreateWallet,
                             [this](const proto::WalletDto &wallet) { emit walletSaved(wallet, true); });
}

void AdminService::setWalletActive(std::int64_t walletId, const proto::SetWalletActiveRequest &request)
{
    expect<proto::WalletDto>(m_api->setWalletActive(walletId, request), Action::SetWalletActive,
                             [this](const proto::WalletDto &wallet) { emit walletSaved(wallet, false); });
}

void AdminService::loadBanks()
{
    expect<proto::BankList>(m_api->adminBanks(), Action::LoadBanks, [this](const proto::BankList &list) {
        emit banksLoaded(QList<proto::BankDto>(list.items.begin(), list.items.end()));
    });
}

void AdminService::createBank(const proto::CreateBankRequest &request)
{
    expect<proto::BankDto>(m_api->createBank(request), Action::CreateBank,
                           [this](const proto::BankDto &bank) { emit bankSaved(bank, true); });
}

void AdminService::updateBank(std::int64_t bankId, const proto::UpdateBankRequest &request)
{
    expect<proto::BankDto>(m_api->updateBank(bankId, request), Action::UpdateBank,
                           [this](const proto::BankDto &bank) { emit bankSaved(bank, false); });
}

void AdminService::loadReserves()
{
    expect<proto::ReserveList>(m_api->adminReserves(), Action::LoadReserves, [this](const proto::ReserveList &list) {
        emit reservesLoaded(QList<proto::ReserveDto>(list.items.begin(), list.items.end()));
    });
}

void AdminService::createReserve(const proto::CreateReserveRequest &request)
{
    expect<proto::ReserveDto>(m_api->createReserve(request), Action::SaveReserve,
                              [this](const proto::ReserveDto &reserve) { emit reserveSaved(reserve, true); });
}

void AdminService::updateReserve(std::int64_t reserveId, const proto::UpdateReserveRequest &request)
{
    expect<proto::ReserveDto>(m_api->updateReserve(reserveId, request), Action::SaveReserve,
                              [this](const proto::ReserveDto &reserve) { emit reserveSaved(reserve, false); });
}

} // namespace p2pdesk::workstation
