// Reading the map for the nature figures (analysis/nature.h): the whole project streamed, or a
// scope with its neighbours within D, grown until its networks are complete; and the units
// timeline.

#include "analysis/nature.h"
#include "geometry/geometry.h"
#include "map/map_snapshot.h"
#include "store/area_stream.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace engdrift {
namespace {

struct LoadText
{
    Q_DECLARE_TR_FUNCTIONS(Nature)
};

/// Only the shapes the computation reads are kept: nature-friendly areas and lawns.
bool needsShape(const Catalogue &catalogue, const QString &careType)
{
    const CareType *type = catalogue.find(careType);
    return type && (type->natureFriendly || type->group == QLatin1String("lawn"));
}

bool containedIn(const QRectF &box, const QList<QRectF> &regions)
{
    for (const QRectF &r : regions) {
        if (r.contains(box))
            return true;
    }
    return false;
}

QRectF grown(const QRectF &r, double d)
{
    return r.adjusted(-d, -d, d, d);
}

/// The bounds of each chain of boxes: boxes at most d apart are in one chain (found on a grid of
/// cells d wide, each box checked against the boxes of the cells it and its margin of d meet).
QList<QRectF> chainBounds(const std::vector<QRectF> &boxes, double d)
{
    const double cell = std::max(d, 1.0);
    auto cellOf = [cell](double v) { return static_cast<qint64>(std::floor(v / cell)); };
    auto key = [](qint64 x, qint64 y) {
        return (static_cast<quint64>(x) << 32) ^ static_cast<quint64>(y & 0xffffffff);
    };
    std::unordered_map<quint64, std::vector<int>> grid;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const QRectF &b = boxes[i];
        for (qint64 x = cellOf(b.left()); x <= cellOf(b.right()); ++x)
            for (qint64 y = cellOf(b.top()); y <= cellOf(b.bottom()); ++y)
                grid[key(x, y)].push_back(static_cast<int>(i));
    }
    std::vector<int> parent(boxes.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (size_t i = 0; i < boxes.size(); ++i) {
        const QRectF near = grown(boxes[i], d);
        for (qint64 x = cellOf(near.left()); x <= cellOf(near.right()); ++x) {
            for (qint64 y = cellOf(near.top()); y <= cellOf(near.bottom()); ++y) {
                const auto it = grid.find(key(x, y));
                if (it == grid.end())
                    continue;
                for (int j : it->second) {
                    const int a = root(static_cast<int>(i)), b = root(j);
                    if (a != b && rectDistance(boxes[i], boxes[j]) <= d)
                        parent[std::max(a, b)] = std::min(a, b);
                }
            }
        }
    }
    std::unordered_map<int, QRectF> chains;
    for (size_t i = 0; i < boxes.size(); ++i) {
        QRectF &c = chains[root(static_cast<int>(i))];
        c = c.isNull() ? boxes[i] : c.united(boxes[i]);
    }
    QList<QRectF> result;
    for (const auto &[r, bounds] : chains)
        result << bounds;
    return result;
}

} // namespace

