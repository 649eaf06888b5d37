#include "analysis/nature.h"

#include "geometry/geometry.h"
#include "geometry/geos_context.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace engdrift {
namespace {

struct NatureText
{
    Q_DECLARE_TR_FUNCTIONS(Nature)
};

/// Inputs this large are worked on by two threads.
constexpr qsizetype kParallelFrom = 4000;
/// Geometries with more vertices are prepared (indexed) before their distances are measured.
constexpr int kPrepareFromPoints = 40;

QString distinctivenessWord(int score)
{
    if (score >= 8)
        return NatureText::tr("very high");
    if (score >= 6)
        return NatureText::tr("high");
    if (score >= 4)
        return NatureText::tr("medium");
    if (score >= 2)
        return NatureText::tr("low");
    return NatureText::tr("very low");
}

QString conditionWord(HabitatCondition condition)
{
    switch (condition) {
    case HabitatCondition::Poor:
        return NatureText::tr("poor");
    case HabitatCondition::FairlyPoor:
        return NatureText::tr("fairly poor");
    case HabitatCondition::Moderate:
        return NatureText::tr("moderate");
    case HabitatCondition::FairlyGood:
        return NatureText::tr("fairly good");
    case HabitatCondition::Good:
        return NatureText::tr("good");
    }
    return {};
}

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

void unite(std::vector<int> &parent, int a, int b)
{
    a = findRoot(parent, a);
    b = findRoot(parent, b);
    if (a != b)
        parent[std::max(a, b)] = std::min(a, b);
}

/// Runs work(begin, end) over [0, n) in chunks of `chunk`, on the calling thread and, for large
/// inputs, on more (up to the cores there are, at most 8), each taking the next chunk when done.
void parallelFor(qsizetype n, qsizetype chunk, const std::function<void(qsizetype, qsizetype)> &work)
{
    if (n <= 0)
        return;
    const int threads =
        n < kParallelFrom ? 1 : std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 8);
    if (threads == 1) {
        work(0, n);
        return;
    }
    std::atomic<qsizetype> next{0};
    auto run = [&] {
        for (qsizetype begin = next.fetch_add(chunk); begin < n; begin = next.fetch_add(chunk))
            work(begin, std::min(n, begin + chunk));
    };
    std::vector<std::thread> others;
    for (int t = 1; t < threads; ++t)
        others.emplace_back(run);
    run();
    for (std::thread &t : others)
        t.join();
}

/// Are two geometries at most `distance` apart?
bool distanceWithin(const Geometry &a, const Geometry &b, double distance)
{
    return GEOSDistanceWithin_r(geos::context(), a.get(), b.get(), distance) == 1;
}

/// Reads the two points of a GEOS nearest-points answer and frees it.
bool takePoints(GEOSCoordSequence *points, QPointF &pointA, QPointF &pointB)
{
    if (!points)
        return false;
    auto ctx = geos::context();
    double x = 0, y = 0;
    GEOSCoordSeq_getXY_r(ctx, points, 0, &x, &y);
    pointA = QPointF(x, y);
    GEOSCoordSeq_getXY_r(ctx, points, 1, &x, &y);
    pointB = QPointF(x, y);
    GEOSCoordSeq_destroy_r(ctx, points);
    return true;
}

/// An STRtree over geometries (indexes as items), built before it is shared between threads.
class GeometryTree
{
public:
    explicit GeometryTree(const std::vector<Geometry> &geometries) : m_ctx(geos::context())
    {
        m_tree = GEOSSTRtree_create_r(m_ctx, 10);
        for (size_t i = 0; i < geometries.size(); ++i) {
            if (!geometries[i].isNull())
                GEOSSTRtree_insert_r(m_ctx, m_tree, geometries[i].get(),
                                     reinterpret_cast<void *>(static_cast<std::intptr_t>(i)));
        }
        // The tree is built on its first query: do it here, on one thread.
        std::vector<int> none;
        query(QRectF(0, 0, 0, 0), none);
    }
    ~GeometryTree() { GEOSSTRtree_destroy_r(m_ctx, m_tree); }
    GeometryTree(const GeometryTree &) = delete;
    GeometryTree &operator=(const GeometryTree &) = delete;

