#pragma once

#include "core/CustomerService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace p2pdesk::workstation {

class CustomerDirectoryModel;

// The customers directory for seniors and admins: everyone the desk knows, the most recently active
// first, or whoever a search finds — by Telegram ID, @username, name, order code, a payout account
// pasted in full or its last four digits — each row saying what matched. Typing searches after a
// short pause; Enter or a double-click opens the customer's profile.
class CustomerDirectoryDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CustomerDirectoryDialog(CustomerService *service, QWidget *parent = nullptr);

    CustomerDirectoryModel *model() const { return m_model; }
    QString statusText() const;
    // Searches now with what is typed (as the pause after typing would), from the first page.
    void reload();

signals:
    void openCustomerRequested(qint64 customerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    proto::CustomersQuery currentQuery() const;
    void search(bool nextPage);
    void onLoaded(quint64 searchId, const proto::CustomerList &list);
    void onFailed(quint64 searchId, const ApiError &error);
    void openCurrent();
    void updateStatus();

    CustomerService *m_service;
    CustomerDirectoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_state;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_more;
    QPushButton *m_refresh;
    QTimer *m_debounce;
    quint64 m_pending = 0; // the search whose answer is awaited; 0 when none
    bool m_pendingMore = false;
    QString m_shownText; // the text the rows answer
};

} // namespace p2pdesk::workstation
