#include "geometry/geometry.h"

#include "geometry/geos_context.h"

#include <QCoreApplication>

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace engdrift {
namespace {
struct GeometryText
{
    Q_DECLARE_TR_FUNCTIONS(Geometry)
};
} // namespace
namespace {


Error geosError(const QString &what)
{
    const QString detail = geos::lastError();
    return makeError(detail.isEmpty() ? what : what + QStringLiteral(": ") + detail);
}

void collectPolygons(GEOSContextHandle_t ctx, const GEOSGeometry *g, std::vector<GEOSGeometry *> &out)
{
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(ctx, g))
            out.push_back(GEOSGeom_clone_r(ctx, g));
        return;
    }
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i)
            collectPolygons(ctx, GEOSGetGeometryN_r(ctx, g, i), out);
    }
}

/// The points of a coordinate sequence.
QList<QPointF> pointsOf(GEOSContextHandle_t ctx, const GEOSCoordSequence *seq)
{
    QList<QPointF> points;
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n))
        return points;
    points.reserve(static_cast<qsizetype>(n));
    for (unsigned int i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        points << QPointF(x, y);
    }
    return points;
}

/// A coordinate sequence of the points (closed: the first point again at the end), or null.
GEOSCoordSequence *sequenceOf(GEOSContextHandle_t ctx, const QList<QPointF> &points, bool close)
{
    const auto size = static_cast<unsigned int>(points.size() + (close ? 1 : 0));
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, size, 2);
    if (!seq)
        return nullptr;
    for (unsigned int i = 0; i < size; ++i) {
        const QPointF &p = points.at(i < points.size() ? static_cast<qsizetype>(i) : 0);
        if (!GEOSCoordSeq_setXY_r(ctx, seq, i, p.x(), p.y())) {
            GEOSCoordSeq_destroy_r(ctx, seq);
            return nullptr;
        }
    }
    return seq;
}

/// Why the points cannot make a ring or a line (`needed` different points), or empty.
QString pointsProblem(const QList<QPointF> &points, int needed, const QString &what)
{
    QList<QPointF> distinct;
    for (const QPointF &p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return GeometryText::tr("%1 has a point without valid coordinates.").arg(what);
        if (!distinct.contains(p))
            distinct << p;
    }
    if (distinct.size() < needed)
        return needed == 3 ? GeometryText::tr("%1 needs at least three different points; it has %2.").arg(what).arg(distinct.size())
                           : GeometryText::tr("%1 needs at least two different points; it has %2.").arg(what).arg(distinct.size());
    return {};
}

GEOSGeometry *makeMultiPolygon(GEOSContextHandle_t ctx, std::vector<GEOSGeometry *> &parts)
{
    return GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(),
                                       static_cast<unsigned>(parts.size()));
}

} // namespace

void GeosGeometryDeleter::operator()(GEOSGeometry *geometry) const
{
    if (geometry)
        GEOSGeom_destroy_r(geos::context(), geometry);
}

Result<Geometry> Geometry::fromWkb(const QByteArray &wkb)
{
    auto ctx = geos::context();
    geos::clearLastError();
    GEOSWKBReader *reader = GEOSWKBReader_create_r(ctx);
    GEOSGeometry *g = GEOSWKBReader_read_r(ctx, reader, reinterpret_cast<const unsigned char *>(wkb.constData()),
                                           static_cast<size_t>(wkb.size()));
    GEOSWKBReader_destroy_r(ctx, reader);
    if (!g)
        return geosError(GeometryText::tr("Cannot read the geometry (WKB)"));
    return Geometry(g);
}

Result<Geometry> Geometry::fromWkt(const QString &wkt)
{
    auto ctx = geos::context();
    geos::clearLastError();
    GEOSWKTReader *reader = GEOSWKTReader_create_r(ctx);
    GEOSGeometry *g = GEOSWKTReader_read_r(ctx, reader, wkt.toUtf8().constData());
    GEOSWKTReader_destroy_r(ctx, reader);
    if (!g)
        return geosError(GeometryText::tr("Cannot read the geometry (WKT)"));
    return Geometry(g);
}

Geometry Geometry::rectangle(const QRectF &rect)
{
    return Geometry(GEOSGeom_createRectangle_r(geos::context(), rect.left(), rect.top(), rect.right(),
                                               rect.bottom()));
}

