// ProjectStore: deleting departments and organisations, what refers to a department, its extent,
// and moving the start of an area version (the correction of a department's start date).

#include "store/gpkg/gpkg_store.h"

#include "store/gpkg/gpkg_store_p.h"
#include "store/stored_biodiversity.h"
#include "util/dates.h"

namespace engdrift {

using namespace store_detail;

namespace {

/// COUNT(*) of a query; -1 and the error text when it fails.
qint64 countRows(GDALDataset &ds, const QString &sqlText)
{
    OGRLayer *result = ds.ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return -1;
    qint64 n = -1;
    if (std::unique_ptr<OGRFeature> f(result->GetNextFeature()); f)
        n = f->GetFieldAsInteger64(0);
    ds.ReleaseResultSet(result);
    return n;
}

QString departmentFilter(const DepartmentKey &key)
{
    return QStringLiteral("org_no = %1 AND dept_no = %2").arg(key.orgNo).arg(key.deptNo);
}

} // namespace

Result<ProjectStore::DepartmentUse> GpkgStore::departmentUse(const DepartmentKey &key) const
{
    GdalErrorScope errors;
    const QString filter = departmentFilter(key);
    DepartmentUse use;
    const std::pair<qint64 *, const char *> counts[] = {{&use.areaVersions, "areas"},
                                                        {&use.pathVersions, "paths"},
                                                        {&use.adoptionEvents, "adoption_events"},
                                                        {&use.proposals, "proposals"}};
    for (const auto &[target, table] : counts) {
        if (!d->ds->GetLayerByName(table))
            continue;
        *target = countRows(*d->ds, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(QString::fromLatin1(table), filter));
        if (*target < 0 || errors.hasFailure())
            return d->gdalError(ProjectStoreText::tr("cannot read what department %1 holds").arg(key.toString()), errors);
    }
    return use;
}

Result<void> GpkgStore::deleteDepartment(const DepartmentKey &key)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    GdalErrorScope errors;
    d->departments->SetAttributeFilter(departmentFilter(key).toUtf8().constData());
    d->departments->ResetReading();
    std::unique_ptr<OGRFeature> f(d->departments->GetNextFeature());
    d->departments->SetAttributeFilter(nullptr);
    if (!f)
        return makeError(ProjectStoreText::tr("%1: there is no department %2.").arg(d->path, key.toString()));
    if (d->departments->DeleteFeature(f->GetFID()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot delete department %1").arg(key.toString()), errors);
    d->grownExtents.remove(key);
    return {};
}

Result<void> GpkgStore::deleteOrganisation(int orgNo)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    GdalErrorScope errors;
    const qint64 departments = countRows(*d->ds, QStringLiteral("SELECT COUNT(*) FROM departments WHERE org_no = %1").arg(orgNo));
    if (departments < 0)
        return d->gdalError(ProjectStoreText::tr("cannot read the departments"), errors);
    if (departments > 0)
        return makeError(ProjectStoreText::tr("%1: organisation %2 still has %n department(s).", "", static_cast<int>(departments))
                             .arg(d->path)
                             .arg(orgNo));
    d->organisations->SetAttributeFilter(QStringLiteral("org_no = %1").arg(orgNo).toUtf8().constData());
    d->organisations->ResetReading();
    std::unique_ptr<OGRFeature> f(d->organisations->GetNextFeature());
    d->organisations->SetAttributeFilter(nullptr);
    if (!f)
        return makeError(ProjectStoreText::tr("%1: there is no organisation %2.").arg(d->path).arg(orgNo));
    if (d->organisations->DeleteFeature(f->GetFID()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot delete organisation %1").arg(orgNo), errors);
    return {};
}

Result<void> GpkgStore::Impl::recomputeExtent(const DepartmentKey &key)
{
    GdalErrorScope errors;
    // The bounding boxes from the spatial index: no geometry is read.
    const QString sqlText = QStringLiteral("SELECT MIN(r.minx), MIN(r.miny), MAX(r.maxx), MAX(r.maxy) FROM areas a "
                                           "JOIN rtree_areas_geom r ON r.id = a.fid WHERE a.org_no = %1 AND a.dept_no = %2")
                                .arg(key.orgNo)
                                .arg(key.deptNo);
    OGRLayer *result = ds->ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return gdalError(ProjectStoreText::tr("cannot save the extent of department %1").arg(key.toString()), errors);
    std::optional<QRectF> extent;
    if (std::unique_ptr<OGRFeature> f(result->GetNextFeature()); f && f->IsFieldSetAndNotNull(0))
        extent = QRectF(QPointF(f->GetFieldAsDouble(0), f->GetFieldAsDouble(1)),
                        QPointF(f->GetFieldAsDouble(2), f->GetFieldAsDouble(3)));
    ds->ReleaseResultSet(result);
    return writeExtent(key, extent);
}

Result<void> GpkgStore::Impl::writeExtent(const DepartmentKey &key, const std::optional<QRectF> &extent)
{
    GdalErrorScope errors;
    departments->SetAttributeFilter(
        QStringLiteral("org_no = %1 AND dept_no = %2").arg(key.orgNo).arg(key.deptNo).toUtf8().constData());
    departments->ResetReading();
    std::unique_ptr<OGRFeature> f(departments->GetNextFeature());
    departments->SetAttributeFilter(nullptr);
    if (!f)
        return {};
    for (const auto &[name, value] : {std::pair{"ext_min_x", extent ? extent->left() : 0.0},
                                      std::pair{"ext_min_y", extent ? extent->top() : 0.0},
                                      std::pair{"ext_max_x", extent ? extent->right() : 0.0},
                                      std::pair{"ext_max_y", extent ? extent->bottom() : 0.0}}) {
        if (extent)
            f->SetField(name, value);
        else
            f->SetFieldNull(f->GetFieldIndex(name));
    }
    if (departments->SetFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return gdalError(ProjectStoreText::tr("cannot save the extent of department %1").arg(key.toString()), errors);
    return {};
}

Result<void> GpkgStore::saveDepartmentExtent(const DepartmentKey &key, const QRectF &extent)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    auto found = department(key);
    if (!found.ok())
        return found.error();
    if (!*found)
        return makeError(ProjectStoreText::tr("%1: there is no department %2 to give an extent.").arg(d->path, key.toString()));
    return d->writeExtent(key, extent.isNull() ? std::nullopt : std::optional<QRectF>(extent));
}

Result<void> GpkgStore::setAreaVersionStart(qint64 fid, const QDate &validFrom)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!validFrom.isValid())
        return makeError(ProjectStoreText::tr("%1: area version %2 needs a date it is valid from.").arg(d->path).arg(fid));
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(d->areas->GetFeature(fid));
    if (!f)
        return makeError(ProjectStoreText::tr("%1: there is no area version %2.").arg(d->path).arg(fid));
    const QDate to = dateField(*f, d->af.validTo);
    if (to.isValid() && to <= validFrom)
        return makeError(ProjectStoreText::tr("%1: area %2 ends on %3, so it cannot begin on %4.")
                             .arg(d->path)
                             .arg(f->GetFieldAsInteger64(d->af.areaId))
                             .arg(isoDate(to), isoDate(validFrom)));
    setDateField(*f, d->af.validFrom, validFrom);
    if (d->areas->SetFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot change area version %1").arg(fid), errors);
    return {};
}

Result<QList<Organisation>> GpkgStore::organisations() const
{
    GdalErrorScope errors;
    QList<Organisation> list;
    d->organisations->SetAttributeFilter(nullptr);
    d->organisations->ResetReading();
    for (auto &f : *d->organisations)
        list << Organisation{f->GetFieldAsInteger("org_no"), QString::fromUtf8(f->GetFieldAsString("name"))};
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the organisations"), errors);
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.orgNo < b.orgNo; });
    return list;
}

