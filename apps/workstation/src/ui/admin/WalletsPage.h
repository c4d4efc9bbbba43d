#pragma once

#include "core/AdminService.h"
#include "ui/admin/WalletDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class AdminPrompts;
class WalletListModel;

// The desk's deposit wallets: every wallet (asset, network, hot or cold, label, address, in use),
// the selected one's address large and as a QR code to check it against the wallet software, where
// its key is kept (a name, never the key), adding one in a dialog and switching one off or on with
// a reason. Hot wallets in use are the ones orders are given to pay into.
class WalletsPage final : public QWidget {
    Q_OBJECT

public:
    WalletsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    WalletListModel *model() const { return m_model; }
    // The open "new wallet" dialog, if any (window-modal, so tests and screenshots can reach it).
    WalletDialog *walletDialog() const { return m_dialog; }
    // True while the selected wallet's address shows as a QR code.
    bool showsQrCode() const;
    void reload();

signals:
    void message(const QString &text);

private:
    void showSelected();
    void openDialog();
    void toggleActive();

    AdminService *m_service;
    AdminPrompts *m_prompts;
    WalletListModel *m_model;
    QTableView *m_table;
    QLabel *m_qr;
    QLabel *m_address;
    QLabel *m_details;
    QPushButton *m_new;
    QPushButton *m_toggle;
    QPointer<WalletDialog> m_dialog;
    std::int64_t m_selectedId = 0;
};

} // namespace p2pdesk::workstation