Result<Geometry> Geometry::polygon(const QList<QList<QPointF>> &rings)
{
    if (rings.isEmpty())
        return makeError(GeometryText::tr("A polygon needs an outline."));
    auto ctx = geos::context();
    geos::clearLastError();
    std::vector<GEOSGeometry *> made; // owned until the polygon takes them
    auto release = [&] {
        for (GEOSGeometry *g : made)
            GEOSGeom_destroy_r(ctx, g);
    };
    for (qsizetype r = 0; r < rings.size(); ++r) {
        QList<QPointF> ring = rings.at(r);
        if (ring.size() > 1 && ring.first() == ring.last())
            ring.removeLast();
        const QString what = r == 0 ? GeometryText::tr("The outline") : GeometryText::tr("Hole %1").arg(r);
        if (const QString problem = pointsProblem(ring, 3, what); !problem.isEmpty()) {
            release();
            return makeError(problem);
        }
        GEOSCoordSequence *seq = sequenceOf(ctx, ring, true);
        GEOSGeometry *linearRing = seq ? GEOSGeom_createLinearRing_r(ctx, seq) : nullptr; // takes the sequence
        if (!linearRing) {
            release();
            return geosError(GeometryText::tr("Cannot build the outline"));
        }
        made.push_back(linearRing);
    }
    GEOSGeometry *holes = nullptr;
    GEOSGeometry **holeList = made.size() > 1 ? &made[1] : &holes;
    GEOSGeometry *g = GEOSGeom_createPolygon_r(ctx, made.front(), holeList, static_cast<unsigned int>(made.size() - 1));
    if (!g) {
        release();
        return geosError(GeometryText::tr("Cannot build the outline"));
    }
    return Geometry(g); // the polygon owns the rings now
}

Result<Geometry> Geometry::lineString(const QList<QPointF> &points)
{
    if (const QString problem = pointsProblem(points, 2, GeometryText::tr("A line")); !problem.isEmpty())
        return makeError(problem);
    auto ctx = geos::context();
    geos::clearLastError();
    GEOSCoordSequence *seq = sequenceOf(ctx, points, false);
    GEOSGeometry *g = seq ? GEOSGeom_createLineString_r(ctx, seq) : nullptr; // takes the sequence
    if (!g)
        return geosError(GeometryText::tr("Cannot build the line"));
    return Geometry(g);
}

QList<QList<QPointF>> Geometry::rings() const
{
    QList<QList<QPointF>> result;
    if (!m_geom)
        return result;
    auto ctx = geos::context();
    const GEOSGeometry *polygon = m_geom.get();
    if (GEOSGeomTypeId_r(ctx, polygon) == GEOS_MULTIPOLYGON) {
        if (GEOSGetNumGeometries_r(ctx, polygon) != 1)
            return result;
        polygon = GEOSGetGeometryN_r(ctx, polygon, 0);
    }
    if (GEOSGeomTypeId_r(ctx, polygon) != GEOS_POLYGON || GEOSisEmpty_r(ctx, polygon) == 1)
        return result;
    auto add = [&](const GEOSGeometry *ring) {
        QList<QPointF> points = pointsOf(ctx, GEOSGeom_getCoordSeq_r(ctx, ring));
        if (points.size() > 1 && points.first() == points.last())
            points.removeLast();
        result << points;
    };
    add(GEOSGetExteriorRing_r(ctx, polygon));
    const int holes = GEOSGetNumInteriorRings_r(ctx, polygon);
    for (int i = 0; i < holes; ++i)
        add(GEOSGetInteriorRingN_r(ctx, polygon, i));
    return result;
}

QList<QPointF> Geometry::points() const
{
    if (!m_geom)
        return {};
    auto ctx = geos::context();
    if (GEOSGeomTypeId_r(ctx, m_geom.get()) != GEOS_LINESTRING)
        return {};
    return pointsOf(ctx, GEOSGeom_getCoordSeq_r(ctx, m_geom.get()));
}

bool Geometry::isEmpty() const
{
    return !m_geom || GEOSisEmpty_r(geos::context(), m_geom.get()) == 1;
}

bool Geometry::isPolygonal() const
{
    if (!m_geom)
        return false;
    const int type = GEOSGeomTypeId_r(geos::context(), m_geom.get());
    return type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON;
}

bool Geometry::isValid() const
{
    return m_geom && GEOSisValid_r(geos::context(), m_geom.get()) == 1;
}

