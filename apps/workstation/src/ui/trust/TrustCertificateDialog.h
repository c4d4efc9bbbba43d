#pragma once

#include "core/TrustPrompt.h"

#include <QDialog>

namespace p2pdesk::workstation {

// First connection to a server: shows the certificate's SHA-256 fingerprint so the operator can
// compare it with the one syncd printed (or the admin sent) before trusting it. Cancel is the
// default button: pressing Enter without reading must not trust anything.
class TrustCertificateDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TrustCertificateDialog(const CertificateInfo &certificate, QWidget *parent = nullptr);
};

// The GUI's TrustPrompt: a modal TrustCertificateDialog.
class DialogTrustPrompt final : public TrustPrompt {
public:
    explicit DialogTrustPrompt(QWidget *parent = nullptr)
        : m_parent(parent)
    {
    }
    void setParentWidget(QWidget *parent) { m_parent = parent; }
    bool confirmTrust(const CertificateInfo &certificate) override;

private:
    QWidget *m_parent;
};

} // namespace p2pdesk::workstation
