#pragma once

#include "p2pdesk/test/PgTestDatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

// Runs the real syncd binary (SYNCD_BINARY) with P2PDESK_* variables for `config`, nothing else
// from the test's environment.
struct SyncdRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment syncd reads `config` from (P2PDESK_DB_HOST for db.host, …), nothing else.
inline QProcessEnvironment syncdEnvironment(const std::map<std::string, std::string> &config)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    for (const auto &[key, value] : config) {
        QString name = QStringLiteral("P2PDESK_") + QString::fromStdString(key).toUpper();
        name.replace(u'.', u'_');
        env.insert(name, QString::fromStdString(value));
    }
    return env;
}

inline SyncdRun runSyncd(const QStringList &args, const std::map<std::string, std::string> &config)
{
    QProcess process;
    process.setProcessEnvironment(syncdEnvironment(config));
    process.start(QStringLiteral(SYNCD_BINARY), args);
    SyncdRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
