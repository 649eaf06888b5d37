#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace engdrift {
namespace {

struct Installed
{
    std::unique_ptr<QTranslator> engdrift;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QString systemLanguage()
{
    const QString forced = qEnvironmentVariable("ENGDRIFT_LANGUAGE");
    if (forced == QLatin1String("da") || forced == QLatin1String("en"))
        return forced;
    return QLocale().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

QLocale languageLocale(const QString &language)
{
    return QLocale(language == QLatin1String("da") ? QLocale::Danish : QLocale::English);
}

bool installTranslations(const QString &language)
{
    Installed &state = installed();
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/engdrift_") + language))
        return false;
    if (state.engdrift)
        QCoreApplication::removeTranslator(state.engdrift.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.qt.reset();
    state.engdrift = std::move(translator);
    QCoreApplication::installTranslator(state.engdrift.get());
    // Qt's own texts (standard buttons and dialogs), when Debian's translations are installed.
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        state.qt = std::move(qt);
        QCoreApplication::installTranslator(state.qt.get());
    }
    state.language = language;
    return true;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace engdrift
