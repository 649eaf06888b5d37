#include "analysis/mowing_export.h"

#include "crs/coordinate_transform.h"
#include "store/project_store.h"
#include "util/atomic_file.h"
#include "util/csv.h"
#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QUuid>
#include <QVariant>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <iterator>
#include <memory>
#include <vector>

namespace engdrift {
namespace {

struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(MowingPlan)
};

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QLatin1Char(' '));
}

QString range(double from, double to)
{
    if (from == 0 && to == 0)
        return {};
    return from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to);
}

struct Field
{
    const char *name;
    OGRFieldType type;
};

const Field kFields[] = {
    {"zone", OFTInteger},          {"name", OFTString},          {"regime", OFTString},
    {"regime_code", OFTString},    {"path", OFTInteger},         {"area_m2", OFTReal},
    {"cuts_per_year", OFTInteger}, {"months", OFTString},        {"cut_weeks", OFTString},
    {"cut_height_cm", OFTString},  {"clippings", OFTString},     {"removal_days", OFTString},
    {"equipment", OFTString},      {"hours_per_year", OFTReal},  {"fuel_l_per_year", OFTReal},
    {"co2_kg_per_year", OFTReal},  {"cost_dkk_per_year", OFTReal}, {"overridden", OFTInteger}};

/// A zone's cells, in the order of kFields.
QVariantList zoneCells(const MowingPlan &plan, qsizetype i)
{
    const MowingZone &z = plan.zones.zones.at(i);
    const WorkloadFigures &w = plan.zoneFigures.at(i);
    QList<int> weeks;
    for (const CalendarWeek &week : plan.calendar.weeks) {
        for (const CalendarEntry &e : week.entries) {
            if (e.zoneNumber == z.number && !e.removal)
                weeks << week.week;
        }
    }
    return {z.number,
            z.name,
            z.regimeName,
            z.careType,
            z.isPath ? 1 : 0,
            z.areaM2,
            z.regime.cutsPerYear,
            joined(z.regime.months),
            joined(weeks),
            range(z.regime.cutHeightMinCm, z.regime.cutHeightMaxCm),
            clippingsCode(z.regime.clippings),
            range(z.regime.removalDaysMin, z.regime.removalDaysMax),
            z.regime.equipment,
            w.hours,
            w.fuelLitres,
            w.co2Kg,
            w.costDkk,
            z.overridden ? 1 : 0};
}

QString csvCell(const QVariant &cell)
{
    return cell.typeId() == QMetaType::Double ? QString::number(cell.toDouble(), 'f', 2) : csvEscape(cell.toString());
}

Result<void> writeCsv(const MowingPlan &plan, const QString &path)
{
    return writeFileAtomically(path, [&](QIODevice &device, QString &) {
        QTextStream out(&device);
        out.setEncoding(QStringConverter::Utf8);
        QStringList header;
        for (const Field &f : kFields)
            header << QString::fromLatin1(f.name);
        out << header.join(QLatin1Char(',')) << '\n';
        for (qsizetype i = 0; i < plan.zones.zones.size(); ++i) {
            QStringList cells;
            for (const QVariant &cell : zoneCells(plan, i))
                cells << csvCell(cell);
            out << cells.join(QLatin1Char(',')) << '\n';
        }
        out << '\n' << "assumption,value,unit,source,description\n";
        for (const AssumptionRow &a : plan.assumptions)
            out << csvEscape(a.key) << ',' << QString::number(a.value, 'g', 10) << ',' << csvEscape(a.unit) << ','
                << a.source << ',' << csvEscape(a.description) << '\n';
        out.flush();
        return out.status() == QTextStream::Ok;
    });
}

/// Moves every point of `g` through `transform`.
bool reproject(OGRGeometry *g, const CoordinateTransform &transform)
{
    if (auto *collection = dynamic_cast<OGRGeometryCollection *>(g)) {
        for (int i = 0; i < collection->getNumGeometries(); ++i) {
            if (!reproject(collection->getGeometryRef(i), transform))
                return false;
        }
        return true;
    }
    if (auto *polygon = dynamic_cast<OGRPolygon *>(g)) {
        for (auto *ring : *polygon) {
            if (!reproject(ring, transform))
                return false;
        }
        return true;
    }
    if (auto *curve = dynamic_cast<OGRSimpleCurve *>(g)) {
        const int n = curve->getNumPoints();
        std::vector<double> x(n), y(n);
        curve->getPoints(x.data(), sizeof(double), y.data(), sizeof(double));
        if (transform.transform(x.data(), y.data(), n) != 0)
            return false;
        curve->setPoints(n, x.data(), y.data());
        return true;
    }
    return false;
}

