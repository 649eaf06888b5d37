#pragma once
// The first stage of an import: source features turned into areas ready to write. Not a public API
// (io/ only).
//
// An import runs as two stages on the two cores: an ImportPreparer reads the source layer on a
// worker thread, reprojects each feature with PROJ, makes it a valid (multi)polygon with GEOS,
// measures it and reads its department, care type and start date; the calling thread writes the
// prepared areas into the store, batch by batch, while the next batch is being prepared. A bounded
// queue between them keeps memory flat. Everything a stage skips or changes is counted in its
// part of the ImportReport.

#include "catalogue/care_mapping.h"
#include "crs/crs.h"
#include "io/vector_import.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

class OGRLayer;

namespace engdrift {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// One source feature, ready to be written as an area.
struct PreparedArea
{
    QString fid;              ///< the source feature id (for messages)
    QByteArray wkb;           ///< a valid multipolygon in the project CRS
    QRectF bounds;
    double areaM2 = 0;
    DepartmentKey department;
    QString careType;
    QDate validFrom;
};

/// A batch of prepared areas, or the error that ended the preparation.
struct PreparedBatch
{
    std::vector<PreparedArea> areas;
    qint64 featuresRead = 0; ///< features read from the source so far (for progress)
    std::optional<Error> error;
    bool last = false;       ///< the source is read to its end (or ended in error)
};

/// A queue of batches between the two stages; put() waits while it is full, take() while empty.
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(capacity) {}
    /// False when the consumer gave up (then the producer stops).
    bool put(PreparedBatch batch);
    PreparedBatch take();
    /// The consumer stops taking: a waiting put() returns false.
    void close();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PreparedBatch> m_batches;
    std::size_t m_capacity;
    bool m_closed = false;
};

/// What the preparer needs to know, fixed before it starts.
struct PrepareSettings
{
    QString sourcePath;
    QString layerName;
    Crs sourceCrs;
    Crs projectCrs;
    bool swapAxes = false;     ///< the source stores latitude first
    bool cadDrawing = false;   ///< a DXF drawing: closed polylines outline areas
    std::optional<DepartmentKey> department; ///< every area into this one, or from the fields
    int orgIndex = -1;
    int deptIndex = -1;
    QString fixedCare;         ///< every area gets this care type, or from careIndex
    int careIndex = -1;
    std::optional<CareMapping> mapping;
    int startIndex = -1;       ///< a date field giving each area's start
    QDate validFrom;
    qint64 total = -1;         ///< features in the layer (-1: unknown)
};

/// Reads `layer` to its end on the calling thread (a worker), putting batches of prepared areas
/// into `queue` until it is read, an error ends it, `cancel` is set or the queue is closed. Its
/// notes go into `report` (notes, unmappedValues, featuresRead, earliestStart), which the caller
/// reads only after this returns. The layer must not be used by another thread meanwhile.
void prepareAreas(OGRLayer *layer, const PrepareSettings &settings, BatchQueue &queue, ImportReport &report,
                  const std::atomic_bool &cancel);

/// Counts a note on a feature (with the first few feature ids as examples).
void noteFeature(ImportReport &report, ImportNote kind, const QString &fid);

} // namespace engdrift
