// Import batches: an import records itself and the rows it wrote; the same file imported again
// into the same department is found; an import is undone exactly (its rows, and the department it
// created), refused when its areas were edited since; start dates from a date field of the source.

#include "edit/tagging.h"
#include "io/import_batches.h"
#include "io/vector_import.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/dates.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const DepartmentKey kDept{12, 5};

/// Three polygons (1000, 500 and 1100 m²) with an FKG code and a start-date text field.
QString writeSource(const QString &path, double x0 = 699000, const QString &driver = QStringLiteral("GPKG"),
                    const QStringList &starts = {QStringLiteral("2019-04-01"), QString(), QStringLiteral("soon")})
{
    auto square = [x0](double dx, double w, double h) {
        const double x = x0 + dx;
        return QStringLiteral("POLYGON((%1 6171000,%2 6171000,%2 %3,%1 %3,%1 6171000))")
            .arg(x, 0, 'f', 0)
            .arg(x + w, 0, 'f', 0)
            .arg(6171000 + h, 0, 'f', 0);
    };
    const QString code = QStringLiteral("vedlhold_f_type_kode");
    const QString from = QStringLiteral("gyldig_fra");
    return test::writeVectorFile(path, driver, 25832,
                                 {{square(0, 40, 25), {{code, 102000}, {from, starts.value(0)}}},
                                  {square(40, 20, 25), {{code, 108020}, {from, starts.value(1)}}},
                                  {square(60, 44, 25), {{code, 163000}, {from, starts.value(2)}}}});
}

ImportOptions optionsFor(const QString &source, const DepartmentKey &dept = kDept)
{
    ImportOptions o;
    o.sourcePath = source;
    o.department = dept;
    o.validFrom = QDate(2026, 5, 1);
    return o;
}

/// The project's tables except meta (whose modified stamp changes with every commit) and imports.
QString content(const QString &path)
{
    QStringList lines = test::snapshot(path).split(QLatin1Char('\n'));
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const QString &l) {
                                   return l.startsWith(QLatin1String("meta|")) || l.startsWith(QLatin1String("imports|"));
                               }),
                lines.end());
    return lines.join(QLatin1Char('\n'));
}

class ImportBatches : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        source = dir.filePath(QStringLiteral("fkg.gpkg"));
        ASSERT_EQ(writeSource(source), QString());
        store = test::newProject(path);
        ASSERT_TRUE(store);
    }

    QTemporaryDir dir;
    QString path;
    QString source;
    std::unique_ptr<ProjectStore> store;
};

} // namespace

TEST_F(ImportBatches, AnImportIsRecordedWithWhatItCreated)
{
    ImportOptions options = optionsFor(source);
    options.departmentName = QStringLiteral("Stationsparken");
    auto report = importVectorFile(*store, options);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_GT(report->importId, 0);
    auto batches = store->importBatches();
    ASSERT_TRUE(batches.ok()) << batches.errorMessage().toStdString();
    ASSERT_EQ(batches->size(), 1);
    const ImportBatch &b = batches->first();
    EXPECT_EQ(b.id, report->importId);
    EXPECT_EQ(b.source, QStringLiteral("fkg.gpkg"));
    EXPECT_EQ(b.layer, QStringLiteral("areas"));
    EXPECT_EQ(b.department, std::optional<DepartmentKey>(kDept));
    EXPECT_EQ(b.validFrom, QDate(2026, 5, 1));
    EXPECT_EQ(b.areas, 3);
    EXPECT_NEAR(b.areaM2, 2600.0, 1e-6);
    EXPECT_EQ(b.departmentsCreated, QList<DepartmentKey>{kDept});
    EXPECT_EQ(b.organisationsCreated, QList<int>{12});
    EXPECT_FALSE(b.isUndone());
    EXPECT_LE(qAbs(b.importedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
    // The department the import created has the name given.
    EXPECT_EQ((*store->department(kDept))->name, QStringLiteral("Stationsparken"));
    AreaQuery mine;
    mine.importId = report->importId;
    EXPECT_EQ(store->areas(mine)->size(), 3);
    // Versions written later (an edit) do not belong to the import.
    TagRequest tag{{report->firstAreaId}, QStringLiteral("eng"), QDate(2026, 6, 1), {}};
    ASSERT_TRUE(tagAreas(*store, tag).ok());
    mine.status = std::nullopt;
    EXPECT_EQ(store->areas(mine)->size(), 3);
}

TEST_F(ImportBatches, TheSameFileInTheSameDepartmentIsFound)
{
    auto none = previousImports(*store, source, kDept);
    ASSERT_TRUE(none.ok()) << none.errorMessage().toStdString();
    EXPECT_TRUE(none->isEmpty());
    auto report = importVectorFile(*store, optionsFor(source));
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();

    auto found = previousImports(*store, source, kDept);
    ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().department, kDept);
    EXPECT_EQ(found->first().areas, 3);
    EXPECT_EQ(found->first().date, QDate::currentDate()); // the day of the import, not the areas' start
    EXPECT_EQ(found->first().importId, std::optional<qint64>(report->importId));
    // (the English plural comes from the translation, which core tests do not load)
    EXPECT_TRUE(describePreviousImport(source, found->first())
                    .startsWith(QStringLiteral("fkg.gpkg was already imported into 12-005 on %1, 3 area")
                                    .arg(isoDate(QDate::currentDate()))))
        << describePreviousImport(source, found->first()).toStdString();
    // Another department, or another file of the same department, is no repeat.
    EXPECT_TRUE(previousImports(*store, source, DepartmentKey{12, 6})->isEmpty());
    EXPECT_TRUE(previousImports(*store, dir.filePath(QStringLiteral("other.gpkg")), kDept)->isEmpty());
    // Without a department (taken from fields), every department that has the file counts.
    EXPECT_EQ(previousImports(*store, source, std::nullopt)->size(), 1);
}

TEST_F(ImportBatches, UndoDeletesExactlyItsRowsAndTheDepartmentItCreated)
{
    // 12-006 exists before; the import under test creates 12-005.
    const QString other = dir.filePath(QStringLiteral("other.gpkg"));
    ASSERT_EQ(writeSource(other, 699200), QString());
    ASSERT_TRUE(importVectorFile(*store, optionsFor(other, {12, 6})).ok());
    const QString before = content(path);
    const QRectF extentBefore = (*store->department({12, 6}))->extent;

    auto report = importVectorFile(*store, optionsFor(source));
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    ASSERT_NE(content(path), before);
    auto undone = undoImport(*store, report->importId);
    ASSERT_TRUE(undone.ok()) << undone.errorMessage().toStdString();
    EXPECT_EQ(undone->areaVersionsDeleted, 3);
    EXPECT_EQ(undone->departmentsDeleted, QList<DepartmentKey>{kDept});
    EXPECT_TRUE(undone->organisationsDeleted.isEmpty()); // organisation 12 still has 12-006
    EXPECT_TRUE(undone->batch.isUndone());
    EXPECT_FALSE(store->inTransaction());
    EXPECT_EQ(content(path), before);
    EXPECT_EQ((*store->department({12, 6}))->extent, extentBefore);
    // The batch stays for the record, marked undone; undoing it again is refused.
    auto batch = store->importBatch(report->importId);
    ASSERT_TRUE(batch->has_value());
    EXPECT_TRUE((**batch).isUndone());
    auto again = undoImport(*store, report->importId);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.errorMessage().startsWith(QStringLiteral("Import %1 (fkg.gpkg) was undone already").arg(report->importId)))
        << again.errorMessage().toStdString();
    EXPECT_TRUE(previousImports(*store, source, kDept)->isEmpty());
    auto unknown = undoImport(*store, 99);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.errorMessage(), QStringLiteral("There is no import 99 in the project."));
}

