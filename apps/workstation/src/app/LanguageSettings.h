#pragma once

#include <QString>

class QCoreApplication;
class QSettings;

namespace p2pdesk::workstation {

// The interface language: a QSettings key read once at start, before any widget exists.
class LanguageSettings final {
public:
    static constexpr char kKey[] = "ui/language";

    // "" (follow the system), "en" or "ru".
    static QString stored(const QSettings &settings);
    static void store(QSettings &settings, const QString &language);

    // Installs the app's and Qt's own translations for `language` (the system's when empty).
    // Returns the language actually installed ("en" when nothing matched).
    static QString install(QCoreApplication &app, const QString &language);
};

} // namespace p2pdesk::workstation
