#include "core/OrderCreation.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"

#include "p2pdesk/proto/Endpoints.h"

#include <QUuid>

namespace p2pdesk::workstation {

OrderCreation::OrderCreation(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void OrderCreation::loadRates()
{
    ApiReply *reply = m_api->rates();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return emit ratesFailed(*reply->error());
        ApiError error;
        auto list = reply->decode<proto::RateList>(&error);
        if (!list)
            return emit ratesFailed(error);
        setRates(std::move(list->items));
    });
}

void OrderCreation::setRates(std::vector<proto::RateDto> rates)
{
    m_rates = std::move(rates);
    emit ratesChanged();
}

void OrderCreation::loadBanks()
{
    ApiReply *reply = m_api->payoutBanks();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        ApiError error;
        auto list = reply->ok() ? reply->decode<proto::BankList>(&error) : std::nullopt;
        if (!list) {
            qCInfo(lcChat) << "payout banks not read:" << (reply->ok() ? error : *reply->error()).code;
            return;
        }
        m_banks = std::move(list->items);
        emit banksChanged();
    });
}

void OrderCreation::create(const proto::CreateOrderRequest &request)
{
    if (m_busy)
        return;
    const QByteArray body = QByteArray::fromStdString(proto::toJson(request).dump());
    // The same order asked again after an attempt that got no answer: the same key, so syncd
    // answers with the order it may already have recorded.
    const QString key = body == m_unansweredBody ? m_unansweredKey : QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_busy = true;
    emit busyChanged(true);
    const std::string_view path = proto::endpoints::kOrders;
    ApiReply *reply = m_api->post(QString::fromLatin1(path.data(), static_cast<qsizetype>(path.size())), body, key);
    connect(reply, &ApiReply::finished, this, [this, reply, body, key] {
        m_busy = false;
        emit busyChanged(false);
        if (!reply->ok()) {
            const ApiError &error = *reply->error();
            const bool unknown = error.httpStatus == 0 || error.httpStatus >= 500;
            m_unansweredBody = unknown ? body : QByteArray();
            m_unansweredKey = unknown ? key : QString();
            qCInfo(lcChat) << "order for a customer not created:" << error.code;
            return emit failed(error);
        }
        ApiError error;
        auto order = reply->decode<proto::OrderDetail>(&error);
        // Recorded, but unreadable here: a second try must replay this one, not record another.
        m_unansweredBody = order ? QByteArray() : body;
        m_unansweredKey = order ? QString() : key;
        if (!order)
            return emit failed(error);
        emit created(*order);
    });
}

} // namespace p2pdesk::workstation