    /// The items whose envelope meets `box` (on any thread, with that thread's context).
    void query(const QRectF &box, std::vector<int> &found) const
    {
        found.clear();
        auto ctx = geos::context();
        const Geometry searched = Geometry::rectangle(box);
        auto collect = [](void *item, void *data) {
            static_cast<std::vector<int> *>(data)->push_back(
                static_cast<int>(reinterpret_cast<std::intptr_t>(item)));
        };
        GEOSSTRtree_query_r(ctx, m_tree, searched.get(), collect, &found);
    }

private:
    GEOSContextHandle_t m_ctx;
    GEOSSTRtree *m_tree = nullptr;
};

/// A prepared geometry of the calling thread, freed with it.
class Prepared
{
public:
    explicit Prepared(const Geometry &g) : m_ctx(geos::context()), m_prepared(GEOSPrepare_r(m_ctx, g.get()))
    {
    }
    ~Prepared()
    {
        if (m_prepared)
            GEOSPreparedGeom_destroy_r(m_ctx, m_prepared);
    }
    Prepared(const Prepared &) = delete;
    Prepared &operator=(const Prepared &) = delete;
    bool within(const Geometry &other, double distance) const
    {
        return GEOSPreparedDistanceWithin_r(m_ctx, m_prepared, other.get(), distance) == 1;
    }
    /// The nearest points of this geometry and another (pointA on this one).
    bool nearestPoints(const Geometry &other, QPointF &pointA, QPointF &pointB) const
    {
        return takePoints(GEOSPreparedNearestPoints_r(m_ctx, m_prepared, other.get()), pointA, pointB);
    }
    std::optional<double> distance(const Geometry &other) const
    {
        double d = 0;
        if (GEOSPreparedDistance_r(m_ctx, m_prepared, other.get(), &d) != 1)
            return std::nullopt;
        return d;
    }

private:
    GEOSContextHandle_t m_ctx;
    const GEOSPreparedGeometry *m_prepared;
};

/// Distances between the nature-friendly areas of one thread: a geometry with many vertices is
/// prepared (indexed) once and kept until clear(); most areas are a handful of points and are
/// measured directly.
class PreparedCache
{
public:
    explicit PreparedCache(const std::vector<int> &points) : m_points(points) {}
    /// The nearest points of geometries a and b (pointA on a) and their distance: one GEOS call.
    std::optional<double> nearest(const std::vector<Geometry> &geometries, int a, int b, QPointF &pointA,
                                  QPointF &pointB)
    {
        const int big = m_points[a] >= m_points[b] ? a : b;
        const int other = big == a ? b : a;
        bool found = false;
        if (m_points[big] > kPrepareFromPoints) {
            auto it = m_prepared.find(big);
            if (it == m_prepared.end())
                it = m_prepared.emplace(big, std::make_unique<Prepared>(geometries[big])).first;
            found = big == a ? it->second->nearestPoints(geometries[other], pointA, pointB)
                             : it->second->nearestPoints(geometries[other], pointB, pointA);
        } else {
            found = takePoints(GEOSNearestPoints_r(geos::context(), geometries[a].get(), geometries[b].get()),
                               pointA, pointB);
        }
        if (!found)
            return std::nullopt;
        return std::hypot(pointB.x() - pointA.x(), pointB.y() - pointA.y());
    }
    void clear() { m_prepared.clear(); }

private:
    const std::vector<int> &m_points;
    std::unordered_map<int, std::unique_ptr<Prepared>> m_prepared;
};

/// Sums per department or organisation while the areas are read.
struct Accumulator
{
    NatureFigures figures;
    QHash<int, double> networkM2; ///< nature-friendly m² per network
    QSet<int> patches;
};

void addArea(Accumulator &acc, const AreaNature &area)
{
    NatureFigures &f = acc.figures;
    ++f.areas;
    f.areaM2 += area.areaM2;
    f.units += area.formula.units;
    f.unitsByCareType[area.careType] += area.formula.units;
    f.green.numeratorM2 += area.areaM2 * area.biofaktor;
    f.green.denominatorM2 += area.areaM2;
    if (area.natureFriendly && area.patch >= 0) {
        acc.patches.insert(area.patch);
        f.connectivity.natureFriendlyM2 += area.areaM2;
    }
}

