// engdrift-gen national: a national-scale data set (about 7,100 departments, 1,000,000 areas).
//
// Worker threads draw the estates (and reproject them to EPSG:4326 when asked); the main thread
// writes them in department order, streaming: at most a small window of estates is held in memory.
// Outputs:
//  - an Engdrift project, through ProjectStore, in one transaction: every area valid from
//    2019-01-01; in about half the departments some lawns became meadows on a later date (a
//    closed and an open version);
//  - optionally plain GeoPackages (layer areas: org_no, dept_no, care_type) in EPSG:4326 and
//    EPSG:25832 with the areas as they are now: the peers of the import and statistics benchmarks.
// On failure every output is removed.

#include "modes.h"

#include "estate_generator.h"
#include "national_layout.h"
#include "plain_writer.h"
#include "random.h"

#include "crs/coordinate_transform.h"
#include "crs/crs.h"
#include "store/project_store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

namespace engdrift::gen {
namespace {

const QDate kValidFrom(2019, 1, 1);

/// A later care type for an area, from a date.
struct Conversion
{
    QDate date;
    const char *careType = nullptr;
};

/// One department's estate, ready to write.
struct GeneratedEstate
{
    Estate estate;
    std::vector<Polygon> wgs84;                       ///< the areas in EPSG:4326, when asked for
    std::vector<std::optional<Conversion>> conversions; ///< per area
    QString error;
};

/// About half the departments adopted the concept on some date and turned a few lawns into meadows.
std::vector<std::optional<Conversion>> drawConversions(std::uint64_t seed, const Estate &estate)
{
    std::vector<std::optional<Conversion>> result(estate.areas.size());
    Random rng(Random::derive(seed, 0x636f6e76)); // "conv"
    if (!rng.chance(0.55))
        return result;
    const QDate date(static_cast<int>(rng.range(2020, 2025)), static_cast<int>(rng.range(4, 6)),
                     static_cast<int>(rng.range(1, 28)));
    std::vector<std::size_t> lawns;
    for (std::size_t i = 0; i < estate.areas.size(); ++i) {
        if (std::string_view(estate.areas[i].careType) == "brugsplaene")
            lawns.push_back(i);
    }
    rng.shuffle(lawns);
    const std::size_t count = std::min<std::size_t>(lawns.size(), static_cast<std::size_t>(rng.range(2, 8)));
    const std::vector<double> weights{0.4, 0.3, 0.2, 0.1};
    const char *const targets[] = {"eng", "blomstereng", "naturgraes", "hoeslaet"};
    for (std::size_t k = 0; k < count; ++k)
        result[lawns[k]] = Conversion{date, targets[rng.weighted(weights)]};
    return result;
}

/// The cheap check of a tiling: every area has an area, and the areas and buildings sum to the
/// outline (with the GEOS check's union test this proves there are no overlaps).
QString quickCheck(const Estate &estate)
{
    for (const EstateArea &a : estate.areas) {
        if (!(a.areaM2 > 0))
            return QStringLiteral("area %1 has no area").arg(QString::fromStdString(a.name));
    }
    const double mismatch = estate.outlineAreaM2 - estate.outdoorAreaM2 - estate.buildingAreaM2;
    if (std::abs(mismatch) > 0.01)
        return QStringLiteral("the areas and buildings miss the outline by %1 m²").arg(mismatch, 0, 'f', 4);
    return {};
}

/// Hands out department indices to the workers and their estates to the writer, in order, with at
/// most `window` estates drawn ahead of the writer.
class Pipeline
{
public:
    Pipeline(int count, int window) : m_count(count), m_slots(static_cast<std::size_t>(window)) {}

    /// The next index to draw, or -1 when done or stopped.
    int take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] {
            return m_stopped || m_next >= m_count || m_next < m_written + static_cast<int>(m_slots.size());
        });
        if (m_stopped || m_next >= m_count)
            return -1;
        return m_next++;
    }
    void put(int index, GeneratedEstate estate)
    {
        std::lock_guard lock(m_mutex);
        m_slots[static_cast<std::size_t>(index) % m_slots.size()] = std::move(estate);
        m_changed.notify_all();
    }
    /// The estate of the next index in order (waits for it).
    GeneratedEstate next()
    {
        std::unique_lock lock(m_mutex);
        auto &slot = m_slots[static_cast<std::size_t>(m_written) % m_slots.size()];
        m_changed.wait(lock, [&] { return slot.has_value(); });
        GeneratedEstate estate = std::move(*slot);
        slot.reset();
        ++m_written;
        m_changed.notify_all();
        return estate;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_count;
    int m_next = 0;
    int m_written = 0;
    bool m_stopped = false;
    std::vector<std::optional<GeneratedEstate>> m_slots;
};

