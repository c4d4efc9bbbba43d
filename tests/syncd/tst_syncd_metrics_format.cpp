#include "PrometheusText.h"
#include "observability/Exposition.h"
#include "observability/MetricsRegistry.h"
#include "observability/RequestMetrics.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace p2pdesk::syncd::observability;
using namespace std::chrono_literals;

// The registry and its text exposition, without a server: exact text for the format's corners
// (escaping, histogram lines, values), the strict reader of tests/syncd/PrometheusText.h on whole
// pages, and the registry under concurrent recording.
class TestSyncdMetricsFormat final : public QObject {
    Q_OBJECT

private slots:
    void counterAndGaugeLinesAreExact()
    {
        Exposition out;
        out.counter("x_requests_total", "Requests.", {{"route", "/a/{id}"}, {"status", "200"}}, 3);
        out.gauge("x_up", "Up.", {}, 1);
        out.counter("x_requests_total", "Requests.", {{"route", "/b"}, {"status", "404"}}, 1);
        QCOMPARE(out.text(), std::string("# HELP x_requests_total Requests.\n"
                                         "# TYPE x_requests_total counter\n"
                                         "x_requests_total{route=\"/a/{id}\",status=\"200\"} 3\n"
                                         "x_requests_total{route=\"/b\",status=\"404\"} 1\n"
                                         "# HELP x_up Up.\n"
                                         "# TYPE x_up gauge\n"
                                         "x_up 1\n"));
    }

    void escapesLabelValuesAndHelp()
    {
        Exposition out;
        out.gauge("x_g", "Back\\slash and\nnewline.", {{"v", "a\"b\\c\nd"}}, 0.5);
        QCOMPARE(out.text(), std::string("# HELP x_g Back\\\\slash and\\nnewline.\n"
                                         "# TYPE x_g gauge\n"
                                         "x_g{v=\"a\\\"b\\\\c\\nd\"} 0.5\n"));
        const auto page = prometheus_text::parse(out.text());
        QCOMPARE(page.value("x_g", {{"v", "a\"b\\c\nd"}}).value(), 0.5);
    }

    void formatsValues()
    {
        QCOMPARE(Exposition::formatValue(0), std::string("0"));
        QCOMPARE(Exposition::formatValue(42), std::string("42"));
        QCOMPARE(Exposition::formatValue(-3), std::string("-3"));
        QCOMPARE(Exposition::formatValue(0.005), std::string("0.005"));
        QCOMPARE(Exposition::formatValue(1717171717.25), std::string("1717171717.25"));
        QCOMPARE(Exposition::formatValue(INFINITY), std::string("+Inf"));
        QCOMPARE(Exposition::formatValue(-INFINITY), std::string("-Inf"));
        QCOMPARE(Exposition::formatValue(NAN), std::string("NaN"));
        QCOMPARE(std::strtod(Exposition::formatValue(1e300).c_str(), nullptr), 1e300);
    }

    void histogramLinesAreCumulativeWithInfSumAndCount()
    {
        Registry registry;
        auto &family = registry.histogram("x_seconds", "Durations.", {"route"}, {0.1, 1, 2.5});
        auto &h = family.labels({"/a"});
        for (double v : {0.05, 0.1, 0.7, 3.0, 100.0})
            h.observe(v);
        const auto text = registry.render();
        QCOMPARE(text, std::string("# HELP x_seconds Durations.\n"
                                   "# TYPE x_seconds histogram\n"
                                   "x_seconds_bucket{route=\"/a\",le=\"0.1\"} 2\n"
                                   "x_seconds_bucket{route=\"/a\",le=\"1\"} 3\n"
                                   "x_seconds_bucket{route=\"/a\",le=\"2.5\"} 3\n"
                                   "x_seconds_bucket{route=\"/a\",le=\"+Inf\"} 5\n"
                                   "x_seconds_sum{route=\"/a\"} 103.85\n"
                                   "x_seconds_count{route=\"/a\"} 5\n"));
        QVERIFY(prometheus_text::parse(text).family("x_seconds") != nullptr);
    }

