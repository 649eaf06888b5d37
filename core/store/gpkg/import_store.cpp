// ProjectStore: import batches (table imports, and areas.import_id) and the corrections of
// data-entry errors (table corrections).

#include "store/gpkg/gpkg_store.h"

#include "store/gpkg/gpkg_store_p.h"
#include "store/gpkg/sqlite_statement.h"
#include "store/store_rows.h"
#include "util/sql.h"

#include <QStringList>

#include <sqlite3.h>

namespace engdrift {

using namespace store_detail;
using namespace store_rows;

namespace {

ImportBatch readBatch(const OGRFeature &f)
{
    auto idx = [&f](const char *name) { return f.GetFieldIndex(name); };
    ImportBatch b;
    b.id = f.GetFID();
    b.importedAt = parseTime(stringField(f, idx("imported_at")));
    b.source = stringField(f, idx("source"));
    b.sourcePath = stringField(f, idx("source_path"));
    b.layer = stringField(f, idx("layer"));
    if (f.IsFieldSetAndNotNull(idx("org_no")) && f.IsFieldSetAndNotNull(idx("dept_no")))
        b.department = DepartmentKey{f.GetFieldAsInteger(idx("org_no")), f.GetFieldAsInteger(idx("dept_no"))};
    b.validFrom = dateField(f, idx("valid_from"));
    b.validFromField = stringField(f, idx("valid_from_field"));
    b.areas = f.GetFieldAsInteger64(idx("areas"));
    b.areaM2 = f.GetFieldAsDouble(idx("area_m2"));
    b.departmentsCreated = parseDepartments(stringField(f, idx("departments_created")));
    b.organisationsCreated = parseOrganisations(stringField(f, idx("organisations_created")));
    b.undoneAt = parseTime(stringField(f, idx("undone_at")));
    return b;
}

void writeBatch(OGRFeature &f, const ImportBatch &b)
{
    auto idx = [&f](const char *name) { return f.GetFieldIndex(name); };
    setTextField(f, idx("imported_at"), timeText(b.importedAt));
    setTextField(f, idx("source"), b.source);
    setTextField(f, idx("source_path"), b.sourcePath);
    setTextField(f, idx("layer"), b.layer);
    if (b.department) {
        f.SetField(idx("org_no"), b.department->orgNo);
        f.SetField(idx("dept_no"), b.department->deptNo);
    } else {
        f.SetFieldNull(idx("org_no"));
        f.SetFieldNull(idx("dept_no"));
    }
    setDateField(f, idx("valid_from"), b.validFrom);
    setTextField(f, idx("valid_from_field"), b.validFromField);
    f.SetField(idx("areas"), static_cast<GIntBig>(b.areas));
    f.SetField(idx("area_m2"), b.areaM2);
    setTextField(f, idx("departments_created"), departmentsText(b.departmentsCreated));
    setTextField(f, idx("organisations_created"), organisationsText(b.organisationsCreated));
    setTextField(f, idx("undone_at"), timeText(b.undoneAt));
}

} // namespace

Result<void> GpkgStore::beginImportBatch(ImportBatch &batch)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("imports");
    if (!layer || d->af.importId < 0)
        return makeError(ProjectStoreText::tr("%1 has no imports table.").arg(d->path));
    if (!batch.importedAt.isValid())
        batch.importedAt = QDateTime::currentDateTimeUtc();
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    writeBatch(*f, batch);
    if (layer->CreateFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot record the import of %1").arg(batch.source), errors);
    batch.id = f->GetFID();
    d->importBatchId = batch.id;
    return {};
}

Result<void> GpkgStore::insertImportBatchCopy(const ImportBatch &batch)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("imports");
    if (!layer || d->af.importId < 0)
        return makeError(ProjectStoreText::tr("%1 has no imports table.").arg(d->path));
    if (batch.id <= 0)
        return makeError(ProjectStoreText::tr("%1: a copied import needs its number.").arg(d->path));
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    writeBatch(*f, batch);
    f->SetFID(static_cast<GIntBig>(batch.id));
    if (layer->CreateFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot copy import %1 (%2)").arg(batch.id).arg(batch.source), errors);
    return {};
}

Result<void> GpkgStore::finishImportBatch(const ImportBatch &batch)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("imports");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no imports table.").arg(d->path));
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(layer->GetFeature(batch.id));
    if (!f)
        return makeError(ProjectStoreText::tr("%1: there is no import %2.").arg(d->path).arg(batch.id));
    writeBatch(*f, batch);
    if (layer->SetFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot record the import of %1").arg(batch.source), errors);
    d->importBatchId = 0;
    return {};
}

Result<QList<ImportBatch>> GpkgStore::importBatches() const
{
    OGRLayer *layer = d->ds->GetLayerByName("imports");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no imports table.").arg(d->path));
    GdalErrorScope errors;
    layer->SetAttributeFilter(nullptr);
    layer->ResetReading();
    QList<ImportBatch> list;
    for (auto &f : *layer)
        list << readBatch(*f);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the imports"), errors);
    std::sort(list.begin(), list.end(), [](const ImportBatch &a, const ImportBatch &b) { return a.id < b.id; });
    return list;
}

Result<std::optional<ImportBatch>> GpkgStore::importBatch(qint64 id) const
{
    OGRLayer *layer = d->ds->GetLayerByName("imports");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no imports table.").arg(d->path));
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(layer->GetFeature(id));
    if (!f) {
        if (errors.hasFailure())
            return d->gdalError(ProjectStoreText::tr("cannot read the imports"), errors);
        return std::optional<ImportBatch>();
    }
    return std::optional<ImportBatch>(readBatch(*f));
}

Result<void> GpkgStore::deleteImportBatchAreas(ImportBatch &batch)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("imports");
    if (!layer || d->af.importId < 0)
        return makeError(ProjectStoreText::tr("%1 has no imports table.").arg(d->path));
    // The departments the rows belong to, for their extents afterwards.
    QList<DepartmentKey> touched;
    {
        GdalErrorScope errors;
        OGRLayer *result = d->ds->ExecuteSQL(
            QStringLiteral("SELECT DISTINCT org_no, dept_no FROM areas WHERE import_id = %1").arg(batch.id).toUtf8().constData(),
            nullptr, nullptr);
        if (!result)
            return d->gdalError(ProjectStoreText::tr("cannot read the areas of import %1").arg(batch.id), errors);
        for (auto &f : *result)
            touched << DepartmentKey{f->GetFieldAsInteger(0), f->GetFieldAsInteger(1)};
        d->ds->ReleaseResultSet(result);
        if (errors.hasFailure())
            return d->gdalError(ProjectStoreText::tr("cannot read the areas of import %1").arg(batch.id), errors);
    }
    GdalErrorScope errors;
    if (sqlite3 *db = d->sqliteHandle()) {
        // One statement in the open transaction; the GeoPackage's triggers keep the spatial index and
        // the feature count in the file in step. (Deleting through the OGR layer makes GDAL write its
        // own count of the rows at the commit, which is stale on a connection that counted them
        // before another one, the import's, added its rows.)
        const QByteArray statement = QStringLiteral("DELETE FROM areas WHERE import_id = %1").arg(batch.id).toUtf8();
        char *message = nullptr;
        if (sqlite3_exec(db, statement.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            return makeError(ProjectStoreText::tr("%1: cannot delete the areas of import %2: %3")
                                 .arg(d->path)
                                 .arg(batch.id)
                                 .arg(detail));
        }
    } else {
        QList<GIntBig> fids;
        OGRLayer *result = d->ds->ExecuteSQL(
            QStringLiteral("SELECT fid FROM areas WHERE import_id = %1").arg(batch.id).toUtf8().constData(), nullptr,
            nullptr);
        if (!result)
            return d->gdalError(ProjectStoreText::tr("cannot read the areas of import %1").arg(batch.id), errors);
        for (auto &f : *result)
            fids << f->GetFieldAsInteger64(0);
        d->ds->ReleaseResultSet(result);
        for (GIntBig fid : fids) {
            if (d->areas->DeleteFeature(fid) != OGRERR_NONE || errors.hasFailure())
                return d->gdalError(ProjectStoreText::tr("cannot delete the areas of import %1").arg(batch.id), errors);
        }
    }
    for (const DepartmentKey &key : touched) {
        d->grownExtents.remove(key);
        if (auto ok = d->recomputeExtent(key); !ok.ok())
            return ok;
    }
    batch.undoneAt = QDateTime::currentDateTimeUtc();
    std::unique_ptr<OGRFeature> f(layer->GetFeature(batch.id));
    if (!f)
        return makeError(ProjectStoreText::tr("%1: there is no import %2.").arg(d->path).arg(batch.id));
    writeBatch(*f, batch);
    if (layer->SetFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot record the import of %1").arg(batch.source), errors);
    return {};
}

Result<QList<SourceImportSummary>> GpkgStore::importedFrom(const QString &source) const
{
    // The file name is bound, never pasted into the SQL.
    const QByteArray sqlText = d->af.importId >= 0
                                   ? QByteArrayLiteral("SELECT org_no, dept_no, COUNT(DISTINCT area_id), MIN(valid_from), MAX(import_id) "
                                                       "FROM areas WHERE source = ?1 AND status = 'current' "
                                                       "GROUP BY org_no, dept_no ORDER BY org_no, dept_no")
                                   : QByteArrayLiteral("SELECT org_no, dept_no, COUNT(DISTINCT area_id), MIN(valid_from), NULL "
                                                       "FROM areas WHERE source = ?1 AND status = 'current' "
                                                       "GROUP BY org_no, dept_no ORDER BY org_no, dept_no");
    SqliteStatement select(d->sqliteHandle(), sqlText.constData());
    select.bind(1, source);
    QList<SourceImportSummary> list;
    while (select.next()) {
        SourceImportSummary s;
        s.department = DepartmentKey{int(select.int64(0)), int(select.int64(1))};
        s.areas = select.int64(2);
        s.firstValidFrom = QDate::fromString(select.text(3).left(10), Qt::ISODate);
        if (!select.isNull(4))
            s.importId = select.int64(4);
        list << s;
    }
    if (!select.ok())
        return makeError(ProjectStoreText::tr("%1: cannot read the areas from %2.").arg(d->path, source), select.errorText());
    return list;
}

Result<void> GpkgStore::saveCorrection(Correction &correction)
{
    return d->storeCorrection(correction, false);
}

Result<void> GpkgStore::insertCorrectionCopy(const Correction &correction)
{
    if (correction.id <= 0)
        return makeError(ProjectStoreText::tr("%1: a copied correction needs its number.").arg(d->path));
    Correction row = correction;
    return d->storeCorrection(row, true);
}

Result<void> GpkgStore::Impl::storeCorrection(Correction &correction, bool copy)
{
    Impl *d = this;
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("corrections");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no corrections table.").arg(d->path));
    if (!correction.madeAt.isValid())
        correction.madeAt = QDateTime::currentDateTimeUtc();
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    if (copy)
        f->SetFID(static_cast<GIntBig>(correction.id));
    f->SetField("org_no", correction.department.orgNo);
    f->SetField("dept_no", correction.department.deptNo);
    setTextField(*f, f->GetFieldIndex("kind"), correction.kind);
    setTextField(*f, f->GetFieldIndex("old_value"), correction.oldValue);
    setTextField(*f, f->GetFieldIndex("new_value"), correction.newValue);
    f->SetField("row_count", static_cast<GIntBig>(correction.rows));
    setTextField(*f, f->GetFieldIndex("made_at"), timeText(correction.madeAt));
    setTextField(*f, f->GetFieldIndex("note"), correction.note);
    if (layer->CreateFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot record the correction of department %1")
                                .arg(correction.department.toString()),
                            errors);
    correction.id = f->GetFID();
    return {};
}

Result<QList<Correction>> GpkgStore::corrections(const std::optional<DepartmentKey> &department) const
{
    OGRLayer *layer = d->ds->GetLayerByName("corrections");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no corrections table.").arg(d->path));
    GdalErrorScope errors;
    layer->SetAttributeFilter(department ? QStringLiteral("org_no = %1 AND dept_no = %2")
                                               .arg(department->orgNo)
                                               .arg(department->deptNo)
                                               .toUtf8()
                                               .constData()
                                         : nullptr);
    layer->ResetReading();
    QList<Correction> list;
    for (auto &f : *layer) {
        Correction c;
        c.id = f->GetFID();
        c.department = DepartmentKey{f->GetFieldAsInteger("org_no"), f->GetFieldAsInteger("dept_no")};
        c.kind = stringField(*f, f->GetFieldIndex("kind"));
        c.oldValue = stringField(*f, f->GetFieldIndex("old_value"));
        c.newValue = stringField(*f, f->GetFieldIndex("new_value"));
        c.rows = f->GetFieldAsInteger64("row_count");
        c.madeAt = parseTime(stringField(*f, f->GetFieldIndex("made_at")));
        c.note = stringField(*f, f->GetFieldIndex("note"));
        list << c;
    }
    layer->SetAttributeFilter(nullptr);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the corrections"), errors);
    std::sort(list.begin(), list.end(), [](const Correction &a, const Correction &b) { return a.id < b.id; });
    return list;
}

} // namespace engdrift
