// Prints figures, asserts nothing: run it by hand or from CI logs to watch for regressions.
//   bench_support_inbox [tickets=10000]
// The cache holds ticket summaries only (messages are read per ticket, never cached), so this is
// what opening the Support tab costs after a restart: decode, model, sorted proxy, then each view.
#include "core/LocalCache.h"
#include "core/OrderSnapshot.h"
#include "models/TicketFilterModel.h"
#include "models/TicketListModel.h"
#include <sys/resource.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSet>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

proto::Timestamp at(qint64 msecs)
{
    return proto::Timestamp(std::chrono::milliseconds(msecs));
}

// A desk's inbox: a fifth closed, a fifth nobody's, 5 % urgent, three in five about an order,
// deadlines spread from two hours overdue to two hours ahead, some answered.
proto::TicketSummary syntheticTicket(std::int64_t id, qint64 now)
{
    constexpr const char *kStatuses[] = {"NEW", "ASSIGNED", "AWAITING_CRYPTO", "USER_MARKED_SENT", "DISPUTE"};
    proto::TicketSummary ticket;
    ticket.id = id;
    ticket.customer = proto::CustomerRef{id, 100000000 + id, "customer" + std::to_string(id)};
    if (id % 3 != 0)
        ticket.customerFirstName = "Name" + std::to_string(id % 997);
    if (id % 5 < 3) {
        ticket.orderId = 50000 + id;
        ticket.orderCode = "P-" + std::to_string(500000 + id);
        ticket.orderStatus = kStatuses[id % 5];
    }
    if (id % 5 != 0)
        ticket.assignee = proto::OperatorRef{1 + id % 5, "operator" + std::to_string(1 + id % 5)};
    ticket.priority = id % 20 == 0 ? "urgent" : "normal";
    ticket.lastCustomerMessageAt = at(now - (id * 7919 % 86'400) * 1000);
    if (id % 5 == 4) {
        ticket.status = "closed";
        ticket.closedAt = at(now - 3'600'000);
    } else if (id % 4 == 0) {
        ticket.firstRespondedAt = at(now - 600'000); // answered: nothing due
    } else {
        ticket.firstResponseDueAt = at(now + ((id * 104'729) % 14'400 - 7'200) * 1000);
        ticket.unread = 1 + id % 5;
    }
    ticket.lastMessageId = id * 50;
    ticket.createdAt = at(now - 2 * 86'400'000);
    ticket.updatedAt = at(now - 60'000);
    ticket.version = 1 + id % 9;
    return ticket;
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

// What a view does when the operator scrolls through every row once: every column's text, colour,
// font, alignment and tooltip-free roles of each row.
double scrollAll(const QAbstractItemModel &model)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype characters = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            characters += index.data(Qt::DisplayRole).toString().size();
            index.data(Qt::ForegroundRole);
            index.data(Qt::FontRole);
            index.data(Qt::TextAlignmentRole);
        }
    }
    const double elapsed = msSince(timer);
    if (characters == 0)
        std::printf("(no text?)\n");
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts and colours (the bold, red overdue rows) need a GUI application; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::stoi(argv[1]) : 10'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    std::printf("support_inbox benchmark, %d tickets (summaries; messages are not cached)\n", count);

    {
        std::vector<proto::TicketSummary> tickets;
        tickets.reserve(static_cast<std::size_t>(count));
        for (int id = 1; id <= count; ++id)
            tickets.push_back(syntheticTicket(id, now));
        LocalCache cache;
        if (!cache.open(path)) {
            std::fprintf(stderr, "cannot open cache: %s\n", qPrintable(cache.errorString()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        cache.storeTickets(tickets);
        std::printf("fill cache (one transaction)      %9.1f ms\n", msSince(timer));
    }
    const long rssBeforeOpen = peakRssKb();

    QElapsedTimer timer;
    timer.start();
    LocalCache cache;
    cache.open(path);
    const double openDb = msSince(timer);
    std::vector<proto::TicketSummary> loaded = cache.loadTickets();
    const double loadRows = msSince(timer);
    TicketListModel model;
    model.upsertMany(std::move(loaded));
    TicketFilterModel inbox;
    inbox.setSourceModel(&model);
    inbox.setCurrentOperatorId(3);
    inbox.sort(TicketListModel::Sla, Qt::AscendingOrder);
    const double open = msSince(timer);
    std::printf("open: sqlite open                 %9.1f ms\n", openDb);
    std::printf("open: + loadTickets (decode JSON) %9.1f ms\n", loadRows);
    std::printf("open: + model + SLA-sorted proxy  %9.1f ms   rows=%d shown=%d\n", open, model.rowCount(),
                inbox.rowCount());

    timer.restart();
    const auto counts = inbox.viewCounts();
    const auto attention = inbox.attention();
    std::printf("counts: views + Support tab       %9.1f ms   attention=%d overdue=%d\n", msSince(timer),
                attention.tickets, attention.overdue);
    (void)counts;

    const std::pair<TicketView, const char *> views[] = {
        {TicketView::Mine, "Mine      "},   {TicketView::Unassigned, "Unassigned"},
        {TicketView::Urgent, "Urgent    "}, {TicketView::Overdue, "Overdue   "},
        {TicketView::Closed, "Closed    "}, {TicketView::AllOpen, "All open  "},
    };
    for (const auto &[view, name] : views) {
        timer.restart();
        inbox.setView(view);
        std::printf("view: %s                  %9.1f ms   rows=%d\n", name, msSince(timer), inbox.rowCount());
    }

    timer.restart();
    inbox.setSearchText(QStringLiteral("customer1233"));
    std::printf("search: local (code/name)         %9.1f ms   rows=%d\n", msSince(timer), inbox.rowCount());
    // What syncd's message-text search answers (up to a page of 200 ids) joins the local matches.
    QSet<qint64> matches;
    for (qint64 id = 7; matches.size() < 200 && id <= count; id += 37)
        matches.insert(id);
    timer.restart();
    inbox.setServerMatches(QStringLiteral("customer1233"), matches);
    std::printf("search: + server's 200 matches    %9.1f ms   rows=%d\n", msSince(timer), inbox.rowCount());
    timer.restart();
    inbox.setSearchText(QString());
    std::printf("search: clear                     %9.1f ms   rows=%d\n", msSince(timer), inbox.rowCount());

    const double scrolled = scrollAll(inbox);
    std::printf("scroll: every row's data once     %9.1f ms   rows=%d (%.2f us/row)\n", scrolled, inbox.rowCount(),
                1000.0 * scrolled / std::max(1, inbox.rowCount()));

    timer.restart();
    model.tick();
    std::printf("tick: countdowns dataChanged      %9.1f ms\n", msSince(timer));

    timer.restart();
    proto::TicketSummary update = *model.find(count / 2);
    update.version += 1;
    update.unread += 1;
    update.nextResponseDueAt = at(now + 60'000);
    model.upsert(update);
    std::printf("live update of one ticket         %9.3f ms\n", msSince(timer));

    std::printf("peak RSS: %ld KiB (%.1f MiB), of which before opening: %.1f MiB\n", peakRssKb(),
                static_cast<double>(peakRssKb()) / 1024.0, static_cast<double>(rssBeforeOpen) / 1024.0);
    return 0;
}