QString Geometry::invalidReason() const
{
    if (!m_geom)
        return GeometryText::tr("no geometry");
    auto ctx = geos::context();
    char *reason = GEOSisValidReason_r(ctx, m_geom.get());
    if (!reason)
        return geos::lastError();
    QString text = QString::fromUtf8(reason);
    GEOSFree_r(ctx, reason);
    return text == QLatin1String("Valid Geometry") ? QString() : text;
}

double Geometry::area() const
{
    double a = 0.0;
    if (m_geom && GEOSArea_r(geos::context(), m_geom.get(), &a) != 1)
        return 0.0;
    return a;
}

double Geometry::length() const
{
    double l = 0.0;
    if (m_geom && GEOSLength_r(geos::context(), m_geom.get(), &l) != 1)
        return 0.0;
    return l;
}

bool Geometry::isLineal() const
{
    if (!m_geom)
        return false;
    const int type = GEOSGeomTypeId_r(geos::context(), m_geom.get());
    return type == GEOS_LINESTRING || type == GEOS_MULTILINESTRING;
}

QRectF Geometry::envelope() const
{
    if (isEmpty())
        return {};
    auto ctx = geos::context();
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    GEOSGeom_getXMin_r(ctx, m_geom.get(), &xmin);
    GEOSGeom_getYMin_r(ctx, m_geom.get(), &ymin);
    GEOSGeom_getXMax_r(ctx, m_geom.get(), &xmax);
    GEOSGeom_getYMax_r(ctx, m_geom.get(), &ymax);
    return QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
}

int Geometry::numGeometries() const
{
    return m_geom ? GEOSGetNumGeometries_r(geos::context(), m_geom.get()) : 0;
}

int Geometry::numPoints() const
{
    return m_geom ? GEOSGetNumCoordinates_r(geos::context(), m_geom.get()) : 0;
}

QString Geometry::geometryType() const
{
    if (!m_geom)
        return {};
    auto ctx = geos::context();
    char *type = GEOSGeomType_r(ctx, m_geom.get());
    QString text = QString::fromUtf8(type);
    GEOSFree_r(ctx, type);
    return text;
}

std::optional<QPointF> Geometry::pointOnSurface() const
{
    if (isEmpty())
        return std::nullopt;
    auto ctx = geos::context();
    GeosGeometryPtr point(GEOSPointOnSurface_r(ctx, m_geom.get()));
    double x = 0, y = 0;
    if (!point || GEOSGeomGetX_r(ctx, point.get(), &x) != 1 || GEOSGeomGetY_r(ctx, point.get(), &y) != 1)
        return std::nullopt;
    return QPointF(x, y);
}

Geometry Geometry::clone() const
{
    return m_geom ? Geometry(GEOSGeom_clone_r(geos::context(), m_geom.get())) : Geometry();
}

Result<Geometry> Geometry::makeValidPolygonal() const
{
    if (!m_geom)
        return makeError(GeometryText::tr("no geometry"));
    auto ctx = geos::context();
    geos::clearLastError();
    GEOSMakeValidParams *params = GEOSMakeValidParams_create_r(ctx);
    GEOSMakeValidParams_setMethod_r(ctx, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(ctx, params, 0);
    GEOSGeometry *fixed = GEOSMakeValidWithParams_r(ctx, m_geom.get(), params);
    GEOSMakeValidParams_destroy_r(ctx, params);
    if (!fixed)
        return geosError(GeometryText::tr("Cannot repair the geometry"));
    Geometry repaired(fixed);
    Geometry polygons = repaired.polygonalPart();
    if (!polygons.isValid()) {
        // Overlapping parts of a multipolygon survive the structure method: dissolve them.
        GEOSGeometry *dissolved = GEOSUnaryUnion_r(ctx, polygons.get());
        if (!dissolved)
            return geosError(GeometryText::tr("Cannot repair the geometry"));
        polygons = Geometry(dissolved).polygonalPart();
    }
    return polygons;
}

Geometry Geometry::polygonalPart() const
{
    auto ctx = geos::context();
    std::vector<GEOSGeometry *> parts;
    if (m_geom)
        collectPolygons(ctx, m_geom.get(), parts);
    return Geometry(makeMultiPolygon(ctx, parts));
}

Geometry Geometry::toMultiPolygon() const
{
    if (!m_geom)
        return {};
    auto ctx = geos::context();
    if (GEOSGeomTypeId_r(ctx, m_geom.get()) != GEOS_POLYGON)
        return clone();
    std::vector<GEOSGeometry *> parts{GEOSGeom_clone_r(ctx, m_geom.get())};
    return Geometry(makeMultiPolygon(ctx, parts));
}

Result<Geometry> Geometry::band(double width) const
{
    if (!m_geom)
        return makeError(GeometryText::tr("no geometry"));
    geos::clearLastError();
    GEOSGeometry *g = GEOSBufferWithStyle_r(geos::context(), m_geom.get(), width / 2, 8, GEOSBUF_CAP_FLAT,
                                            GEOSBUF_JOIN_MITRE, 5.0);
    if (!g)
        return geosError(GeometryText::tr("Cannot make the band along the line"));
    return Geometry(g).polygonalPart();
}

Result<Geometry> Geometry::dissolve(const std::vector<const Geometry *> &parts)
{
    auto ctx = geos::context();
    std::vector<GEOSGeometry *> clones;
    for (const Geometry *part : parts) {
        if (part && part->get())
            clones.push_back(GEOSGeom_clone_r(ctx, part->get()));
    }
    geos::clearLastError();
    Geometry collection(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                    static_cast<unsigned>(clones.size())));
    if (collection.isNull())
        return geosError(GeometryText::tr("Cannot merge the geometries"));
    GEOSGeometry *merged = GEOSUnaryUnion_r(ctx, collection.get());
    if (!merged)
        return geosError(GeometryText::tr("Cannot merge the geometries"));
    Geometry result = Geometry(merged).polygonalPart();
    if (!result.isValid())
        return result.makeValidPolygonal();
    return result;
}

