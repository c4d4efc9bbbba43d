#include "app/LanguageSettings.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace p2pdesk::workstation {

QString LanguageSettings::stored(const QSettings &settings)
{
    const QString value = settings.value(QLatin1String(kKey)).toString();
    return value == u"en" || value == u"ru" ? value : QString();
}

void LanguageSettings::store(QSettings &settings, const QString &language)
{
    settings.setValue(QLatin1String(kKey), language);
}

QString LanguageSettings::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString code = locale.language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/p2pdesk_") + code))
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcUi) << "no translation for" << code;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(code));
    return code;
}

} // namespace p2pdesk::workstation