/// The connectivity figures from the sums, once the networks are known.
void finishConnectivity(Accumulator &acc, const QList<NaturePatch> &patches,
                        const QList<NatureNetwork> &networks)
{
    NetworkFigures &c = acc.figures.connectivity;
    QSet<int> nets;
    for (int p : std::as_const(acc.patches)) {
        ++c.patches;
        if (patches[p].isolated())
            ++c.isolatedPatches;
        nets.insert(patches[p].network);
    }
    c.networks = static_cast<int>(nets.size());
    for (auto it = acc.networkM2.cbegin(); it != acc.networkM2.cend(); ++it) {
        const int n = it.key();
        const double m2 = it.value();
        const bool better =
            c.largestNetwork < 0 || m2 > c.largestM2 ||
            (m2 == c.largestM2 &&
             (networks[n].areaM2 > networks[c.largestNetwork].areaM2 ||
              (networks[n].areaM2 == networks[c.largestNetwork].areaM2 && n < c.largestNetwork)));
        if (better) {
            c.largestNetwork = n;
            c.largestM2 = m2;
        }
    }
}

} // namespace

QString unitsFormulaText(const UnitsFormula &f, const QString &language)
{
    const QLocale locale = languageLocale(language.isEmpty() ? currentLanguage() : language);
    const double condition = conditionScore(f.condition);
    return NatureText::tr("%1 ha × %2 (%3) × %4 (%5) × %6 = %7 units")
        .arg(locale.toString(f.hectares, 'f', 2))
        .arg(f.distinctiveness)
        .arg(distinctivenessWord(f.distinctiveness))
        .arg(locale.toString(condition, 'g', 3))
        .arg(conditionWord(f.condition))
        .arg(locale.toString(significanceScore(f.significance), 'f', 2))
        .arg(locale.toString(f.units, 'f', 2));
}

QString natureMethodText(double linkDistanceM)
{
    QStringList lines;
    lines << NatureText::tr("Biodiversity units (UK statutory biodiversity metric): units = area (ha) × "
                            "distinctiveness × condition × "
                            "strategic significance. Area: planar m² in the project CRS / 10,000. "
                            "Distinctiveness from the care type in "
                            "the catalogue (very high 8, high 6, medium 4, low 2, very low 0); condition "
                            "recorded per area, otherwise the "
                            "care type's default (good 3, fairly good 2.5, moderate 2, fairly poor 1.5, poor "
                            "1); strategic significance "
                            "per department (high 1.15, medium 1.10, low 1.00).");
    lines << NatureText::tr("Green factor (biofaktor): Σ area × the care type's factor (numerator) / Σ area "
                            "(denominator) over every "
                            "mapped area of the department, sealed surfaces included (factor 0).");
    lines
        << NatureText::tr(
               "Connectivity for insects: nature-friendly areas that touch or overlap (gaps up to %1 m) form "
               "one "
               "patch, across department borders; two patches at most %2 m apart are linked (Hofmann et al. "
               "2020, "
               "J. Hymenoptera Res. 77: wild bees' mean foraging flights 73-121 m, flower patches no more "
               "than "
               "150 m apart); a network is a connected set of linked patches; an isolated patch has no link.")
               .arg(kPatchTouchToleranceM)
               .arg(linkDistanceM);
    lines << NatureText::tr("A department's networks are those holding any of its nature-friendly area; its "
                            "largest network is the one "
                            "holding most of its nature-friendly m²; the share is its nature-friendly m² in "
                            "that network / all its "
                            "nature-friendly m².");
    lines << NatureText::tr("Suggestions: lawns (care type group \"lawn\", not nature-friendly) with patches "
                            "of two or more "
                            "networks within %1 m, whose conversion would join them; ranked by the m² of the "
                            "networks joined "
                            "(ties: the smaller lawn, then the area id).")
                 .arg(linkDistanceM);
    lines << NatureText::tr("Areas of care types the catalogue does not know are left out of every figure.");
    return lines.join(QLatin1Char('\n'));
}