Result<Geometry> Geometry::intersection(const Geometry &other) const
{
    geos::clearLastError();
    GEOSGeometry *g = GEOSIntersection_r(geos::context(), m_geom.get(), other.get());
    if (!g)
        return geosError(GeometryText::tr("Cannot intersect the geometries"));
    return Geometry(g);
}

Result<Geometry> Geometry::difference(const Geometry &other) const
{
    geos::clearLastError();
    GEOSGeometry *g = GEOSDifference_r(geos::context(), m_geom.get(), other.get());
    if (!g)
        return geosError(GeometryText::tr("Cannot subtract the geometries"));
    return Geometry(g);
}

Result<Geometry> Geometry::unite(const Geometry &other) const
{
    geos::clearLastError();
    GEOSGeometry *g = GEOSUnion_r(geos::context(), m_geom.get(), other.get());
    if (!g)
        return geosError(GeometryText::tr("Cannot merge the geometries"));
    return Geometry(g);
}

bool Geometry::intersects(const Geometry &other) const
{
    return m_geom && other.m_geom && GEOSIntersects_r(geos::context(), m_geom.get(), other.get()) == 1;
}

bool Geometry::equalsExact(const Geometry &other, double tolerance) const
{
    return m_geom && other.m_geom &&
           GEOSEqualsExact_r(geos::context(), m_geom.get(), other.get(), tolerance) == 1;
}

QByteArray Geometry::toWkb() const
{
    if (!m_geom)
        return {};
    auto ctx = geos::context();
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setOutputDimension_r(ctx, writer, 2);
    GEOSWKBWriter_setFlavor_r(ctx, writer, GEOS_WKB_ISO);
    size_t size = 0;
    unsigned char *bytes = GEOSWKBWriter_write_r(ctx, writer, m_geom.get(), &size);
    GEOSWKBWriter_destroy_r(ctx, writer);
    QByteArray wkb(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    GEOSFree_r(ctx, bytes);
    return wkb;
}

QString Geometry::toWkt(int decimals) const
{
    if (!m_geom)
        return {};
    auto ctx = geos::context();
    GEOSWKTWriter *writer = GEOSWKTWriter_create_r(ctx);
    GEOSWKTWriter_setTrim_r(ctx, writer, 1);
    GEOSWKTWriter_setRoundingPrecision_r(ctx, writer, decimals);
    GEOSWKTWriter_setOutputDimension_r(ctx, writer, 2);
    char *text = GEOSWKTWriter_write_r(ctx, writer, m_geom.get());
    GEOSWKTWriter_destroy_r(ctx, writer);
    QString wkt = QString::fromUtf8(text);
    GEOSFree_r(ctx, text);
    return wkt;
}

double rectDistance(const QRectF &a, const QRectF &b)
{
    const double dx = std::max({0.0, a.left() - b.right(), b.left() - a.right()});
    const double dy = std::max({0.0, a.top() - b.bottom(), b.top() - a.bottom()});
    return std::hypot(dx, dy);
}

} // namespace engdrift
