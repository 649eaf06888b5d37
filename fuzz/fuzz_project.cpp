// Fuzz target: a hostile project file. The input is SQL that another tool runs on a copy of the
// fixture project (as anyone with the file could: triggers, views, values of the wrong type,
// broken geometry blobs, a changed CRS, rows that contradict each other); the harness runs it with
// SQLite directly, for a bounded number of steps, not through Engdrift (a project grown beyond a few
// thousand rows a table is passed over: its size is benchmarked, not fuzzed). Then the file is handled
// as the programs handle a project: the storage check a damaged file gets, an open for reading and
// for writing, the audit every open runs, the reads of the map, the tree, the statistics and the
// nature value, and one write (an adoption event) in a transaction, which the guard against the
// file's own triggers and views must let through or refuse, never run them.

#include "fuzz_support.h"

#include "analysis/nature.h"
#include "model/adoption.h"
#include "store/area_stream.h"
#include "store/project_audit.h"
#include "store/project_store.h"

#include <QDate>
#include <QFile>

#include <sqlite3.h>

using namespace engdrift;

namespace {

/// Runs `sql` on the file at `path` with SQLite, at most about a million virtual machine steps.
/// Returns false when the project then holds more than a few thousand rows in a table Engdrift
/// reads whole: what is fuzzed is the content, not the size (a large project's speed is measured
/// in bench/, and an input that copies the areas ten times over would only time out).
bool runAsAnotherTool(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    bool small = false;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        int steps = 0;
        sqlite3_progress_handler(
            db, 1000, [](void *count) { return ++*static_cast<int *>(count) > 1000 ? 1 : 0; }, &steps);
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
        small = true;
        for (const char *table : {"areas", "paths", "zones", "adoption_events", "proposals", "departments"}) {
            sqlite3_stmt *count = nullptr;
            const QByteArray query = QByteArray("SELECT count(*) FROM ") + table;
            if (sqlite3_prepare_v2(db, query.constData(), -1, &count, nullptr) == SQLITE_OK &&
                sqlite3_step(count) == SQLITE_ROW && sqlite3_column_int64(count, 0) > 2000)
                small = false;
            sqlite3_finalize(count);
        }
    }
    sqlite3_close(db);
    return small;
}

void readAsTheProgramsDo(ProjectStore &store)
{
    (void)auditProject(store, AuditDepth::Full);
    (void)store.checkStorage();
    (void)store.organisations();
    auto departments = store.departments();
    (void)store.dateSpan();
    (void)store.proposals();
    (void)store.adoptionEvents();
    (void)store.summary(QDate(2025, 6, 1));
    AreaQuery query;
    query.at = QDate(2025, 6, 1);
    (void)store.areaTotals(query, AreaGrouping::DepartmentAndCareType);
    (void)store.areaIntervalTotals(AreaQuery{});
    int seen = 0;
    (void)store.forEachArea(AreaQuery{}, true, [&seen](const AreaVersion &, const Geometry *) { return ++seen < 1000; });
    if (auto stream = store.areaStream()) {
        AreaStreamQuery streamQuery;
        streamQuery.at = QDate(2025, 6, 1);
        (void)stream->forEach(streamQuery, [](const StreamedArea &) { return true; });
    }
    NatureQuery nature;
    nature.at = QDate(2025, 6, 1);
    (void)natureFigures(store, nature);
    if (departments.ok() && !departments->isEmpty()) {
        nature.department = departments->first().key;
        (void)natureFigures(store, nature);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    fuzz::fixtureProjectPath();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray sql = fuzz::bytes(data, size);
    const QString path = fuzz::freshDir() + QStringLiteral("/hostile.engdrift.gpkg");
    if (!QFile::copy(fuzz::fixtureProjectPath(), path))
        return 0;
    if (!runAsAnotherTool(path, sql))
        return 0;

    (void)checkStorageAt(path);
    for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        auto store = openStore(path, mode);
        if (!store.ok()) {
            (void)store.errorMessage();
            continue;
        }
        readAsTheProgramsDo(**store);
        if (mode == OpenMode::ReadWrite) {
            AdoptionEvent event;
            event.department = DepartmentKey{1, 1};
            event.date = QDate(2025, 3, 1);
            if (auto tx = (*store)->begin(); tx.ok()) {
                if ((*store)->saveAdoptionEvent(event).ok())
                    (void)tx->commit();
            }
            readAsTheProgramsDo(**store);
        }
    }
    return 0;
}
