#include "style/symbology.h"

#include <cmath>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <initializer_list>

namespace engdrift {
namespace {

struct SymbologyText
{
    Q_DECLARE_TR_FUNCTIONS(Symbology)
};

const char *const kBuiltInPath = ":/engdrift/styles/symbology.json";

struct PatternName
{
    HatchPattern pattern;
    const char *name;
    Qt::BrushStyle brush;
};

const PatternName kPatterns[] = {
    {HatchPattern::None, "none", Qt::NoBrush},
    {HatchPattern::Diagonal, "diagonal", Qt::BDiagPattern},
    {HatchPattern::DiagonalBack, "diagonal_back", Qt::FDiagPattern},
    {HatchPattern::Horizontal, "horizontal", Qt::HorPattern},
    {HatchPattern::Vertical, "vertical", Qt::VerPattern},
    {HatchPattern::Grid, "grid", Qt::CrossPattern},
    {HatchPattern::DiagonalGrid, "diagonal_grid", Qt::DiagCrossPattern},
    {HatchPattern::Dots, "dots", Qt::Dense6Pattern},
    {HatchPattern::SparseDots, "sparse_dots", Qt::Dense7Pattern},
};

QString patternList()
{
    QStringList names;
    for (const PatternName &p : kPatterns)
        names << QString::fromLatin1(p.name);
    return names.join(QStringLiteral(", "));
}

/// Reads the styles file key by key and keeps the first problem, phrased with the file and the
/// key's full path ("map.selection.fill").
class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = SymbologyText::tr("Styles file %1: key \"%2\" %3").arg(m_source, key, problem);
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    /// Refuses keys that are not among `known`: a misspelt key would otherwise be ignored.
    void onlyKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> known)
    {
        QSet<QString> allowed;
        for (const char *k : known)
            allowed.insert(QString::fromLatin1(k));
        onlyKeys(object, path, allowed);
    }
    void onlyKeys(const QJsonObject &object, const QString &path, const QSet<QString> &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                QStringList keys(allowed.cbegin(), allowed.cend());
                keys.sort();
                fail(join(path, it.key()), SymbologyText::tr("is not known (the keys here are: %1)")
                                               .arg(keys.join(QStringLiteral(", "))));
            }
        }
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isObject()) {
            fail(join(path, key),
                 v.isUndefined() ? SymbologyText::tr("is missing") : SymbologyText::tr("must be an object"));
            return {};
        }
        return v.toObject();
    }

    QString text(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(join(path, key), v.isUndefined() ? SymbologyText::tr("is missing")
                                                  : SymbologyText::tr("must be a non-empty text"));
            return {};
        }
        return v.toString();
    }

    static std::optional<QColor> parseColour(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("^#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$"));
        const QRegularExpressionMatch m = pattern.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        const uint rgb = m.captured(1).toUInt(nullptr, 16);
        const int alpha = m.captured(2).isEmpty() ? 255 : m.captured(2).toInt(nullptr, 16);
        return QColor::fromRgb(static_cast<int>((rgb >> 16) & 0xff), static_cast<int>((rgb >> 8) & 0xff),
                               static_cast<int>(rgb & 0xff), alpha);
    }

    QColor colour(const QJsonValue &v, const QString &fullKey)
    {
        const auto c = v.isString() ? parseColour(v.toString()) : std::nullopt;
        if (!c) {
            fail(fullKey, v.isUndefined()
                              ? SymbologyText::tr("is missing")
                              : SymbologyText::tr("must be a colour written #RRGGBB or #RRGGBBAA"));
            return {};
        }
        return *c;
    }

    QColor colour(const QJsonObject &parent, const QString &path, const QString &key)
    {
        return colour(parent.value(key), join(path, key));
    }

    /// An object of colours: exactly these keys (and `others`, read by the caller), each a colour.
    QJsonObject colours(const QJsonObject &parent, const QString &parentPath, const QString &key,
                        std::initializer_list<std::pair<const char *, QColor *>> fields,
                        std::initializer_list<const char *> others = {})
    {
        const QString path = join(parentPath, key);
        const QJsonObject object = this->object(parent, parentPath, key);
        QSet<QString> allowed;
        for (const auto &field : fields)
            allowed.insert(QString::fromLatin1(field.first));
        for (const char *other : others)
            allowed.insert(QString::fromLatin1(other));
        onlyKeys(object, path, allowed);
        for (const auto &[name, colourField] : fields)
            *colourField = colour(object, path, QString::fromLatin1(name));
        return object;
    }

