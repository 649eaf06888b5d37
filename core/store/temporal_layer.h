#pragma once
// TemporalLayer: a table of dated versions (areas, mown paths, mowing zones), written once
// for every kind of version and every backend.
//
// A thing on the map (an area, a path) keeps its id for life; each of its versions is valid from
// valid_from up to, not including, valid_to (unset: still valid). "The map at date D" is every
// version with valid_from <= D < valid_to. Versions are current (history and today) or proposed
// (planned in a proposal, a draft).
//
// History is never overwritten: the one way to change a current version is supersede(), which
// closes it on a date and opens its successors from that date in one step, and only if the row is
// still as the caller read it (its valid_to); otherwise it fails with ErrorKind::Conflict and
// writes nothing. That check is the optimistic concurrency that lets two people edit one shared
// store. A change on the very day a version begins replaces that version (it was never valid for
// a day): no version is ever of zero length.
//
// The rules live here; a backend (store/gpkg, later store/postgis) implements the protected
// primitives: reading rows, writing one new row, and the guarded end or removal of one row. Every
// write happens inside the store's open transaction (ProjectStore::begin()); ids are handed out
// from the largest id read inside that transaction, so two writers never give out the same id.
//
// Threads: a layer belongs to its store and the store's thread.

#include "catalogue/catalogue.h"
#include "geometry/geometry.h"
#include "model/area_version.h"
#include "model/path_version.h"
#include "model/zone_version.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRectF>

#include <functional>
#include <optional>
#include <vector>

namespace engdrift {

/// Which versions a query returns (areas and paths alike).
struct VersionQuery
{
    std::optional<QDate> at;                  ///< only versions valid at this date; unset = all versions
    std::optional<DepartmentKey> department;  ///< only this department
    std::optional<int> organisation;          ///< only the departments of this organisation
    std::optional<AreaStatus> status = AreaStatus::Current;
    QList<qint64> ids;                        ///< only these areas or paths (empty = all)
    std::optional<QRectF> bounds;             ///< only versions whose bounding box meets this rectangle
    bool ordered = true;                      ///< by id and valid_from; false is faster
    std::optional<qint64> proposalId;         ///< only the versions of this proposal
    std::optional<qint64> importId;           ///< only the versions this import wrote (areas)
};

using AreaQuery = VersionQuery;
using PathQuery = VersionQuery;

/// What is particular to each kind of version: its id, its checks and its measure. Specialised
/// for AreaVersion and PathVersion in temporal_layer.cpp.
template <class Version>
struct VersionTraits;

template <>
struct VersionTraits<AreaVersion>
{
    static qint64 &id(AreaVersion &v) { return v.areaId; }
    static qint64 id(const AreaVersion &v) { return v.areaId; }
    /// The checks of a version's own fields before it is written.
    static Result<void> check(const AreaVersion &v, const Catalogue &catalogue, const QString &location);
    /// Checks the shape and sets the version's measure (areaM2).
    static Result<void> measure(AreaVersion &v, const Geometry &geometry, const QString &location);
};

template <>
struct VersionTraits<PathVersion>
{
    static qint64 &id(PathVersion &v) { return v.pathId; }
    static qint64 id(const PathVersion &v) { return v.pathId; }
    static Result<void> check(const PathVersion &v, const Catalogue &catalogue, const QString &location);
    static Result<void> measure(PathVersion &v, const Geometry &geometry, const QString &location);
};

/// Mowing zones: the stored number, name and season overrides of a zone (model/zone_version.h).
template <>
struct VersionTraits<ZoneVersion>
{
    static qint64 &id(ZoneVersion &v) { return v.zoneId; }
    static qint64 id(const ZoneVersion &v) { return v.zoneId; }
    static Result<void> check(const ZoneVersion &v, const Catalogue &catalogue, const QString &location);
    static Result<void> measure(ZoneVersion &v, const Geometry &geometry, const QString &location);
};

template <class Version>
class TemporalLayer
{
public:
    using Visitor = std::function<bool(const Version &, const Geometry *)>;
    /// The shape as the store keeps it: WKB in the store's CRS, and its bounding box.
    using WkbVisitor = std::function<bool(const Version &, const QByteArray &wkb)>;

    /// A version that takes over from a superseded one, with its shape.
    struct Successor
    {
        Version version;
        Geometry geometry;
    };

    virtual ~TemporalLayer() = default;
    TemporalLayer(const TemporalLayer &) = delete;
    TemporalLayer &operator=(const TemporalLayer &) = delete;

    // --- reading
    /// Calls visit for each matching version (ordered by id and valid_from unless query.ordered is
    /// false) until it returns false. The geometry is read only when withGeometry is true.
    virtual Result<void> forEach(const VersionQuery &query, bool withGeometry, const Visitor &visit) const = 0;
    /// The same with the stored WKB, without turning it into a GEOS geometry (for drawing).
    virtual Result<void> forEachWkb(const VersionQuery &query, const WkbVisitor &visit) const = 0;
    Result<QList<Version>> versions(const VersionQuery &query) const;
    /// The version stored in row `fid`, or nothing when there is no such row.
    virtual Result<std::optional<Version>> version(qint64 fid) const = 0;
    virtual Result<Geometry> geometry(qint64 fid) const = 0;