NatureArea NatureArea::of(const AreaVersion &v, const QByteArray &wkb)
{
    NatureArea a;
    a.areaId = v.areaId;
    a.department = v.department;
    a.careType = v.careType;
    a.planned = v.status == AreaStatus::Proposed;
    a.condition = v.condition;
    a.areaM2 = v.areaM2;
    a.wkb = wkb;
    return a;
}

Result<NatureResult> computeNature(const NatureInput &input, const Catalogue &catalogue,
                                   const NatureProgress &progress)
{
    NatureResult result;
    result.at = input.at;
    result.proposalId = input.proposalId;
    result.linkDistanceM = input.linkDistanceM;
    const double D = input.linkDistanceM;
    auto inScope = [&input](const DepartmentKey &key) {
        return (!input.department || key == *input.department) &&
               (!input.organisation || key.orgNo == *input.organisation);
    };
    auto cancelled = [&progress](double fraction, qint64 count) {
        return progress && !progress(fraction, count);
    };
    auto cancelError = [] { return makeError(NatureText::tr("The nature figures were cancelled.")); };
    const qint64 count = input.areas.size();

    // The areas: the nature-friendly ones and the scope's lawns; the scope's figures per area.
    std::vector<qsizetype> natureItems; // index into input.areas
    std::vector<qsizetype> lawnItems;
    std::vector<qsizetype> scopeNatureItem; // for each area of result.areas: its nature item or -1
    QSet<QString> unknown;
    {
        // One catalogue look-up per care type, not per area.
        // The loader shares one string per care type: look its data up by address first.
        std::unordered_map<const QChar *, const CareType *> types;
        result.areas.reserve(!input.department && !input.organisation ? input.areas.size() : 0);
        for (qsizetype i = 0; i < input.areas.size(); ++i) {
            const NatureArea &v = input.areas[i];
            auto known = types.find(v.careType.constData());
            if (known == types.end())
                known = types.emplace(v.careType.constData(), catalogue.find(v.careType)).first;
            const CareType *type = known->second;
            if (!type) {
                unknown.insert(v.careType);
                ++result.unknownAreas;
                continue;
            }
            const bool scoped = inScope(v.department);
            if (type->natureFriendly)
                natureItems.push_back(i);
            else if (scoped && type->group == QLatin1String("lawn"))
                lawnItems.push_back(i);
            if (!scoped)
                continue;
            AreaNature a;
            a.areaId = v.areaId;
            a.department = v.department;
            a.careType = type->code; // shared: one string per care type
            a.planned = v.planned;
            a.areaM2 = v.areaM2;
            a.biofaktor = type->biofaktor;
            a.natureFriendly = type->natureFriendly;
            UnitsFormula &f = a.formula;
            f.hectares = v.areaM2 / 10000.0;
            f.distinctiveness = type->distinctiveness;
            f.conditionRecorded = v.condition.has_value();
            f.condition = v.condition.value_or(type->defaultCondition);
            const auto dept = input.departments.constFind(v.department);
            f.significance =
                dept != input.departments.cend() ? dept->strategicSignificance : StrategicSignificance::Low;
            f.units = f.hectares * f.distinctiveness * conditionScore(f.condition) *
                      significanceScore(f.significance);
            scopeNatureItem.push_back(type->natureFriendly ? static_cast<qsizetype>(natureItems.size()) - 1
                                                           : -1);
            result.areas << a;
        }
    }
    result.unknownCareTypes = QStringList(unknown.cbegin(), unknown.cend());
    std::sort(result.unknownCareTypes.begin(), result.unknownCareTypes.end());
    if (result.unknownAreas > 0)
        result.warnings << NatureText::tr(
                               "%n area(s) of care types the catalogue does not know (%1) are left out.", "",
                               static_cast<int>(result.unknownAreas))
                               .arg(result.unknownCareTypes.join(QStringLiteral(", ")));
    if (cancelled(0.05, count))
        return cancelError();

    // The shapes of the nature-friendly areas.
    const qsizetype nn = static_cast<qsizetype>(natureItems.size());
    std::vector<Geometry> nature(static_cast<size_t>(nn));
    std::vector<QRectF> natureBox(static_cast<size_t>(nn));
    std::vector<int> naturePoints(static_cast<size_t>(nn), 0);
    std::atomic<qsizetype> badShape{-1};
    parallelFor(nn, 512, [&](qsizetype begin, qsizetype end) {
        for (qsizetype k = begin; k < end; ++k) {
            auto g = Geometry::fromWkb(input.areas[natureItems[k]].wkb);
            if (!g.ok() || g->isNull()) {
                badShape = natureItems[k];
                continue;
            }
            natureBox[k] = g->envelope();
            naturePoints[k] = g->numPoints();
            nature[k] = std::move(g).value();
        }
    });
    if (badShape >= 0)
        return makeError(NatureText::tr("Area %1 has no readable shape.").arg(input.areas[badShape].areaId));
    if (cancelled(0.15, count))
        return cancelError();

    // Patches: nature-friendly areas within the touch tolerance of each other.
    const GeometryTree tree(nature);
    std::vector<int> parent(static_cast<size_t>(nn));
    std::iota(parent.begin(), parent.end(), 0);
    {
        std::mutex mutex;
        std::vector<std::pair<int, int>> touching;
        parallelFor(nn, 256, [&](qsizetype begin, qsizetype end) {
            std::vector<int> found;
            std::vector<std::pair<int, int>> mine;
            const double t = kPatchTouchToleranceM;
            for (qsizetype i = begin; i < end; ++i) {
                tree.query(natureBox[i].adjusted(-t, -t, t, t), found);
                for (int j : found) {
                    if (j > i && (rectDistance(natureBox[i], natureBox[j]) <= t) &&
                        distanceWithin(nature[i], nature[j], t))
                        mine.emplace_back(static_cast<int>(i), j);
                }
            }
            const std::lock_guard<std::mutex> lock(mutex);
            touching.insert(touching.end(), mine.begin(), mine.end());
        });
        for (const auto &[a, b] : touching)
            unite(parent, a, b);
    }
    std::vector<int> patchOf(static_cast<size_t>(nn), -1);
    std::vector<std::vector<int>> patchItems;
    {
        // Patches numbered by their first item (input order), so the ids do not depend on threads.
        std::vector<int> rootPatch(static_cast<size_t>(nn), -1);
        for (qsizetype i = 0; i < nn; ++i) {
            const int root = findRoot(parent, static_cast<int>(i));
            if (rootPatch[root] < 0) {
                rootPatch[root] = static_cast<int>(result.patches.size());
                NaturePatch p;
                p.id = rootPatch[root];
                result.patches << p;
                patchItems.emplace_back();
            }
            const int id = rootPatch[root];
            patchOf[i] = id;
            patchItems[id].push_back(static_cast<int>(i));
            NaturePatch &p = result.patches[id];
            const NatureArea &v = input.areas[natureItems[i]];
            p.areaIds << v.areaId;
            if (!p.departments.contains(v.department))
                p.departments << v.department;
            p.areaM2 += v.areaM2;
            p.bounds = p.bounds.isNull() ? natureBox[i] : p.bounds.united(natureBox[i]);
        }
        for (NaturePatch &p : result.patches) {
            std::sort(p.areaIds.begin(), p.areaIds.end());
            std::sort(p.departments.begin(), p.departments.end());
        }
    }
    if (cancelled(0.3, count))
        return cancelError();

    // Links: the shortest distance between two patches, when at most D. Per patch, the pairs of
    // its areas and a later patch's areas whose boxes are at most D apart are measured in the order
    // of their boxes' distance, and measuring stops once a box is no nearer than the best found.
    {
        // In blocks of patches, each block's links appended in order before the next is measured:
        // a national project has millions of links, and they are held once.
        const qsizetype np = result.patches.size();
        constexpr qsizetype kBlock = 8192;
        std::vector<std::vector<NatureLink>> linksOf(static_cast<size_t>(std::min(np, kBlock)));
        for (qsizetype first = 0; first < np; first += kBlock) {
            const qsizetype last = std::min(np, first + kBlock);
            parallelFor(last - first, 32, [&](qsizetype begin, qsizetype end) {
                struct Candidate
                {
                    int patch;
                    double boxDistance;
                    int a;
                    int b;
                };
                std::vector<int> found;
                std::vector<Candidate> candidates;
                PreparedCache prepared(naturePoints);
                for (qsizetype p = first + begin; p < first + end; ++p) {
                    candidates.clear();
                    for (int a : patchItems[p]) {
                        tree.query(natureBox[a].adjusted(-D, -D, D, D), found);
                        for (int b : found) {
                            const int q = patchOf[b];
                            if (q <= p)
                                continue;
                            const double boxDistance = rectDistance(natureBox[a], natureBox[b]);
                            if (boxDistance <= D)
                                candidates.push_back({q, boxDistance, a, b});
                        }
                    }
                    std::sort(candidates.begin(), candidates.end(),
                              [](const Candidate &x, const Candidate &y) {
                                  return std::tie(x.patch, x.boxDistance, x.a, x.b) <
                                         std::tie(y.patch, y.boxDistance, y.a, y.b);
                              });
                    prepared.clear();
                    for (size_t c = 0; c < candidates.size();) {
                        const int q = candidates[c].patch;
                        NatureLink link;
                        link.distanceM = std::numeric_limits<double>::infinity();
                        for (; c < candidates.size() && candidates[c].patch == q; ++c) {
                            const Candidate &k = candidates[c];
                            if (k.boxDistance >= link.distanceM)
                                continue; // no nearer: the rest of this patch's pairs are skipped too
                            QPointF pa, pb;
                            const std::optional<double> d = prepared.nearest(nature, k.a, k.b, pa, pb);
                            if (d && *d < link.distanceM) {
                                link.distanceM = *d;
                                link.pointA = pa;
                                link.pointB = pb;
                            }
                        }
                        if (!(link.distanceM <= D))
                            continue;
                        link.patchA = static_cast<int>(p);
                        link.patchB = q;
                        linksOf[p - first].push_back(link);
                    }
                }
            });
            for (qsizetype p = first; p < last; ++p) {
                std::vector<NatureLink> &links = linksOf[p - first];
                for (const NatureLink &link : links) {
                    ++result.patches[link.patchA].links;
                    ++result.patches[link.patchB].links;
                    result.links << link;
                }
                links.clear();
            }
            if (cancelled(0.3 + 0.4 * double(last) / double(np), count))
                return cancelError();
        }
    }
    if (cancelled(0.7, count))
        return cancelError();

    // The links that hold each network together: Kruskal, shortest first (ties: by patchA,
    // patchB, the links' order).
    {
        std::vector<int> order(static_cast<size_t>(result.links.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&result](int x, int y) {
            return result.links[x].distanceM < result.links[y].distanceM;
        });
        std::vector<int> forest(static_cast<size_t>(result.patches.size()));
        std::iota(forest.begin(), forest.end(), 0);
        for (int index : order) {
            const NatureLink &link = result.links[index];
            const int a = findRoot(forest, link.patchA), b = findRoot(forest, link.patchB);
            if (a == b)
                continue;
            unite(forest, a, b);
            result.spanningLinks << index;
        }
        std::sort(result.spanningLinks.begin(), result.spanningLinks.end());
    }

    // Networks: the connected components of patches and links.
    {
        std::vector<int> net(static_cast<size_t>(result.patches.size()));
        std::iota(net.begin(), net.end(), 0);
        for (const NatureLink &link : std::as_const(result.links))
            unite(net, link.patchA, link.patchB);
        std::vector<int> rootNetwork(net.size(), -1);
        for (NaturePatch &p : result.patches) {
            const int root = findRoot(net, p.id);
            if (rootNetwork[root] < 0) {
                rootNetwork[root] = static_cast<int>(result.networks.size());
                NatureNetwork n;
                n.id = rootNetwork[root];
                result.networks << n;
            }
            p.network = rootNetwork[root];
            NatureNetwork &n = result.networks[p.network];
            n.patches << p.id;
            n.areaM2 += p.areaM2;
            n.bounds = n.bounds.isNull() ? p.bounds : n.bounds.united(p.bounds);
            for (const DepartmentKey &key : std::as_const(p.departments)) {
                if (!n.departments.contains(key))
                    n.departments << key;
            }
        }
        for (NatureNetwork &n : result.networks)
            std::sort(n.departments.begin(), n.departments.end());
    }

    // The figures of the scope.
    std::map<DepartmentKey, Accumulator> byDepartment;
    std::map<int, Accumulator> byOrganisation;
    Accumulator total;
    QSet<int> scopeNetworks;
    for (qsizetype k = 0; k < result.areas.size(); ++k) {
        AreaNature &a = result.areas[k];
        if (scopeNatureItem[k] >= 0) {
            a.patch = patchOf[scopeNatureItem[k]];
            a.bounds = natureBox[scopeNatureItem[k]];
        }
        Accumulator &dept = byDepartment[a.department];
        Accumulator &org = byOrganisation[a.department.orgNo];
        for (Accumulator *acc : {&dept, &org, &total}) {
            addArea(*acc, a);
            if (a.patch >= 0)
                acc->networkM2[result.patches[a.patch].network] += a.areaM2;
        }
        if (a.patch >= 0)
            scopeNetworks.insert(result.patches[a.patch].network);
    }
    std::sort(result.areas.begin(), result.areas.end(),
              [](const AreaNature &x, const AreaNature &y) { return x.areaId < y.areaId; });
    for (auto &[key, acc] : byDepartment) {
        acc.figures.department = key;
        const auto dept = input.departments.constFind(key);
        acc.figures.significance =
            dept != input.departments.cend() ? dept->strategicSignificance : StrategicSignificance::Low;
        finishConnectivity(acc, result.patches, result.networks);
        result.departments << acc.figures;
    }
    for (auto &[orgNo, acc] : byOrganisation) {
        acc.figures.department = DepartmentKey{orgNo, 0};
        finishConnectivity(acc, result.patches, result.networks);
        result.organisations << acc.figures;
    }
    finishConnectivity(total, result.patches, result.networks);
    result.total = total.figures;
    result.scopeNetworks = QList<int>(scopeNetworks.cbegin(), scopeNetworks.cend());
    std::sort(result.scopeNetworks.begin(), result.scopeNetworks.end());
    if (cancelled(0.8, count))
        return cancelError();

    // Suggestions: the scope's lawns with patches of two or more networks within D. A lawn with
    // boxes of fewer than two networks near it is passed over without measuring; the others are
    // measured network by network, nearest box first, until one area of the network is within D.
    {
        const qsizetype nl = static_cast<qsizetype>(lawnItems.size());
        std::mutex mutex;
        std::vector<NatureSuggestion> suggestions;
        parallelFor(nl, 256, [&](qsizetype begin, qsizetype end) {
            struct Near
            {
                int network;
                double boxDistance;
                int item;
            };
            std::vector<int> found;
            std::vector<Near> near;
            std::vector<NatureSuggestion> mine;
            for (qsizetype k = begin; k < end; ++k) {
                const NatureArea &lawn = input.areas[lawnItems[k]];
                auto g = Geometry::fromWkb(lawn.wkb);
                if (!g.ok() || g->isNull())
                    continue;
                const QRectF box = g->envelope();
                tree.query(box.adjusted(-D, -D, D, D), found);
                near.clear();
                int firstNetwork = -1;
                bool several = false;
                for (int j : found) {
                    const double boxDistance = rectDistance(box, natureBox[j]);
                    if (boxDistance > D)
                        continue;
                    const int network = result.patches[patchOf[j]].network;
                    several = several || (firstNetwork >= 0 && network != firstNetwork);
                    firstNetwork = firstNetwork < 0 ? network : firstNetwork;
                    near.push_back({network, boxDistance, j});
                }
                if (!several)
                    continue;
                std::sort(near.begin(), near.end(), [](const Near &x, const Near &y) {
                    return std::tie(x.network, x.boxDistance, x.item) <
                           std::tie(y.network, y.boxDistance, y.item);
                });
                std::optional<Prepared> prepared;
                QList<int> networks;
                for (size_t c = 0; c < near.size();) {
                    const int network = near[c].network;
                    bool joined = false;
                    for (; c < near.size() && near[c].network == network; ++c) {
                        if (joined)
                            continue;
                        if (!prepared)
                            prepared.emplace(*g);
                        joined = prepared->within(nature[near[c].item], D);
                    }
                    if (joined)
                        networks << network;
                }
                if (networks.size() < 2)
                    continue;
                NatureSuggestion s;
                s.areaId = lawn.areaId;
                s.department = lawn.department;
                s.careType = lawn.careType;
                s.lawnM2 = lawn.areaM2;
                s.networks = networks;
                for (int n : networks)
                    s.connectedM2 += result.networks[n].areaM2;
                s.bounds = box;
                mine.push_back(s);
            }
            const std::lock_guard<std::mutex> lock(mutex);
            suggestions.insert(suggestions.end(), mine.begin(), mine.end());
        });
        std::sort(suggestions.begin(), suggestions.end(),
                  [](const NatureSuggestion &x, const NatureSuggestion &y) {
                      if (x.department != y.department)
                          return x.department < y.department;
                      if (x.connectedM2 != y.connectedM2)
                          return x.connectedM2 > y.connectedM2;
                      if (x.lawnM2 != y.lawnM2)
                          return x.lawnM2 < y.lawnM2;
                      return x.areaId < y.areaId;
                  });
        int rank = 0;
        DepartmentKey current;
        for (NatureSuggestion &s : suggestions) {
            rank = s.department == current ? rank + 1 : 1;
            current = s.department;
            s.rank = rank;
            result.suggestions << s;
        }
        // The lawns' shapes, by id.
        QHash<qint64, qsizetype> lawnById;
        for (const NatureSuggestion &s : std::as_const(result.suggestions))
            lawnById.insert(s.areaId, -1);
        for (qsizetype i : lawnItems) {
            if (lawnById.contains(input.areas[i].areaId))
                result.shapes.insert(input.areas[i].areaId, input.areas[i].wkb);
        }
    }
    // The shapes of the patches of the scope's networks.
    std::vector<char> shownPatch(static_cast<size_t>(result.patches.size()), 0);
    for (int n : std::as_const(result.scopeNetworks)) {
        for (int p : std::as_const(result.networks[n].patches))
            shownPatch[p] = 1;
    }
    for (qsizetype i = 0; i < nn; ++i) {
        if (shownPatch[patchOf[i]])
            result.shapes.insert(input.areas[natureItems[i]].areaId, input.areas[natureItems[i]].wkb);
    }
    if (cancelled(1.0, count))
        return cancelError();
    return result;
}

