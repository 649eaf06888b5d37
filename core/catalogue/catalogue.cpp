#include "catalogue/catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace engdrift {

QString clippingsCode(Clippings clippings)
{
    switch (clippings) {
    case Clippings::Left:
        return QStringLiteral("left");
    case Clippings::Collected:
        return QStringLiteral("collected");
    case Clippings::PartlyCollected:
        return QStringLiteral("partly_collected");
    case Clippings::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Clippings> clippingsFromCode(const QString &code)
{
    for (Clippings c : {Clippings::Left, Clippings::Collected, Clippings::PartlyCollected, Clippings::None}) {
        if (code == clippingsCode(c))
            return c;
    }
    return std::nullopt;
}

bool isKnownEquipment(const QString &code)
{
    static const QSet<QString> set{
        QStringLiteral("none"),           QStringLiteral("cylinder_mower"),   QStringLiteral("ride_on_mower"),
        QStringLiteral("flail_mower"),    QStringLiteral("finger_bar_mower"), QStringLiteral("cut_and_collect"),
        QStringLiteral("scythe"),         QStringLiteral("brush_cutter")};
    return set.contains(code);
}

namespace {
struct CatalogueText
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};
} // namespace
namespace {


/// Reads one entry and remembers the first problem, phrased with the entry and the field.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, QString where) : m_object(object), m_where(std::move(where)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &field, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = CatalogueText::tr("%1: field \"%2\" %3").arg(m_where, field, problem);
    }

    QJsonValue value(const QString &path) const
    {
        QJsonValue v = m_object;
        for (const QString &part : path.split(QLatin1Char('.'))) {
            if (!v.isObject())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toObject().value(part);
        }
        return v;
    }

    QString string(const QString &field)
    {
        const QJsonValue v = value(field);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(field, CatalogueText::tr("must be a non-empty text"));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QString &field)
    {
        const QJsonValue v = value(field);
        if (!v.isBool())
            fail(field, CatalogueText::tr("must be true or false"));
        return v.toBool();
    }

    double number(const QString &field, double min, double max, bool optional = false)
    {
        const QJsonValue v = value(field);
        if (optional && (v.isUndefined() || v.isNull()))
            return 0.0;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(field, CatalogueText::tr("must be a number from %1 to %2").arg(min).arg(max));
            return 0.0;
        }
        return v.toDouble();
    }

    LocalizedText localized(const QString &field, bool optional = false)
    {
        const QJsonValue v = value(field);
        if (optional && (v.isUndefined() || v.isNull()))
            return {};
        return LocalizedText{string(field + QStringLiteral(".da")), string(field + QStringLiteral(".en"))};
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

const QSet<QString> &knownHatches()
{
    static const QSet<QString> set{QStringLiteral("none"), QStringLiteral("diagonal"), QStringLiteral("cross"),
                                   QStringLiteral("dots"), QStringLiteral("vertical")};
    return set;
}

std::optional<MowingRegime> readMowing(EntryReader &r)
{
    const QJsonValue v = r.value(QStringLiteral("mowing"));
    if (v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        r.fail(QStringLiteral("mowing"), CatalogueText::tr("must be an object or null"));
        return std::nullopt;
    }
    MowingRegime m;
    m.cutsPerYear = static_cast<int>(r.number(QStringLiteral("mowing.cuts_per_year"), 0, 60));
    const QJsonValue months = r.value(QStringLiteral("mowing.months"));
    QSet<int> seen;
    bool monthsOk = months.isArray();
    for (const QJsonValue &month : months.toArray()) {
        const int mo = month.toInt(0);
        if (!month.isDouble() || mo < 1 || mo > 12 || month.toDouble() != mo || seen.contains(mo))
            monthsOk = false;
        seen.insert(mo);
        m.months << mo;
    }
    if (!monthsOk)
        r.fail(QStringLiteral("mowing.months"), CatalogueText::tr("must be a list of different months 1-12"));
    if (m.cutsPerYear > 0 && m.months.isEmpty())
        r.fail(QStringLiteral("mowing.months"), CatalogueText::tr("must name at least one month when the area is cut"));
    const QJsonValue heights = r.value(QStringLiteral("mowing.cut_height_cm"));
    const QJsonArray h = heights.toArray();
    bool heightsOk = heights.isArray() && h.size() <= 2 && (m.cutsPerYear == 0 || !h.isEmpty());
    for (const QJsonValue &x : h)
        heightsOk = heightsOk && x.isDouble() && x.toDouble() > 0 && x.toDouble() < 100;
    if (!heightsOk)
        r.fail(QStringLiteral("mowing.cut_height_cm"), CatalogueText::tr("must be one or two heights in cm (from, to)"));
    if (!h.isEmpty()) {
        m.cutHeightMinCm = h.first().toDouble();
        m.cutHeightMaxCm = h.last().toDouble();
        if (m.cutHeightMaxCm < m.cutHeightMinCm)
            r.fail(QStringLiteral("mowing.cut_height_cm"), CatalogueText::tr("must list the lower height first"));
    }
    const QJsonValue maxHeight = r.value(QStringLiteral("mowing.max_height_cm"));
    if (!maxHeight.isNull() && !maxHeight.isUndefined()) {
        m.maxHeightCm = r.number(QStringLiteral("mowing.max_height_cm"), 0.1, 500);
        if (*m.maxHeightCm < m.cutHeightMaxCm)
            r.fail(QStringLiteral("mowing.max_height_cm"), CatalogueText::tr("must not be lower than the cut height"));
    }
    const auto clippings = clippingsFromCode(r.value(QStringLiteral("mowing.clippings")).toString());
    if (!clippings)
        r.fail(QStringLiteral("mowing.clippings"), CatalogueText::tr("must be left, collected, partly_collected or none"));
    else
        m.clippings = *clippings;
    m.equipment = r.string(QStringLiteral("mowing.equipment"));
    if (!r.failed() && !isKnownEquipment(m.equipment))
        r.fail(QStringLiteral("mowing.equipment"), CatalogueText::tr("names unknown equipment \"%1\"").arg(m.equipment));
    const QJsonValue removal = r.value(QStringLiteral("mowing.removal_days"));
    if (!removal.isUndefined() && !removal.isNull()) {
        const QJsonArray days = removal.toArray();
        const bool daysOk = removal.isArray() && days.size() == 2 && days.at(0).isDouble() && days.at(1).isDouble() &&
                            days.at(0).toInt(-1) >= 0 && days.at(1).toInt(-1) >= days.at(0).toInt(-1) &&
                            days.at(1).toInt(-1) <= 120;
        if (!daysOk)
            r.fail(QStringLiteral("mowing.removal_days"),
                   CatalogueText::tr("must be two whole numbers of days 0-120, the earliest first"));
        else if (m.clippings != Clippings::Collected && m.clippings != Clippings::PartlyCollected)
            r.fail(QStringLiteral("mowing.removal_days"), CatalogueText::tr("needs clippings that are collected"));
        else {
            m.removalDaysMin = days.at(0).toInt();
            m.removalDaysMax = days.at(1).toInt();
        }
    }
    m.note = r.localized(QStringLiteral("mowing.note"), true);
    return m;
}

void readWorkload(EntryReader &r, CareType &ct)
{
    if (!r.value(QStringLiteral("workload")).isObject())
        r.fail(QStringLiteral("workload"), CatalogueText::tr("must be an object"));
    auto figure = [&r](const QString &field, double max) -> std::optional<double> {
        const QJsonValue v = r.value(field);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return r.number(field, 0, max);
    };
    ct.workload.hoursPerHaPerCut = figure(QStringLiteral("workload.hours_per_ha_per_cut"), 1000);
    ct.workload.fuelLitresPerHaPerCut = figure(QStringLiteral("workload.fuel_l_per_ha_per_cut"), 1000);
    ct.workload.trimFactor = figure(QStringLiteral("workload.trim_factor"), 10);
    ct.workload.hoursPerHaPerYear = figure(QStringLiteral("workload.hours_per_ha_per_year"), 100000);
    if (ct.mowing && ct.mowing->cutsPerYear > 0 && ct.workload.hoursPerHaPerCut && *ct.workload.hoursPerHaPerCut <= 0)
        r.fail(QStringLiteral("workload.hours_per_ha_per_cut"), CatalogueText::tr("must be above 0 for an area that is cut"));
}

/// "path_care": the regime and workload of mown paths and safety edges (optional).
Result<QList<CareType>> readPathCare(const QJsonObject &root, const QString &sourceName)
{
    QList<CareType> list;
    const QJsonValue section = root.value(QStringLiteral("path_care"));
    if (section.isUndefined() || section.isNull())
        return list;
    if (!section.isObject())
        return makeError(CatalogueText::tr("Catalogue %1: field \"path_care\" must be an object").arg(sourceName));
    for (const char *kind : {"mown_path", "safety_edge"}) {
        const QString code = QString::fromLatin1(kind);
        const QJsonValue entry = section.toObject().value(code);
        if (entry.isUndefined())
            continue;
        EntryReader r(entry.toObject(), CatalogueText::tr("Catalogue %1, path care \"%2\"").arg(sourceName, code));
        CareType ct;
        ct.code = code;
        ct.name = r.localized(QStringLiteral("name"));
        ct.mowing = readMowing(r);
        if (!r.failed() && (!ct.mowing || ct.mowing->cutsPerYear <= 0))
            r.fail(QStringLiteral("mowing"), CatalogueText::tr("must be a regime that cuts at least once a year"));
        readWorkload(r, ct);
        if (r.failed())
            return makeError(r.error());
        list << ct;
    }
    return list;
}

} // namespace