    // --- who writes
    /// The name every version written from now on records as changed_by (with the time as
    /// changed_at, UTC). By default defaultEditorName(); ProjectStore::setEditorName() sets it.
    QString editorName() const { return m_editor; }
    void setEditorName(const QString &name) { m_editor = name.trimmed().isEmpty() ? defaultEditorName() : name.trimmed(); }
    /// ENGDRIFT_USER when it is set, else the operating system's user name with the host
    /// ("anna@laptop").
    static QString defaultEditorName();

    // --- writing (inside the store's open transaction)
    /// The id a new area or path gets; each call gives the next one.
    Result<qint64> newId();
    /// Writes a new version (stamped with editorName() and the time; closedBy/closedAt are cleared; id 0: a new id; it must end, if it ends, after the day it begins).
    /// Checks it, measures it from the geometry and sets version.fid.
    Result<void> insert(Version &version, const Geometry &geometry);
    /// The same for a shape already checked and measured by the caller (the version's areaM2 or
    /// lengthM is set): WKB of a multipolygon or multilinestring in the store's CRS and its
    /// bounding box. For bulk imports that prepare shapes on another thread.
    Result<void> insertPrepared(Version &version, const QByteArray &wkb, const QRectF &bounds);
    /// Writes a version exactly as another store holds it, for copying a project whole
    /// (store/project_copy.h): its fid (nonzero, must be free), id, dates, status, fields, measure
    /// and, for areas, its import batch are kept, and the shape is the WKB as given (bounds: its
    /// bounding box). Nothing is checked or measured: the row was checked when it was first written.
    Result<void> insertCopy(const Version &version, const QByteArray &wkb, const QRectF &bounds);
    /// Closes the current version in row `fid` on `date` and opens `next` (each from `date`,
    /// unless it says a later start; id 0: a new id), in one step: only when the row's valid_to is
    /// still `expectedValidTo` (invalid: still open) as the caller read it; otherwise nothing is
    /// written and the error is a Conflict. When the version begins on `date`, the successors
    /// replace it. `next` may be empty (the thing ends on `date`). Sets the successors' fid and id.
    /// The closed version records editorName() and the time as closed_by/closed_at (the
    /// successors the same as changed_by/changed_at), so a conflict can say who ended a thing that
    /// has no successor.
    Result<void> supersede(qint64 fid, const QDate &date, std::vector<Successor> &next, const QDate &expectedValidTo);
    /// Deletes a planned (proposed) version: drafts change, history does not.
    Result<void> deletePlanned(qint64 fid);
    /// Rewrites the fields of a planned version in place (not its dates, shape or status).
    Result<void> updatePlanned(const Version &version);

protected:
    TemporalLayer() = default;

    /// Where the layer is, for messages (the project's file or database).
    virtual QString location() const = 0;
    virtual const Catalogue &catalogue() const = 0;
    /// Fails unless the store is writable and a transaction is open.
    virtual Result<void> requireTransaction() const = 0;
    /// The largest id in the table (0 when empty), read inside the open transaction.
    virtual Result<qint64> readMaxId() = 0;
    /// Writes a new row; sets version.fid. A version.fid of 0 on entry gives the row a new fid and
    /// (areas) the import batch open in the transaction; a nonzero fid on entry (insertCopy) is
    /// the row's fid exactly, and (areas) version.importId its import batch.
    virtual Result<void> writeRow(Version &version, const QByteArray &wkb, const QRectF &bounds) = 0;
    /// Sets valid_to of row `fid` to `validTo`, and who closed it and when (closed_by, closed_at),
    /// if its valid_to is `expectedValidTo` (invalid: open) and it is current. Returns false
    /// (writing nothing) when it is not so.
    virtual Result<bool> writeValidTo(qint64 fid, const QDate &validTo, const QDate &expectedValidTo, const QString &closedBy,
                                      const QDateTime &closedAt) = 0;
    /// Deletes row `fid` if its valid_to is `expectedValidTo` (invalid: open) and its status is
    /// `status`. Returns false (deleting nothing) when it is not so.
    virtual Result<bool> deleteRow(qint64 fid, const QDate &expectedValidTo, AreaStatus status) = 0;
    /// Rewrites the fields of a row of status proposed; false when the row is not a planned one.
    virtual Result<bool> writeFields(const Version &version) = 0;
    /// The time a write records (changed_at, closed_at): now, UTC, to the second.
    static QDateTime stampTime();
    /// Forgets the id counter (a transaction began or ended).
    void resetIds() { m_nextId = -1; }

private:
    qint64 m_nextId = -1;
    QString m_editor = defaultEditorName();
};

extern template class TemporalLayer<AreaVersion>;
extern template class TemporalLayer<PathVersion>;
extern template class TemporalLayer<ZoneVersion>;

using AreaLayer = TemporalLayer<AreaVersion>;
using PathLayer = TemporalLayer<PathVersion>;
using ZoneLayer = TemporalLayer<ZoneVersion>;

} // namespace engdrift
