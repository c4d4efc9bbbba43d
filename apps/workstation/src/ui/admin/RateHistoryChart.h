#pragma once

#include "p2pdesk/proto/Rates.h"

#include <QList>
#include <QString>
#include <QWidget>

namespace p2pdesk::workstation {

// The base rate of one rate row over the last days, as a step line (a base holds until the next
// change): typed changes are marked with a dot, fed ones are plain line. Painted by hand — one line
// and two labels do not justify a charting library in an operator's workstation.
class RateHistoryChart final : public QWidget {
    Q_OBJECT

public:
    explicit RateHistoryChart(QWidget *parent = nullptr);

    // `title` names the row ("USDT on TRON → RUB, customer sells"); entries oldest first, all within
    // [periodStart, periodEnd]. The time axis is the whole period, so a change made a day ago sits a
    // day from the right edge and the base it set runs on to "now".
    void setHistory(const QString &title, const std::string &fiat, const QList<proto::RateHistoryEntry> &entries,
                    proto::Timestamp periodStart, proto::Timestamp periodEnd);
    void clear(const QString &message);

    // What the chart shows in words (the same figures as the drawing), for tests and tooltips.
    QString summary() const { return m_summary; }

    QSize sizeHint() const override { return {480, 140}; }
    QSize minimumSizeHint() const override { return {240, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_summary;
    std::string m_fiat;
    QList<proto::RateHistoryEntry> m_points; // only entries with a base rate
    proto::Timestamp m_periodStart{};
    proto::Timestamp m_periodEnd{};
};

} // namespace p2pdesk::workstation