Result<QList<Department>> GpkgStore::departments() const
{
    return departments(QRectF());
}

Result<QList<Department>> GpkgStore::departments(const QRectF &bounds) const
{
    if (bounds.isNull())
        return d->readDepartments(QString());
    return d->readDepartments(QStringLiteral("ext_max_x >= %1 AND ext_min_x <= %2 AND ext_max_y >= %3 AND ext_min_y <= %4")
                                  .arg(bounds.left(), 0, 'g', 17)
                                  .arg(bounds.right(), 0, 'g', 17)
                                  .arg(bounds.top(), 0, 'g', 17)
                                  .arg(bounds.bottom(), 0, 'g', 17));
}

Result<QList<Department>> GpkgStore::Impl::readDepartments(const QString &filter) const
{
    GdalErrorScope errors;
    QList<Department> list;
    departments->SetAttributeFilter(filter.isEmpty() ? nullptr : filter.toUtf8().constData());
    departments->SetSpatialFilter(nullptr);
    departments->ResetReading();
    OGRFeatureDefn *defn = departments->GetLayerDefn();
    const int orgIndex = defn->GetFieldIndex("org_no");
    const int deptIndex = defn->GetFieldIndex("dept_no");
    const int nameIndex = defn->GetFieldIndex("name");
    const int addressIndex = defn->GetFieldIndex("address");
    const int homesIndex = defn->GetFieldIndex("homes");
    const int extIndex = defn->GetFieldIndex("ext_min_x");
    const int significanceIndex = defn->GetFieldIndex("strategic_significance"); // -1 before schema version 7
    std::optional<Error> unreadable;
    for (auto &f : *departments) {
        Department dept{DepartmentKey{f->GetFieldAsInteger(orgIndex), f->GetFieldAsInteger(deptIndex)},
                        QString::fromUtf8(f->GetFieldAsString(nameIndex)),
                        QString::fromUtf8(f->GetFieldAsString(addressIndex)), f->GetFieldAsInteger(homesIndex), QRectF()};
        if (extIndex >= 0 && f->IsFieldSetAndNotNull(extIndex))
            dept.extent = QRectF(QPointF(f->GetFieldAsDouble(extIndex), f->GetFieldAsDouble(extIndex + 1)),
                                 QPointF(f->GetFieldAsDouble(extIndex + 2), f->GetFieldAsDouble(extIndex + 3)));
        auto significance = storedSignificance(stringField(*f, significanceIndex), dept.key, path);
        if (!significance.ok()) {
            unreadable = significance.error();
            break;
        }
        dept.strategicSignificance = *significance;
        list << dept;
    }
    departments->SetAttributeFilter(nullptr);
    if (errors.hasFailure())
        return gdalError(ProjectStoreText::tr("cannot read the departments"), errors);
    if (unreadable)
        return *unreadable;
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    return list;
}