Result<NatureInput> loadNatureInput(const ProjectStore &store, const NatureQuery &query)
{
    NatureInput input;
    input.at = query.at;
    input.proposalId = query.proposalId;
    input.linkDistanceM = query.linkDistanceM;
    input.department = query.department;
    input.organisation = query.organisation;
    if (!(query.linkDistanceM >= 0))
        return makeError(LoadText::tr("The distance between linked patches must be 0 m or more, not %1.")
                             .arg(query.linkDistanceM));
    if (query.proposalId) {
        auto proposal = store.proposal(*query.proposalId);
        if (!proposal.ok())
            return proposal.error();
        if (!proposal->has_value())
            return makeError(
                LoadText::tr("%1: there is no proposal %2.").arg(store.path()).arg(*query.proposalId));
    }
    if (query.department) {
        auto known = store.department(*query.department);
        if (!known.ok())
            return known.error();
        if (!known->has_value())
            return makeError(LoadText::tr("%1: there is no department %2.")
                                 .arg(store.path(), query.department->toString()));
    }

    const Catalogue &catalogue = store.catalogue();
    const MapSnapshot snapshot(store, MapContent{query.overlay, query.proposalId}, query.at);
    const bool scoped = query.department || query.organisation;

    if (!scoped) {
        auto departments = store.departments();
        if (!departments.ok())
            return departments.error();
        for (const Department &d : std::as_const(*departments))
            input.departments.insert(d.key, d);
        // The whole project, streamed.
        qint64 total = 0;
        if (auto stream = store.areaStream())
            total = stream->sizeHint();
        qint64 count = 0;
        bool cancelled = false;
        input.areas.reserve(total);
        // One string per care type, shared by its areas (a million copies would not fit).
        QHash<QString, std::pair<QString, bool>> careTypes; // code → (shared code, shape needed)
        auto read =
            snapshot.forEachAreaWkb(MapFilter{}, [&](const AreaVersion &v, const QByteArray &wkb, bool) {
                auto care = careTypes.constFind(v.careType);
                if (care == careTypes.cend())
                    care = careTypes.insert(
                        v.careType, {v.careType, query.allShapes || needsShape(catalogue, v.careType)});
                NatureArea area = NatureArea::of(v);
                area.careType = care->first;
                if (care->second)
                    area.wkb = wkb;
                input.areas << std::move(area);
                if (++count % 20000 == 0 && query.progress &&
                    !query.progress(total > 0 ? std::min(0.6, 0.6 * double(count) / double(total)) : -1.0,
                                    count)) {
                    cancelled = true;
                    return false;
                }
                return true;
            });
        if (!read.ok())
            return read.error();
        if (cancelled)
            return makeError(LoadText::tr("The nature figures were cancelled."));
        return input;
    }

    // The scope's own areas, and the regions around them.
    MapFilter scopeFilter;
    scopeFilter.department = query.department;
    scopeFilter.organisation = query.organisation;
    std::map<qint64, AreaShape> read;
    std::map<DepartmentKey, QRectF> scopeBounds;
    auto keep = [&](const AreaVersion &v, const QByteArray &wkb) {
        if (read.count(v.areaId))
            return;
        QRectF bounds;
        if (auto g = Geometry::fromWkb(wkb); g.ok())
            bounds = g->envelope();
        read.emplace(v.areaId, AreaShape{v, wkb, bounds});
    };
    auto first = snapshot.forEachAreaWkb(scopeFilter, [&](const AreaVersion &v, const QByteArray &wkb, bool) {
        keep(v, wkb);
        QRectF &b = scopeBounds[v.department];
        const QRectF box = read.at(v.areaId).bounds;
        b = b.isNull() ? box : b.united(box);
        return true;
    });
    if (!first.ok())
        return first.error();
    const double D = query.linkDistanceM;
    QList<QRectF> regions; // read whole (every area whose box meets one is read)
    QList<QRectF> pending;
    for (const auto &[key, b] : scopeBounds)
        pending << grown(b, D);
    QList<QRectF> scopeRegions = pending;
    for (int round = 0; !pending.isEmpty(); ++round) {
        for (const QRectF &r : std::as_const(pending)) {
            auto more =
                snapshot.forEachAreaWkb(MapFilter{r}, [&](const AreaVersion &v, const QByteArray &wkb, bool) {
                    keep(v, wkb);
                    return true;
                });
            if (!more.ok())
                return more.error();
            regions << r;
        }
        pending.clear();
        // The networks near the scope must be complete: every area within D of their areas read.
        // Networks are not computed here: chains of nature-friendly areas whose boxes are at most
        // D apart hold every network (two shapes at most D apart have boxes at most D apart), so
        // reading around each chain near the scope reads at least around each network near it.
        std::vector<QRectF> boxes;
        for (const auto &[id, shape] : read) {
            const CareType *type = catalogue.find(shape.version.careType);
            if (type && type->natureFriendly && !shape.bounds.isNull())
                boxes.push_back(shape.bounds);
        }
        for (const QRectF &chain : chainBounds(boxes, D)) {
            bool near = false;
            for (const QRectF &s : std::as_const(scopeRegions))
                near = near || rectsMeet(s, chain);
            if (!near)
                continue;
            const QRectF needed = grown(chain, D);
            if (!containedIn(needed, regions) && !containedIn(needed, pending))
                pending << needed;
        }
        if (query.progress && !query.progress(-1.0, static_cast<qint64>(read.size())))
            return makeError(LoadText::tr("The nature figures were cancelled."));
    }
    for (auto &[id, shape] : read) {
        // The departments read, each looked up once (their strategic significance).
        if (!input.departments.contains(shape.version.department)) {
            auto department = store.department(shape.version.department);
            if (!department.ok())
                return department.error();
            if (department->has_value())
                input.departments.insert(shape.version.department, **department);
        }
        input.areas << NatureArea::of(shape.version, shape.wkb);
    }
    return input;
}

