#pragma once

#include <QByteArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

// Not in workstation::test: tests that also use p2pdesk::test (real syncd) would find `test::` ambiguous.
namespace p2pdesk::workstation {

// Gives the test process a home of its own, empty and removed at the end.
//
// The workstation keeps its order cache and settings under QStandardPaths. Test mode alone points
// those at ~/.qttest, which every run on the machine shares: a cache left by an earlier run for the
// same server address and user (ports are reused) made a later run start from that run's sequence
// number and skip the very event it was waiting for. CI machines are reused, so this happened there.
class FreshAppData {
public:
    FreshAppData()
    {
        if (!m_home.isValid())
            return;
        const QByteArray home = m_home.path().toUtf8();
        qputenv("HOME", home);
        qputenv("XDG_DATA_HOME", home + "/.local/share");
        qputenv("XDG_CONFIG_HOME", home + "/.config");
        qputenv("XDG_CACHE_HOME", home + "/.cache");
        QStandardPaths::setTestModeEnabled(true);
    }

    bool isValid() const { return m_home.isValid(); }
    QString path() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
};

} // namespace p2pdesk::workstation
