#include "render/area_layer.h"

#include <QCoreApplication>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>

namespace engdrift {
namespace {

struct LayerText
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)
};

constexpr int kCancelCheckEvery = 64;
/// Bands per thread: more than one, so a thread that drew an empty band takes another.
constexpr int kBandsPerThread = 2;
constexpr int kMinBandRows = 64;
/// The small-area pass scans the attribute index of the whole project; it pays when at least
/// this share of the project's areas are small and in view.
constexpr double kSmallPassShare = 0.1;
/// Fewer areas in view than this are drawn on one thread: more threads would cost more in
/// connections to open than they save (a department, a close-up).
constexpr qint64 kParallelMinAreas = 3000;

/// The image `painter` draws into, when the areas can be drawn into its rows directly: a raster
/// painter on a QImage with no transform, full opacity and plain source-over drawing, and the
/// view inside the image.
QImage *drawableImage(QPainter &painter, const MapView &view)
{
    QPaintDevice *device = painter.device();
    if (!device || device->devType() != QInternal::Image || !painter.paintEngine() ||
        painter.paintEngine()->type() != QPaintEngine::Raster || !painter.worldTransform().isIdentity() ||
        painter.opacity() < 1.0 || painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return nullptr;
    auto *image = static_cast<QImage *>(device);
    const qreal dpr = image->devicePixelRatio();
    if (image->isNull() || std::ceil(view.size().width() * dpr) > image->width() ||
        std::ceil(view.size().height() * dpr) > image->height())
        return nullptr;
    return image;
}

/// What the threads found, gathered under a lock.
struct Gathered
{
    std::mutex mutex;
    AreaLayerResult result;
    QSet<qint64> selectedSeen, labelSeen;
    std::optional<Error> failure;

    void add(const AreaPainter &painter, int drawn, int dots)
    {
        std::lock_guard lock(mutex);
        result.areasDrawn += drawn;
        result.dotsDrawn += dots;
        for (const auto &s : painter.selected()) {
            if (!selectedSeen.contains(s.first)) {
                selectedSeen.insert(s.first);
                result.selected << s;
            }
        }
        for (const AreaLabelCandidate &l : painter.labels()) {
            if (!labelSeen.contains(l.areaId)) {
                labelSeen.insert(l.areaId);
                result.labels << l;
            }
        }
    }
    void fail(const Error &error)
    {
        std::lock_guard lock(mutex);
        if (!failure)
            failure = error;
    }
};

} // namespace

