#include "analysis/mowing_assumptions.h"

#include "store/project_store.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace engdrift {
namespace {

struct AssumptionText
{
    Q_DECLARE_TR_FUNCTIONS(MowingAssumptions)
};

const QString kSettingKey = QStringLiteral("mowing_assumptions");

/// A general figure: its key, where it lives, its unit, its range and what it is.
struct General
{
    const char *key;
    double MowingAssumptions::*member;
    const char *unit;
    double min;
    double max;
};

const General kGeneral[] = {
    {"machine_hours_per_ha_per_cut", &MowingAssumptions::machineHoursPerHaPerCut, "h/ha/cut", 0.01, 1000},
    {"fuel_l_per_ha_per_cut", &MowingAssumptions::fuelLitresPerHaPerCut, "l/ha/cut", 0, 1000},
    {"trim_factor", &MowingAssumptions::trimFactor, "", 0, 10},
    {"cut_and_collect_m2_per_hour", &MowingAssumptions::cutAndCollectM2PerHour, "m2/h", 1, 1e6},
    {"scythe_m2_per_hour", &MowingAssumptions::scytheM2PerHour, "m2/h", 1, 1e6},
    {"kg_co2_per_litre", &MowingAssumptions::kgCo2PerLitre, "kg/l", 0, 100},
    {"dkk_per_hour", &MowingAssumptions::dkkPerHour, "DKK/h", 0, 1e6},
    {"dkk_per_m2", &MowingAssumptions::dkkPerM2, "DKK/m2/year", 0, 1e4},
    {"crew_hours_per_week", &MowingAssumptions::crewHoursPerWeek, "h/week", 0.1, 10000},
};

QString describeGeneral(const QString &key)
{
    if (key == QLatin1String("machine_hours_per_ha_per_cut"))
        return AssumptionText::tr("machine hours per hectare per cut (where a care type has no figure of its own)");
    if (key == QLatin1String("fuel_l_per_ha_per_cut"))
        return AssumptionText::tr("litres of fuel per hectare per cut (where a care type has no figure of its own)");
    if (key == QLatin1String("trim_factor"))
        return AssumptionText::tr("trimming adds this share of the mowing hours (where a care type has no figure of its own)");
    if (key == QLatin1String("cut_and_collect_m2_per_hour"))
        return AssumptionText::tr("m² cut and collected per hour (hay and meadows)");
    if (key == QLatin1String("scythe_m2_per_hour"))
        return AssumptionText::tr("m² cut by scythe per hour");
    if (key == QLatin1String("kg_co2_per_litre"))
        return AssumptionText::tr("kg CO2 per litre of fuel");
    if (key == QLatin1String("dkk_per_hour"))
        return AssumptionText::tr("cost per hour (DKK)");
    if (key == QLatin1String("dkk_per_m2"))
        return AssumptionText::tr("cost per m² mown per year (DKK), besides the hours");
    return AssumptionText::tr("hours a week the crew can work");
}

/// A care type's figure: its key after the care type's code, where it lives, its unit, its range.
struct Figure
{
    const char *key;
    std::optional<double> Workload::*catalogue;
    std::optional<double> MowingAssumptions::CareOverride::*project;
    double CareFigures::*effective;
    const char *unit;
    double max;
};

const Figure kFigures[] = {
    {"hours_per_ha_per_cut", &Workload::hoursPerHaPerCut, &MowingAssumptions::CareOverride::hoursPerHaPerCut,
     &CareFigures::hoursPerHaPerCut, "h/ha/cut", 1000},
    {"fuel_l_per_ha_per_cut", &Workload::fuelLitresPerHaPerCut, &MowingAssumptions::CareOverride::fuelLitresPerHaPerCut,
     &CareFigures::fuelLitresPerHaPerCut, "l/ha/cut", 1000},
    {"trim_factor", &Workload::trimFactor, &MowingAssumptions::CareOverride::trimFactor, &CareFigures::trimFactor, "", 10},
    {"hours_per_ha_per_year", &Workload::hoursPerHaPerYear, &MowingAssumptions::CareOverride::hoursPerHaPerYear,
     &CareFigures::hoursPerHaPerYear, "h/ha/year", 100000},
};

/// Whether a figure means anything for a care type (hours per cut for grass that is cut, ...).
bool figureApplies(const CareType &type, const QString &key)
{
    const bool cut = type.mowing && type.mowing->cutsPerYear > 0;
    if (key == QLatin1String("hours_per_ha_per_year"))
        return !type.mowing && type.workload.hoursPerHaPerYear.value_or(0) > 0;
    if (key == QLatin1String("trim_factor") || key == QLatin1String("hours_per_ha_per_cut"))
        return cut && mowingMethod(*type.mowing) == MowingMethod::Machine;
    return cut && mowingMethod(*type.mowing) != MowingMethod::Scythe;
}

const CareType *careOrPath(const Catalogue &catalogue, const QString &code)
{
    const CareType *type = catalogue.find(code);
    return type ? type : catalogue.pathCare(code);
}

Result<double> parseNumber(const QString &key, const QString &text, double min, double max)
{
    bool ok = false;
    double value = text.trimmed().toDouble(&ok);
    if (!ok)
        value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return makeError(AssumptionText::tr("The assumption %1 must be a number from %2 to %3 (got \"%4\").")
                             .arg(key)
                             .arg(min)
                             .arg(max)
                             .arg(text));
    return value;
}

} // namespace

