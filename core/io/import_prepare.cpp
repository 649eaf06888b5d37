// The first stage of an import (io/import_prepare_p.h): source features to prepared areas.

#include "io/import_prepare_p.h"

#include "crs/coordinate_transform.h"
#include "geometry/geometry.h"
#include "geometry/geos_context.h"
#include "util/gdal_error_scope.h"
#include "util/gdal_no_network.h"

#include <QHash>
#include <QStringDecoder>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>

namespace engdrift {
namespace {

constexpr int kSampleFids = 8;
constexpr qint64 kProgressEvery = 2000;
constexpr std::size_t kBatchAreas = 1000;

/// Lets OGR geometries be transformed by our PROJ transformation (and swap lat/lon-ordered data).
class ProjOgrTransform final : public OGRCoordinateTransformation
{
public:
    ProjOgrTransform(const CoordinateTransform &ct, bool swapInput) : m_ct(ct), m_swap(swapInput) {}
    OGRSpatialReference *GetSourceCS() override { return nullptr; }
    OGRSpatialReference *GetTargetCS() override { return nullptr; }
    int Transform(int count, double *x, double *y, double * /*z*/, double * /*t*/, int *success) override
    {
        if (m_swap) {
            for (int i = 0; i < count; ++i)
                std::swap(x[i], y[i]);
        }
        m_ct.transform(x, y, static_cast<std::size_t>(count));
        int ok = 0;
        for (int i = 0; i < count; ++i) {
            const bool good = x[i] != HUGE_VAL && y[i] != HUGE_VAL;
            if (success)
                success[i] = good ? TRUE : FALSE;
            ok += good ? 1 : 0;
        }
        return ok > 0 ? TRUE : FALSE;
    }
    OGRCoordinateTransformation *Clone() const override { return nullptr; }
    OGRCoordinateTransformation *GetInverse() const override { return nullptr; }

private:
    const CoordinateTransform &m_ct;
    bool m_swap;
};

/// The text of a field as UTF-8, or read as Latin-1 when it is not valid UTF-8.
QString decodeText(const char *raw, bool *wasLatin1)
{
    const QByteArrayView bytes(raw);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (!decoder.hasError()) {
        *wasLatin1 = false;
        return text;
    }
    *wasLatin1 = true;
    return QString::fromLatin1(bytes);
}

std::optional<int> parseNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value != std::floor(value) || value < min || value > max)
        return std::nullopt;
    return static_cast<int>(value);
}

/// A feature's start date from a date, date-time or text (YYYY-MM-DD...) field; invalid if empty or
/// not a date.
QDate startDate(const OGRFeature &feature, int index)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
        float sec = 0;
        if (!feature.GetFieldAsDateTime(index, &y, &m, &d, &h, &mi, &sec, &tz))
            return {};
        return QDate(y, m, d);
    }
    const QString text = QString::fromUtf8(feature.GetFieldAsString(index)).trimmed();
    return QDate::fromString(text.left(10), Qt::ISODate);
}

/// Reads one text field of the features, remembering what each distinct raw value decoded and
/// parsed to: a source repeats a few values (department numbers, care codes) thousands of times.
template <typename T>
class CachedField
{
public:
    struct Value
    {
        bool isNull = true;
        bool latin1 = false;
        QString text;
        T parsed{};
    };
    CachedField(int index, std::function<T(const QString &)> parse) : m_index(index), m_parse(std::move(parse)) {}

    const Value &read(const OGRFeature &feature)
    {
        if (!feature.IsFieldSetAndNotNull(m_index))
            return m_null;
        const QByteArray raw(feature.GetFieldAsString(m_index));
        auto it = m_cache.constFind(raw);
        if (it != m_cache.cend())
            return *it;
        if (m_cache.size() > 50000)
            m_cache.clear(); // an identifier-like field: caching buys nothing
        Value v;
        v.isNull = false;
        v.text = decodeText(raw.constData(), &v.latin1);
        v.parsed = m_parse(v.text);
        return *m_cache.insert(raw, v);
    }

private:
    int m_index;
    std::function<T(const QString &)> m_parse;
    QHash<QByteArray, Value> m_cache;
    Value m_null;
};

/// Appends the polygonal members of a (possibly nested) collection to `out`; counts the others.
void collectPolygons(const OGRGeometry *g, OGRMultiPolygon &out, int &dropped)
{
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon:
        out.addGeometry(g);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *g->toGeometryCollection())
            collectPolygons(part, out, dropped);
        break;
    default:
        ++dropped;
    }
}