private:
    QString m_source;
    QString m_error;
};

CareSymbol readCareSymbol(Reader &r, const QJsonObject &object, const QString &path,
                          const QColor &defaultLabel)
{
    r.onlyKeys(object, path, {"fill", "outline", "hatch", "label"});
    CareSymbol s;
    s.fill = r.colour(object, path, QStringLiteral("fill"));
    s.outline = r.colour(object, path, QStringLiteral("outline"));
    s.label = object.contains(QStringLiteral("label")) ? r.colour(object, path, QStringLiteral("label"))
                                                       : defaultLabel;
    if (object.contains(QStringLiteral("hatch"))) {
        const QString hatchPath = Reader::join(path, QStringLiteral("hatch"));
        const QJsonObject hatch = r.object(object, path, QStringLiteral("hatch"));
        r.onlyKeys(hatch, hatchPath, {"pattern", "colour"});
        const QString name = r.text(hatch, hatchPath, QStringLiteral("pattern"));
        const auto pattern = hatchPatternFromName(name);
        if (!r.failed() && !pattern)
            r.fail(Reader::join(hatchPath, QStringLiteral("pattern")),
                   SymbologyText::tr("must be one of %1 (not \"%2\")").arg(patternList(), name));
        s.hatch = pattern.value_or(HatchPattern::None);
        if (s.hatch != HatchPattern::None)
            s.hatchColour = r.colour(hatch, hatchPath, QStringLiteral("colour"));
        else if (hatch.contains(QStringLiteral("colour")))
            s.hatchColour = r.colour(hatch, hatchPath, QStringLiteral("colour"));
    }
    return s;
}

/// The look an older or custom catalogue carries itself ("style": {"colour", "hatch"}), the way
/// Engdrift drew it before styles/ existed.
CareSymbol catalogueSymbol(const CareType &ct, const QColor &label)
{
    CareSymbol s;
    s.fill = ct.colour;
    s.outline = ct.colour.darker(ct.colour.lightness() > 200 ? 150 : 135);
    if (ct.hatch == QLatin1String("diagonal"))
        s.hatch = HatchPattern::Diagonal;
    else if (ct.hatch == QLatin1String("cross"))
        s.hatch = HatchPattern::DiagonalGrid;
    else if (ct.hatch == QLatin1String("dots"))
        s.hatch = HatchPattern::Dots;
    else if (ct.hatch == QLatin1String("vertical"))
        s.hatch = HatchPattern::Vertical;
    if (s.hatch != HatchPattern::None)
        s.hatchColour = ct.colour.darker(170);
    s.label = label;
    return s;
}

void readMowing(Reader &r, const QJsonObject &root, const QColor &defaultLabel, MowingColours &m)
{
    const QString path = QStringLiteral("mowing");
    const QJsonObject mowing = r.colours(root, QString(), path, {}, {"classes", "numbers", "calendar"});
    const QString classesPath = Reader::join(path, QStringLiteral("classes"));
    const QJsonObject classes = r.object(mowing, path, QStringLiteral("classes"));
    const QStringList codes = mowingClassCodes();
    r.onlyKeys(classes, classesPath, QSet<QString>(codes.cbegin(), codes.cend()));
    for (const QString &code : codes)
        m.classes.insert(code, readCareSymbol(r, r.object(classes, classesPath, code), Reader::join(classesPath, code),
                                              defaultLabel));
    r.colours(mowing, path, QStringLiteral("numbers"), {{"text", &m.numberText}, {"halo", &m.numberHalo}});
    r.colours(mowing, path, QStringLiteral("calendar"),
              {{"removal", &m.calendarRemoval},
               {"hours", &m.calendarHours},
               {"capacity", &m.calendarCapacity},
               {"warning", &m.calendarWarning}});
}

QList<QColor> readColourList(Reader &r, const QJsonObject &parent, const QString &path, const QString &key, int least)
{
    const QJsonValue v = parent.value(key);
    const QString full = Reader::join(path, key);
    if (!v.isArray() || v.toArray().size() < least) {
        r.fail(full, SymbologyText::tr("must be a list of at least %1 colours").arg(least));
        return {};
    }
    QList<QColor> colours;
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        colours << r.colour(list.at(i), QStringLiteral("%1[%2]").arg(full).arg(i + 1));
    return colours;
}

