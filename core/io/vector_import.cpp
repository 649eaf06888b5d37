#include "io/vector_import.h"

#include "crs/coordinate_transform.h"
#include "geometry/geometry.h"
#include "geometry/geos_context.h"
#include "io/import_prepare_p.h"
#include "io/vector_source.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/gdal_error_scope.h"
#include "util/gdal_no_network.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <thread>

namespace engdrift {
namespace {


int fieldIndex(OGRLayer *layer, const QString &name)
{
    return name.isEmpty() ? -1 : layer->GetLayerDefn()->GetFieldIndex(name.toUtf8().constData());
}

QString fieldList(OGRLayer *layer)
{
    QStringList names;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return names.isEmpty() ? ImportText::tr("(none)") : names.join(QStringLiteral(", "));
}

QString noteText(ImportNote kind)
{
    switch (kind) {
    case ImportNote::NullGeometry:
        return ImportText::tr("skipped: no geometry");
    case ImportNote::EmptyGeometry:
        return ImportText::tr("skipped: empty geometry or no area");
    case ImportNote::NotPolygon:
        return ImportText::tr("skipped: not a polygon (point or line)");
    case ImportNote::Unrepairable:
        return ImportText::tr("skipped: invalid polygon that cannot be repaired");
    case ImportNote::BadDepartment:
        return ImportText::tr("skipped: no valid department number");
    case ImportNote::Repaired:
        return ImportText::tr("imported after repairing an invalid polygon");
    case ImportNote::PartsDropped:
        return ImportText::tr("imported without its point or line parts");
    case ImportNote::CurvesLinearized:
        return ImportText::tr("imported with arcs turned into straight segments");
    case ImportNote::ZmDropped:
        return ImportText::tr("imported without Z/M values");
    case ImportNote::SurfaceFlattened:
        return ImportText::tr("imported with a 3D surface flattened to polygons");
    case ImportNote::ClosedLineAsArea:
        return ImportText::tr("imported from a closed polyline taken as the outline of the area");
    case ImportNote::UnmappedCareType:
        return ImportText::tr("imported with care type \"%1\": value not in the care-type mapping").arg(Catalogue::unknownCode());
    case ImportNote::TextNotUtf8:
        return ImportText::tr("imported with text that is not UTF-8, read as Latin-1");
    case ImportNote::NoStartDate:
        return ImportText::tr("imported from the start date given: the date field is empty or not a date");
    }
    return {};
}

bool isSkip(ImportNote kind)
{
    return kind == ImportNote::NullGeometry || kind == ImportNote::EmptyGeometry || kind == ImportNote::NotPolygon ||
           kind == ImportNote::Unrepairable || kind == ImportNote::BadDepartment;
}

} // namespace

qint64 ImportReport::skipped() const
{
    qint64 n = 0;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        if (isSkip(it.key()))
            n += it->count;
    }
    return n;
}

QStringList ImportReport::describe() const
{
    QStringList lines;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        QString fids = it->sampleFids.join(QStringLiteral(", "));
        if (it->count > it->sampleFids.size())
            fids += QStringLiteral(", …");
        lines << ImportText::tr("%n feature(s) %1 (fid %2)", "", static_cast<int>(it->count)).arg(noteText(it.key()), fids);
    }
    if (!unmappedValues.isEmpty()) {
        QStringList values;
        for (auto it = unmappedValues.cbegin(); it != unmappedValues.cend() && values.size() < 10; ++it)
            values << QStringLiteral("\"%1\" (%2)").arg(it.key()).arg(it.value());
        lines << ImportText::tr("care-type values not in the mapping: %1").arg(values.join(QStringLiteral(", ")));
    }
    for (const DepartmentKey &key : departmentsCreated)
        lines << ImportText::tr("new department %1 created").arg(key.toString());
    return lines;
}

