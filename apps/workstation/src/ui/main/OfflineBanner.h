#pragma once

#include <QFrame>

class QLabel;

namespace p2pdesk::workstation {

// The strip above the queue that says the data is stale and actions are off until syncd is back.
class OfflineBanner final : public QFrame {
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    void setReason(const QString &reason);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace p2pdesk::workstation