void readNature(Reader &r, const QJsonObject &root, NatureColours &n)
{
    const QString path = QStringLiteral("nature");
    const QJsonObject nature = r.object(root, QString(), path);
    r.onlyKeys(nature, path, {"ramp", "ramp_maximum", "networks", "isolated", "link", "suggestion"});
    n.ramp = readColourList(r, nature, path, QStringLiteral("ramp"), 2);
    const QJsonValue maximum = nature.value(QStringLiteral("ramp_maximum"));
    if (!maximum.isDouble() || maximum.toDouble() <= 0)
        r.fail(Reader::join(path, QStringLiteral("ramp_maximum")), SymbologyText::tr("must be a number above 0"));
    n.rampMaximum = maximum.toDouble(20);
    n.networks = readColourList(r, nature, path, QStringLiteral("networks"), 1);
    const QString isolatedPath = Reader::join(path, QStringLiteral("isolated"));
    const QJsonObject isolated = r.object(nature, path, QStringLiteral("isolated"));
    r.onlyKeys(isolated, isolatedPath, {"pattern", "colour"});
    const auto pattern = hatchPatternFromName(isolated.value(QStringLiteral("pattern")).toString());
    if (!pattern || *pattern == HatchPattern::None)
        r.fail(Reader::join(isolatedPath, QStringLiteral("pattern")), SymbologyText::tr("must name a hatch pattern"));
    n.isolatedPattern = pattern.value_or(HatchPattern::DiagonalBack);
    n.isolatedHatch = r.colour(isolated, isolatedPath, QStringLiteral("colour"));
    n.link = r.colour(nature, path, QStringLiteral("link"));
    const QString suggestionPath = Reader::join(path, QStringLiteral("suggestion"));
    const QJsonObject suggestion = r.object(nature, path, QStringLiteral("suggestion"));
    r.onlyKeys(suggestion, suggestionPath, {"outline", "halo"});
    n.suggestion = r.colour(suggestion, suggestionPath, QStringLiteral("outline"));
    n.suggestionHalo = r.colour(suggestion, suggestionPath, QStringLiteral("halo"));
}

struct ActiveState
{
    Symbology symbology;
    QString problem;
};

const ActiveState &activeState()
{
    static const ActiveState state = [] {
        ActiveState s;
        QString path = qEnvironmentVariable("ENGDRIFT_STYLES");
        if (path.isEmpty() && QCoreApplication::instance())
            path = QSettings().value(Symbology::settingsKey()).toString();
        s.symbology = Symbology::builtIn();
        if (path.isEmpty())
            return s;
        auto loaded = Symbology::loadFile(path);
        if (loaded.ok())
            s.symbology = std::move(loaded).value();
        else
            s.problem =
                SymbologyText::tr("%1 Engdrift uses its built-in styles instead.").arg(loaded.errorMessage());
        return s;
    }();
    return state;
}

} // namespace

QString hatchPatternName(HatchPattern pattern)
{
    for (const PatternName &p : kPatterns) {
        if (p.pattern == pattern)
            return QString::fromLatin1(p.name);
    }
    return QStringLiteral("none");
}

std::optional<HatchPattern> hatchPatternFromName(const QString &name)
{
    for (const PatternName &p : kPatterns) {
        if (name == QLatin1String(p.name))
            return p.pattern;
    }
    return std::nullopt;
}

Qt::BrushStyle hatchBrushStyle(HatchPattern pattern)
{
    for (const PatternName &p : kPatterns) {
        if (p.pattern == pattern)
            return p.brush;
    }
    return Qt::NoBrush;
}

QColor NatureColours::rampColour(double unitsPerHa) const
{
    if (ramp.isEmpty())
        return {};
    if (ramp.size() == 1 || !(unitsPerHa > 0))
        return ramp.first();
    const double position = std::min(unitsPerHa / rampMaximum, 1.0) * double(ramp.size() - 1);
    const auto low = static_cast<qsizetype>(std::floor(position));
    if (low >= ramp.size() - 1)
        return ramp.last();
    const double t = position - double(low);
    const QColor a = ramp.at(low), b = ramp.at(low + 1);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t),
                            float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QColor NatureColours::networkColour(int index) const
{
    if (networks.isEmpty())
        return {};
    return networks.at(std::abs(index) % networks.size());
}