namespace {

Result<QByteArray> unionOf(const NatureResult &result, const QList<qint64> &areaIds)
{
    std::vector<Geometry> parts;
    std::vector<const Geometry *> pointers;
    parts.reserve(static_cast<size_t>(areaIds.size()));
    for (qint64 id : areaIds) {
        const auto wkb = result.shapes.constFind(id);
        if (wkb == result.shapes.cend())
            return makeError(NatureText::tr("Area %1: its shape is not among the figures' shapes.").arg(id));
        auto g = Geometry::fromWkb(*wkb);
        if (!g.ok())
            return g.error();
        parts.push_back(std::move(g).value());
    }
    for (const Geometry &g : parts)
        pointers.push_back(&g);
    auto merged = Geometry::dissolve(pointers);
    if (!merged.ok())
        return merged.error();
    return merged->toMultiPolygon().toWkb();
}

} // namespace

Result<QByteArray> patchShape(const NatureResult &result, int patch)
{
    if (patch < 0 || patch >= result.patches.size())
        return makeError(NatureText::tr("There is no patch %1.").arg(patch));
    return unionOf(result, result.patches[patch].areaIds);
}

Result<QByteArray> networkShape(const NatureResult &result, int network)
{
    if (network < 0 || network >= result.networks.size())
        return makeError(NatureText::tr("There is no network %1.").arg(network));
    QList<qint64> ids;
    for (int p : result.networks[network].patches)
        ids << result.patches[p].areaIds;
    return unionOf(result, ids);
}

double CareUnitsSeries::totalAt(qsizetype dateIndex) const
{
    double sum = 0;
    for (const QList<double> &row : units)
        sum += row.value(dateIndex);
    return sum;
}

} // namespace engdrift