Result<AreaLayerResult> drawAreaLayer(QPainter &painter, AreaStream &stream, AreaStreamQuery query, const MapView &view,
                                      const MapStyle &style, const AreaPaintSettings &settings,
                                      const QSet<qint64> &skipIds, const std::atomic_bool *cancel, int threads)
{
    Gathered gathered;
    std::atomic_bool stop{false};
    auto stopped = [&](int n) { // checks the flag on the first of every kCancelCheckEvery areas
        if (n % kCancelCheckEvery == 0 && cancel && cancel->load())
            stop = true;
        return stop.load();
    };
    query.bounds = view.extent();

    // The areas smaller than a dot, through the indexes alone, when most in view are.
    std::unique_ptr<SmallAreaPass> small;
    qint64 inView = -1; // areas meeting the view, all versions; -1: unknown
    if (settings.dotPixels > 0) {
        AreaStreamQuery smallQuery = query;
        smallQuery.minSize = settings.dotPixels * view.mapUnitsPerPixel();
        QSet<qint64> individual = skipIds;
        if (settings.selectedIds)
            individual.unite(*settings.selectedIds);
        smallQuery.anySizeIds = individual.values();
        smallQuery.cancel = cancel; // a national pass reads every area's box: it stops when cancelled
        auto pass = stream.smallAreas(smallQuery);
        if (!pass.ok())
            return pass.error();
        if (cancel && cancel->load()) {
            gathered.result.cancelled = true;
            return gathered.result;
        }
        if (*pass && (*pass)->othersCount() >= 0)
            inView = (*pass)->count() + (*pass)->othersCount();
        if (*pass && (*pass)->count() >= kSmallPassShare * double(stream.sizeHint())) {
            if (auto ready = (*pass)->prepare(); !ready.ok())
                return ready.error();
            small = std::move(*pass);
            query = smallQuery;
        }
    }
    // Part `part` of `parts` of the small areas onto `areas`, through `connection` (dots only: no
    // geometry is read); the last, on this thread, also those no part met.
    auto drawSmall = [&](AreaPainter &areas, int part, int parts, AreaStream &connection) -> Result<void> {
        if (!small)
            return {};
        int n = 0;
        return small->forEachPart(part, parts, connection, [&](const StreamedArea &a) {
            if (stopped(n++))
                return false;
            areas.draw(a);
            return true;
        });
    };
    auto drawMissed = [&](AreaPainter &areas) -> Result<void> {
        if (!small)
            return {};
        return small->forEachMissed([&](const StreamedArea &a) {
            areas.draw(a);
            return true;
        });
    };

    QImage *image = stream.canOpenAnother() ? drawableImage(painter, view) : nullptr;
    if (threads <= 0)
        threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    if (inView >= 0 && inView < kParallelMinAreas)
        threads = 1;
    const qreal dpr = image ? image->devicePixelRatio() : 1.0;
    const int rows = image ? static_cast<int>(std::ceil(view.size().height() * dpr)) : 0;
    const int bands = image ? std::clamp(rows / kMinBandRows, 1, threads * kBandsPerThread) : 1;

    if (!image || threads == 1 || bands == 1) {
        AreaPainter areas(painter, style, settings);
        int n = 0;
        auto read = stream.forEach(query, [&](const StreamedArea &a) {
            if (stopped(n++))
                return false;
            if (!skipIds.contains(a.areaId))
                areas.draw(a);
            return true;
        });
        if (read.ok())
            read = drawSmall(areas, 0, 1, stream);
        if (read.ok())
            read = drawMissed(areas);
        areas.finish();
        if (!read.ok())
            return read.error();
        gathered.add(areas, areas.areasDrawn(), areas.dotsDrawn());
        gathered.result.cancelled = stop.load();
        return gathered.result;
    }

    // Bands of device rows; each is drawn through a QImage over its rows of the target.
    const int columns = static_cast<int>(std::ceil(view.size().width() * dpr));
    const QRectF viewRect(QPointF(0, 0), QSizeF(view.size()));
    const bool clipToView = columns < image->width();
    uchar *bits = const_cast<uchar *>(image->constBits()); // the painter already holds it unshared
    const qsizetype bytesPerLine = image->bytesPerLine();
    // The jobs, taken in turn by every thread: first the parts of the small areas (one a thread;
    // each sums its dots into a layer of its own, merged at the end), then the bands.
    const int smallParts = small ? threads : 0;
    std::vector<std::unique_ptr<AreaPainter>> smallPainters;
    for (int part = 0; part < smallParts; ++part)
        smallPainters.push_back(std::make_unique<AreaPainter>(painter, style, settings));
    std::atomic_int nextJob{0};

    auto work = [&](AreaStream *own) {
        std::unique_ptr<AreaStream> opened;
        if (!own) {
            opened = stream.openAnother();
            if (!opened) {
                gathered.fail(makeError(LayerText::tr("%1: the areas cannot be read.").arg(stream.path())));
                stop = true;
                return;
            }
            own = opened.get();
        }
        for (int job = nextJob++; job < smallParts + bands && !stop; job = nextJob++) {
            if (job < smallParts) {
                if (auto read = drawSmall(*smallPainters[std::size_t(job)], job, smallParts, *own); !read.ok()) {
                    gathered.fail(read.error());
                    stop = true;
                }
                continue;
            }
            const int band = job - smallParts;
            const int row0 = rows * band / bands;
            const int row1 = rows * (band + 1) / bands;
            const double top = row0 / dpr, bottom = row1 / dpr;
            AreaStreamQuery bandQuery = query;
            const QPointF a = view.toMap(QPointF(0, top)), b = view.toMap(QPointF(view.size().width(), bottom));
            bandQuery.bounds = QRectF(a, b).normalized();
            if (small && !small->othersMeet(*bandQuery.bounds))
                continue; // every area here is small: nothing for the band to draw
            QImage rowsImage(bits + row0 * bytesPerLine, image->width(), row1 - row0, bytesPerLine, image->format());
            rowsImage.setDevicePixelRatio(dpr);
            QPainter p(&rowsImage);
            p.translate(0, -top);
            if (clipToView)
                p.setClipRect(viewRect);
            AreaPainter areas(p, style, settings);
            int drawnHere = 0, dotsHere = 0, n = 0;
            auto read = own->forEach(bandQuery, [&](const StreamedArea &area) {
                if (stopped(n++))
                    return false;
                if (skipIds.contains(area.areaId))
                    return true;
                const AreaPainter::Drawn drawn = areas.draw(area);
                // An area that meets several bands counts in the one that holds its centre.
                if (drawn != AreaPainter::Drawn::Nothing) {
                    const auto box = areas.pixelBox(area);
                    const double centre = std::clamp(box ? box->center().y() : top, 0.0, view.size().height() - 1e-9);
                    if (centre >= top && (centre < bottom || band == bands - 1)) {
                        ++drawnHere;
                        dotsHere += drawn == AreaPainter::Drawn::Dot ? 1 : 0;
                    }
                }
                return true;
            });
            areas.finish();
            p.end();
            if (!read.ok()) {
                gathered.fail(read.error());
                stop = true;
            }
            gathered.add(areas, drawnHere, dotsHere);
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < std::min(threads, smallParts + bands); ++t)
        helpers.emplace_back(work, nullptr);
    work(&stream);
    for (std::thread &t : helpers)
        t.join();
    AreaPainter dots(painter, style, settings);
    for (auto &part : smallPainters)
        dots.takeDots(*part);
    if (!gathered.failure && !stop) {
        if (auto read = drawMissed(dots); !read.ok())
            gathered.fail(read.error());
    }
    dots.finish(); // over the bands, as each band's own dots are
    if (gathered.failure)
        return *gathered.failure;
    gathered.add(dots, dots.areasDrawn(), dots.dotsDrawn());
    gathered.result.cancelled = stop.load();
    return gathered.result;
}

} // namespace engdrift
