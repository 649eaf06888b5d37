// GpkgTemporalTable: the areas, paths and mowing_zones tables of a GeoPackage project.

#include "store/gpkg/gpkg_temporal.h"

#include "geometry/geos_context.h"
#include "store/gpkg/gpkg_store_p.h"
#include "store/store_rows.h"
#include "store/stored_biodiversity.h"
#include "util/dates.h"
#include "util/sql.h"

#include <array>

namespace engdrift {

using namespace store_detail;

namespace {

int fieldIndex(OGRFeatureDefn *defn, const char *name)
{
    return defn->GetFieldIndex(name);
}

/// The condition column's text (empty: NULL) into the version (its fid and area_id read); an unknown
/// code is an error naming the row, which the reader completes with the project.
Result<void> readCondition(const QString &code, AreaVersion &v)
{
    auto condition = storedAreaCondition(code, v);
    if (!condition.ok())
        return condition.error();
    v.condition = *condition;
    return {};
}

/// A stamp's time (changed_at, closed_at: ISO 8601 text, UTC); invalid when empty or unreadable.
QDateTime stampField(const OGRFeature &f, int index)
{
    const QString text = stringField(f, index);
    if (text.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

/// Writes a stamp (who, when) into its two columns; a column missing from an older project (-1) is
/// left out.
void setStampFields(OGRFeature &f, int byIndex, int atIndex, const QString &by, const QDateTime &at)
{
    if (byIndex >= 0)
        setTextField(f, byIndex, by);
    if (atIndex >= 0)
        setTextField(f, atIndex, at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString());
}

} // namespace

// --- the columns of each kind of version

template <>
struct GpkgColumns<AreaVersion>
{
    static constexpr const char *rtree = "rtree_areas_geom";
    struct Fields
    {
        int careType, lineage, note, areaM2, source, sourceFid;
        int importId;  ///< -1 in a project older than schema version 3
        int condition; ///< -1 in a project older than schema version 7 (read-only)
    };
    static Fields bind(OGRFeatureDefn *defn)
    {
        return {fieldIndex(defn, "care_type"), fieldIndex(defn, "lineage"),   fieldIndex(defn, "note"),
                fieldIndex(defn, "area_m2"),   fieldIndex(defn, "source"),    fieldIndex(defn, "source_fid"),
                fieldIndex(defn, "import_id"), fieldIndex(defn, "condition")};
    }
    static bool complete(const Fields &f)
    {
        return f.careType >= 0 && f.lineage >= 0 && f.note >= 0 && f.areaM2 >= 0 && f.source >= 0 && f.sourceFid >= 0;
    }
    /// An unknown condition code is an error (its sentence without the row, which the caller names).
    static Result<void> read(const OGRFeature &f, const Fields &c, AreaVersion &v)
    {
        v.careType = stringField(f, c.careType);
        v.lineage = store_rows::parseLineage(stringField(f, c.lineage));
        v.note = stringField(f, c.note);
        v.areaM2 = f.GetFieldAsDouble(c.areaM2);
        v.source = stringField(f, c.source);
        v.sourceFid = stringField(f, c.sourceFid);
        if (c.importId >= 0 && f.IsFieldSetAndNotNull(c.importId))
            v.importId = f.GetFieldAsInteger64(c.importId);
        return readCondition(stringField(f, c.condition), v);
    }
    static void write(OGRFeature &f, const Fields &c, const AreaVersion &v)
    {
        f.SetField(c.careType, v.careType.toUtf8().constData());
        setTextField(f, c.lineage, store_rows::lineageText(v.lineage));
        setTextField(f, c.note, v.note);
        f.SetField(c.areaM2, v.areaM2);
        setTextField(f, c.source, v.source);
        setTextField(f, c.sourceFid, v.sourceFid);
        if (c.condition >= 0)
            setTextField(f, c.condition, v.condition ? conditionCode(*v.condition) : QString());
    }
    /// A new row: the import it belongs to (the batch open in the transaction; a copied row's own).
    static void writeNew(OGRFeature &f, const Fields &c, const GpkgStore::Impl &d, const AreaVersion &v, bool copy)
    {
        if (c.importId < 0)
            return;
        const std::optional<qint64> batch = copy ? v.importId
                                                 : (d.importBatchId > 0 ? std::optional<qint64>(d.importBatchId) : std::nullopt);
        if (batch)
            f.SetField(c.importId, static_cast<GIntBig>(*batch));
        else
            f.SetFieldNull(c.importId);
    }
    static QStringList terms(const VersionQuery &query, const Fields &c)
    {
        if (!query.importId)
            return {};
        return {c.importId >= 0 ? QStringLiteral("import_id = %1").arg(*query.importId) : QStringLiteral("0 = 1")};
    }
    static OGRGeometry *shape(OGRGeometry *g) { return OGRGeometryFactory::forceToMultiPolygon(g); }
    /// After a new row: its department's extent grows with it.
    static void written(GpkgStore::Impl &d, const AreaVersion &v, const QRectF &bounds)
    {
        d.grownExtents[v.department] |= bounds;
    }
};

template <>
struct GpkgColumns<PathVersion>
{
    static constexpr const char *rtree = "rtree_paths_geom";
    struct Fields
    {
        int kind, widthM, lengthM, note;
    };
    static Fields bind(OGRFeatureDefn *defn)
    {
        return {fieldIndex(defn, "kind"), fieldIndex(defn, "width_m"), fieldIndex(defn, "length_m"), fieldIndex(defn, "note")};
    }
    static bool complete(const Fields &f) { return f.kind >= 0 && f.widthM >= 0 && f.lengthM >= 0 && f.note >= 0; }
    static Result<void> read(const OGRFeature &f, const Fields &c, PathVersion &v)
    {
        v.kind = pathKindFromCode(stringField(f, c.kind)).value_or(PathKind::MownPath);
        v.widthM = f.GetFieldAsDouble(c.widthM);
        v.lengthM = f.GetFieldAsDouble(c.lengthM);
        v.note = stringField(f, c.note);
        return {};
    }
    static void write(OGRFeature &f, const Fields &c, const PathVersion &v)
    {
        f.SetField(c.kind, pathKindCode(v.kind).toUtf8().constData());
        f.SetField(c.widthM, v.widthM);
        f.SetField(c.lengthM, v.lengthM);
        setTextField(f, c.note, v.note);
    }
    static void writeNew(OGRFeature &, const Fields &, const GpkgStore::Impl &, const PathVersion &, bool) {}
    static QStringList terms(const VersionQuery &, const Fields &) { return {}; }
    static OGRGeometry *shape(OGRGeometry *g) { return OGRGeometryFactory::forceToMultiLineString(g); }
    static void written(GpkgStore::Impl &, const PathVersion &, const QRectF &) {}
};

template <>
struct GpkgColumns<ZoneVersion>
{
    static constexpr const char *rtree = "rtree_mowing_zones_geom";
    struct Fields
    {
        int number, name, careType, overrides, areaM2, note;
    };
    static Fields bind(OGRFeatureDefn *defn)
    {
        return {fieldIndex(defn, "zone_no"),   fieldIndex(defn, "name"),    fieldIndex(defn, "care_type"),
                fieldIndex(defn, "overrides"), fieldIndex(defn, "area_m2"), fieldIndex(defn, "note")};
    }
    static bool complete(const Fields &f)
    {
        return f.number >= 0 && f.name >= 0 && f.careType >= 0 && f.overrides >= 0 && f.areaM2 >= 0 && f.note >= 0;
    }
    static Result<void> read(const OGRFeature &f, const Fields &c, ZoneVersion &v)
    {
        v.number = f.GetFieldAsInteger(c.number);
        v.name = stringField(f, c.name);
        v.careType = stringField(f, c.careType);
        // Written by this program and checked before: a row that is not is read without them.
        auto overrides = seasonOverridesFromJson(stringField(f, c.overrides));
        v.overrides = overrides.ok() ? *overrides : SeasonOverrides();
        v.areaM2 = f.GetFieldAsDouble(c.areaM2);
        v.note = stringField(f, c.note);
        return {};
    }
    static void write(OGRFeature &f, const Fields &c, const ZoneVersion &v)
    {
        f.SetField(c.number, v.number);
        setTextField(f, c.name, v.name);
        f.SetField(c.careType, v.careType.toUtf8().constData());
        setTextField(f, c.overrides, seasonOverridesToJson(v.overrides));
        f.SetField(c.areaM2, v.areaM2);
        setTextField(f, c.note, v.note);
    }
    static void writeNew(OGRFeature &, const Fields &, const GpkgStore::Impl &, const ZoneVersion &, bool) {}
    static QStringList terms(const VersionQuery &, const Fields &) { return {}; }
    static OGRGeometry *shape(OGRGeometry *g) { return OGRGeometryFactory::forceToMultiPolygon(g); }
    static void written(GpkgStore::Impl &, const ZoneVersion &, const QRectF &) {}
};

// --- the columns every temporal table has

template <class Version>
struct GpkgTemporalTable<Version>::Fields
{
    int id, validFrom, validTo, orgNo, deptNo, status, proposalId;
    int changedBy, changedAt; ///< -1 in a project older than schema version 6 (read-only)
    int closedBy, closedAt;   ///< -1 in a project older than schema version 8 (read-only)
    typename GpkgColumns<Version>::Fields own;

    Fields(OGRFeatureDefn *defn, const char *idColumn)
        : id(fieldIndex(defn, idColumn)), validFrom(fieldIndex(defn, "valid_from")), validTo(fieldIndex(defn, "valid_to")),
          orgNo(fieldIndex(defn, "org_no")), deptNo(fieldIndex(defn, "dept_no")), status(fieldIndex(defn, "status")),
          proposalId(fieldIndex(defn, "proposal_id")), changedBy(fieldIndex(defn, "changed_by")),
          changedAt(fieldIndex(defn, "changed_at")), closedBy(fieldIndex(defn, "closed_by")),
          closedAt(fieldIndex(defn, "closed_at")), own(GpkgColumns<Version>::bind(defn))
    {
    }
    bool complete() const
    {
        return id >= 0 && validFrom >= 0 && validTo >= 0 && orgNo >= 0 && deptNo >= 0 && status >= 0 && proposalId >= 0 &&
               GpkgColumns<Version>::complete(own);
    }
};

template <class Version>
GpkgTemporalTable<Version>::GpkgTemporalTable(GpkgStore::Impl &store, const char *table, const char *idColumn)
    : d(store), m_table(table), m_idColumn(idColumn)
{
}

template <class Version>
GpkgTemporalTable<Version>::~GpkgTemporalTable() = default;

template <class Version>
bool GpkgTemporalTable<Version>::bind()
{
    m_insert.reset();
    m_fields.reset();
    m_layer = d.ds->GetLayerByName(m_table.constData());
    if (!m_layer)
        return false;
    m_fields = std::make_unique<Fields>(m_layer->GetLayerDefn(), m_idColumn.constData());
    return m_fields->complete();
}

template <class Version>
Result<Version> GpkgTemporalTable<Version>::read(const OGRFeature &f) const
{
    return read(f, Fields(const_cast<OGRFeatureDefn *>(f.GetDefnRef()), m_idColumn.constData()));
}

template <class Version>
Result<Version> GpkgTemporalTable<Version>::read(const OGRFeature &f, const Fields &fields) const
{
    Version v;
    v.fid = f.GetFID();
    VersionTraits<Version>::id(v) = f.GetFieldAsInteger64(fields.id);
    v.validFrom = dateField(f, fields.validFrom);
    v.validTo = dateField(f, fields.validTo);
    v.department = DepartmentKey{f.GetFieldAsInteger(fields.orgNo), f.GetFieldAsInteger(fields.deptNo)};
    v.status = stringField(f, fields.status) == QLatin1String("proposed") ? AreaStatus::Proposed : AreaStatus::Current;
    if (f.IsFieldSetAndNotNull(fields.proposalId))
        v.proposalId = f.GetFieldAsInteger64(fields.proposalId);
    v.changedBy = stringField(f, fields.changedBy);
    v.changedAt = stampField(f, fields.changedAt);
    v.closedBy = stringField(f, fields.closedBy);
    v.closedAt = stampField(f, fields.closedAt);
    if (auto ok = GpkgColumns<Version>::read(f, fields.own, v); !ok.ok())
        return rephrased(ok.error(), QStringLiteral("%1: %2").arg(d.path, ok.errorMessage()));
    return v;
}

template <class Version>
QString GpkgTemporalTable<Version>::filterTerms(const VersionQuery &query) const
{
    QStringList terms;
    if (query.at) {
        const QString date = sql::quote(isoDate(*query.at));
        terms << QStringLiteral("valid_from <= %1 AND (valid_to IS NULL OR valid_to > %1)").arg(date);
    }
    if (query.status)
        terms << QStringLiteral("status = '%1'").arg(QLatin1String(areaStatusCode(*query.status)));
    if (query.department)
        terms << QStringLiteral("org_no = %1 AND dept_no = %2").arg(query.department->orgNo).arg(query.department->deptNo);
    if (query.organisation)
        terms << QStringLiteral("org_no = %1").arg(*query.organisation);
    if (query.proposalId)
        terms << QStringLiteral("proposal_id = %1").arg(*query.proposalId);
    if (m_fields)
        terms << GpkgColumns<Version>::terms(query, m_fields->own);
    if (!query.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.ids)
            ids << QString::number(id);
        terms << QStringLiteral("%1 IN (%2)").arg(QString::fromLatin1(m_idColumn), ids.join(QLatin1Char(',')));
    }
    return terms.join(QStringLiteral(" AND "));
}

template <class Version>
QString GpkgTemporalTable<Version>::selectSql(const VersionQuery &query, const QString &columns) const
{
    QString text = QStringLiteral("SELECT %1 FROM %2").arg(columns, QString::fromLatin1(m_table));
    QString filter = filterTerms(query);
    if (query.bounds) {
        const QRectF &b = *query.bounds;
        const QString spatial = QStringLiteral("fid IN (SELECT id FROM %1 WHERE maxx >= %2 AND minx <= %3 AND maxy >= %4 "
                                               "AND miny <= %5)")
                                    .arg(QLatin1String(GpkgColumns<Version>::rtree))
                                    .arg(b.left(), 0, 'g', 17)
                                    .arg(b.right(), 0, 'g', 17)
                                    .arg(b.top(), 0, 'g', 17)
                                    .arg(b.bottom(), 0, 'g', 17);
        filter = filter.isEmpty() ? spatial : filter + QStringLiteral(" AND ") + spatial;
    }
    if (!filter.isEmpty())
        text += QStringLiteral(" WHERE ") + filter;
    if (query.ordered)
        text += QStringLiteral(" ORDER BY %1, valid_from, fid").arg(QString::fromLatin1(m_idColumn));
    return text;
}

template <class Version>
Result<void> GpkgTemporalTable<Version>::scan(const VersionQuery &query, bool withGeometry,
                                              const std::function<bool(const Version &, const OGRFeature &)> &visit) const
{
    const QString what = ProjectStoreText::tr("cannot read the %1").arg(QString::fromLatin1(m_table));
    if (!m_layer)
        return makeError(ProjectStoreText::tr("%1 has no %2 table.").arg(d.path, QString::fromLatin1(m_table)));
    GdalErrorScope errors;
    OGRLayer *result = d.ds->ExecuteSQL(selectSql(query).toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return d.gdalError(what, errors);
    if (!withGeometry)
        result->SetIgnoredFields(std::array<const char *, 2>{"OGR_GEOMETRY", nullptr}.data());
    const Fields fields(result->GetLayerDefn(), m_idColumn.constData());
    std::optional<Error> unreadable;
    for (auto &f : *result) {
        auto version = read(*f, fields);
        if (!version.ok()) {
            unreadable = version.error();
            break;
        }
        if (!visit(*version, *f) || errors.hasFailure())
            break;
    }
    d.ds->ReleaseResultSet(result);
    if (errors.hasFailure())
        return d.gdalError(what, errors);
    if (unreadable)
        return *unreadable;
    return {};
}

template <class Version>
Result<void> GpkgTemporalTable<Version>::forEach(const VersionQuery &query, bool withGeometry,
                                                 const typename TemporalLayer<Version>::Visitor &visit) const
{
    return scan(query, withGeometry, [&](const Version &v, const OGRFeature &f) {
        if (!withGeometry)
            return visit(v, nullptr);
        const OGRGeometry *g = f.GetGeometryRef();
        Geometry geometry;
        if (g)
            geometry = Geometry(g->exportToGEOS(geos::context()));
        return visit(v, &geometry);
    });
}

template <class Version>
Result<void> GpkgTemporalTable<Version>::forEachWkb(const VersionQuery &query,
                                                    const typename TemporalLayer<Version>::WkbVisitor &visit) const
{
    QByteArray wkb;
    return scan(query, true, [&](const Version &v, const OGRFeature &f) {
        const OGRGeometry *g = f.GetGeometryRef();
        wkb.resize(g ? static_cast<qsizetype>(g->WkbSize()) : 0);
        if (g)
            g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
        return visit(v, wkb);
    });
}

template <class Version>
Result<std::optional<Version>> GpkgTemporalTable<Version>::version(qint64 fid) const
{
    if (!m_layer)
        return makeError(ProjectStoreText::tr("%1 has no %2 table.").arg(d.path, QString::fromLatin1(m_table)));
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(m_layer->GetFeature(fid));
    if (errors.hasFailure())
        return d.gdalError(ProjectStoreText::tr("cannot read version %1 of the %2").arg(fid).arg(QString::fromLatin1(m_table)),
                           errors);
    if (!f)
        return std::optional<Version>();
    auto read = this->read(*f, *m_fields);
    if (!read.ok())
        return read.error();
    return std::optional<Version>(*read);
}

template <class Version>
Result<Geometry> GpkgTemporalTable<Version>::geometry(qint64 fid) const
{
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(m_layer ? m_layer->GetFeature(fid) : nullptr);
    if (!f || !f->GetGeometryRef())
        return errors.hasFailure()
                   ? d.gdalError(ProjectStoreText::tr("cannot read version %1 of the %2").arg(fid).arg(QString::fromLatin1(m_table)),
                                 errors)
                   : makeError(ProjectStoreText::tr("%1: there is no version %2 in the %3.")
                                   .arg(d.path)
                                   .arg(fid)
                                   .arg(QString::fromLatin1(m_table)));
    return Geometry(f->GetGeometryRef()->exportToGEOS(geos::context()));
}

template <class Version>
QString GpkgTemporalTable<Version>::location() const
{
    return d.path;
}

template <class Version>
const Catalogue &GpkgTemporalTable<Version>::catalogue() const
{
    return d.catalogue;
}

template <class Version>
Result<void> GpkgTemporalTable<Version>::requireTransaction() const
{
    if (auto ok = d.requireTransaction(); !ok.ok())
        return ok;
    if (!m_layer)
        return makeError(ProjectStoreText::tr("%1 has no %2 table.").arg(d.path, QString::fromLatin1(m_table)));
    return {};
}

template <class Version>
Result<qint64> GpkgTemporalTable<Version>::readMaxId()
{
    // Inside the write transaction, which holds the file's write lock (GpkgStore::startTransaction):
    // no other writer can add an id until it ends.
    GdalErrorScope errors;
    const QByteArray text = "SELECT MAX(" + m_idColumn + ") FROM " + m_table;
    OGRLayer *result = d.ds->ExecuteSQL(text.constData(), nullptr, nullptr);
    if (!result)
        return d.gdalError(ProjectStoreText::tr("cannot read the numbers of the %1").arg(QString::fromLatin1(m_table)), errors);
    std::unique_ptr<OGRFeature> f(result->GetNextFeature());
    const qint64 max = (f && f->IsFieldSetAndNotNull(0)) ? f->GetFieldAsInteger64(0) : 0;
    d.ds->ReleaseResultSet(result);
    return max;
}

template <class Version>
Result<void> GpkgTemporalTable<Version>::writeRow(Version &version, const QByteArray &wkb, const QRectF &bounds)
{
    const qint64 id = VersionTraits<Version>::id(version);
    OGRGeometry *parsed = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &parsed, wkb.size()) != OGRERR_NONE || !parsed)
        return makeError(ProjectStoreText::tr("%1: the shape of %2 %3 cannot be read.")
                             .arg(d.path, QString::fromLatin1(m_idColumn))
                             .arg(id));
    std::unique_ptr<OGRGeometry> shape(GpkgColumns<Version>::shape(parsed));
    if (!m_insert)
        m_insert.reset(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
    OGRFeature &f = *m_insert;
    const Fields &c = *m_fields;
    const bool copy = version.fid != 0; // a copied row keeps its fid (TemporalLayer::insertCopy)
    f.SetFID(copy ? static_cast<GIntBig>(version.fid) : OGRNullFID);
    f.SetField(c.id, static_cast<GIntBig>(id));
    setDateField(f, c.validFrom, version.validFrom);
    setDateField(f, c.validTo, version.validTo);
    f.SetField(c.orgNo, version.department.orgNo);
    f.SetField(c.deptNo, version.department.deptNo);
    f.SetField(c.status, areaStatusCode(version.status));
    if (version.proposalId)
        f.SetField(c.proposalId, static_cast<GIntBig>(*version.proposalId));
    else
        f.SetFieldNull(c.proposalId);
    setStampFields(f, c.changedBy, c.changedAt, version.changedBy, version.changedAt);
    setStampFields(f, c.closedBy, c.closedAt, version.closedBy, version.closedAt);
    GpkgColumns<Version>::write(f, c.own, version);
    GpkgColumns<Version>::writeNew(f, c.own, d, version, copy);
    GdalErrorScope errors;
    f.SetGeometryDirectly(shape.release());
    const OGRErr err = m_layer->CreateFeature(&f);
    if (err != OGRERR_NONE || errors.hasFailure())
        return copy ? d.gdalError(ProjectStoreText::tr("cannot write row %1 (%2 %3) of the %4")
                                      .arg(version.fid)
                                      .arg(QString::fromLatin1(m_idColumn))
                                      .arg(id)
                                      .arg(QString::fromLatin1(m_table)),
                                  errors)
                    : d.gdalError(ProjectStoreText::tr("cannot write %1 %2").arg(QString::fromLatin1(m_idColumn)).arg(id), errors);
    version.fid = f.GetFID();
    GpkgColumns<Version>::written(d, version, bounds);
    return {};
}

template <class Version>
Result<std::unique_ptr<OGRFeature>> GpkgTemporalTable<Version>::guardedFeature(qint64 fid, const QDate &expectedValidTo,
                                                                              AreaStatus status) const
{
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(m_layer->GetFeature(fid));
    if (errors.hasFailure())
        return d.gdalError(ProjectStoreText::tr("cannot read version %1 of the %2").arg(fid).arg(QString::fromLatin1(m_table)),
                           errors);
    if (!f)
        return std::unique_ptr<OGRFeature>();
    const Fields &c = *m_fields;
    const bool proposed = stringField(*f, c.status) == QLatin1String("proposed");
    if (dateField(*f, c.validTo) != expectedValidTo || proposed != (status == AreaStatus::Proposed))
        return std::unique_ptr<OGRFeature>();
    return f;
}

template <class Version>
Result<bool> GpkgTemporalTable<Version>::writeValidTo(qint64 fid, const QDate &validTo, const QDate &expectedValidTo,
                                                      const QString &closedBy, const QDateTime &closedAt)
{
    auto found = guardedFeature(fid, expectedValidTo, AreaStatus::Current);
    if (!found.ok())
        return found.error();
    if (!*found)
        return false;
    OGRFeature &f = **found;
    GdalErrorScope errors;
    setDateField(f, m_fields->validTo, validTo);
    setStampFields(f, m_fields->closedBy, m_fields->closedAt, closedBy, closedAt);
    if (m_layer->SetFeature(&f) != OGRERR_NONE || errors.hasFailure())
        return d.gdalError(ProjectStoreText::tr("cannot close version %1 of the %2").arg(fid).arg(QString::fromLatin1(m_table)),
                           errors);
    return true;
}

template <class Version>
Result<bool> GpkgTemporalTable<Version>::deleteRow(qint64 fid, const QDate &expectedValidTo, AreaStatus status)
{
    auto found = guardedFeature(fid, expectedValidTo, status);
    if (!found.ok())
        return found.error();
    if (!*found)
        return false;
    GdalErrorScope errors;
    if (m_layer->DeleteFeature(fid) != OGRERR_NONE || errors.hasFailure())
        return d.gdalError(ProjectStoreText::tr("cannot delete version %1 of the %2").arg(fid).arg(QString::fromLatin1(m_table)),
                           errors);
    return true;
}

template <class Version>
Result<bool> GpkgTemporalTable<Version>::writeFields(const Version &version)
{
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(m_layer->GetFeature(version.fid));
    if (errors.hasFailure())
        return d.gdalError(ProjectStoreText::tr("cannot read version %1 of the %2").arg(version.fid).arg(QString::fromLatin1(m_table)),
                           errors);
    if (!f || stringField(*f, m_fields->status) != QLatin1String("proposed"))
        return false;
    GpkgColumns<Version>::write(*f, m_fields->own, version);
    if (m_layer->SetFeature(f.get()) != OGRERR_NONE || errors.hasFailure())
        return d.gdalError(ProjectStoreText::tr("cannot change the planned version %1").arg(version.fid), errors);
    return true;
}

template class GpkgTemporalTable<AreaVersion>;
template class GpkgTemporalTable<PathVersion>;
template class GpkgTemporalTable<ZoneVersion>;

} // namespace engdrift