/// The rectangle (in the project CRS) outside of which data is "far outside" the CRS's area of use.
std::optional<QRectF> plausibleExtent(const Crs &projectCrs)
{
    const auto area = projectCrs.areaOfUse();
    if (!area)
        return std::nullopt;
    // One UTM zone of slack east and west (Denmark east of 12°E is still mapped in EPSG:25832).
    const QRectF geographic(QPointF(std::max(-180.0, area->west - 6.0), std::max(-90.0, area->south - 4.0)),
                            QPointF(std::min(180.0, area->east + 6.0), std::min(90.0, area->north + 4.0)));
    auto wgs84 = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
    if (!wgs84.ok())
        return std::nullopt;
    auto ct = CoordinateTransform::create(*wgs84, projectCrs);
    if (!ct.ok())
        return std::nullopt;
    return ct->transformBounds(geographic);
}

QString describePlace(const QRectF &box, const Crs &crs)
{
    const QPointF c = box.center();
    auto wgs84 = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
    if (wgs84.ok()) {
        if (auto ct = CoordinateTransform::create(crs, *wgs84); ct.ok()) {
            if (auto geo = ct->transform(c))
                return ImportText::tr("%1°E %2°N").arg(geo->x(), 0, 'f', 2).arg(geo->y(), 0, 'f', 2);
        }
    }
    return ImportText::tr("x %1, y %2 (%3)").arg(c.x(), 0, 'f', 0).arg(c.y(), 0, 'f', 0).arg(crs.displayName());
}

QString describeArea(const GeoBounds &b)
{
    return ImportText::tr("%1°E to %2°E, %3°N to %4°N")
        .arg(b.west, 0, 'f', 1)
        .arg(b.east, 0, 'f', 1)
        .arg(b.south, 0, 'f', 1)
        .arg(b.north, 0, 'f', 1);
}

} // namespace

bool BatchQueue::put(PreparedBatch batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_closed || m_batches.size() < m_capacity; });
    if (m_closed)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

PreparedBatch BatchQueue::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_batches.empty(); });
    PreparedBatch batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return batch;
}

void BatchQueue::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_batches.clear();
    m_changed.notify_all();
}

void noteFeature(ImportReport &report, ImportNote kind, const QString &fid)
{
    ImportNoteCount &n = report.notes[kind];
    ++n.count;
    if (n.sampleFids.size() < kSampleFids)
        n.sampleFids << fid;
}

