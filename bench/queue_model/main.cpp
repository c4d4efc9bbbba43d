// Prints figures, asserts nothing: run it by hand or from CI logs to watch for regressions.
//   bench_queue_model [orders=100000]
#include "core/LocalCache.h"
#include "models/OrderQueueFilterModel.h"
#include "models/OrderQueueModel.h"
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

proto::OrderSummary syntheticOrder(std::int64_t id)
{
    using S = domain::OrderStatus;
    constexpr S kStatuses[] = {S::New,
                               S::Assigned,
                               S::AwaitingCrypto,
                               S::UserMarkedSent,
                               S::OperatorVerifyProof,
                               S::PaymentVerified,
                               S::ProcessingPayout,
                               S::PaidOut,
                               S::Completed,
                               S::Cancelled,
                               S::Dispute};
    proto::OrderSummary order;
    order.id = id;
    order.code = "P-" + std::to_string(100000 + id);
    order.status = kStatuses[id % 11];
    order.version = 1 + id % 7;
    order.direction = id % 3 ? domain::Direction::Sell : domain::Direction::Buy;
    order.asset = "USDT";
    order.network = "TRON";
    order.fiatCurrency = "RUB";
    // Spread over many magnitudes so that a text sort would differ from the numeric one.
    const std::uint64_t cents = static_cast<std::uint64_t>((id * 7919) % 100000000) + 100;
    order.amountFiat = domain::Decimal::fromUnits(cents, 2).value();
    order.amountCrypto = domain::Decimal::fromUnits(cents * 1000000 / 91, 8).value();
    order.suggestedRate = domain::Decimal::parse("91.25").value();
    if (order.status != S::New)
        order.finalRate = domain::Decimal::parse("91.10").value();
    order.customer = proto::CustomerRef{1 + id % 5000, 100000000 + id % 5000, "customer" + std::to_string(id % 5000)};
    if (order.status != S::New)
        order.holder = proto::OperatorRef{1 + id % 5, "operator" + std::to_string(1 + id % 5)};
    order.createdAt = proto::Timestamp(std::chrono::seconds(1'700'000'000 + id * 37));
    order.updatedAt = order.createdAt;
    if (!domain::isTerminal(order.status))
        order.statusDeadline = proto::Timestamp(std::chrono::seconds(1'700'000'000 + id * 37 + 3600));
    if (id % 50 == 0)
        order.risk = {{"first_order_above", proto::RiskSeverity::Info}};
    order.requisitesMasked = "**** " + std::to_string(1000 + id % 9000);
    return order;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::stoi(argv[1]) : 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    std::printf("queue_model benchmark, %d orders\n", count);

    {
        std::vector<proto::OrderSummary> orders;
        orders.reserve(static_cast<std::size_t>(count));
        for (int id = 1; id <= count; ++id)
            orders.push_back(syntheticOrder(id));
        LocalCache cache;
        if (!cache.open(path)) {
            std::fprintf(stderr, "cannot open cache: %s\n", qPrintable(cache.errorString()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        cache.applyChanges(orders, {}, count);
        std::printf("fill cache (one transaction)      %9.1f ms\n", msSince(timer));
    }
    const long rssBeforeOpen = peakRssKb();

    QElapsedTimer timer;
    timer.start();
    LocalCache cache;
    cache.open(path);
    const double openDb = msSince(timer);
    std::vector<proto::OrderSummary> loaded = cache.loadAll();
    const double loadRows = msSince(timer);
    OrderQueueModel model;
    model.upsertMany(std::move(loaded));
    OrderQueueFilterModel queue;
    queue.setSourceModel(&model);
    queue.setCurrentOperatorId(3);
    const double open = msSince(timer);
    std::printf("open: sqlite open                 %9.1f ms\n", openDb);
    std::printf("open: + loadAll (decode JSON)     %9.1f ms\n", loadRows);
    std::printf("open: + model + proxy (total)     %9.1f ms   rows=%d\n", open, model.rowCount());

    timer.restart();
    queue.setSearchText(QStringLiteral("customer1234"));
    std::printf("filter: text search               %9.1f ms   rows=%d\n", msSince(timer), queue.rowCount());
    timer.restart();
    queue.setSearchText(QString());
    std::printf("filter: clear search              %9.1f ms   rows=%d\n", msSince(timer), queue.rowCount());
    timer.restart();
    queue.setTab(QueueTab::Mine);
    std::printf("filter: tab Mine                  %9.1f ms   rows=%d\n", msSince(timer), queue.rowCount());
    queue.setTab(QueueTab::All);

    timer.restart();
    queue.sort(OrderQueueModel::AmountFiat, Qt::AscendingOrder);
    std::printf("sort: fiat amount (exact decimal) %9.1f ms\n", msSince(timer));
    timer.restart();
    queue.sort(OrderQueueModel::Age, Qt::DescendingOrder);
    std::printf("sort: age                         %9.1f ms\n", msSince(timer));

    timer.restart();
    model.tick();
    std::printf("tick: age/deadline dataChanged    %9.1f ms   (sorted by age)\n", msSince(timer));

    timer.restart();
    proto::OrderSummary update = model.at(count / 2).summary;
    update.version += 1;
    update.status = domain::OrderStatus::Cancelled;
    model.upsert(update);
    std::printf("live update of one order          %9.3f ms\n", msSince(timer));

    std::printf("peak RSS: %ld KiB (%.1f MiB), of which before opening: %.1f MiB\n", peakRssKb(),
                static_cast<double>(peakRssKb()) / 1024.0, static_cast<double>(rssBeforeOpen) / 1024.0);
    return 0;
}
