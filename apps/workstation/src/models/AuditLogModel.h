#pragma once

#include "core/OversightService.h"

#include "p2pdesk/proto/AuditLog.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <vector>

namespace p2pdesk::workstation {

// The audit log as the admin pages through it: rows of the current filter, newest first, a page
// fetched whenever the view scrolls to the end (canFetchMore/fetchMore) until syncd has no older
// one. Answers to an older filter are dropped.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Who, What, Object, Reason, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1 };

    explicit AuditLogModel(OversightService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over with this filter (the newest page is asked at once).
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    const proto::AuditRecord &at(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    bool loading() const { return m_loading; }
    // Every page is here: syncd has nothing older for this filter.
    bool complete() const { return m_complete; }
    const proto::AuditChainState &chain() const { return m_chain; }

    // The row in words: who did it, the action, the thing acted on.
    static QString who(const proto::AuditRecord &record);
    static QString action(const std::string &action);
    static QString entity(const std::string &entity);
    static QString object(const proto::AuditRecord &record);
    // The details as "field: old → new" lines in words (not JSON where it can be helped).
    static QStringList changes(const proto::Json &details);

signals:
    // A page arrived (rows may be none).
    void pageLoaded();

private:
    void onLoaded(const AuditFilter &filter, std::optional<std::int64_t> beforeSeq, const proto::AuditPage &page);

    OversightService *m_service;
    AuditFilter m_filter;
    std::vector<proto::AuditRecord> m_items;
    std::optional<std::int64_t> m_next; // before_seq of the next page
    bool m_loading = false;
    bool m_complete = false;
    bool m_started = false;
    proto::AuditChainState m_chain;
};

} // namespace p2pdesk::workstation