void prepareAreas(OGRLayer *layer, const PrepareSettings &s, BatchQueue &queue, ImportReport &report,
                  const std::atomic_bool &cancel)
{
    NoNetworkScope offline; // the features are read on this thread
    // PROJ and GEOS objects belong to the thread that made them: this one makes its own.
    auto transform = CoordinateTransform::create(s.sourceCrs, s.projectCrs);
    if (!transform.ok()) {
        PreparedBatch failed;
        failed.error = makeError(QStringLiteral("%1: %2").arg(s.sourcePath, transform.errorMessage()));
        failed.last = true;
        queue.put(std::move(failed));
        return;
    }
    ProjOgrTransform ogrTransform(*transform, s.swapAxes);
    const bool needsTransform = !transform->isIdentity() || s.swapAxes;
    const std::optional<QRectF> plausible = plausibleExtent(s.projectCrs);

    using Number = std::optional<int>;
    std::optional<CachedField<Number>> orgField, deptField;
    if (!s.department) {
        orgField.emplace(s.orgIndex, [](const QString &t) { return parseNumber(t, 1, 999999); });
        deptField.emplace(s.deptIndex, [](const QString &t) { return parseNumber(t, 0, 999); });
    }
    std::optional<CachedField<std::optional<QString>>> careField;
    if (s.fixedCare.isEmpty())
        careField.emplace(s.careIndex, [&s](const QString &t) { return s.mapping->map(t); });

    GdalErrorScope errors;
    layer->ResetReading();
    qint64 index = 0;
    auto geosCtx = geos::context();
    PreparedBatch batch;
    // Ends the preparation with an error (the writer returns it; nothing is written).
    auto fail = [&](Error error) {
        batch.areas.clear();
        batch.error = std::move(error);
        batch.last = true;
        batch.featuresRead = index;
        queue.put(std::move(batch));
    };
    while (true) {
        if (cancel.load())
            return;
        std::unique_ptr<OGRFeature> feature(layer->GetNextFeature());
        if (errors.hasFailure())
            return fail(makeError(ImportText::tr("%1: reading stopped after %2 features: %3")
                                      .arg(s.sourcePath)
                                      .arg(index)
                                      .arg(errors.failureText())));
        if (!feature)
            break;
        ++index;
        ++report.featuresRead;
        if (batch.areas.size() >= kBatchAreas || index % kProgressEvery == 0) {
            batch.featuresRead = index;
            if (!queue.put(std::move(batch)))
                return;
            batch = PreparedBatch();
        }
        const QString fid = feature->GetFID() == OGRNullFID ? QString::number(index - 1)
                                                             : QString::number(feature->GetFID());

        // --- geometry
        std::unique_ptr<OGRGeometry> geom(feature->StealGeometry());
        if (!geom) {
            noteFeature(report, ImportNote::NullGeometry, fid);
            continue;
        }
        if (geom->IsEmpty()) {
            noteFeature(report, ImportNote::EmptyGeometry, fid);
            continue;
        }
        OGRwkbGeometryType type = wkbFlatten(geom->getGeometryType());
        if (s.cadDrawing && (type == wkbLineString || type == wkbCompoundCurve || type == wkbCircularString)) {
            // In a CAD drawing a closed polyline outlines an area.
            std::unique_ptr<OGRGeometry> linear(geom->getLinearGeometry());
            auto *line = dynamic_cast<OGRLineString *>(linear.get());
            // Arcs (bulges) can leave the ends a rounding error apart: a millimetre closes the ring.
            const bool closed = line && line->getNumPoints() >= 4 &&
                                std::hypot(line->getX(0) - line->getX(line->getNumPoints() - 1),
                                           line->getY(0) - line->getY(line->getNumPoints() - 1)) <= 1e-3;
            if (closed) {
                line->setPoint(line->getNumPoints() - 1, line->getX(0), line->getY(0));
                auto polygon = std::make_unique<OGRPolygon>();
                polygon->addRingDirectly(OGRCurve::CastToLinearRing(static_cast<OGRLineString *>(linear.release())));
                geom = std::move(polygon);
                type = wkbPolygon;
                noteFeature(report, ImportNote::ClosedLineAsArea, fid);
            }
        }
        if (type == wkbPoint || type == wkbMultiPoint || type == wkbLineString || type == wkbMultiLineString ||
            type == wkbCircularString || type == wkbCompoundCurve || type == wkbMultiCurve) {
            noteFeature(report, ImportNote::NotPolygon, fid);
            continue;
        }
        if (geom->Is3D() || geom->IsMeasured()) {
            geom->set3D(FALSE);
            geom->setMeasured(FALSE);
            noteFeature(report, ImportNote::ZmDropped, fid);
        }
        if (type == wkbPolyhedralSurface || type == wkbTIN) {
            geom.reset(OGRGeometryFactory::forceToMultiPolygon(geom.release()));
            noteFeature(report, ImportNote::SurfaceFlattened, fid);
        }
        if (geom->hasCurveGeometry(FALSE)) {
            // Curve types (CurvePolygon, MultiSurface, ...) become linear ones; report only real arcs.
            if (geom->hasCurveGeometry(TRUE))
                noteFeature(report, ImportNote::CurvesLinearized, fid);
            geom.reset(geom->getLinearGeometry());
        }
        type = wkbFlatten(geom->getGeometryType());
        if (type == wkbGeometryCollection) {
            auto polygons = std::make_unique<OGRMultiPolygon>();
            int dropped = 0;
            collectPolygons(geom.get(), *polygons, dropped);
            if (polygons->IsEmpty()) {
                noteFeature(report, ImportNote::NotPolygon, fid);
                continue;
            }
            if (dropped > 0)
                noteFeature(report, ImportNote::PartsDropped, fid);
            geom = std::move(polygons);
        } else if (type != wkbPolygon && type != wkbMultiPolygon) {
            noteFeature(report, ImportNote::NotPolygon, fid);
            continue;
        }
        geom->closeRings();
        if (needsTransform && geom->transform(&ogrTransform) != OGRERR_NONE) {
            OGREnvelope env;
            geom->getEnvelope(&env);
            return fail(makeError(ImportText::tr("%1: feature %2 cannot be transformed from %3 to %4; its coordinates are "
                                                 "not plausible in %3. Is the source's coordinate reference system right?")
                                      .arg(s.sourcePath, fid, s.sourceCrs.displayName(), s.projectCrs.displayName())));
        }
        OGREnvelope env;
        geom->getEnvelope(&env);
        const QRectF box(QPointF(env.MinX, env.MinY), QPointF(env.MaxX, env.MaxY));
        if (!std::isfinite(env.MinX) || !std::isfinite(env.MaxX) || !std::isfinite(env.MinY) ||
            !std::isfinite(env.MaxY) || (plausible && !plausible->contains(box))) {
            const auto area = s.projectCrs.areaOfUse();
            if (!std::isfinite(env.MinX) || !std::isfinite(env.MaxX) || !std::isfinite(env.MinY) ||
                !std::isfinite(env.MaxY) || !area)
                return fail(makeError(ImportText::tr("%1: feature %2 has coordinates that cannot be used in %3. The source "
                                                     "says its coordinates are in %4: is that right? Nothing was imported.")
                                          .arg(s.sourcePath, fid, s.projectCrs.displayName(), s.sourceCrs.displayName())));
            return fail(makeError(ImportText::tr("%1: feature %2 lies at %3, far outside the area where %4 is used (%5). "
                                                 "The source says its coordinates are in %6: is that right? Nothing was "
                                                 "imported.")
                                      .arg(s.sourcePath, fid, describePlace(box, s.projectCrs), s.projectCrs.displayName(),
                                           describeArea(*area), s.sourceCrs.displayName())));
        }

        PreparedArea prepared;
        prepared.fid = fid;
        Geometry checked(geom->exportToGEOS(geosCtx));
        if (checked.isNull()) {
            noteFeature(report, ImportNote::Unrepairable, fid);
            continue;
        }
        if (!checked.isValid()) {
            auto fixed = checked.makeValidPolygonal();
            if (!fixed.ok() || fixed->isEmpty() || fixed->area() <= 0) {
                noteFeature(report, ImportNote::Unrepairable, fid);
                continue;
            }
            noteFeature(report, ImportNote::Repaired, fid);
            const Geometry multi = fixed->toMultiPolygon();
            prepared.areaM2 = multi.area();
            prepared.wkb = multi.toWkb();
            prepared.bounds = multi.envelope();
        } else {
            prepared.areaM2 = checked.area();
            if (wkbFlatten(geom->getGeometryType()) == wkbPolygon)
                geom.reset(OGRGeometryFactory::forceToMultiPolygon(geom.release()));
            prepared.wkb.resize(static_cast<qsizetype>(geom->WkbSize()));
            geom->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(prepared.wkb.data()), wkbVariantIso);
            prepared.bounds = box;
        }
        if (!(prepared.areaM2 > 0)) {
            noteFeature(report, ImportNote::EmptyGeometry, fid);
            continue;
        }

        // --- department
        bool anyLatin1 = false;
        if (s.department) {
            prepared.department = *s.department;
        } else {
            const auto &org = orgField->read(*feature);
            const auto &dept = deptField->read(*feature);
            anyLatin1 = org.latin1 || dept.latin1;
            if (org.isNull || dept.isNull || !org.parsed || !dept.parsed) {
                noteFeature(report, ImportNote::BadDepartment, fid);
                continue;
            }
            prepared.department = DepartmentKey{*org.parsed, *dept.parsed};
        }

        // --- care type
        if (!s.fixedCare.isEmpty()) {
            prepared.careType = s.fixedCare;
        } else {
            const auto &care = careField->read(*feature);
            anyLatin1 |= care.latin1;
            if (care.parsed) {
                prepared.careType = *care.parsed;
            } else {
                prepared.careType = Catalogue::unknownCode();
                noteFeature(report, ImportNote::UnmappedCareType, fid);
                report.unmappedValues[care.text.isEmpty() ? ImportText::tr("(empty)") : care.text] += 1;
            }
        }
        if (anyLatin1)
            noteFeature(report, ImportNote::TextNotUtf8, fid);

        prepared.validFrom = s.validFrom;
        if (s.startIndex >= 0) {
            const QDate start = startDate(*feature, s.startIndex);
            if (start.isValid())
                prepared.validFrom = start;
            else
                noteFeature(report, ImportNote::NoStartDate, fid);
        }
        if (!report.earliestStart.isValid() || prepared.validFrom < report.earliestStart)
            report.earliestStart = prepared.validFrom;
        batch.areas.push_back(std::move(prepared));
    }
    batch.featuresRead = index;
    batch.last = true;
    queue.put(std::move(batch));
}

} // namespace engdrift
