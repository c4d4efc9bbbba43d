// Prints figures, asserts nothing: run it by hand or from CI logs to watch for regressions.
//   bench_chat_model [messages=5000] [width=480]
// A long support chat in the real chat view (QListView + ChatMessageDelegate over
// TicketMessageModel), offscreen: how long the model takes to load, how long the delegate takes to
// measure every bubble (cold, then from its cache), the view's layout, one more message arriving,
// and the frames painted while scrolling through it (rendered to a pixmap, as the screen would).
#include "core/OrderSnapshot.h"
#include "models/TicketMessageModel.h"
#include "ui/support/ChatMessageDelegate.h"
#include <sys/resource.h>
#include <time.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QPixmap>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

const char *const kCustomerLines[] = {
    "Hello! When do I get my roubles?",
    "I sent 250 USDT from my Binance wallet an hour ago, here is the transaction: "
    "4f7a1c9e2b8d3a6f0e5c7b9a1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e",
    "ok",
    "Can you pay to another card? 2200 1234 5678 9012, the bank is the same.\nThank you!",
    "Я отправил перевод, проверьте пожалуйста. Номер заявки в сообщении выше, сумма совпадает с той, "
    "что вы назвали.",
};
const char *const kDeskLines[] = {
    "Thank you! Order <b>P-241255</b> is in progress.",
    "We see the transfer, waiting for 19 confirmations on TRON. It usually takes a couple of minutes.",
    "Done: 24 100.00 RUB sent to the card ending 9012, reference SBP-20261206-0931.",
    "Здравствуйте! Заявка в работе, ожидаем подтверждения сети.",
};

