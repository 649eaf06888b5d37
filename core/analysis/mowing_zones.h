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
// numbers stay the same as long as the map does.
//
// Once the operator has edited a department's zones (edit/mowing_zone_edits.h), its zones are
// stored with history (ProjectStore::zoneLayer()): each derived zone that matches a stored zone
// valid at the snapshot's date (analysis/mowing_zone_match.h: same regime, overlapping at least
// half of the smaller) takes its number, name and season overrides, and its regime is the
// catalogue's with the override for the season asked; the other zones are numbered after the
// largest stored number. Every consumer (workload, calendar, exports, CLI, desktop, print) reads
// the zones from here and so sees the stored numbers.
//
// Threads: reads the snapshot's store on its thread; the result is a value any thread may hold.

#include "catalogue/catalogue.h"
#include "map/map_snapshot.h"
#include "model/zone_version.h"
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
    QString name;        ///< the operator's name, or the regime's name and its place among that
                         ///< regime's zones, e.g. "Eng 2"
    qint64 zoneId = 0;   ///< the stored zone it is (0: not stored)
    bool named = false;  ///< the name is the operator's
    bool overridden = false;  ///< its regime is overridden for the season asked
    SeasonOverrides overrides; ///< the stored zone's overrides, every season
    QString careType;    ///< the care type's code, or "mown_path" / "safety_edge"
    QString regimeName;  ///< the care type's (or path kind's) name in the language asked
    bool isPath = false; ///< a mown path's or safety edge's band
    MowingRegime regime; ///< for the season asked: the catalogue's, with the zone's override
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
    int season = 0; ///< the season whose overrides the regimes carry
    std::optional<qint64> proposalId;
    QList<MowingZone> zones; ///< ordered by number
    /// m² by care type code (all care types, cut or not) after the path bands are taken out, and
    /// the bands' m² under "mown_path" and "safety_edge".
    QMap<QString, double> careM2;

    double mownM2() const; ///< the zones' m²
};

/// The zones of one department on the snapshot's map, with the stored numbers, names and the
/// regime overrides of `season` (0: the year of the snapshot's date). `language` ("da" or "en")
/// names the zones the operator has not named.
Result<MowingZones> mowingZones(const MapSnapshot &snapshot, const DepartmentKey &department,
                                const QString &language = QString(), int season = 0);

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