Result<void> writeGdal(const MowingPlan &plan, const QString &path, MowingPlanFormat format)
{
    initGdal();
    GdalErrorScope errors;
    const bool json = format == MowingPlanFormat::GeoJson;
    const QByteArray memPath = "/vsimem/engdrift-mowing-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) +
                               (json ? ".geojson" : ".gpkg");
    auto failed = [&](const QString &why) {
        VSIUnlink(memPath.constData());
        return makeError(PlanText::tr("%1 cannot be written: %2").arg(path, why), errors.detailText());
    };
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(json ? "GeoJSON" : "GPKG");
    if (!driver)
        return failed(PlanText::tr("GDAL has no %1 driver.").arg(json ? QStringLiteral("GeoJSON") : QStringLiteral("GeoPackage")));
    std::optional<CoordinateTransform> toWgs84;
    Crs target = plan.crs;
    if (json) {
        auto wgs84 = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
        if (!wgs84.ok())
            return failed(wgs84.errorMessage());
        target = *wgs84;
        auto transform = CoordinateTransform::create(plan.crs, target);
        if (!transform.ok())
            return failed(transform.errorMessage());
        toWgs84.emplace(std::move(transform).value());
    }
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const QString input = target.authId().isEmpty() ? target.wkt() : target.authId();
    if (srs.SetFromUserInput(input.toUtf8().constData()) != OGRERR_NONE)
        return failed(PlanText::tr("GDAL cannot use the coordinate reference system %1.").arg(target.displayName()));
    QStringList about;
    for (const AssumptionRow &a : plan.assumptions)
        about << QStringLiteral("%1 = %2 %3 (%4)").arg(a.key, QString::number(a.value, 'g', 10), a.unit, a.source);
    const QByteArray description =
        (PlanText::tr("Mowing zones of department %1, season %2; estimates from these assumptions: %3")
             .arg(plan.department.toString())
             .arg(plan.season)
             .arg(about.join(QStringLiteral("; "))))
            .toUtf8();
    {
        std::unique_ptr<GDALDataset> ds(driver->Create(memPath.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return failed(errors.failureText());
        const QByteArray descriptionOption = "DESCRIPTION=" + description;
        const char *options[] = {json ? descriptionOption.constData() : "GEOMETRY_NAME=geom", nullptr};
        OGRLayer *layer = ds->CreateLayer("mowing_zones", &srs, wkbMultiPolygon, const_cast<char **>(options));
        if (!layer)
            return failed(errors.failureText());
        for (const Field &f : kFields) {
            OGRFieldDefn field(f.name, f.type);
            if (layer->CreateField(&field) != OGRERR_NONE)
                return failed(errors.failureText());
        }
        for (qsizetype i = 0; i < plan.zones.zones.size(); ++i) {
            const QVariantList cells = zoneCells(plan, i);
            std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            for (int c = 0; c < static_cast<int>(std::size(kFields)); ++c) {
                const QVariant &cell = cells.at(c);
                if (kFields[c].type == OFTInteger)
                    f->SetField(c, cell.toInt());
                else if (kFields[c].type == OFTReal)
                    f->SetField(c, cell.toDouble());
                else
                    f->SetField(c, cell.toString().toUtf8().constData());
            }
            const QByteArray &wkb = plan.zones.zones.at(i).wkb;
            OGRGeometry *geometry = nullptr;
            if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry, wkb.size()) != OGRERR_NONE)
                return failed(PlanText::tr("zone %1 has no readable shape.").arg(plan.zones.zones.at(i).number));
            std::unique_ptr<OGRGeometry> owned(geometry);
            if (toWgs84 && !reproject(geometry, *toWgs84))
                return failed(PlanText::tr("zone %1 cannot be converted to EPSG:4326.").arg(plan.zones.zones.at(i).number));
            f->SetGeometryDirectly(owned.release());
            if (layer->CreateFeature(f.get()) != OGRERR_NONE)
                return failed(errors.failureText());
        }
        if (!json) {
            const char *tableOptions[] = {"ASPATIAL_VARIANT=GPKG_ATTRIBUTES", nullptr};
            OGRLayer *table = ds->CreateLayer("mowing_assumptions", nullptr, wkbNone, const_cast<char **>(tableOptions));
            if (!table)
                return failed(errors.failureText());
            for (const char *name : {"assumption", "value", "unit", "source", "description"}) {
                OGRFieldDefn field(name, qstrcmp(name, "value") == 0 ? OFTReal : OFTString);
                table->CreateField(&field);
            }
            for (const AssumptionRow &a : plan.assumptions) {
                std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(table->GetLayerDefn()));
                f->SetField("assumption", a.key.toUtf8().constData());
                f->SetField("value", a.value);
                f->SetField("unit", a.unit.toUtf8().constData());
                f->SetField("source", a.source.toUtf8().constData());
                f->SetField("description", a.description.toUtf8().constData());
                if (table->CreateFeature(f.get()) != OGRERR_NONE)
                    return failed(errors.failureText());
            }
        }
        if (errors.hasFailure())
            return failed(errors.failureText());
    } // closing the dataset writes the file
    {
        std::unique_ptr<GDALDataset> check(GDALDataset::Open(memPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        OGRLayer *layer = check ? check->GetLayerByName("mowing_zones") : nullptr;
        if (!layer || layer->GetFeatureCount() != plan.zones.zones.size())
            return failed(PlanText::tr("the file GDAL wrote cannot be read back whole."));
    }
    vsi_l_offset length = 0;
    GByte *data = VSIGetMemFileBuffer(memPath.constData(), &length, FALSE);
    if (!data)
        return failed(errors.failureText());
    auto result = writeFileAtomically(path, [&](QIODevice &device, QString &) {
        return device.write(reinterpret_cast<const char *>(data), static_cast<qint64>(length)) == static_cast<qint64>(length);
    });
    VSIUnlink(memPath.constData());
    return result;
}

} // namespace