NatureProgress progressAfterReading(const NatureProgress &progress)
{
    if (!progress)
        return {};
    return [progress](double fraction, qint64 count) {
        return progress(fraction < 0 ? fraction : 0.6 + 0.4 * fraction, count);
    };
}

Result<NatureResult> natureFigures(const ProjectStore &store, const NatureQuery &query)
{
    auto input = loadNatureInput(store, query);
    if (!input.ok())
        return input.error();
    return computeNature(*input, store.catalogue(), progressAfterReading(query.progress));
}

Result<CareUnitsSeries> careUnitsTimeline(const ProjectStore &store, const QList<QDate> &dates,
                                          const std::optional<DepartmentKey> &department,
                                          const std::optional<int> &organisation,
                                          const std::shared_ptr<const EditOverlay> &overlay)
{
    CareUnitsSeries series;
    series.dates = dates;
    if (dates.isEmpty())
        return series;
    auto departments = store.departments();
    if (!departments.ok())
        return departments.error();
    QHash<DepartmentKey, double> significance;
    for (const Department &d : std::as_const(*departments))
        significance.insert(d.key, significanceScore(d.strategicSignificance));
    const Catalogue &catalogue = store.catalogue();
    AreaQuery query;
    query.department = department;
    query.organisation = organisation;
    query.status = AreaStatus::Current;
    query.ordered = false;
    QHash<QString, QList<double>> byCare;
    auto count = [&](const AreaVersion &v) {
        const CareType *type = catalogue.find(v.careType);
        if (!type)
            return;
        const double units = v.areaM2 / 10000.0 * type->distinctiveness *
                             conditionScore(v.condition.value_or(type->defaultCondition)) *
                             significance.value(v.department, 1.0);
        QList<double> *row = nullptr;
        for (qsizetype i = 0; i < dates.size(); ++i) {
            if (!dates[i].isValid() || !v.isValidAt(dates[i]))
                continue;
            if (!row) {
                row = &byCare[v.careType];
                if (row->isEmpty())
                    row->fill(0.0, dates.size());
            }
            (*row)[i] += units;
        }
    };
    // The rule of the map (map/map_snapshot.h): an area edited in the session shows its edited
    // history, and its stored versions are hidden.
    auto read = store.forEachArea(query, false, [&](const AreaVersion &v, const Geometry *) {
        if (!(overlay && overlay->overrides(v.areaId)))
            count(v);
        return true;
    });
    if (!read.ok())
        return read.error();
    if (overlay) {
        const MapFilter scope{std::nullopt, department, organisation};
        for (const AreaHistory &history : overlay->histories) {
            for (const AreaShape &shape : history) {
                if (shape.version.status == AreaStatus::Current && scope.admits(shape.version.department))
                    count(shape.version);
            }
        }
    }
    for (const CareType &type : catalogue.careTypes()) {
        auto it = byCare.constFind(type.code);
        if (it == byCare.cend())
            continue;
        series.careTypes << type.code;
        series.units << *it;
    }
    return series;
}

} // namespace engdrift
