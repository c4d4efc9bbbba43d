#include "app/AppController.h"
#include "app/LanguageSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("p2pdesk"));
    QApplication::setApplicationName(QStringLiteral("workstation"));
    QApplication::setApplicationVersion(QStringLiteral(P2PDESK_VERSION));

    QSettings settings;
    p2pdesk::workstation::LanguageSettings::install(app, p2pdesk::workstation::LanguageSettings::stored(settings));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "p2pdesk operators' workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    // For smoke tests and the screenshot script: run the event loop for a while, then quit.
    const QCommandLineOption exitAfter(QStringLiteral("exit-after"),
                                       QApplication::translate("main", "Quit after <ms> milliseconds."),
                                       QStringLiteral("ms"));
    parser.addOption(exitAfter);
    parser.process(app);

    p2pdesk::workstation::AppController controller(&settings);
    controller.start();
    if (parser.isSet(exitAfter))
        QTimer::singleShot(parser.value(exitAfter).toInt(), &app, &QCoreApplication::quit);
    return QApplication::exec();
}
