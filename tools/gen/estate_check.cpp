// checkEstate (see estate_generator.h): the GEOS self-check of an estate's tiling.

#include "estate_generator.h"

#include "geometry/geometry.h"
#include "geometry/geos_context.h"

#include <QCoreApplication>

#include <geos_c.h>

#include <cmath>
#include <vector>

namespace engdrift::gen {
namespace {

struct GeomList
{
    std::vector<GEOSGeometry *> items;
    GEOSContextHandle_t ctx;
    ~GeomList()
    {
        for (GEOSGeometry *g : items)
            GEOSGeom_destroy_r(ctx, g);
    }
};

double geosArea(GEOSContextHandle_t ctx, const GEOSGeometry *g)
{
    double a = 0;
    if (g)
        GEOSArea_r(ctx, g, &a);
    return a;
}

} // namespace

Geometry toGeometry(const Polygon &polygon)
{
    GEOSContextHandle_t ctx = geos::context();
    std::vector<GEOSGeometry *> rings;
    for (const Ring &ring : polygon.rings) {
        GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(ring.size()), 2);
        for (std::size_t i = 0; i < ring.size(); ++i)
            GEOSCoordSeq_setXY_r(ctx, seq, static_cast<unsigned>(i), ring[i].x, ring[i].y);
        rings.push_back(GEOSGeom_createLinearRing_r(ctx, seq));
    }
    return Geometry(
        GEOSGeom_createPolygon_r(ctx, rings.front(), rings.data() + 1, static_cast<unsigned>(rings.size() - 1)));
}

Result<void> checkEstate(const Estate &estate)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("engdrift::gen", text); };
    GEOSContextHandle_t ctx = geos::context();
    GeomList all{{}, ctx};
    const std::size_t areaCount = estate.areas.size();
    for (const EstateArea &a : estate.areas) {
        GEOSGeometry *g = toGeometry(a.polygon).release();
        all.items.push_back(g);
        if (GEOSisValid_r(ctx, g) != 1) {
            char *reason = GEOSisValidReason_r(ctx, g);
            const QString why = QString::fromUtf8(reason);
            GEOSFree_r(ctx, reason);
            return makeError(tr("area %1 (%2) is not a valid polygon: %3")
                                 .arg(QString::fromStdString(a.name), QString::fromUtf8(a.careType), why));
        }
        if (!(a.areaM2 > 0))
            return makeError(tr("area %1 has no area").arg(QString::fromStdString(a.name)));
    }
    for (const Polygon &b : estate.buildings)
        all.items.push_back(toGeometry(b).release());

    // Sum against outline: with the union equal to the outline, equal sums mean no overlaps.
    double sum = 0;
    for (GEOSGeometry *g : all.items)
        sum += geosArea(ctx, g);
    const Geometry outline = toGeometry(estate.outline);
    const double outlineArea = geosArea(ctx, outline.get());
    if (std::abs(sum - outlineArea) > 0.01)
        return makeError(tr("the areas and buildings sum to %1 m² but the outline has %2 m²")
                             .arg(sum, 0, 'f', 4)
                             .arg(outlineArea, 0, 'f', 4));

    // Union against outline.
    std::vector<GEOSGeometry *> clones;
    clones.reserve(all.items.size());
    for (GEOSGeometry *g : all.items)
        clones.push_back(GEOSGeom_clone_r(ctx, g));
    GeosGeometryPtr collection(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                           static_cast<unsigned>(clones.size())));
    GeosGeometryPtr united(GEOSUnaryUnion_r(ctx, collection.get()));
    if (!united)
        return makeError(tr("GEOS cannot unite the areas: %1").arg(geos::lastError()));
    GeosGeometryPtr symDiff(GEOSSymDifference_r(ctx, united.get(), outline.get()));
    const double mismatch = geosArea(ctx, symDiff.get());
    if (!symDiff || mismatch > 0.01)
        return makeError(tr("the union of the areas and buildings differs from the outline by %1 m²")
                             .arg(mismatch, 0, 'f', 4));

    // Pairwise overlaps, through an STR tree of the areas and buildings.
    GEOSSTRtree *tree = GEOSSTRtree_create_r(ctx, 10);
    std::vector<std::size_t> ids(all.items.size());
    for (std::size_t i = 0; i < all.items.size(); ++i) {
        ids[i] = i;
        GEOSSTRtree_insert_r(ctx, tree, all.items[i], &ids[i]);
    }
    double overlap = 0;
    QString worst;
    double worstArea = 0;
    struct Query
    {
        std::vector<std::size_t> hits;
    } query;
    for (std::size_t i = 0; i < all.items.size(); ++i) {
        query.hits.clear();
        GEOSSTRtree_query_r(
            ctx, tree, all.items[i],
            [](void *item, void *userdata) {
                static_cast<Query *>(userdata)->hits.push_back(*static_cast<std::size_t *>(item));
            },
            &query);
        for (std::size_t j : query.hits) {
            if (j <= i)
                continue;
            GeosGeometryPtr inter(GEOSIntersection_r(ctx, all.items[i], all.items[j]));
            const double a = geosArea(ctx, inter.get());
            overlap += a;
            if (a > worstArea) {
                worstArea = a;
                auto label = [&](std::size_t k) {
                    return k < areaCount ? QString::fromStdString(estate.areas[k].name)
                                         : QStringLiteral("building %1").arg(k - areaCount + 1);
                };
                worst = label(i) + QStringLiteral(" / ") + label(j);
            }
        }
    }
    GEOSSTRtree_destroy_r(ctx, tree);
    if (overlap > 0.01)
        return makeError(tr("areas overlap by %1 m² in all (most: %2, %3 m²)")
                             .arg(overlap, 0, 'f', 4)
                             .arg(worst)
                             .arg(worstArea, 0, 'f', 4));
    return {};
}

} // namespace engdrift::gen