MowingMethod mowingMethod(const MowingRegime &regime)
{
    if (regime.cutsPerYear <= 0 || regime.equipment == QLatin1String("none"))
        return MowingMethod::None;
    if (regime.equipment == QLatin1String("cut_and_collect") || regime.equipment == QLatin1String("finger_bar_mower"))
        return MowingMethod::CutAndCollect;
    if (regime.equipment == QLatin1String("scythe"))
        return MowingMethod::Scythe;
    return MowingMethod::Machine;
}

CareFigures MowingAssumptions::figures(const CareType &type) const
{
    CareFigures f;
    f.hoursPerHaPerCut = machineHoursPerHaPerCut;
    f.fuelLitresPerHaPerCut = fuelLitresPerHaPerCut;
    f.trimFactor = trimFactor;
    f.hoursPerHaPerYear = 0;
    const CareOverride own = careOverrides.value(type.code);
    for (const Figure &figure : kFigures) {
        if (const auto &p = own.*(figure.project))
            f.*(figure.effective) = *p;
        else if (const auto &c = type.workload.*(figure.catalogue))
            f.*(figure.effective) = *c;
    }
    return f;
}

Result<void> MowingAssumptions::set(const QString &key, const QString &value, const Catalogue &catalogue)
{
    for (const General &g : kGeneral) {
        if (key == QLatin1String(g.key)) {
            auto number = parseNumber(key, value, g.min, g.max);
            if (!number.ok())
                return number.error();
            this->*(g.member) = *number;
            return {};
        }
    }
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    const QString code = key.left(dot);
    const QString figureKey = dot < 0 ? QString() : key.mid(dot + 1);
    const CareType *type = dot < 0 ? nullptr : careOrPath(catalogue, code);
    if (!type)
        return makeError(AssumptionText::tr("There is no assumption %1: use a general one (%2) or CARE_TYPE.FIGURE "
                                            "(e.g. brugsplaene.hours_per_ha_per_cut).")
                             .arg(key, QStringLiteral("machine_hours_per_ha_per_cut, dkk_per_hour, ...")));
    for (const Figure &figure : kFigures) {
        if (figureKey == QLatin1String(figure.key)) {
            if (value.trimmed().isEmpty() || value.trimmed() == QLatin1String("default")) {
                careOverrides[code].*(figure.project) = std::nullopt;
                return {};
            }
            auto number = parseNumber(key, value, 0, figure.max);
            if (!number.ok())
                return number.error();
            careOverrides[code].*(figure.project) = *number;
            return {};
        }
    }
    return makeError(AssumptionText::tr("There is no assumption %1: a care type's figures are hours_per_ha_per_cut, "
                                        "fuel_l_per_ha_per_cut, trim_factor and hours_per_ha_per_year.")
                         .arg(key));
}