const Catalogue &Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        auto result = loadFile(QStringLiteral(":/engdrift/catalogue/naturvenlige-udearealer.json"));
        Q_ASSERT_X(result.ok(), "Catalogue::builtIn", qPrintable(result.ok() ? QString() : result.errorMessage()));
        return result.ok() ? result.value() : Catalogue();
    }();
    return catalogue;
}

Result<Catalogue> Catalogue::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(CatalogueText::tr("Cannot read the catalogue %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

Result<Catalogue> Catalogue::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(CatalogueText::tr("Catalogue %1 is not valid JSON at byte %2: %3")
                             .arg(sourceName)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(CatalogueText::tr("Catalogue %1 must be a JSON object.").arg(sourceName));
    const QJsonObject root = doc.object();

    EntryReader top(root, CatalogueText::tr("Catalogue %1").arg(sourceName));
    if (top.string(QStringLiteral("format")) != QLatin1String("engdrift-catalogue") && !top.failed())
        top.fail(QStringLiteral("format"), CatalogueText::tr("must be \"engdrift-catalogue\""));
    const int version = static_cast<int>(top.number(QStringLiteral("format_version"), 1, 1000));
    if (!top.failed() && version > 1)
        top.fail(QStringLiteral("format_version"),
                 CatalogueText::tr("is %1, newer than this program understands (1)").arg(version));
    Catalogue cat;
    cat.m_id = top.string(QStringLiteral("id"));
    cat.m_name = top.localized(QStringLiteral("name"));
    if (top.failed())
        return makeError(top.error());

    QSet<QString> groupCodes;
    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        EntryReader r(groups.at(i).toObject(), CatalogueText::tr("Catalogue %1, group %2").arg(sourceName).arg(i + 1));
        CareTypeGroup g{r.string(QStringLiteral("code")), r.localized(QStringLiteral("name"))};
        if (!r.failed() && groupCodes.contains(g.code))
            r.fail(QStringLiteral("code"), CatalogueText::tr("repeats the group \"%1\"").arg(g.code));
        if (r.failed())
            return makeError(r.error());
        groupCodes.insert(g.code);
        cat.m_groups << g;
    }
    if (cat.m_groups.isEmpty())
        return makeError(CatalogueText::tr("Catalogue %1: field \"groups\" must list at least one group").arg(sourceName));

    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    const QJsonArray types = root.value(QStringLiteral("care_types")).toArray();
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QJsonObject object = types.at(i).toObject();
        const QString label = object.value(QStringLiteral("code")).toString();
        EntryReader r(object, label.isEmpty()
                                  ? CatalogueText::tr("Catalogue %1, care type %2").arg(sourceName).arg(i + 1)
                                  : CatalogueText::tr("Catalogue %1, care type \"%2\" (entry %3)").arg(sourceName, label).arg(i + 1));
        if (!types.at(i).isObject()) {
            r.fail(QString(), CatalogueText::tr("must be an object"));
            return makeError(r.error());
        }
        CareType ct;
        ct.code = r.string(QStringLiteral("code"));
        if (!r.failed() && !codePattern.match(ct.code).hasMatch())
            r.fail(QStringLiteral("code"), CatalogueText::tr("must be lower-case letters, digits and _ (at most 40)"));
        if (!r.failed() && cat.m_byCode.contains(ct.code))
            r.fail(QStringLiteral("code"), CatalogueText::tr("repeats the care type \"%1\"").arg(ct.code));
        ct.name = r.localized(QStringLiteral("name"));
        ct.group = r.string(QStringLiteral("group"));
        if (!r.failed() && !groupCodes.contains(ct.group))
            r.fail(QStringLiteral("group"), CatalogueText::tr("names the unknown group \"%1\"").arg(ct.group));
        ct.natureFriendly = r.boolean(QStringLiteral("nature_friendly"));
        ct.green = r.boolean(QStringLiteral("green"));
        ct.fkgCode = static_cast<int>(r.number(QStringLiteral("fkg.code"), 100000, 999999));
        ct.fkgLabel = r.string(QStringLiteral("fkg.label"));
        const QJsonValue imports = r.value(QStringLiteral("fkg.import"));
        if (!imports.isArray())
            r.fail(QStringLiteral("fkg.import"), CatalogueText::tr("must be a list of FKG codes"));
        for (const QJsonValue &code : imports.toArray()) {
            const int c = code.toInt(-1);
            if (c < 100000 || c > 999999) {
                r.fail(QStringLiteral("fkg.import"), CatalogueText::tr("must hold six-digit FKG codes"));
            } else if (cat.m_byFkg.contains(c)) {
                // The index may be this care type's own (not in m_careTypes yet): a code listed twice.
                const qsizetype owner = cat.m_byFkg.value(c);
                if (owner >= cat.m_careTypes.size())
                    r.fail(QStringLiteral("fkg.import"), CatalogueText::tr("lists FKG code %1 twice").arg(c));
                else
                    r.fail(QStringLiteral("fkg.import"),
                           CatalogueText::tr("lists FKG code %1, which already imports as \"%2\"")
                               .arg(c)
                               .arg(cat.m_careTypes.at(owner).code));
            } else {
                ct.fkgImport << c;
                cat.m_byFkg.insert(c, cat.m_careTypes.size());
            }
        }
        ct.mowing = readMowing(r);
        readWorkload(r, ct);
        const double distinctiveness = r.number(QStringLiteral("biodiversity.distinctiveness"), 0, 8);
        ct.distinctiveness = static_cast<int>(distinctiveness);
        if (!r.failed() && (distinctiveness != ct.distinctiveness || ct.distinctiveness % 2 != 0))
            r.fail(QStringLiteral("biodiversity.distinctiveness"), CatalogueText::tr("must be 0, 2, 4, 6 or 8"));
        ct.biofaktor = r.number(QStringLiteral("biodiversity.biofaktor"), 0, 2);
        if (!r.value(QStringLiteral("biodiversity.condition")).isUndefined()) {
            const auto condition = conditionFromCode(r.string(QStringLiteral("biodiversity.condition")));
            if (!r.failed() && !condition)
                r.fail(QStringLiteral("biodiversity.condition"),
                       CatalogueText::tr("must be good, fairly_good, moderate, fairly_poor or poor"));
            ct.defaultCondition = condition.value_or(HabitatCondition::Moderate);
        }
        // The look of a care type lives in styles/ (style/symbology.h). Older projects' catalogues
        // and custom ones may still carry their own, the fallback for codes styles/ does not know.
        if (!r.value(QStringLiteral("style")).isUndefined()) {
            const QString colour = r.string(QStringLiteral("style.colour"));
            static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
            if (!r.failed() && !colourPattern.match(colour).hasMatch())
                r.fail(QStringLiteral("style.colour"), CatalogueText::tr("must be a colour written #RRGGBB"));
            ct.colour = QColor(colour);
            ct.hatch = r.string(QStringLiteral("style.hatch"));
            if (!r.failed() && !knownHatches().contains(ct.hatch))
                r.fail(QStringLiteral("style.hatch"), CatalogueText::tr("must be none, diagonal, cross, dots or vertical"));
        }
        if (r.failed())
            return makeError(r.error());
        cat.m_byCode.insert(ct.code, cat.m_careTypes.size());
        cat.m_careTypes << ct;
    }
    if (cat.m_careTypes.isEmpty())
        return makeError(CatalogueText::tr("Catalogue %1: field \"care_types\" must list at least one care type").arg(sourceName));
    if (!cat.m_byCode.contains(unknownCode()))
        return makeError(CatalogueText::tr("Catalogue %1: field \"care_types\" must include the care type \"%2\" for areas of unknown care")
                             .arg(sourceName, unknownCode()));
    auto pathCare = readPathCare(root, sourceName);
    if (!pathCare.ok())
        return pathCare.error();
    cat.m_pathCare = std::move(pathCare).value();
    cat.m_json = json;
    return cat;
}

const CareType *Catalogue::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_careTypes.at(*it);
}

QString Catalogue::title(const QString &language) const
{
    const QString text = m_name.text(language);
    return text.isEmpty() ? m_id : text;
}

QString Catalogue::careTypeName(const QString &code, const QString &language) const
{
    const CareType *type = find(code);
    const QString text = type ? type->name.text(language) : QString();
    return text.isEmpty() ? code : text;
}

const CareType *Catalogue::pathCare(const QString &kindCode) const
{
    for (const CareType &ct : m_pathCare) {
        if (ct.code == kindCode)
            return &ct;
    }
    const Catalogue &fallback = builtIn();
    return &fallback == this ? nullptr : fallback.pathCare(kindCode);
}

const CareType *Catalogue::forFkgCode(int fkgCode) const
{
    const auto it = m_byFkg.constFind(fkgCode);
    return it == m_byFkg.cend() ? nullptr : &m_careTypes.at(*it);
}

} // namespace engdrift
