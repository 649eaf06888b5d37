// engdrift-cli style: the QGIS style of a project's layer (areas or paths) as a QML or SLD file,
// made from the styles in use (styles/symbology.json or ENGDRIFT_STYLES) and the project's care
// types: the same style the project's layer_styles table gives QGIS.

#include "cli_commands.h"
#include "cli_common.h"
#include "store/project_store.h"
#include "style/qgis_style.h"
#include "style/symbology.h"
#include "util/atomic_file.h"
#include "util/translations.h"

#include <QCoreApplication>

namespace engdrift::cli {
namespace {

struct CliStyleText
{
    Q_DECLARE_TR_FUNCTIONS(CliStyle)
};

} // namespace

int runStyle(const QStringList &args)
{
    Command cmd(QStringLiteral(
                    "engdrift-cli style PROJECT --qml|--sld --out FILE [--layer areas|paths] [--lang da|en]"),
                1);
    cmd.option(QStringLiteral("qml"), CliStyleText::tr("Write a QGIS layer style (.qml)."));
    cmd.option(QStringLiteral("sld"), CliStyleText::tr("Write an OGC Styled Layer Descriptor 1.1 (.sld)."));
    cmd.option(QStringLiteral("out"), CliStyleText::tr("The file to write."), QStringLiteral("FILE"));
    cmd.option(QStringLiteral("layer"),
               CliStyleText::tr("The layer: areas (by care type, the default) or paths (mown paths "
                                "and safety edges)."),
               QStringLiteral("LAYER"));
    cmd.option(QStringLiteral("lang"),
               CliStyleText::tr("The language of the legend's names: da or en (default: the system's)."),
               QStringLiteral("LANG"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    const bool qml = cmd.isSet(QStringLiteral("qml"));
    const bool sld = cmd.isSet(QStringLiteral("sld"));
    if (qml == sld)
        return usageFail(CliStyleText::tr("give one of --qml and --sld"), cmd.synopsis());
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageFail(CliStyleText::tr("--out FILE is required"), cmd.synopsis());
    const QString layerName = cmd.isSet(QStringLiteral("layer"))
                                  ? cmd.value(QStringLiteral("layer")).trimmed().toLower()
                                  : QStringLiteral("areas");
    const auto layer = qgisLayerFromName(layerName);
    if (!layer)
        return usageFail(CliStyleText::tr("--layer must be areas or paths (got \"%1\")")
                             .arg(cmd.value(QStringLiteral("layer"))),
                         cmd.synopsis());
    QString language = currentLanguage();
    if (cmd.isSet(QStringLiteral("lang"))) {
        language = cmd.value(QStringLiteral("lang")).trimmed().toLower();
        if (language != QLatin1String("da") && language != QLatin1String("en"))
            return usageFail(CliStyleText::tr("--lang must be da or en"), cmd.synopsis());
    }

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    const Catalogue catalogue = (*store)->catalogue();
    store->reset();

    const Symbology &symbology = Symbology::active();
    const QByteArray text = (qml ? qgisQml(*layer, catalogue, symbology, language)
                                 : qgisSld(*layer, catalogue, symbology, language))
                                .toUtf8();
    auto written = writeFileAtomically(
        outPath, [&](QIODevice &device, QString &) { return device.write(text) == text.size(); });
    if (!written.ok())
        return fail(written.error());
    out() << CliStyleText::tr("Wrote %1 (the %2 style of %3, from %4)")
                 .arg(outPath, qml ? QStringLiteral("QGIS") : QStringLiteral("SLD"), layerName,
                      symbology.sourceName())
          << Qt::endl;
    return Success;
}

} // namespace engdrift::cli
