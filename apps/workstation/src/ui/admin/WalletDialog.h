#pragma once

#include "p2pdesk/proto/Wallets.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace p2pdesk::workstation {

// Adds a deposit wallet: the asset on its network (the desk's catalogue), hot or cold, the address
// (checked here for the network's shape and checksum, as syncd will), a label, where its key is
// kept — a name, never the key: anything that looks like key material is refused here and by
// syncd — and the reason that goes to the audit log.
class WalletDialog final : public QDialog {
    Q_OBJECT

public:
    explicit WalletDialog(QWidget *parent = nullptr);

    // The request as typed; nullopt (with `problem` in words) while something is missing or wrong.
    std::optional<proto::CreateWalletRequest> request(QString *problem) const;

private:
    void validate();

    QComboBox *m_asset;
    QComboBox *m_kind;
    QLineEdit *m_address;
    QLineEdit *m_label;
    QLineEdit *m_secretRef;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
