// ProjectStore: paths (mown paths and safety edges), temporal like the areas.

#include "store/project_store.h"

#include "geometry/geos_context.h"
#include "store/project_store_p.h"
#include "util/dates.h"
#include "util/sql.h"

namespace engdrift {

using namespace store_detail;

namespace {

PathVersion readPath(const OGRFeature &f)
{
    PathVersion p;
    p.fid = f.GetFID();
    p.pathId = f.GetFieldAsInteger64("path_id");
    p.validFrom = dateField(f, f.GetFieldIndex("valid_from"));
    p.validTo = dateField(f, f.GetFieldIndex("valid_to"));
    p.department = DepartmentKey{f.GetFieldAsInteger("org_no"), f.GetFieldAsInteger("dept_no")};
    p.kind = pathKindFromCode(stringField(f, f.GetFieldIndex("kind"))).value_or(PathKind::MownPath);
    p.widthM = f.GetFieldAsDouble("width_m");
    p.status = stringField(f, f.GetFieldIndex("status")) == QLatin1String("proposed") ? AreaStatus::Proposed
                                                                                       : AreaStatus::Current;
    const int proposal = f.GetFieldIndex("proposal_id");
    if (f.IsFieldSetAndNotNull(proposal))
        p.proposalId = f.GetFieldAsInteger64(proposal);
    p.lengthM = f.GetFieldAsDouble("length_m");
    p.note = stringField(f, f.GetFieldIndex("note"));
    return p;
}

/// The feature of a path version, or a message naming the project and the version.
Result<std::unique_ptr<OGRFeature>> pathFeature(OGRLayer *layer, const QString &project, qint64 fid)
{
    std::unique_ptr<OGRFeature> f(layer ? layer->GetFeature(fid) : nullptr);
    if (!f)
        return makeError(ProjectStoreText::tr("%1: there is no path version %2.").arg(project).arg(fid));
    return f;
}

} // namespace

Result<void> ProjectStore::forEachPath(const PathQuery &query, bool withGeometry, const PathVisitor &visit) const
{
    if (!d->ds->GetLayerByName("paths"))
        return makeError(ProjectStoreText::tr("%1 has no paths table.").arg(d->path));
    QStringList terms;
    if (query.at) {
        const QString date = sql::quote(isoDate(*query.at));
        terms << QStringLiteral("valid_from <= %1 AND (valid_to IS NULL OR valid_to > %1)").arg(date);
    }
    if (query.status)
        terms << QStringLiteral("status = %1")
                     .arg(sql::quote(*query.status == AreaStatus::Proposed ? QStringLiteral("proposed") : QStringLiteral("current")));
    if (query.department)
        terms << QStringLiteral("org_no = %1 AND dept_no = %2").arg(query.department->orgNo).arg(query.department->deptNo);
    if (query.proposalId)
        terms << QStringLiteral("proposal_id = %1").arg(*query.proposalId);
    if (!query.pathIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.pathIds)
            ids << QString::number(id);
        terms << QStringLiteral("path_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (query.bounds) {
        const QRectF &b = *query.bounds;
        terms << QStringLiteral("fid IN (SELECT id FROM rtree_paths_geom WHERE maxx >= %1 AND minx <= %2 AND maxy >= %3 "
                                "AND miny <= %4)")
                     .arg(b.left(), 0, 'g', 17)
                     .arg(b.right(), 0, 'g', 17)
                     .arg(b.top(), 0, 'g', 17)
                     .arg(b.bottom(), 0, 'g', 17);
    }
    QString sqlText = QStringLiteral("SELECT * FROM paths");
    if (!terms.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    sqlText += QStringLiteral(" ORDER BY path_id, valid_from, fid");
    GdalErrorScope errors;
    OGRLayer *result = d->ds->ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return d->gdalError(ProjectStoreText::tr("cannot read the paths"), errors);
    for (auto &f : *result) {
        const PathVersion v = readPath(*f);
        bool go = true;
        if (withGeometry) {
            const OGRGeometry *g = f->GetGeometryRef();
            Geometry geometry;
            if (g)
                geometry = Geometry(g->exportToGEOS(geos::context()));
            go = visit(v, &geometry);
        } else {
            go = visit(v, nullptr);
        }
        if (!go || errors.hasFailure())
            break;
    }
    d->ds->ReleaseResultSet(result);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the paths"), errors);
    return {};
}

Result<QList<PathVersion>> ProjectStore::paths(const PathQuery &query) const
{
    QList<PathVersion> list;
    auto done = forEachPath(query, false, [&list](const PathVersion &v, const Geometry *) {
        list << v;
        return true;
    });
    if (!done.ok())
        return done.error();
    return list;
}

Result<qint64> ProjectStore::nextPathId()
{
    GdalErrorScope errors;
    OGRLayer *result = d->ds->ExecuteSQL("SELECT MAX(path_id) FROM paths", nullptr, nullptr);
    if (!result)
        return d->gdalError(ProjectStoreText::tr("cannot read the path numbers"), errors);
    std::unique_ptr<OGRFeature> f(result->GetNextFeature());
    const qint64 next = (f && f->IsFieldSetAndNotNull(0)) ? f->GetFieldAsInteger64(0) + 1 : 1;
    d->ds->ReleaseResultSet(result);
    return next;
}

Result<void> ProjectStore::insertPathVersion(PathVersion &version, const Geometry &line)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("paths");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no paths table.").arg(d->path));
    if (line.isEmpty() || !line.isLineal())
        return makeError(ProjectStoreText::tr("%1: path %2 needs a line.").arg(d->path).arg(version.pathId));
    if (!version.validFrom.isValid())
        return makeError(ProjectStoreText::tr("%1: path %2 needs a date it is valid from.").arg(d->path).arg(version.pathId));
    if (version.validTo.isValid() && version.validTo <= version.validFrom)
        return makeError(ProjectStoreText::tr("%1: path %2 would end (%3) before it has been valid for a day (from %4).")
                             .arg(d->path)
                             .arg(version.pathId)
                             .arg(isoDate(version.validTo), isoDate(version.validFrom)));
    if (!version.department.isValid())
        return makeError(ProjectStoreText::tr("%1: %2 is not a department number.").arg(d->path, version.department.toString()));
    if (!(version.widthM > 0) || version.widthM > 20)
        return makeError(ProjectStoreText::tr("%1: a mown path is 0-20 m wide, not %2 m.").arg(d->path).arg(version.widthM));
    if (version.pathId <= 0) {
        auto next = nextPathId();
        if (!next.ok())
            return next.error();
        version.pathId = *next;
    }
    version.lengthM = line.length();
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    f->SetField("path_id", static_cast<GIntBig>(version.pathId));
    setDateField(*f, f->GetFieldIndex("valid_from"), version.validFrom);
    setDateField(*f, f->GetFieldIndex("valid_to"), version.validTo);
    f->SetField("org_no", version.department.orgNo);
    f->SetField("dept_no", version.department.deptNo);
    f->SetField("kind", pathKindCode(version.kind).toUtf8().constData());
    f->SetField("width_m", version.widthM);
    f->SetField("status", version.status == AreaStatus::Proposed ? "proposed" : "current");
    if (version.proposalId)
        f->SetField("proposal_id", static_cast<GIntBig>(*version.proposalId));
    f->SetField("length_m", version.lengthM);
    setTextField(*f, f->GetFieldIndex("note"), version.note);
    OGRGeometry *ogr = OGRGeometryFactory::createFromGEOS(geos::context(), const_cast<GEOSGeometry *>(line.get()));
    if (!ogr)
        return makeError(ProjectStoreText::tr("%1: path %2: the line cannot be converted.").arg(d->path).arg(version.pathId));
    f->SetGeometryDirectly(OGRGeometryFactory::forceToMultiLineString(ogr));
    if (layer->CreateFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot write path %1").arg(version.pathId), errors);
    version.fid = f->GetFID();
    return {};
}

Result<void> ProjectStore::closePathVersion(qint64 fid, const QDate &validTo)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("paths");
    GdalErrorScope errors;
    auto found = pathFeature(layer, d->path, fid);
    if (!found.ok())
        return found.error();
    std::unique_ptr<OGRFeature> f = std::move(*found);
    if (!validTo.isValid() || validTo <= dateField(*f, f->GetFieldIndex("valid_from")))
        return makeError(ProjectStoreText::tr("%1: path version %2 cannot end before it has been valid for a day.").arg(d->path).arg(fid));
    setDateField(*f, f->GetFieldIndex("valid_to"), validTo);
    if (layer->SetFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot close path version %1").arg(fid), errors);
    return {};
}

Result<void> ProjectStore::retractPathVersion(qint64 fid)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("paths");
    GdalErrorScope errors;
    auto found = pathFeature(layer, d->path, fid);
    if (!found.ok())
        return found.error();
    std::unique_ptr<OGRFeature> f = std::move(*found);
    if (stringField(*f, f->GetFieldIndex("status")) == QLatin1String("proposed"))
        return makeError(ProjectStoreText::tr("%1: path version %2 is planned; it is not retracted but deleted from its proposal.")
                             .arg(d->path)
                             .arg(fid));
    if (layer->DeleteFeature(fid) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot replace path version %1").arg(fid), errors);
    return {};
}

Result<Geometry> ProjectStore::pathGeometry(qint64 fid) const
{
    OGRLayer *layer = d->ds->GetLayerByName("paths");
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(layer ? layer->GetFeature(fid) : nullptr);
    if (!f || !f->GetGeometryRef())
        return makeError(ProjectStoreText::tr("%1: there is no path version %2.").arg(d->path).arg(fid));
    return Geometry(f->GetGeometryRef()->exportToGEOS(geos::context()));
}

Result<void> ProjectStore::deleteProposedPath(qint64 fid)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    OGRLayer *layer = d->ds->GetLayerByName("paths");
    GdalErrorScope errors;
    auto found = pathFeature(layer, d->path, fid);
    if (!found.ok())
        return found.error();
    std::unique_ptr<OGRFeature> f = std::move(*found);
    if (stringField(*f, f->GetFieldIndex("status")) != QLatin1String("proposed"))
        return makeError(ProjectStoreText::tr("%1: path version %2 is not planned; history is never deleted.").arg(d->path).arg(fid));
    if (layer->DeleteFeature(fid) != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot delete the planned path %1").arg(fid), errors);
    return {};
}

} // namespace engdrift