Result<std::optional<Department>> GpkgStore::department(const DepartmentKey &key) const
{
    auto found = d->readDepartments(QStringLiteral("org_no = %1 AND dept_no = %2").arg(key.orgNo).arg(key.deptNo));
    if (!found.ok())
        return found.error();
    return found->isEmpty() ? std::optional<Department>() : std::optional<Department>(found->first());
}

Result<void> GpkgStore::saveOrganisation(const Organisation &organisation)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (organisation.orgNo <= 0)
        return makeError(ProjectStoreText::tr("%1: organisation number %2 must be a positive number.").arg(d->path).arg(organisation.orgNo));
    GdalErrorScope errors;
    OGRLayer *layer = d->organisations;
    layer->SetAttributeFilter(QStringLiteral("org_no = %1").arg(organisation.orgNo).toUtf8().constData());
    layer->ResetReading();
    std::unique_ptr<OGRFeature> existing(layer->GetNextFeature());
    layer->SetAttributeFilter(nullptr);
    std::unique_ptr<OGRFeature> f = existing ? std::move(existing)
                                             : std::unique_ptr<OGRFeature>(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    f->SetField("org_no", organisation.orgNo);
    f->SetField("name", organisation.name.toUtf8().constData());
    const OGRErr err = f->GetFID() == OGRNullFID ? layer->CreateFeature(f.get()) : layer->SetFeature(f.get());
    if (err != OGRERR_NONE)
        return d->gdalError(ProjectStoreText::tr("cannot save organisation %1").arg(organisation.orgNo), errors);
    return {};
}

Result<void> GpkgStore::saveDepartment(const Department &department)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!department.key.isValid())
        return makeError(ProjectStoreText::tr("%1: %2 is not a department number (organisation number above 0, department 000-999).")
                             .arg(d->path, department.key.toString()));
    GdalErrorScope errors;
    OGRLayer *orgs = d->organisations;
    orgs->SetAttributeFilter(QStringLiteral("org_no = %1").arg(department.key.orgNo).toUtf8().constData());
    orgs->ResetReading();
    const bool orgExists = std::unique_ptr<OGRFeature>(orgs->GetNextFeature()) != nullptr;
    orgs->SetAttributeFilter(nullptr);
    if (!orgExists)
        return makeError(ProjectStoreText::tr("%1: organisation %2 does not exist; add it before its departments.")
                             .arg(d->path)
                             .arg(department.key.orgNo));
    OGRLayer *layer = d->departments;
    layer->SetAttributeFilter(QStringLiteral("org_no = %1 AND dept_no = %2")
                                  .arg(department.key.orgNo)
                                  .arg(department.key.deptNo)
                                  .toUtf8()
                                  .constData());
    layer->ResetReading();
    std::unique_ptr<OGRFeature> existing(layer->GetNextFeature());
    layer->SetAttributeFilter(nullptr);
    std::unique_ptr<OGRFeature> f = existing ? std::move(existing)
                                             : std::unique_ptr<OGRFeature>(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    f->SetField("org_no", department.key.orgNo);
    f->SetField("dept_no", department.key.deptNo);
    f->SetField("name", department.name.toUtf8().constData());
    f->SetField("address", department.address.toUtf8().constData());
    f->SetField("homes", department.homes);
    if (const int significance = f->GetFieldIndex("strategic_significance"); significance >= 0)
        f->SetField(significance, significanceCode(department.strategicSignificance).toUtf8().constData());
    const OGRErr err = f->GetFID() == OGRNullFID ? layer->CreateFeature(f.get()) : layer->SetFeature(f.get());
    if (err != OGRERR_NONE)
        return d->gdalError(ProjectStoreText::tr("cannot save department %1").arg(department.key.toString()), errors);
    return {};
}

} // namespace engdrift
