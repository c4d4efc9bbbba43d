#pragma once

#include "p2pdesk/proto/Annotations.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QRectF>

#include <vector>

namespace p2pdesk::workstation {

// The highlight rectangles of one proof, oldest first. Rows are value snapshots keyed by id.
class AnnotationModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Note, Author, At, ColumnCount };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        // The rectangle as fractions (0..1) of the unrotated image: per-mille on the wire / 1000.
        NormalizedRectRole,
    };

    explicit AnnotationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces everything (a freshly opened proof).
    void setAnnotations(const QList<proto::Annotation> &annotations);
    // Adds one, or updates it in place when the id is known already.
    void upsert(const proto::Annotation &annotation);
    void clear();

    const proto::Annotation &at(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    int rowOf(std::int64_t id) const { return m_rows.value(id, -1); }
    static QRectF normalizedRect(const proto::Annotation &annotation);

private:
    void reindex();

    std::vector<proto::Annotation> m_items;
    QHash<std::int64_t, int> m_rows;
};

} // namespace p2pdesk::workstation