void worker(Pipeline &pipeline, const NationalLayout &layout, const NationalOptions &options, bool wgs84)
{
    // PROJ and GEOS objects of this thread only.
    std::optional<CoordinateTransform> transform;
    QString transformError;
    if (wgs84) {
        auto target = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
        auto created = target.ok() ? CoordinateTransform::create(Crs::defaultProjectCrs(), target.value())
                                   : Result<CoordinateTransform>(target.error());
        if (created.ok())
            transform.emplace(std::move(created).value());
        else
            transformError = created.errorMessage();
    }
    for (int index = pipeline.take(); index >= 0; index = pipeline.take()) {
        const NationalDepartment &d = layout.departments[static_cast<std::size_t>(index)];
        GeneratedEstate out;
        EstateOptions eo;
        eo.seed = d.seed;
        eo.originX = d.centreX;
        eo.originY = d.centreY;
        out.estate = generateEstate(eo);
        out.error = quickCheck(out.estate);
        if (out.error.isEmpty() && options.check) {
            if (auto checked = checkEstate(out.estate); !checked.ok())
                out.error = checked.errorMessage();
        }
        if (!out.error.isEmpty())
            out.error = QStringLiteral("department %1 (seed %2): %3").arg(d.department.key.toString()).arg(d.seed).arg(out.error);
        out.conversions = drawConversions(d.seed, out.estate);
        if (wgs84 && out.error.isEmpty()) {
            if (!transform) {
                out.error = QStringLiteral("cannot reproject to EPSG:4326: %1").arg(transformError);
            } else {
                out.wgs84.reserve(out.estate.areas.size());
                for (const EstateArea &a : out.estate.areas) {
                    Polygon p = a.polygon;
                    for (Ring &ring : p.rings) {
                        if (transform->transform(&ring.front().x, &ring.front().y, ring.size(), 2) != 0)
                            out.error = QStringLiteral("department %1: PROJ cannot reproject area %2")
                                            .arg(d.department.key.toString(), QString::fromStdString(a.name));
                    }
                    out.wgs84.push_back(std::move(p));
                }
            }
        }
        pipeline.put(index, std::move(out));
    }
}

