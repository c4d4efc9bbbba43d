#include "ui/admin/RateHistoryChart.h"

#include "models/DisplayText.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <chrono>

namespace p2pdesk::workstation {

namespace {

double seconds(const proto::Timestamp &at)
{
    return std::chrono::duration<double>(at.time_since_epoch()).count();
}

// Only for placing a point on the screen: every figure a user reads is the Decimal's own text.
double plotValue(const domain::Decimal &value)
{
    return QString::fromStdString(value.toString()).toDouble();
}

QString shortTime(const proto::Timestamp &at)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RateHistoryChart::RateHistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rateHistoryChart"));
    clear(tr("Select a rate to see its recent changes."));
}

void RateHistoryChart::clear(const QString &message)
{
    m_title.clear();
    m_points.clear();
    m_summary = message;
    setToolTip({});
    update();
}

void RateHistoryChart::setHistory(const QString &title, const std::string &fiat,
                                  const QList<proto::RateHistoryEntry> &entries, proto::Timestamp periodStart,
                                  proto::Timestamp periodEnd)
{
    m_title = title;
    m_periodStart = periodStart;
    m_periodEnd = periodEnd;
    m_fiat = fiat;
    m_points.clear();
    for (const auto &entry : entries) {
        if (entry.baseRate)
            m_points.append(entry);
    }
    if (m_points.isEmpty()) {
        m_summary = tr("%1: no base rate changes in this period.").arg(title);
    } else {
        const auto [low, high] = std::minmax_element(
            m_points.begin(), m_points.end(), [](const proto::RateHistoryEntry &a, const proto::RateHistoryEntry &b) {
                return *a.baseRate < *b.baseRate;
            });
        m_summary = tr("%1: %n change(s), from %2 to %3; now %4 (%5).", nullptr, static_cast<int>(m_points.size()))
                        .arg(title, DisplayText::rate(*low->baseRate, fiat), DisplayText::rate(*high->baseRate, fiat),
                             DisplayText::rate(*m_points.last().baseRate, fiat), shortTime(m_points.last().at));
    }
    setToolTip(m_summary);
    update();
}

void RateHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));

    const QFontMetrics fm(font());
    const int margin = fm.height() / 2;
    painter.setPen(pal.color(QPalette::Text));
    if (m_points.isEmpty()) {
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                         m_summary);
        return;
    }

    // Labels: the title on top, the extremes on the left.
    const auto [lowIt, highIt] = std::minmax_element(
        m_points.begin(), m_points.end(),
        [](const proto::RateHistoryEntry &a, const proto::RateHistoryEntry &b) { return *a.baseRate < *b.baseRate; });
    const QString highText = DisplayText::rate(*highIt->baseRate, m_fiat);
    const QString lowText = DisplayText::rate(*lowIt->baseRate, m_fiat);
    painter.drawText(QRect(margin, margin / 2, width() - 2 * margin, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(m_title, Qt::ElideRight, width() - 2 * margin));
    const int labelWidth = std::max(fm.horizontalAdvance(highText), fm.horizontalAdvance(lowText)) + margin;
    const QRectF plot(margin + labelWidth, margin + fm.height(), width() - 3 * margin - labelWidth,
                      height() - 2 * margin - fm.height());
    if (plot.width() < 10 || plot.height() < 10)
        return;
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRectF(margin, plot.top() - fm.height() / 2.0, labelWidth - margin / 2.0, fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter, highText);
    painter.drawText(QRectF(margin, plot.bottom() - fm.height() / 2.0, labelWidth - margin / 2.0, fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter, lowText);

    const double lowValue = plotValue(*lowIt->baseRate);
    const double highValue = plotValue(*highIt->baseRate);
    const double span = highValue > lowValue ? highValue - lowValue : 1.0;
    const double start = std::min(seconds(m_periodStart), seconds(m_points.first().at));
    const double end = std::max({seconds(m_periodEnd), seconds(m_points.last().at), start + 1.0});
    const auto x = [&](const proto::Timestamp &at) {
        return plot.left() + (seconds(at) - start) / (end - start) * plot.width();
    };
    const auto y = [&](const domain::Decimal &v) {
        return highValue > lowValue ? plot.bottom() - (plotValue(v) - lowValue) / span * plot.height()
                                    : plot.center().y();
    };

    QPainterPath path;
    path.moveTo(x(m_points.first().at), y(*m_points.first().baseRate));
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        const double px = x(m_points[i].at);
        path.lineTo(px, y(*m_points[i - 1].baseRate)); // the previous base held until this change
        path.lineTo(px, y(*m_points[i].baseRate));
    }
    path.lineTo(plot.right(), y(*m_points.last().baseRate));
    painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
    painter.drawPath(path);
    painter.setBrush(pal.color(QPalette::Highlight));
    for (const auto &point : m_points) {
        if (point.actor != "feed")
            painter.drawEllipse(QPointF(x(point.at), y(*point.baseRate)), 3.0, 3.0);
    }
}

} // namespace p2pdesk::workstation