    void refusesMalformedFamilies()
    {
        Exposition out;
        out.gauge("x_g", "G.", {{"a", "1"}}, 1);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.gauge("x_g", "G.", {{"a", "1"}}, 2)); // same series
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.counter("x_g", "G.", {}, 1));         // other type
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.gauge("x_g", "Other help.", {}, 1));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.gauge("1bad", "B.", {}, 1));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.gauge("x_h", "H.", {{"bad-label", "1"}}, 1));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.gauge("x_i", "I.", {{"__reserved", "1"}}, 1));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.histogram("x_j", "J.", {{"le", "1"}}, {1}, {0, 0}, 0));
        Registry registry;
        QVERIFY_THROWS_EXCEPTION(std::logic_error, registry.histogram("x_k", "K.", {}, {1, 1}));
    }

    // The reader used by the server tests must itself refuse what a scraper refuses.
    void strictReaderRefusesBrokenPages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("no TYPE") << "# HELP a A.\na 1\n";
        QTest::newRow("no HELP") << "# TYPE a gauge\na 1\n";
        QTest::newRow("bad value") << "# HELP a A.\n# TYPE a gauge\na one\n";
        QTest::newRow("bad escape") << "# HELP a A.\n# TYPE a gauge\na{x=\"\\t\"} 1\n";
        QTest::newRow("unquoted") << "# HELP a A.\n# TYPE a gauge\na{x=1} 1\n";
        QTest::newRow("split family") << "# HELP a A.\n# TYPE a gauge\na{x=\"1\"} 1\n# HELP b B.\n# TYPE b "
                                         "gauge\nb 1\na{x=\"2\"} 1\n";
        QTest::newRow("same series twice") << "# HELP a A.\n# TYPE a gauge\na 1\na 2\n";
        QTest::newRow("no +Inf") << "# HELP h H.\n# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n";
        QTest::newRow("not cumulative") << "# HELP h H.\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\n"
                                           "h_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n";
        QTest::newRow("count differs") << "# HELP h H.\n# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\n"
                                          "h_count 1\n";
        QTest::newRow("no final newline") << "# HELP a A.\n# TYPE a gauge\na 1";
    }

    void strictReaderRefusesBrokenPages()
    {
        QFETCH(QString, page);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, prometheus_text::parse(page.toStdString()));
    }

    void collectorsAddToSharedFamiliesAndGoAwayWithTheirRegistration()
    {
        Registry registry;
        auto first = registry.addCollector([](Exposition &out) { out.gauge("x_w", "W.", {{"worker", "a"}}, 1); });
        auto second = registry.addCollector([](Exposition &out) {
            out.gauge("x_other", "O.", {}, 7);
            out.gauge("x_w", "W.", {{"worker", "b"}}, 2);
        });
        auto page = prometheus_text::parse(registry.render());
        QCOMPARE(page.samples("x_w").size(), std::size_t(2)); // one family, together, whoever added it
        QCOMPARE(page.value("x_other").value(), 7.0);
        second = {};
        page = prometheus_text::parse(registry.render());
        QCOMPARE(page.samples("x_w").size(), std::size_t(1));
        QVERIFY(!page.value("x_other"));
    }

    void aFailingCollectorLosesOnlyItsOwnFigures()
    {
        Registry registry;
        auto failing = registry.addCollector([](Exposition &) { throw std::runtime_error("database gone"); });
        auto fine = registry.addCollector([](Exposition &out) { out.gauge("x_fine", "F.", {}, 1); });
        QCOMPARE(prometheus_text::parse(registry.render()).value("x_fine").value(), 1.0);
    }

    void requestMetricsUseBoundedLabels()
    {
        Registry registry;
        RequestMetrics metrics(registry);
        metrics.record("/api/v1/orders/{id}", "GET", 200, 3ms);
        metrics.record("/api/v1/orders/{id}", "GET", 200, 40ms);
        metrics.record(RequestMetrics::kUnmatchedRoute, "BREW", 404, 1ms);
        const auto page = prometheus_text::parse(registry.render());
        QCOMPARE(page.value("p2pdesk_http_requests_total",
                            {{"route", "/api/v1/orders/{id}"}, {"method", "GET"}, {"status", "200"}})
                     .value(),
                 2.0);
        QCOMPARE(
            page.value("p2pdesk_http_requests_total", {{"route", "unmatched"}, {"method", "other"}, {"status", "404"}})
                .value(),
            1.0);
        QCOMPARE(page.value("p2pdesk_http_request_duration_seconds_bucket",
                            {{"route", "/api/v1/orders/{id}"}, {"method", "GET"}, {"le", "0.005"}})
                     .value(),
                 1.0);
        QCOMPARE(page.value("p2pdesk_http_request_duration_seconds_count",
                            {{"route", "/api/v1/orders/{id}"}, {"method", "GET"}})
                     .value(),
                 2.0);
        const auto sum = page.value("p2pdesk_http_request_duration_seconds_sum",
                                    {{"route", "/api/v1/orders/{id}"}, {"method", "GET"}});
        QVERIFY(sum && std::abs(*sum - 0.043) < 1e-9);
    }

    // Recording from many threads while pages are rendered: nothing lost, every page well formed
    // (buckets cumulative, _count = +Inf bucket) even mid-recording.
    void concurrentRecordingLosesNothing()
    {
        Registry registry;
        RequestMetrics metrics(registry);
        constexpr int kThreads = 4;
        constexpr int kPerThread = 20000;
        std::atomic<bool> done{false};
        std::thread scraper([&] {
            while (!done.load())
                prometheus_text::parse(registry.render());
        });
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i)
                    metrics.record(i % 2 == 0 ? "/a" : "/b/{id}", "GET", 200 + (t % 2), std::chrono::microseconds(i));
            });
        }
        for (auto &th : threads)
            th.join();
        done = true;
        scraper.join();
        const auto page = prometheus_text::parse(registry.render());
        double total = 0;
        for (const auto &s : page.samples("p2pdesk_http_requests_total"))
            total += s.value;
        QCOMPARE(total, double(kThreads * kPerThread));
        QCOMPARE(
            page.value("p2pdesk_http_request_duration_seconds_count", {{"route", "/a"}, {"method", "GET"}}).value(),
            double(kThreads * kPerThread / 2));
    }
};

QTEST_APPLESS_MAIN(TestSyncdMetricsFormat)
#include "tst_syncd_metrics_format.moc"