QStringList mowingClassCodes()
{
    return {QStringLiteral("lawn"),      QStringLiteral("rough_grass"), QStringLiteral("meadow"),
            QStringLiteral("hay"),       QStringLiteral("mown_path"),   QStringLiteral("safety_edge")};
}

QString symbologyColourName(const QColor &colour)
{
    return colour.alpha() == 255 ? colour.name(QColor::HexRgb)
                                 : colour.name(QColor::HexRgb) +
                                       QStringLiteral("%1").arg(colour.alpha(), 2, 16, QLatin1Char('0'));
}

const Symbology &Symbology::builtIn()
{
    static const Symbology symbology = [] {
        auto result = loadFile(QString::fromLatin1(kBuiltInPath));
        Q_ASSERT_X(result.ok(), "Symbology::builtIn",
                   qPrintable(result.ok() ? QString() : result.errorMessage()));
        return result.ok() ? result.value() : Symbology();
    }();
    return symbology;
}

const Symbology &Symbology::active()
{
    return activeState().symbology;
}

QString Symbology::activeProblem()
{
    return activeState().problem;
}

Result<Symbology> Symbology::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            SymbologyText::tr("Styles file %1 cannot be read: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(),
                    path == QLatin1String(kBuiltInPath) ? QStringLiteral("symbology.json") : path);
}