QList<AssumptionRow> MowingAssumptions::usedRows(const Catalogue &catalogue, const QList<QString> &careCodes) const
{
    const MowingAssumptions defaults;
    QList<AssumptionRow> rows;
    for (const General &g : kGeneral) {
        const QString key = QString::fromLatin1(g.key);
        rows << AssumptionRow{key, this->*(g.member), QString::fromLatin1(g.unit),
                              this->*(g.member) == defaults.*(g.member) ? QStringLiteral("default") : QStringLiteral("project"),
                              describeGeneral(key)};
    }
    for (const QString &code : careCodes) {
        const CareType *type = careOrPath(catalogue, code);
        if (!type)
            continue;
        const CareOverride own = careOverrides.value(code);
        const CareFigures effective = figures(*type);
        for (const Figure &figure : kFigures) {
            const QString key = QString::fromLatin1(figure.key);
            if (!figureApplies(*type, key))
                continue;
            const QString source = (own.*(figure.project)) ? QStringLiteral("project")
                                   : (type->workload.*(figure.catalogue)) ? QStringLiteral("catalogue")
                                                                          : QStringLiteral("default");
            rows << AssumptionRow{code + QLatin1Char('.') + key, effective.*(figure.effective),
                                  QString::fromLatin1(figure.unit), source,
                                  AssumptionText::tr("%1: %2").arg(type->name.text(currentLanguage()), key)};
        }
    }
    return rows;
}

QList<AssumptionRow> MowingAssumptions::rows(const Catalogue &catalogue) const
{
    QList<QString> codes;
    for (const CareType &type : catalogue.careTypes())
        codes << type.code;
    for (const char *kind : {"mown_path", "safety_edge"})
        codes << QString::fromLatin1(kind);
    return usedRows(catalogue, codes);
}

QJsonObject MowingAssumptions::toJson() const
{
    QJsonObject json;
    for (const General &g : kGeneral)
        json.insert(QString::fromLatin1(g.key), this->*(g.member));
    QJsonObject care;
    for (auto it = careOverrides.cbegin(); it != careOverrides.cend(); ++it) {
        QJsonObject figures;
        for (const Figure &figure : kFigures) {
            if (const auto &v = it.value().*(figure.project))
                figures.insert(QString::fromLatin1(figure.key), *v);
        }
        if (!figures.isEmpty())
            care.insert(it.key(), figures);
    }
    if (!care.isEmpty())
        json.insert(QStringLiteral("care_types"), care);
    return json;
}

Result<MowingAssumptions> MowingAssumptions::fromJson(const QJsonObject &json, const QString &where)
{
    MowingAssumptions a;
    auto bad = [&](const QString &key) {
        return makeError(AssumptionText::tr("%1: the mowing assumption %2 is not a number in its range.").arg(where, key));
    };
    for (const General &g : kGeneral) {
        const QJsonValue v = json.value(QString::fromLatin1(g.key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() < g.min || v.toDouble() > g.max)
            return bad(QString::fromLatin1(g.key));
        a.*(g.member) = v.toDouble();
    }
    const QJsonObject care = json.value(QStringLiteral("care_types")).toObject();
    for (auto it = care.constBegin(); it != care.constEnd(); ++it) {
        const QJsonObject figures = it.value().toObject();
        for (const Figure &figure : kFigures) {
            const QJsonValue v = figures.value(QString::fromLatin1(figure.key));
            if (v.isUndefined())
                continue;
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > figure.max)
                return bad(it.key() + QLatin1Char('.') + QString::fromLatin1(figure.key));
            a.careOverrides[it.key()].*(figure.project) = v.toDouble();
        }
    }
    return a;
}

bool MowingAssumptions::operator==(const MowingAssumptions &other) const
{
    return toJson() == other.toJson();
}

Result<MowingAssumptions> readMowingAssumptions(const ProjectStore &store)
{
    auto text = store.setting(kSettingKey);
    if (!text.ok())
        return text.error();
    if (!text->has_value())
        return MowingAssumptions();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson((**text).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(AssumptionText::tr("%1: the stored mowing assumptions are damaged (not a JSON object).")
                             .arg(store.path()));
    return MowingAssumptions::fromJson(doc.object(), store.path());
}

Result<void> saveMowingAssumptions(ProjectStore &store, const MowingAssumptions &assumptions)
{
    return store.saveSetting(kSettingKey,
                             QString::fromUtf8(QJsonDocument(assumptions.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace engdrift
