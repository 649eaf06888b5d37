#pragma once
// The shapes of the map as values: a version with its geometry as WKB (copyable, safe to hand to
// any thread), and the unsaved edits of a session as an immutable overlay over the store.

#include "model/area_version.h"
#include "model/path_version.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>

#include <optional>

namespace engdrift {

/// A version of an area with its geometry as WKB (copyable, safe to pass between threads).
struct AreaShape
{
    AreaVersion version;
    QByteArray wkb;
    QRectF bounds;
};

using AreaHistory = QList<AreaShape>; ///< ordered by valid_from

/// A version of a path (a mown path or edge) with its line as WKB.
struct PathShape
{
    PathVersion version;
    QByteArray wkb;
    QRectF bounds;
};

using PathHistory = QList<PathShape>; ///< ordered by valid_from

/// An immutable snapshot of the edited areas, for drawing and querying on any thread.
struct EditOverlay
{
    QHash<qint64, AreaHistory> histories; ///< edited area id → its whole edited history
    /// The versions valid at `date` (status current) whose bounds meet `bounds` (if given), of one
    /// department (if given), ordered by area id.
    QList<AreaShape> shapesAt(const QDate &date, const std::optional<QRectF> &bounds = std::nullopt,
                              const std::optional<DepartmentKey> &department = std::nullopt) const;
    /// The planned versions of a proposal among the edits (by area id).
    QHash<qint64, AreaShape> plannedShapes(qint64 proposalId, const std::optional<QRectF> &bounds = std::nullopt) const;
    bool overrides(qint64 areaId) const { return histories.contains(areaId); }

    QHash<qint64, PathHistory> paths; ///< edited path id → its whole edited history
    /// The edited paths valid at `date` (current), and with a proposal its planned ones.
    QList<PathShape> pathsAt(const QDate &date, const std::optional<qint64> &proposalId,
                             const std::optional<QRectF> &bounds = std::nullopt) const;
    bool overridesPath(qint64 pathId) const { return paths.contains(pathId); }
};

/// Do two rectangles meet (touching counts)? QRectF::intersects() says no for touching edges and
/// for the zero-width envelope of a degenerate shape.
bool rectsMeet(const QRectF &a, const QRectF &b);

} // namespace engdrift