proto::TicketMessage syntheticMessage(std::int64_t id, qint64 startMs)
{
    proto::TicketMessage m;
    m.id = id;
    m.createdAt = proto::Timestamp(std::chrono::milliseconds(startMs + id * 45'000));
    switch (id % 7) {
    case 0:
    case 2:
    case 4: // the customer writes most
        m.author = "customer";
        m.body = kCustomerLines[id % 5];
        if (id % 35 == 0)
            m.attachments = {proto::TicketAttachment{id, "image/jpeg", 180'000 + id, std::string(64, 'a')}};
        if (id % 91 == 0)
            m.originalBody = "an earlier version of this message";
        break;
    case 6: // a private note now and then
        m.author = "operator";
        m.operatorRef = proto::OperatorRef{3, "alice"};
        m.privateNote = true;
        m.body = "Checked the sender: the same wallet as in the last three orders.";
        break;
    case 5:
        if (id % 5 == 0) {
            m.author = "system";
            m.privateNote = true;
            m.body = "The order moved to PAYMENT_VERIFIED.";
            break;
        }
        [[fallthrough]];
    default:
        m.author = "operator";
        m.operatorRef = proto::OperatorRef{3 + id % 2, id % 2 ? "bob" : "alice"};
        m.body = kDeskLines[id % 4];
        m.delivery = id % 97 == 0 ? "undeliverable" : "sent";
        if (m.delivery == std::optional<std::string>("undeliverable"))
            m.deliveryError = "forbidden: Forbidden: bot was blocked by the user";
    }
    return m;
}

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Wall-clock and CPU time of the GUI thread: on a shared machine the CPU figure is what the code
// costs, the wall figure what the operator would wait on it.
class Stopwatch {
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.restart();
        m_cpu = cpuMs();
    }
    double wallMs() const { return static_cast<double>(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMsSince() const { return cpuMs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

double msSince(const Stopwatch &timer)
{
    return timer.wallMs();
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::stoi(argv[1]) : 5000;
    const int width = argc > 2 ? std::stoi(argv[2]) : 480;
    std::printf("chat_model benchmark, %d messages, view %d px wide\n", count, width);

    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 45'000;
    std::vector<proto::TicketMessage> messages;
    messages.reserve(static_cast<std::size_t>(count));
    for (int id = 1; id <= count; ++id)
        messages.push_back(syntheticMessage(id, start));

    QListView view;
    TicketMessageModel model;
    auto *delegate = new ChatMessageDelegate(&view);
    view.setItemDelegate(delegate);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setResizeMode(QListView::Adjust);
    view.setUniformItemSizes(false);
    view.resize(width, 640);
    view.show();
    QApplication::processEvents();

    Stopwatch timer;
    model.setMessages(messages);
    std::printf("model: load %d messages               %8.1f ms (cpu %.1f)\n", model.rowCount(), msSince(timer),
                timer.cpuMsSince());

    // The delegate on its own: every bubble measured from nothing, then from the cache.
    QStyleOptionViewItem option;
    option.initFrom(&view);
    timer.restart();
    for (int row = 0; row < model.rowCount(); ++row)
        delegate->sizeHint(option, model.index(row));
    const double cold = msSince(timer);
    const double coldCpu = timer.cpuMsSince();
    std::printf("delegate: size hints, all rows (cold)  %8.1f ms (cpu %.1f, %.1f us a row)\n", cold, coldCpu,
                coldCpu * 1000.0 / model.rowCount());
    timer.restart();
    qint64 total = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        total += delegate->sizeHint(option, model.index(row)).height();
    std::printf("delegate: size hints, all rows (cached)%8.1f ms  (content %lld px tall)\n", msSince(timer),
                static_cast<long long>(total));

    // The view: attaching the model lays out every row (sizes cached by now), as opening a chat does.
    delegate->forgetSizes();
    timer.restart();
    view.setModel(&model);
    delegate->watch(&model);
    view.doItemsLayout();
    std::printf("view: open (measure + layout)          %8.1f ms (cpu %.1f)\n", msSince(timer), timer.cpuMsSince());
    timer.restart();
    view.doItemsLayout();
    std::printf("view: layout again (cached sizes)      %8.1f ms\n", msSince(timer));

    // Scrolling: frames at positions through the whole chat, each rendered to a pixmap.
    QScrollBar *bar = view.verticalScrollBar();
    QPixmap frame(view.viewport()->size());
    constexpr int kFrames = 40;
    std::vector<double> frames;
    std::vector<double> framesCpu;
    for (int i = 0; i <= kFrames; ++i) {
        bar->setValue(bar->maximum() * i / kFrames);
        timer.restart();
        view.viewport()->render(&frame);
        frames.push_back(msSince(timer));
        framesCpu.push_back(timer.cpuMsSince());
    }
    std::sort(frames.begin(), frames.end());
    std::sort(framesCpu.begin(), framesCpu.end());
    std::printf("scroll: %d frames rendered             median %.2f ms, worst %.2f ms (cpu median %.2f, worst %.2f)\n",
                kFrames + 1, frames[frames.size() / 2], frames.back(), framesCpu[framesCpu.size() / 2],
                framesCpu.back());
    // Wheel steps near the end, where the operator reads.
    frames.clear();
    framesCpu.clear();
    bar->setValue(bar->maximum());
    for (int i = 0; i < 60; ++i) {
        bar->setValue(bar->value() - bar->singleStep() * 3);
        timer.restart();
        view.viewport()->render(&frame);
        frames.push_back(msSince(timer));
        framesCpu.push_back(timer.cpuMsSince());
    }
    std::sort(frames.begin(), frames.end());
    std::sort(framesCpu.begin(), framesCpu.end());
    std::printf("scroll: 60 wheel steps                 median %.2f ms, worst %.2f ms (cpu median %.2f, worst %.2f)\n",
                frames[frames.size() / 2], frames.back(), framesCpu[framesCpu.size() / 2], framesCpu.back());

    // One more message arrives (the ticket re-read): merged, laid out, scrolled to.
    messages.push_back(syntheticMessage(count + 1, start));
    timer.restart();
    model.setMessages(messages);
    view.doItemsLayout();
    view.scrollToBottom();
    view.viewport()->render(&frame);
    std::printf("live: one new message, merged + shown  %8.2f ms (cpu %.2f)\n", msSince(timer), timer.cpuMsSince());

    // A resize (the splitter moved): every bubble wraps differently and is measured again.
    view.resize(width + 120, 640);
    timer.restart();
    view.doItemsLayout();
    std::printf("resize: re-measure + layout            %8.1f ms (cpu %.1f)\n", msSince(timer), timer.cpuMsSince());

    std::printf("peak RSS: %.1f MiB\n", static_cast<double>(peakRssKb()) / 1024.0);
    return 0;
}