QString megabytes(const QString &path)
{
    return QStringLiteral("%1 MB").arg(static_cast<double>(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
}

} // namespace

int runNational(const NationalOptions &options)
{
    QTextStream err(stderr);
    auto fail = [&](const QString &message) {
        err << "engdrift-gen: " << message << Qt::endl;
        return 1;
    };
    QStringList outputs{options.projectPath};
    if (!options.plain4326Path.isEmpty())
        outputs << options.plain4326Path;
    if (!options.plain25832Path.isEmpty())
        outputs << options.plain25832Path;
    if (outputs.removeDuplicates() > 0)
        return fail(QStringLiteral("the outputs must be different files"));
    for (const QString &path : outputs) {
        if (!QFileInfo::exists(path))
            continue;
        if (!options.force)
            return fail(QStringLiteral("%1 exists already; give --force to replace it").arg(path));
        if (!QFile::remove(path))
            return fail(QStringLiteral("%1 cannot be deleted").arg(path));
    }

    QElapsedTimer clock;
    clock.start();
    const NationalLayout layout = makeNationalLayout(options.departments, options.organisations, options.seed);
    const int count = static_cast<int>(layout.departments.size());
    err << QStringLiteral("%1 organisations, %2 departments; writing %3\n")
               .arg(layout.organisations.size())
               .arg(count)
               .arg(outputs.join(QStringLiteral(", ")));

    // Outputs; a failure below removes all of them.
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<PlainWriter> plain4326;
    std::unique_ptr<PlainWriter> plain25832;
    std::optional<ProjectStore::Transaction> tx; // the open transaction, ended before the store
    auto abandon = [&](const QString &message) {
        tx.reset();
        store.reset();
        plain4326.reset();
        plain25832.reset();
        for (const QString &path : outputs)
            QFile::remove(path);
        return fail(message);
    };
    auto created = createStore(options.projectPath, Crs::defaultProjectCrs(), Catalogue::builtIn());
    if (!created.ok())
        return fail(created.errorMessage());
    store = std::move(created).value();
    if (!options.plain4326Path.isEmpty()) {
        auto writer = PlainWriter::create(options.plain4326Path, 4326);
        if (!writer.ok())
            return abandon(writer.errorMessage());
        plain4326 = std::move(writer).value();
    }
    if (!options.plain25832Path.isEmpty()) {
        auto writer = PlainWriter::create(options.plain25832Path, 25832);
        if (!writer.ok())
            return abandon(writer.errorMessage());
        plain25832 = std::move(writer).value();
    }

    auto begun = store->begin();
    if (!begun.ok())
        return abandon(begun.errorMessage());
    tx.emplace(std::move(begun).value());
    // The spatial index of the areas is built once at the end, not row by row.
    if (auto bulk = store->beginBulkInsert(); !bulk.ok())
        return abandon(bulk.errorMessage());
    for (const Organisation &org : layout.organisations) {
        if (auto saved = store->saveOrganisation(org); !saved.ok())
            return abandon(saved.errorMessage());
    }

    int threads = options.threads;
    if (threads <= 0)
        threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()) - 1);
    Pipeline pipeline(count, 8 * threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(worker, std::ref(pipeline), std::cref(layout), std::cref(options), plain4326 != nullptr);
    auto stopWorkers = [&] {
        pipeline.stop();
        for (std::thread &w : workers)
            w.join();
        workers.clear();
    };

    const QString source = QStringLiteral("engdrift-gen national");
    qint64 areas = 0, versions = 0, converted = 0;
    double outdoorM2 = 0;
    qint64 lastReport = 0;
    QString failure;
    for (int index = 0; index < count && failure.isEmpty(); ++index) {
        GeneratedEstate g = pipeline.next();
        if (!g.error.isEmpty()) {
            failure = g.error;
            break;
        }
        const NationalDepartment &nd = layout.departments[static_cast<std::size_t>(index)];
        Department dept = nd.department;
        dept.homes = g.estate.homes;
        if (auto saved = store->saveDepartment(dept); !saved.ok()) {
            failure = saved.errorMessage();
            break;
        }
        const QString prefix = dept.key.toString() + QLatin1Char('/');
        for (std::size_t i = 0; i < g.estate.areas.size(); ++i) {
            const EstateArea &a = g.estate.areas[i];
            const std::optional<Conversion> &conversion = g.conversions[i];
            std::unique_ptr<OGRGeometry> geometry(toOgrMultiPolygon(a.polygon));
            OGREnvelope box;
            geometry->getEnvelope(&box);
            const QRectF bounds(QPointF(box.MinX, box.MinY), QPointF(box.MaxX, box.MaxY));
            QByteArray wkb(static_cast<qsizetype>(geometry->WkbSize()), Qt::Uninitialized);
            geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
            AreaVersion v;
            v.validFrom = kValidFrom;
            v.department = dept.key;
            v.careType = QString::fromUtf8(a.careType);
            v.areaM2 = a.areaM2;
            v.source = source;
            v.sourceFid = prefix + QString::fromStdString(a.name);
            if (conversion)
                v.validTo = conversion->date;
            auto inserted = store->areaLayer().insertPrepared(v, wkb, bounds);
            if (inserted.ok() && conversion) {
                AreaVersion next = v;
                next.fid = 0;
                next.validFrom = conversion->date;
                next.validTo = QDate();
                next.careType = QString::fromUtf8(conversion->careType);
                next.note = QStringLiteral("Naturvenlig drift");
                inserted = store->areaLayer().insertPrepared(next, wkb, bounds);
                ++versions;
                ++converted;
            }
            if (!inserted.ok()) {
                failure = inserted.errorMessage();
                break;
            }
            ++versions;
            const char *careNow = conversion ? conversion->careType : a.careType;
            if (plain25832) {
                if (auto written = plain25832->write(dept.key.orgNo, dept.key.deptNo, careNow, a.polygon); !written.ok()) {
                    failure = written.errorMessage();
                    break;
                }
            }
            if (plain4326) {
                if (auto written = plain4326->write(dept.key.orgNo, dept.key.deptNo, careNow, g.wgs84[i]); !written.ok()) {
                    failure = written.errorMessage();
                    break;
                }
            }
        }
        areas += static_cast<qint64>(g.estate.areas.size());
        outdoorM2 += g.estate.outdoorAreaM2;
        if (clock.elapsed() - lastReport >= 2000 || index + 1 == count) {
            lastReport = clock.elapsed();
            const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
            const double rate = (index + 1) / seconds;
            err << QStringLiteral("  %1/%2 departments (%3 %), %4 areas, %5 departments/s, %6 s left\n")
                       .arg(index + 1)
                       .arg(count)
                       .arg(100 * (index + 1) / count)
                       .arg(areas)
                       .arg(rate, 0, 'f', 0)
                       .arg((count - index - 1) / rate, 0, 'f', 0)
                << Qt::flush;
        }
    }
    stopWorkers();
    if (!failure.isEmpty())
        return abandon(failure);

    err << "building the spatial index and committing..." << Qt::endl;
    if (auto bulk = store->endBulkInsert(); !bulk.ok())
        return abandon(bulk.errorMessage());
    auto committed = tx->commit();
    tx.reset();
    if (!committed.ok())
        return abandon(committed.errorMessage());
    store.reset();
    if (plain25832) {
        if (auto done = plain25832->finish(); !done.ok())
            return abandon(done.errorMessage());
    }
    if (plain4326) {
        if (auto done = plain4326->finish(); !done.ok())
            return abandon(done.errorMessage());
    }
    err << QStringLiteral("done in %1 s: %2 organisations, %3 departments, %4 areas (%5 versions; %6 converted "
                          "later), %7 ha, %8 m² per department\n")
               .arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(layout.organisations.size())
               .arg(count)
               .arg(areas)
               .arg(versions)
               .arg(converted)
               .arg(outdoorM2 / 1e4, 0, 'f', 0)
               .arg(outdoorM2 / count, 0, 'f', 0);
    for (const QString &path : outputs)
        err << QStringLiteral("  %1: %2\n").arg(path, megabytes(path));
    return 0;
}

} // namespace engdrift::gen
