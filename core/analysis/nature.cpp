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
#include <map>
#include <numeric>
#include <thread>
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
    case HabitatCondition::Poor: return NatureText::tr("poor");
    case HabitatCondition::FairlyPoor: return NatureText::tr("fairly poor");
    case HabitatCondition::Moderate: return NatureText::tr("moderate");
    case HabitatCondition::FairlyGood: return NatureText::tr("fairly good");
    case HabitatCondition::Good: return NatureText::tr("good");
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

/// The distance between two rectangles (0 when they meet).
double rectDistance(const QRectF &a, const QRectF &b)
{
    const double dx = std::max({0.0, a.left() - b.right(), b.left() - a.right()});
    const double dy = std::max({0.0, a.top() - b.bottom(), b.top() - a.bottom()});
    return std::hypot(dx, dy);
}

/// Runs work(begin, end, part) over [0, n) in one part, or two on two threads when n is large.
void inParts(qsizetype n, const std::function<void(qsizetype, qsizetype, int)> &work)
{
    if (n < kParallelFrom) {
        work(0, n, 0);
        return;
    }
    // Interleaved halves would share more cache; contiguous halves keep each thread's reads apart.
    const qsizetype half = n / 2;
    std::thread other([&] { work(half, n, 1); });
    work(0, half, 0);
    other.join();
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
                GEOSSTRtree_insert_r(m_ctx, m_tree, geometries[i].get(), reinterpret_cast<void *>(static_cast<std::intptr_t>(i)));
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
            static_cast<std::vector<int> *>(data)->push_back(static_cast<int>(reinterpret_cast<std::intptr_t>(item)));
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
    explicit Prepared(const Geometry &g) : m_ctx(geos::context()), m_prepared(GEOSPrepare_r(m_ctx, g.get())) {}
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
    std::optional<double> distance(const Geometry &other) const
    {
        double d = 0;
        if (GEOSPreparedDistance_r(m_ctx, m_prepared, other.get(), &d) != 1)
            return std::nullopt;
        return d;
    }
    /// The distance between two geometries: a prepared one pays for its index only when the
    /// geometry has many vertices (most areas are a handful of points).
    static std::optional<double> distance(const Geometry &a, std::optional<Prepared> &prepared, const Geometry &b)
    {
        if (prepared || a.numPoints() > kPrepareFromPoints) {
            if (!prepared)
                prepared.emplace(a);
            return prepared->distance(b);
        }
        double d = 0;
        if (GEOSDistance_r(geos::context(), a.get(), b.get(), &d) != 1)
            return std::nullopt;
        return d;
    }

private:
    GEOSContextHandle_t m_ctx;
    const GEOSPreparedGeometry *m_prepared;
};

/// The shortest link found between two patches.
struct Best
{
    double distance = 0;
    int a = 0; ///< nature-friendly item of the lower patch
    int b = 0;
};

std::uint64_t pairKey(int patchA, int patchB)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(patchA)) << 32) | static_cast<std::uint32_t>(patchB);
}

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
void finishConnectivity(Accumulator &acc, const QList<NaturePatch> &patches, const QList<NatureNetwork> &networks)
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
        const bool better = c.largestNetwork < 0 || m2 > c.largestM2 ||
                            (m2 == c.largestM2 && (networks[n].areaM2 > networks[c.largestNetwork].areaM2 ||
                                                   (networks[n].areaM2 == networks[c.largestNetwork].areaM2 &&
                                                    n < c.largestNetwork)));
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
    lines << NatureText::tr(
        "Biodiversity units (UK statutory biodiversity metric): units = area (ha) × distinctiveness × condition × "
        "strategic significance. Area: planar m² in the project CRS / 10,000. Distinctiveness from the care type in "
        "the catalogue (very high 8, high 6, medium 4, low 2, very low 0); condition recorded per area, otherwise the "
        "care type's default (good 3, fairly good 2.5, moderate 2, fairly poor 1.5, poor 1); strategic significance "
        "per department (high 1.15, medium 1.10, low 1.00).");
    lines << NatureText::tr(
        "Green factor (biofaktor): Σ area × the care type's factor (numerator) / Σ area (denominator) over every "
        "mapped area of the department, sealed surfaces included (factor 0).");
    lines << NatureText::tr(
                 "Connectivity for insects: nature-friendly areas that touch or overlap (gaps up to %1 m) form one "
                 "patch, across department borders; two patches at most %2 m apart are linked (Hofmann et al. 2020, "
                 "J. Hymenoptera Res. 77: wild bees' mean foraging flights 73-121 m, flower patches no more than "
                 "150 m apart); a network is a connected set of linked patches; an isolated patch has no link.")
                 .arg(kPatchTouchToleranceM)
                 .arg(linkDistanceM);
    lines << NatureText::tr(
        "A department's networks are those holding any of its nature-friendly area; its largest network is the one "
        "holding most of its nature-friendly m²; the share is its nature-friendly m² in that network / all its "
        "nature-friendly m².");
    lines << NatureText::tr(
                 "Suggestions: lawns (care type group \"lawn\", not nature-friendly) with patches of two or more "
                 "networks within %1 m, whose conversion would join them; ranked by the m² of the networks joined "
                 "(ties: the smaller lawn, then the area id).")
                 .arg(linkDistanceM);
    lines << NatureText::tr("Areas of care types the catalogue does not know are left out of every figure.");
    return lines.join(QLatin1Char('\n'));
}

