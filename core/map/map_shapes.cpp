#include "map/map_shapes.h"

#include <algorithm>

namespace engdrift {

bool rectsMeet(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

QList<AreaShape> EditOverlay::shapesAt(const QDate &date, const std::optional<QRectF> &bounds,
                                       const std::optional<DepartmentKey> &department) const
{
    QList<AreaShape> shapes;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        for (const AreaShape &shape : it.value()) {
            const AreaVersion &v = shape.version;
            if (v.status != AreaStatus::Current || !v.isValidAt(date))
                continue;
            if (department && v.department != *department)
                continue;
            if (bounds && !rectsMeet(*bounds, shape.bounds))
                continue;
            shapes << shape;
        }
    }
    std::sort(shapes.begin(), shapes.end(),
              [](const AreaShape &a, const AreaShape &b) { return a.version.areaId < b.version.areaId; });
    return shapes;
}

QHash<qint64, AreaShape> EditOverlay::plannedShapes(qint64 proposalId, const std::optional<QRectF> &bounds) const
{
    QHash<qint64, AreaShape> planned;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        for (const AreaShape &shape : it.value()) {
            const AreaVersion &v = shape.version;
            if (v.status == AreaStatus::Proposed && v.proposalId == proposalId && (!bounds || rectsMeet(*bounds, shape.bounds)))
                planned.insert(it.key(), shape);
        }
    }
    return planned;
}

QList<PathShape> EditOverlay::pathsAt(const QDate &date, const std::optional<qint64> &proposalId,
                                      const std::optional<QRectF> &bounds) const
{
    QList<PathShape> shapes;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        for (const PathShape &shape : it.value()) {
            const PathVersion &v = shape.version;
            const bool current = v.status == AreaStatus::Current && v.isValidAt(date);
            const bool planned = proposalId && v.status == AreaStatus::Proposed && v.proposalId == proposalId;
            if ((current || planned) && (!bounds || rectsMeet(*bounds, shape.bounds)))
                shapes << shape;
        }
    }
    return shapes;
}

} // namespace engdrift
