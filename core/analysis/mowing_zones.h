#pragma once
// Mowing zones: a department's grass as the crew mows it, derived from the map at a date.
//
// Adjacent areas (touching, overlapping, or within kAdjacencyToleranceM of each other) of one care
// type that is cut (its catalogue regime cuts at least once a year) are dissolved into one zone
// with GEOS. Mown paths and safety edges are zones of their own: their band (the line buffered by
// width/2 with flat ends) clipped to the grass areas they cross (areas whose care type has a mowing
// regime, also grass that is not cut), and that band is taken out of the areas it crosses (a mown
// path through a meadow is cut often, the meadow around it seldom). Where a mown path and a safety
// edge overlap, the path counts. Their regime is the catalogue's "path_care".
//
// Zones are numbered 1..n: by regime (the catalogue's order of care types, then mown paths, then
// safety edges), then from west to east by the west edge of the zone, north first at a tie. The
// numbers stay the same as long as the map does. (Stored numbers, names and per-season overrides
// are for later: they will key on the zone's areas through the temporal layer.)
//
// Threads: reads the snapshot's store on its thread; the result is a value any thread may hold.

#include "catalogue/catalogue.h"
#include "map/map_snapshot.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

#include <optional>

namespace engdrift {

/// Areas this close (m) count as neighbours: digitised neighbours often leave slivers of a few
/// millimetres between them.
inline constexpr double kAdjacencyToleranceM = 0.05;

struct MowingZone
{
    int number = 0;
    QString name;        ///< the regime's name and its zone's number within the regime, e.g. "Eng 2"
    QString careType;    ///< the care type's code, or "mown_path" / "safety_edge"
    bool isPath = false; ///< a mown path's or safety edge's band
    MowingRegime regime;
    double areaM2 = 0;
    QByteArray wkb;      ///< the zone: a valid MultiPolygon in the project CRS
    QRectF bounds;
    QList<qint64> areaIds; ///< the areas it lies on
    QList<qint64> pathIds; ///< for a path zone: the paths it is the band of
};

/// A department's zones, and every m² the workload counts.
struct MowingZones
{
    DepartmentKey department;
    QDate date;
    std::optional<qint64> proposalId;
    QList<MowingZone> zones;
    /// m² by care type code (all care types, cut or not) after the path bands are taken out, and
    /// the bands' m² under "mown_path" and "safety_edge".
    QMap<QString, double> careM2;

    double mownM2() const; ///< the zones' m²
};

/// The zones of one department on the snapshot's map. `language` ("da" or "en") names them.
Result<MowingZones> mowingZones(const MapSnapshot &snapshot, const DepartmentKey &department,
                                const QString &language = QString());

/// The code of the regime a care type or path kind is counted under: the care type itself, or
/// "mown_path" / "safety_edge".
const CareType *careOrPathType(const Catalogue &catalogue, const QString &code);

namespace mowing_detail {

/// The bands of a department's paths: [0] mown paths, [1] safety edges without the mown paths.
struct PathBands
{
    Geometry band[2];
    QList<qint64> ids[2];
    QList<QByteArray> lines[2]; ///< each path's line (WKB), in the order of ids
    QRectF bounds;
    bool isEmpty() const { return ids[0].isEmpty() && ids[1].isEmpty(); }
};
QString pathKindCodeOf(int index); ///< "mown_path", "safety_edge"
Result<PathBands> pathBands(const QList<PathShape> &paths);

/// An area with the bands taken out, and the bands' pieces on it.
struct ClippedArea
{
    Geometry rest;
    Geometry pieces[2];
};
Result<ClippedArea> clipArea(const Geometry &area, const PathBands &bands);

} // namespace mowing_detail

} // namespace engdrift