Result<MowingPlan> gatherMowingPlan(const ProjectStore &store, const DepartmentKey &department, const QDate &at, int season,
                                    const MapContent &content)
{
    auto known = store.department(department);
    if (!known.ok())
        return known.error();
    if (!known->has_value())
        return makeError(PlanText::tr("%1: there is no department %2.").arg(store.path(), department.toString()));
    auto assumptions = readMowingAssumptions(store);
    if (!assumptions.ok())
        return assumptions.error();
    MowingPlan plan;
    plan.department = department;
    plan.departmentName = (**known).name;
    plan.at = at;
    plan.season = season;
    plan.crs = store.crs();
    auto zones = mowingZones(MapSnapshot(store, content, at), department, QString(), season);
    if (!zones.ok())
        return zones.error();
    plan.zones = std::move(zones).value();
    QList<QString> codes;
    for (const MowingZone &zone : plan.zones.zones) {
        plan.zoneFigures << zoneWorkload(zone, store.catalogue(), *assumptions);
        plan.total.add(plan.zoneFigures.last());
        if (!codes.contains(zone.careType))
            codes << zone.careType;
    }
    plan.calendar = mowingCalendar(plan.zones, store.catalogue(), *assumptions, season);
    plan.assumptions = assumptions->usedRows(store.catalogue(), codes);
    return plan;
}

Result<MowingPlanFormat> mowingPlanFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return MowingPlanFormat::Csv;
    if (suffix == QLatin1String("gpkg"))
        return MowingPlanFormat::GeoPackage;
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return MowingPlanFormat::GeoJson;
    return makeError(PlanText::tr("%1: a mowing plan can be written as .csv, .gpkg or .geojson, not as \"%2\".")
                         .arg(path, suffix));
}

Result<void> writeMowingPlan(const MowingPlan &plan, const QString &path)
{
    auto format = mowingPlanFormatOf(path);
    if (!format.ok())
        return format.error();
    if (*format == MowingPlanFormat::Csv)
        return writeCsv(plan, path);
    return writeGdal(plan, path, *format);
}

} // namespace engdrift