Result<Symbology> Symbology::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(SymbologyText::tr("Styles file %1 is not valid JSON at byte %2: %3")
                             .arg(sourceName)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(SymbologyText::tr("Styles file %1 must be a JSON object.").arg(sourceName));
    const QJsonObject root = doc.object();
    Reader r(sourceName);
    r.onlyKeys(root, QString(),
               {"format", "format_version", "name", "notes", "care_types", "unknown_care_type", "map",
                "decorations", "charts", "ui", "mowing", "nature"});
    if (r.text(root, QString(), QStringLiteral("format")) != QLatin1String("engdrift-symbology") &&
        !r.failed())
        r.fail(QStringLiteral("format"), SymbologyText::tr("must be \"engdrift-symbology\""));
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (!r.failed() &&
        (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt()))
        r.fail(QStringLiteral("format_version"), SymbologyText::tr("must be a whole number from 1"));
    if (!r.failed() && version.toInt() > 1)
        r.fail(QStringLiteral("format_version"),
               SymbologyText::tr("is %1, newer than this program understands (1)").arg(version.toInt()));
    Symbology s;
    s.m_sourceName = sourceName;
    s.m_name = r.text(root, QString(), QStringLiteral("name"));
    if (r.failed())
        return makeError(r.error());

    // The map first: its label colour is the care types' default.
    const QString mapPath = QStringLiteral("map");
    MapColours &m = s.m_map;
    const QJsonObject map = r.colours(root, QString(), mapPath,
                                      {{"background", &m.background},
                                       {"department_outline", &m.departmentOutline},
                                       {"proposal_outline", &m.proposalOutline}},
                                      {"selection", "labels", "mown_path", "safety_edge"});
    r.colours(map, mapPath, QStringLiteral("selection"),
              {{"outline", &m.selectionOutline}, {"fill", &m.selectionFill}});
    r.colours(map, mapPath, QStringLiteral("labels"), {{"text", &m.labelText}, {"halo", &m.labelHalo}});
    r.colours(map, mapPath, QStringLiteral("mown_path"), {{"fill", &m.pathFill}, {"edge", &m.pathEdge}});
    r.colours(map, mapPath, QStringLiteral("safety_edge"),
              {{"fill", &m.safetyEdgeFill}, {"edge", &m.safetyEdgeLine}});
    if (r.failed())
        return makeError(r.error());

    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    const QJsonObject careTypes = r.object(root, QString(), QStringLiteral("care_types"));
    if (!r.failed() && careTypes.isEmpty())
        r.fail(QStringLiteral("care_types"), SymbologyText::tr("must style at least one care type"));
    for (auto it = careTypes.begin(); it != careTypes.end() && !r.failed(); ++it) {
        const QString path = Reader::join(QStringLiteral("care_types"), it.key());
        if (!codePattern.match(it.key()).hasMatch()) {
            r.fail(path, SymbologyText::tr("is not a care type code (lower-case letters, digits and _)"));
            break;
        }
        if (!it.value().isObject()) {
            r.fail(path, SymbologyText::tr("must be an object"));
            break;
        }
        s.m_careTypes.insert(it.key(), readCareSymbol(r, it.value().toObject(), path, m.labelText));
        s.m_order << it.key();
    }
    s.m_unknown = readCareSymbol(r, r.object(root, QString(), QStringLiteral("unknown_care_type")),
                                 QStringLiteral("unknown_care_type"), m.labelText);

    const QString decorationsPath = QStringLiteral("decorations");
    DecorationColours &d = s.m_decorations;
    const QJsonObject decorations =
        r.colours(root, QString(), decorationsPath, {{"paper", &d.paper}}, {"scale_bar", "north_arrow"});
    r.colours(decorations, decorationsPath, QStringLiteral("scale_bar"),
              {{"dark", &d.scaleBarDark},
               {"light", &d.scaleBarLight},
               {"text", &d.scaleBarText},
               {"halo", &d.scaleBarHalo}});
    r.colours(decorations, decorationsPath, QStringLiteral("north_arrow"),
              {{"fill", &d.northArrowFill}, {"halo", &d.northArrowHalo}, {"text", &d.northArrowText}});

    ChartColours &c = s.m_charts;
    const QJsonObject charts = r.colours(root, QString(), QStringLiteral("charts"),
                                         {{"background", &c.background},
                                          {"text", &c.text},
                                          {"muted_text", &c.mutedText},
                                          {"axis", &c.axis},
                                          {"grid", &c.grid},
                                          {"highlight", &c.highlight},
                                          {"adopted", &c.adopted},
                                          {"total", &c.total},
                                          {"today", &c.today},
                                          {"proposal", &c.proposal}},
                                         {"series"});
    const QJsonValue series = charts.value(QStringLiteral("series"));
    if (!r.failed() && (!series.isArray() || series.toArray().isEmpty()))
        r.fail(QStringLiteral("charts.series"), SymbologyText::tr("must be a list of at least one colour"));
    const QJsonArray list = series.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        c.series << r.colour(list.at(i), QStringLiteral("charts.series[%1]").arg(i + 1));

    UiColours &u = s.m_ui;
    r.colours(root, QString(), QStringLiteral("ui"),
              {{"error_text", &u.errorText},
               {"error_background", &u.errorBackground},
               {"warning_text", &u.warningText},
               {"muted_text", &u.mutedText},
               {"rubber_band", &u.rubberBand},
               {"rubber_band_fill", &u.rubberBandFill},
               {"split_line", &u.splitLine},
               {"path_line", &u.pathLine},
               {"vertex", &u.vertex},
               {"vertex_fill", &u.vertexFill},
               {"snap", &u.snap},
               {"panel_background", &u.panelBackground},
               {"panel_border", &u.panelBorder}});
    if (r.failed())
        return makeError(r.error());
    // Mowing zones: optional, so that a user's copy made before they existed stays valid.
    if (root.contains(QStringLiteral("mowing")))
        readMowing(r, root, m.labelText, s.m_mowing);
    else if (sourceName != QLatin1String("symbology.json")) // the built-in file has them
        s.m_mowing = builtIn().m_mowing;
    else
        r.fail(QStringLiteral("mowing"), SymbologyText::tr("is missing"));
    // The nature value view: optional in the same way.
    if (root.contains(QStringLiteral("nature")))
        readNature(r, root, s.m_nature);
    else if (sourceName != QLatin1String("symbology.json"))
        s.m_nature = builtIn().m_nature;
    else
        r.fail(QStringLiteral("nature"), SymbologyText::tr("is missing"));
    if (r.failed())
        return makeError(r.error());
    return s;
}

const CareSymbol *Symbology::careSymbol(const QString &code) const
{
    const auto it = m_careTypes.constFind(code);
    return it == m_careTypes.cend() ? nullptr : &*it;
}

CareSymbol Symbology::resolve(const QString &code, const Catalogue &catalogue) const
{
    if (const CareSymbol *own = careSymbol(code))
        return *own;
    if (this != &builtIn()) {
        if (const CareSymbol *fallback = builtIn().careSymbol(code)) {
            CareSymbol s = *fallback;
            if (s.label == builtIn().map().labelText)
                s.label = m_map.labelText;
            return s;
        }
    }
    if (const CareType *ct = catalogue.find(code); ct && ct->colour.isValid())
        return catalogueSymbol(*ct, m_map.labelText);
    return m_unknown;
}

} // namespace engdrift