Result<NatureResult> computeNature(const NatureInput &input, const Catalogue &catalogue, const NatureProgress &progress)
{
    NatureResult result;
    result.at = input.at;
    result.proposalId = input.proposalId;
    result.linkDistanceM = input.linkDistanceM;
    const double D = input.linkDistanceM;
    auto inScope = [&input](const DepartmentKey &key) {
        return (!input.department || key == *input.department) && (!input.organisation || key.orgNo == *input.organisation);
    };
    auto cancelled = [&progress](double fraction, qint64 count) { return progress && !progress(fraction, count); };
    auto cancelError = [] { return makeError(NatureText::tr("The nature figures were cancelled.")); };

    // The areas: their units and factors; the nature-friendly ones and the scope's lawns.
    std::vector<qsizetype> natureItems; // index into input.areas
    std::vector<qsizetype> lawnItems;
    QList<AreaNature> all;
    all.reserve(input.areas.size());
    std::vector<qsizetype> allIndex(static_cast<size_t>(input.areas.size()), -1); // input → all
    QSet<QString> unknown;
    for (qsizetype i = 0; i < input.areas.size(); ++i) {
        const AreaVersion &v = input.areas[i].version;
        const CareType *type = catalogue.find(v.careType);
        if (!type) {
            unknown.insert(v.careType);
            ++result.unknownAreas;
            continue;
        }
        AreaNature a;
        a.areaId = v.areaId;
        a.department = v.department;
        a.careType = v.careType;
        a.planned = v.status == AreaStatus::Proposed;
        a.areaM2 = v.areaM2;
        a.biofaktor = type->biofaktor;
        a.natureFriendly = type->natureFriendly;
        UnitsFormula &f = a.formula;
        f.hectares = v.areaM2 / 10000.0;
        f.distinctiveness = type->distinctiveness;
        f.conditionRecorded = v.condition.has_value();
        f.condition = v.condition.value_or(type->defaultCondition);
        const auto dept = input.departments.constFind(v.department);
        f.significance = dept != input.departments.cend() ? dept->strategicSignificance : StrategicSignificance::Low;
        f.units = f.hectares * f.distinctiveness * conditionScore(f.condition) * significanceScore(f.significance);
        if (a.natureFriendly)
            natureItems.push_back(i);
        else if (type->group == QLatin1String("lawn") && inScope(v.department))
            lawnItems.push_back(i);
        allIndex[i] = all.size();
        all << a;
    }
    result.unknownCareTypes = QStringList(unknown.cbegin(), unknown.cend());
    std::sort(result.unknownCareTypes.begin(), result.unknownCareTypes.end());
    if (result.unknownAreas > 0)
        result.warnings << NatureText::tr("%n area(s) of care types the catalogue does not know (%1) are left out.", "",
                                          static_cast<int>(result.unknownAreas))
                               .arg(result.unknownCareTypes.join(QStringLiteral(", ")));
    if (cancelled(0.1, input.areas.size()))
        return cancelError();

    // The shapes of the nature-friendly areas, read on two threads when many.
    const qsizetype nn = static_cast<qsizetype>(natureItems.size());
    std::vector<Geometry> nature(static_cast<size_t>(nn));
    std::vector<QRectF> natureBox(static_cast<size_t>(nn));
    std::atomic<qsizetype> badShape{-1};
    inParts(nn, [&](qsizetype begin, qsizetype end, int) {
        for (qsizetype k = begin; k < end; ++k) {
            auto g = Geometry::fromWkb(input.areas[natureItems[k]].wkb);
            if (!g.ok() || g->isNull()) {
                badShape = natureItems[k];
                continue;
            }
            natureBox[k] = g->envelope();
            nature[k] = std::move(g).value();
        }
    });
    if (badShape >= 0)
        return makeError(NatureText::tr("Area %1 has no readable shape.").arg(input.areas[badShape].version.areaId));

    // Patches: nature-friendly areas within the touch tolerance of each other.
    const GeometryTree tree(nature);
    std::vector<int> parent(static_cast<size_t>(nn));
    std::iota(parent.begin(), parent.end(), 0);
    {
        std::vector<std::pair<int, int>> touching[2];
        inParts(nn, [&](qsizetype begin, qsizetype end, int part) {
            std::vector<int> found;
            for (qsizetype i = begin; i < end; ++i) {
                const double t = kPatchTouchToleranceM;
                tree.query(natureBox[i].adjusted(-t, -t, t, t), found);
                std::optional<Prepared> prepared;
                for (int j : found) {
                    if (j <= i)
                        continue;
                    if (!prepared)
                        prepared.emplace(nature[i]);
                    if (prepared->within(nature[j], t))
                        touching[part].emplace_back(static_cast<int>(i), j);
                }
            }
        });
        for (const auto &pairs : touching) {
            for (const auto &[a, b] : pairs)
                unite(parent, a, b);
        }
    }
    std::vector<int> patchOf(static_cast<size_t>(nn), -1);
    {
        std::map<int, int> rootPatch;
        for (qsizetype i = 0; i < nn; ++i) {
            const int root = findRoot(parent, static_cast<int>(i));
            auto [it, added] = rootPatch.emplace(root, static_cast<int>(result.patches.size()));
            if (added) {
                NaturePatch p;
                p.id = it->second;
                result.patches << p;
            }
            patchOf[i] = it->second;
            NaturePatch &p = result.patches[it->second];
            const AreaVersion &v = input.areas[natureItems[i]].version;
            p.areaIds << v.areaId;
            if (!p.departments.contains(v.department))
                p.departments << v.department;
            p.areaM2 += v.areaM2;
            p.bounds = p.bounds.isNull() ? natureBox[i] : p.bounds.united(natureBox[i]);
            all[allIndex[natureItems[i]]].patch = it->second;
        }
        for (NaturePatch &p : result.patches) {
            std::sort(p.areaIds.begin(), p.areaIds.end());
            std::sort(p.departments.begin(), p.departments.end());
        }
    }
    if (cancelled(0.4, input.areas.size()))
        return cancelError();

    // Links: the shortest distance between two patches, when at most D.
    {
        std::unordered_map<std::uint64_t, Best> best[2];
        inParts(nn, [&](qsizetype begin, qsizetype end, int part) {
            std::vector<int> found;
            auto &mine = best[part];
            for (qsizetype i = begin; i < end; ++i) {
                tree.query(natureBox[i].adjusted(-D, -D, D, D), found);
                std::optional<Prepared> prepared;
                for (int j : found) {
                    if (j <= i || patchOf[j] == patchOf[i])
                        continue;
                    const double boxDistance = rectDistance(natureBox[i], natureBox[j]);
                    if (boxDistance > D)
                        continue;
                    const int pa = std::min(patchOf[i], patchOf[j]), pb = std::max(patchOf[i], patchOf[j]);
                    const std::uint64_t key = pairKey(pa, pb);
                    auto it = mine.find(key);
                    if (it != mine.end() && it->second.distance <= boxDistance)
                        continue;
                    const std::optional<double> d = Prepared::distance(nature[i], prepared, nature[j]);
                    if (!d || *d > D || (it != mine.end() && it->second.distance <= *d))
                        continue;
                    const int a = patchOf[i] == pa ? static_cast<int>(i) : j;
                    const int b = a == j ? static_cast<int>(i) : j;
                    mine[key] = Best{*d, a, b};
                }
            }
        });
        for (const auto &[key, b] : best[1]) {
            auto it = best[0].find(key);
            if (it == best[0].end() || b.distance < it->second.distance)
                best[0][key] = b;
        }
        std::vector<std::pair<std::uint64_t, Best>> sorted(best[0].begin(), best[0].end());
        std::sort(sorted.begin(), sorted.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
        auto ctx = geos::context();
        for (const auto &[key, b] : sorted) {
            NatureLink link;
            link.patchA = static_cast<int>(key >> 32);
            link.patchB = static_cast<int>(key & 0xffffffffu);
            link.distanceM = b.distance;
            if (GEOSCoordSequence *points = GEOSNearestPoints_r(ctx, nature[b.a].get(), nature[b.b].get())) {
                double x = 0, y = 0;
                GEOSCoordSeq_getXY_r(ctx, points, 0, &x, &y);
                link.pointA = QPointF(x, y);
                GEOSCoordSeq_getXY_r(ctx, points, 1, &x, &y);
                link.pointB = QPointF(x, y);
                GEOSCoordSeq_destroy_r(ctx, points);
            }
            ++result.patches[link.patchA].links;
            ++result.patches[link.patchB].links;
            result.links << link;
        }
    }
    if (cancelled(0.7, input.areas.size()))
        return cancelError();

    // Networks: the connected components of patches and links.
    {
        std::vector<int> net(static_cast<size_t>(result.patches.size()));
        std::iota(net.begin(), net.end(), 0);
        for (const NatureLink &link : std::as_const(result.links))
            unite(net, link.patchA, link.patchB);
        std::map<int, int> rootNetwork;
        for (NaturePatch &p : result.patches) {
            const int root = findRoot(net, p.id);
            auto [it, added] = rootNetwork.emplace(root, static_cast<int>(result.networks.size()));
            if (added) {
                NatureNetwork n;
                n.id = it->second;
                result.networks << n;
            }
            p.network = it->second;
            NatureNetwork &n = result.networks[it->second];
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
    for (const AreaNature &a : std::as_const(all)) {
        if (!inScope(a.department))
            continue;
        result.areas << a;
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
        acc.figures.significance = dept != input.departments.cend() ? dept->strategicSignificance : StrategicSignificance::Low;
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
    if (cancelled(0.8, input.areas.size()))
        return cancelError();

    // Suggestions: the scope's lawns with patches of two or more networks within D.
    {
        const qsizetype nl = static_cast<qsizetype>(lawnItems.size());
        std::vector<NatureSuggestion> found[2];
        inParts(nl, [&](qsizetype begin, qsizetype end, int part) {
            std::vector<int> near;
            for (qsizetype k = begin; k < end; ++k) {
                const AreaShape &shape = input.areas[lawnItems[k]];
                auto g = Geometry::fromWkb(shape.wkb);
                if (!g.ok() || g->isNull())
                    continue;
                const QRectF box = g->envelope();
                tree.query(box.adjusted(-D, -D, D, D), near);
                std::optional<Prepared> prepared;
                QList<int> networks;
                for (int j : near) {
                    const int network = result.patches[patchOf[j]].network;
                    if (networks.contains(network) || rectDistance(box, natureBox[j]) > D)
                        continue;
                    if (!prepared)
                        prepared.emplace(*g);
                    if (prepared->within(nature[j], D))
                        networks << network;
                }
                if (networks.size() < 2)
                    continue;
                std::sort(networks.begin(), networks.end());
                NatureSuggestion s;
                s.areaId = shape.version.areaId;
                s.department = shape.version.department;
                s.careType = shape.version.careType;
                s.lawnM2 = shape.version.areaM2;
                s.networks = networks;
                for (int n : networks)
                    s.connectedM2 += result.networks[n].areaM2;
                s.bounds = box;
                found[part].push_back(s);
            }
        });
        std::vector<NatureSuggestion> suggestions = std::move(found[0]);
        suggestions.insert(suggestions.end(), found[1].begin(), found[1].end());
        std::sort(suggestions.begin(), suggestions.end(), [](const NatureSuggestion &x, const NatureSuggestion &y) {
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
        for (qsizetype i : lawnItems)
            lawnById.insert(input.areas[i].version.areaId, i);
        for (const NatureSuggestion &s : std::as_const(result.suggestions))
            result.shapes.insert(s.areaId, input.areas[lawnById.value(s.areaId)].wkb);
    }
    // The shapes of the patches of the scope's networks.
    QSet<int> shownPatches;
    for (int n : std::as_const(result.scopeNetworks)) {
        for (int p : std::as_const(result.networks[n].patches))
            shownPatches.insert(p);
    }
    for (qsizetype i = 0; i < nn; ++i) {
        if (shownPatches.contains(patchOf[i]))
            result.shapes.insert(input.areas[natureItems[i]].version.areaId, input.areas[natureItems[i]].wkb);
    }
    if (cancelled(1.0, input.areas.size()))
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
