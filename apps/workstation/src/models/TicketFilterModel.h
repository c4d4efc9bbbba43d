#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <array>
#include <cstdint>

namespace p2pdesk::workstation {

class TicketListModel;
struct TicketRow;

// The support inbox's views, in the order the filter bar shows them.
enum class TicketView { Mine, Unassigned, Urgent, Overdue, AllOpen, Closed };
inline constexpr int kTicketViewCount = 6;

// The inbox as one view shows it: view membership, search and the SLA order (the earliest answer
// due first, so overdue first; then urgent; then the latest customer message), which is also
// syncd's order. The search matches the order code, the customer's name and username locally at
// once; what syncd found in message text (setServerMatches, for the same text) is shown as well.
class TicketFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // Tickets that want this operator: open, theirs or nobody's, with unread messages or overdue.
    struct Attention {
        int tickets = 0;
        int overdue = 0;
    };

    explicit TicketFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setView(TicketView view);
    TicketView view() const { return m_view; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // The tickets syncd matched for `text` (message text included); ignored once the search moved on.
    void setServerMatches(const QString &text, const QSet<qint64> &ticketIds);
    void setCurrentOperatorId(std::int64_t operatorId);

    static bool belongsTo(TicketView view, const TicketRow &row, std::int64_t currentOperatorId, qint64 nowMs);
    // One walk over the source (search not applied), indexed by TicketView.
    std::array<int, kTicketViewCount> viewCounts() const;
    Attention attention() const;
    // The SLA order of two rows, as the default sort uses it.
    static bool slaBefore(const TicketRow &a, const TicketRow &b);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TicketListModel *m_tickets = nullptr;
    TicketView m_view = TicketView::AllOpen;
    QString m_search; // lower-case, trimmed
    QString m_serverText;
    QSet<qint64> m_serverMatches;
    std::int64_t m_operatorId = 0;
};

} // namespace p2pdesk::workstation