Result<ImportReport> importVectorFile(ProjectStore &store, const ImportOptions &options, const ImportProgress &progress)
{
    const Catalogue &catalogue = store.catalogue();
    // --- check the options before touching anything
    const bool fieldsForDepartment = !options.orgField.isEmpty() || !options.deptField.isEmpty();
    if (options.department && fieldsForDepartment)
        return makeError(ImportText::tr("Give the department either as numbers or as fields, not both."));
    if (!options.department && (options.orgField.isEmpty() || options.deptField.isEmpty()))
        return makeError(ImportText::tr("Say which department the areas belong to: an organisation and department number, "
                            "or the two fields that hold them."));
    if (options.department && !options.department->isValid())
        return makeError(ImportText::tr("%1 is not a department number (organisation number above 0, department 000-999).")
                             .arg(options.department->toString()));
    if (!options.careType.isEmpty() && !options.careField.isEmpty())
        return makeError(ImportText::tr("Give either one care type for all areas or a care-type field, not both."));
    if (!options.careType.isEmpty() && !catalogue.find(options.careType))
        return makeError(ImportText::tr("\"%1\" is not a care type of the catalogue %2.").arg(options.careType, catalogue.title(currentLanguage())));
    if (!options.careMapFile.isEmpty() && options.careField.isEmpty())
        return makeError(ImportText::tr("A care-type mapping needs the field it maps (--care-field)."));
    std::optional<CareMapping> mapping;
    if (!options.careMapFile.isEmpty()) {
        auto loaded = CareMapping::fromFile(options.careMapFile, catalogue);
        if (!loaded.ok())
            return loaded.error();
        mapping = std::move(loaded).value();
    } else {
        mapping.emplace(catalogue);
    }

    NoNetworkScope offline; // this thread reads the source too (its layer, its fields, its count)
    auto opened = VectorSource::open(options.sourcePath);
    if (!opened.ok())
        return opened.error();
    const VectorSource &source = **opened;
    auto chosen = source.chooseLayer(options.layer);
    if (!chosen.ok())
        return chosen.error();
    OGRLayer *layer = chosen.value();

    const bool cadDrawing = source.driverName() == QLatin1String("DXF");
    ImportReport report;
    report.source = source.displayName();
    report.layer = QString::fromUtf8(layer->GetName());

    // --- coordinates: the source's CRS (or the assumed one) to the project's
    Crs sourceCrs;
    bool swapAxes = false;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        const SourceLayerInfo info = source.describe(layer);
        if (!info.crs)
            return makeError(ImportText::tr("%1: the coordinate reference system of layer %2 is unknown to PROJ.")
                                 .arg(options.sourcePath, report.layer));
        sourceCrs = *info.crs;
        const std::vector<int> &mappingAxes = srs->GetDataAxisToSRSAxisMapping();
        swapAxes = (srs->EPSGTreatsAsLatLong() || srs->EPSGTreatsAsNorthingEasting()) && mappingAxes.size() >= 2 &&
                   mappingAxes[0] == 1 && mappingAxes[1] == 2;
    } else if (!options.assumeCrs.isEmpty()) {
        auto assumed = Crs::fromUserInput(options.assumeCrs);
        if (!assumed.ok())
            return makeError(ImportText::tr("--assume-crs: %1").arg(assumed.errorMessage()));
        sourceCrs = assumed.value();
    } else {
        return makeError(ImportText::tr("%1 does not say which coordinate reference system it uses; give it with --assume-crs "
                            "(Danish data is usually EPSG:25832).")
                             .arg(options.sourcePath));
    }
    report.sourceCrs = sourceCrs.displayName();
    auto transform = CoordinateTransform::create(sourceCrs, store.crs());
    if (!transform.ok())
        return makeError(QStringLiteral("%1: %2").arg(options.sourcePath, transform.errorMessage()));

    // --- attributes
    const int orgIndex = fieldIndex(layer, options.orgField);
    const int deptIndex = fieldIndex(layer, options.deptField);
    if (fieldsForDepartment && (orgIndex < 0 || deptIndex < 0))
        return makeError(ImportText::tr("%1: layer %2 has no field \"%3\"; its fields are: %4")
                             .arg(options.sourcePath, report.layer, orgIndex < 0 ? options.orgField : options.deptField,
                                  fieldList(layer)));
    int careIndex = fieldIndex(layer, options.careField);
    if (!options.careField.isEmpty() && careIndex < 0)
        return makeError(ImportText::tr("%1: layer %2 has no field \"%3\"; its fields are: %4")
                             .arg(options.sourcePath, report.layer, options.careField, fieldList(layer)));
    if (options.careType.isEmpty() && options.careField.isEmpty()) {
        // Municipal FKG data maps without asking; our own exports carry care_type.
        careIndex = fieldIndex(layer, QStringLiteral("vedlhold_f_type_kode"));
        if (careIndex < 0)
            careIndex = fieldIndex(layer, QStringLiteral("care_type"));
    }
    const QString fixedCare = options.careType.isEmpty() && careIndex < 0 ? Catalogue::unknownCode() : options.careType;
    const int startIndex = fieldIndex(layer, options.validFromField);
    if (!options.validFromField.isEmpty() && startIndex < 0)
        return makeError(ImportText::tr("%1: layer %2 has no field \"%3\"; its fields are: %4")
                             .arg(options.sourcePath, report.layer, options.validFromField, fieldList(layer)));

    auto existing = store.departments();
    if (!existing.ok())
        return existing.error();
    QSet<DepartmentKey> knownDepartments;
    QSet<int> knownOrganisations;
    for (const Department &dept : *existing) {
        knownDepartments.insert(dept.key);
        knownOrganisations.insert(dept.key.orgNo);
    }
    if (auto orgs = store.organisations(); orgs.ok()) {
        for (const Organisation &org : *orgs)
            knownOrganisations.insert(org.orgNo);
    }

    const QDate validFrom = options.validFrom.isValid() ? options.validFrom : QDate::currentDate();
    const qint64 total = layer->GetFeatureCount(FALSE);

    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    ImportBatch batch;
    batch.source = report.source;
    batch.sourcePath = options.sourcePath;
    batch.layer = report.layer;
    batch.department = options.department;
    batch.validFrom = validFrom;
    batch.validFromField = options.validFromField;
    if (auto begun = store.beginImportBatch(batch); !begun.ok())
        return begun.error();
    report.importId = batch.id;
    report.validFrom = validFrom;
    // A big import rebuilds the spatial index once at the end instead of updating it per area.
    constexpr qint64 kBulkFeatures = 20000;
    if (total < 0 || total >= kBulkFeatures) {
        if (auto bulk = store.beginBulkInsert(); !bulk.ok())
            return bulk.error();
    }

    // Two stages on the two cores: a worker prepares the next batch of areas (read, reproject,
    // repair, measure) while this thread writes the last one.
    PrepareSettings settings;
    settings.sourcePath = options.sourcePath;
    settings.layerName = report.layer;
    settings.sourceCrs = sourceCrs;
    settings.projectCrs = store.crs();
    settings.swapAxes = swapAxes;
    settings.cadDrawing = cadDrawing;
    settings.department = options.department;
    settings.orgIndex = orgIndex;
    settings.deptIndex = deptIndex;
    settings.fixedCare = fixedCare;
    settings.careIndex = careIndex;
    settings.mapping = std::move(mapping);
    settings.startIndex = startIndex;
    settings.validFrom = validFrom;
    settings.total = total;
    ImportReport prepared; // the worker's part of the report, read after it ended
    BatchQueue queue(4);
    std::atomic_bool stop{false};
    std::thread worker([&] { prepareAreas(layer, settings, queue, prepared, stop); });
    // However this ends, the worker stops before the source is closed.
    struct StopWorker
    {
        std::thread &worker;
        BatchQueue &queue;
        std::atomic_bool &stop;
        ~StopWorker()
        {
            stop.store(true);
            queue.close();
            if (worker.joinable())
                worker.join();
        }
    } stopWorker{worker, queue, stop};

    AreaLayer &areas = store.areaLayer();
    while (true) {
        PreparedBatch next = queue.take();
        if (next.error)
            return *next.error;
        for (PreparedArea &area : next.areas) {
            if (!knownDepartments.contains(area.department)) {
                if (!knownOrganisations.contains(area.department.orgNo)) {
                    if (auto ok = store.saveOrganisation(Organisation{area.department.orgNo, QString()}); !ok.ok())
                        return ok.error();
                    knownOrganisations.insert(area.department.orgNo);
                    batch.organisationsCreated << area.department.orgNo;
                }
                Department dept;
                dept.key = area.department;
                if (options.department)
                    dept.name = options.departmentName.trimmed();
                if (auto ok = store.saveDepartment(dept); !ok.ok())
                    return ok.error();
                knownDepartments.insert(area.department);
                report.departmentsCreated << area.department;
                batch.departmentsCreated << area.department;
            }
            AreaVersion version;
            version.department = area.department;
            version.careType = area.careType;
            version.validFrom = area.validFrom;
            version.areaM2 = area.areaM2;
            version.source = report.source;
            version.sourceFid = area.fid;
            if (auto ok = areas.insertPrepared(version, area.wkb, area.bounds); !ok.ok())
                return ok.error();
            if (report.firstAreaId == 0)
                report.firstAreaId = version.areaId;
            report.lastAreaId = version.areaId;
            ++report.areasImported;
            report.areaM2 += area.areaM2;
        }
        if (progress && !progress(total > 0 ? std::min(1.0, double(next.featuresRead) / double(total)) : -1.0,
                                  next.featuresRead))
            return makeError(ImportText::tr("Import of %1 cancelled; nothing was imported.").arg(options.sourcePath));
        if (next.last)
            break;
    }
    worker.join();
    report.featuresRead = prepared.featuresRead;
    report.notes = prepared.notes;
    report.unmappedValues = prepared.unmappedValues;
    report.earliestStart = prepared.earliestStart;

    if (report.areasImported == 0) {
        if (report.featuresRead == 0)
            return makeError(ImportText::tr("%1: layer %2 has no features; nothing was imported.").arg(options.sourcePath, report.layer));
        return makeError(ImportText::tr("%1: none of the %2 features of layer %3 is a usable polygon; nothing was imported. %4")
                             .arg(options.sourcePath)
                             .arg(report.featuresRead)
                             .arg(report.layer, report.describe().join(QStringLiteral("; "))));
    }
    if (progress && !progress(1.0, report.featuresRead))
        return makeError(ImportText::tr("Import of %1 cancelled; nothing was imported.").arg(options.sourcePath));
    batch.areas = report.areasImported;
    batch.areaM2 = report.areaM2;
    if (auto finished = store.finishImportBatch(batch); !finished.ok())
        return finished.error();
    if (auto committed = tx->commit(); !committed.ok())
        return committed.error();
    return report;
}

} // namespace engdrift