TEST_F(ImportBatches, UndoOfTheOnlyImportLeavesAnEmptyProject)
{
    const QString before = content(path);
    auto report = importVectorFile(*store, optionsFor(source));
    ASSERT_TRUE(report.ok());
    auto undone = undoImport(*store, report->importId);
    ASSERT_TRUE(undone.ok()) << undone.errorMessage().toStdString();
    EXPECT_EQ(undone->organisationsDeleted, QList<int>{12});
    EXPECT_EQ(content(path), before);
}

TEST_F(ImportBatches, UndoIsRefusedWhenAnAreaWasEditedSince)
{
    auto report = importVectorFile(*store, optionsFor(source));
    ASSERT_TRUE(report.ok());
    TagRequest tag{{report->firstAreaId + 1}, QStringLiteral("naturgraes"), QDate(2026, 6, 1), {}};
    ASSERT_TRUE(tagAreas(*store, tag).ok());
    const QString before = test::snapshot(path);
    auto refused = undoImport(*store, report->importId);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(), QStringLiteral("Import %1 (fkg.gpkg) cannot be undone: its areas were changed since "
                                                     "(area %2); nothing was deleted.")
                                          .arg(report->importId)
                                          .arg(report->firstAreaId + 1));
    EXPECT_FALSE(store->inTransaction());
    EXPECT_EQ(test::snapshot(path), before);
}

TEST_F(ImportBatches, StartDatesFromADateFieldOfTheSource)
{
    for (const QString &driver : {QStringLiteral("GPKG"), QStringLiteral("GeoJSON")}) {
        SCOPED_TRACE(driver.toStdString());
        QTemporaryDir here;
        const QString project = here.filePath(QStringLiteral("p.engdrift.gpkg"));
        auto s = test::newProject(project);
        ASSERT_TRUE(s);
        const QString file = here.filePath(driver == QLatin1String("GPKG") ? QStringLiteral("dates.gpkg")
                                                                            : QStringLiteral("dates.geojson"));
        ASSERT_EQ(writeSource(file, 699000, driver), QString());
        ImportOptions options = optionsFor(file);
        options.validFromField = QStringLiteral("gyldig_fra");
        auto report = importVectorFile(*s, options);
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
        EXPECT_EQ(report->earliestStart, QDate(2019, 4, 1));
        EXPECT_EQ(report->notes.value(ImportNote::NoStartDate).count, 2);
        AreaQuery q;
        auto areas = s->areas(q);
        ASSERT_EQ(areas->size(), 3);
        EXPECT_EQ(areas->at(0).validFrom, QDate(2019, 4, 1));
        EXPECT_EQ(areas->at(1).validFrom, QDate(2026, 5, 1)); // empty: the date given
        EXPECT_EQ(areas->at(2).validFrom, QDate(2026, 5, 1)); // not a date: the date given
        EXPECT_EQ((*s->importBatch(report->importId))->validFromField, QStringLiteral("gyldig_fra"));
    }
    ImportOptions missing = optionsFor(source);
    missing.validFromField = QStringLiteral("start");
    const QString before = test::snapshot(path);
    auto refused = importVectorFile(*store, missing);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("has no field \"start\""))) << refused.errorMessage().toStdString();
    EXPECT_EQ(test::snapshot(path), before);
}
