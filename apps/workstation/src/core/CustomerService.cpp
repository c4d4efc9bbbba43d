#include "core/CustomerService.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"

namespace p2pdesk::workstation {

CustomerService::CustomerService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void CustomerService::expect(ApiReply *reply, qint64 customerId, Action action)
{
    connect(reply, &ApiReply::finished, this, [this, reply, customerId, action] {
        ApiError error;
        const auto profile = reply->result<proto::CustomerProfile>(&error);
        if (!profile) {
            qCWarning(lcUi) << "customer action" << action << "failed:" << error.code;
            return emit failed(customerId, action, error);
        }
        if (action == Action::Load)
            emit profileLoaded(*profile);
        else if (action == Action::Note)
            emit noteAdded(*profile);
        else if (action == Action::KycLevel)
            emit kycLevelChanged(*profile);
        else
            emit blockChanged(*profile);
    });
}

quint64 CustomerService::search(const proto::CustomersQuery &query)
{
    const quint64 searchId = ++m_lastSearch;
    ApiReply *reply = m_api->customers(query);
    connect(reply, &ApiReply::finished, this, [this, reply, searchId] {
        ApiError error;
        const auto list = reply->result<proto::CustomerList>(&error);
        if (!list) {
            qCWarning(lcUi) << "customers directory search failed:" << error.code;
            return emit searchFailed(searchId, error);
        }
        emit directoryLoaded(searchId, *list);
    });
    return searchId;
}

void CustomerService::load(qint64 customerId)
{
    expect(m_api->customer(customerId), customerId, Action::Load);
}

void CustomerService::reveal(qint64 customerId, qint64 accountId, const QString &reason)
{
    proto::CustomerBlockRequest request;
    request.reason = reason.trimmed().toStdString();
    ApiReply *reply = m_api->revealRequisites(customerId, accountId, request);
    connect(reply, &ApiReply::finished, this, [this, reply, customerId] {
        ApiError error;
        const auto revealed = reply->result<proto::RevealedRequisites>(&error);
        if (!revealed) {
            qCWarning(lcUi) << "requisites reveal failed:" << error.code;
            return emit failed(customerId, Action::Reveal, error);
        }
        emit requisitesRevealed(customerId, *revealed);
    });
}

void CustomerService::addNote(qint64 customerId, const QString &text)
{
    proto::CustomerNoteRequest request;
    request.text = text.trimmed().toStdString();
    expect(m_api->addCustomerNote(customerId, request), customerId, Action::Note);
}

void CustomerService::setKycLevel(qint64 customerId, domain::KycLevel level, const QString &reason)
{
    proto::CustomerKycLevelRequest request;
    request.level = level;
    request.reason = reason.trimmed().toStdString();
    expect(m_api->setCustomerKycLevel(customerId, request), customerId, Action::KycLevel);
}

void CustomerService::block(qint64 customerId, const QString &reason)
{
    proto::CustomerBlockRequest request;
    request.reason = reason.trimmed().toStdString();
    expect(m_api->blockCustomer(customerId, request), customerId, Action::Block);
}

void CustomerService::unblock(qint64 customerId, const QString &reason)
{
    proto::CustomerBlockRequest request;
    request.reason = reason.trimmed().toStdString();
    expect(m_api->unblockCustomer(customerId, request), customerId, Action::Unblock);
}

} // namespace p2pdesk::workstation
