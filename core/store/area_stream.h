#pragma once
// AreaStream: the area versions a map draws, read as fast as the store allows: the renderer's
// read path (ProjectStore::areaStream()).
//
// Each backend gives the fastest stream it can. The GeoPackage backend reads with SQLite directly
// (store/gpkg/gpkg_area_stream.cpp), on a read-only connection of the stream's own, so that each
// drawing thread has one (openAnother()): only the rows whose R-tree box meets the view, each with
// its geometry as stored WKB, which render/wkb_paths.h maps straight to pixels; nothing becomes an
// OGR or GEOS geometry. Any other store is read through ProjectStore::forEachArea, on the store's
// thread. Nothing of SQLite or GDAL is in this interface.
//
// The rule is the temporal layer's: the map at date D is every version with
// valid_from <= D < valid_to (open when NULL) and the status asked for.

#include "model/area_version.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

namespace engdrift {

class AreaStream;
class ProjectStore;

struct AreaStreamQuery
{
    std::optional<QDate> at;          ///< versions valid at this date; unset: any date
    AreaStatus status = AreaStatus::Current;
    std::optional<qint64> proposalId; ///< only this proposal's versions
    std::optional<QRectF> bounds;     ///< only versions whose bounding box meets this rectangle
    /// Only versions whose bounding box is at least this wide or high (map units), and those of
    /// anySizeIds: with a SmallAreaPass over the rest. 0: any size.
    double minSize = 0;
    QList<qint64> anySizeIds; ///< area ids read with their geometry however small
    /// Set while a long read runs: the reader may stop early (the render it serves is cancelled
    /// and its result thrown away). Null: never.
    const std::atomic_bool *cancel = nullptr;
};

/// One area version as read; the views are valid only during the visit.
struct StreamedArea
{
    qint64 areaId = 0;
    QByteArrayView careType; ///< the care type code, UTF-8
    double areaM2 = 0;
    const unsigned char *wkb = nullptr; ///< the geometry as WKB (any byte order, 2D/Z/M)
    std::size_t wkbSize = 0;
    std::optional<QRectF> envelope;     ///< the geometry's bounding box, when known without the WKB
};

using AreaVisitor = std::function<bool(const StreamedArea &)>;

/// The areas of a query smaller than its minSize both ways (except its anySizeIds), found through
/// the indexes alone: their bounding boxes from the spatial index, their care type and size from
/// the attribute index (seeking to each department in view), no geometry read. When most areas in
/// view are smaller than a pixel or two this reads a tenth of what reading the areas would.
class SmallAreaPass
{
public:
    virtual ~SmallAreaPass() = default;
    /// How many areas meet the view and are small (some may not be valid at the date).
    virtual qint64 count() const = 0;
    /// Readies the pass to visit them (once, on the thread of the stream that made it, before
    /// any part); counting them needs less.
    virtual Result<void> prepare() = 0;
    /// Visits part `part` of `parts` of them (areaId 0, no WKB, the envelope set) through
    /// `stream`, a stream of the same project for the calling thread (the pass's own, or
    /// AreaStream::openAnother() on another thread): the parts may run at once.
    virtual Result<void> forEachPart(int part, int parts, AreaStream &stream, const AreaVisitor &visit) = 0;
    /// How many areas meet the view and are not small (or are among anySizeIds); -1: unknown.
    virtual qint64 othersCount() const = 0;
    /// Whether any area that is not small (or is among anySizeIds) meets `bounds`: false when
    /// reading the rest there would find nothing; true when unknown.
    virtual bool othersMeet(const QRectF &bounds) const = 0;
    /// After every part: the small areas no part met (none unless a department's stored extent is
    /// out of date), on the thread of the stream that made the pass.
    virtual Result<void> forEachMissed(const AreaVisitor &visit) = 0;
};

class AreaStream
{
public:
    virtual ~AreaStream() = default;

    /// A generic stream through ProjectStore::forEachArea (for a backend without a faster one),
    /// on the store's thread.
    static std::unique_ptr<AreaStream> throughStore(const ProjectStore &store);

    /// True when openAnother() gives more streams of the same data for other threads.
    virtual bool canOpenAnother() const = 0;
    /// Another stream of the same data for the calling thread (each drawing thread reads with
    /// its own); null when this stream has none.
    virtual std::unique_ptr<AreaStream> openAnother() const { return nullptr; }
    virtual QString path() const = 0;
    /// The bounding box of every area version stored (null when unknown or empty).
    virtual QRectF dataExtent() const = 0;

    /// About how many area versions the project holds (0: unknown).
    virtual qint64 sizeHint() const { return 0; }

    using Visitor = AreaVisitor;
    /// Calls `visit` for each matching version, in no particular order, until it returns false.
    virtual Result<void> forEach(const AreaStreamQuery &query, const Visitor &visit) = 0;
    /// The pass over the small areas of `query` (query.minSize > 0), which then reads the rest;
    /// null when this stream has none (forEach reads them all).
    virtual Result<std::unique_ptr<SmallAreaPass>> smallAreas(const AreaStreamQuery &query)
    {
        Q_UNUSED(query);
        return std::unique_ptr<SmallAreaPass>();
    }
};

} // namespace engdrift
