#include "app/LanguageSettings.h"
#include "models/OrderQueueModel.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace p2pdesk::workstation;

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void languageSettingRoundTrips_data();
    void languageSettingRoundTrips();
    void russianIsShippedAndApplied();
};

void TestTranslations::languageSettingRoundTrips_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru") << "ru"
                        << "ru";
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("system") << ""
                            << "";
    QTest::newRow("unknown falls back to system") << "xx"
                                                  << "";
}

void TestTranslations::languageSettingRoundTrips()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    LanguageSettings::store(settings, stored);
    QCOMPARE(LanguageSettings::stored(settings), expected);
}

void TestTranslations::russianIsShippedAndApplied()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/p2pdesk_en")));
    QCOMPARE(LanguageSettings::install(*qApp, QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(QCoreApplication::translate("ApiError", "Another operator took this order first."),
             QStringLiteral("Другой оператор взял эту заявку раньше."));
    QCOMPARE(OrderQueueModel::statusText(p2pdesk::domain::OrderStatus::New), QStringLiteral("Новая"));

    OrderQueueModel orders;
    MainWindow window(&orders);
    auto *tabs = window.findChild<QTabBar *>(QStringLiteral("queueTabBar"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Новые"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(), QStringLiteral("Нет связи"));
    // Russian plural forms: 1 заявка, 3 заявки, 5 заявок.
    QCOMPARE(MainWindow::tr("%n order(s) shown", nullptr, 1), QStringLiteral("Показана 1 заявка"));
    QCOMPARE(MainWindow::tr("%n order(s) shown", nullptr, 3), QStringLiteral("Показаны 3 заявки"));
    QCOMPARE(MainWindow::tr("%n order(s) shown", nullptr, 5), QStringLiteral("Показано 5 заявок"));

    // Qt's own texts come with Qt's translation (qt6-translations-l10n): a Russian dialog's
    // standard buttons do not say "Cancel".
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Отмена"));
}

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
