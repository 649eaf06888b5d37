// Copying a project whole (store/project_copy.h): a project with every kind of row and history is
// copied GeoPackage -> GeoPackage and the two are compared through the store interface
// (tests/support/project_dump.h, which the PostGIS backend's tests can run the same way).

#include "mowing_fixture.h"
#include "pg_test_database.h"
#include "project_dump.h"

#include "analysis/adoption.h"
#include "edit/departments.h"
#include "edit/mowing_zone_edits.h"
#include "edit/condition.h"
#include "edit/tagging.h"
#include "io/import_batches.h"
#include "io/vector_import.h"
#include "store/project_copy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace engdrift::test {
namespace {

const DepartmentKey kImportDept{12, 6};

class ProjectCopy : public MowingFixture
{
protected:
    /// The version of `areaId` valid at `date`.
    AreaVersion versionAt(qint64 areaId, const QDate &date)
    {
        AreaQuery q;
        q.at = date;
        q.ids = {areaId};
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok());
        EXPECT_EQ(list->size(), 1);
        return list->isEmpty() ? AreaVersion() : list->first();
    }

    /// Writes a GeoJSON file of one square at (x, y) (metres from the fixture's origin).
    QString squareFile(const QString &name, double x, double y)
    {
        const QString file = dir.filePath(name);
        const double x0 = 699000 + x, y0 = 6171000 + y;
        const QString wkt = QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                .arg(x0, 0, 'f', 3)
                                .arg(y0, 0, 'f', 3)
                                .arg(x0 + 10.5, 0, 'f', 3)
                                .arg(y0 + 7.25, 0, 'f', 3);
        EXPECT_EQ(writeVectorFile(file, QStringLiteral("GeoJSON"), 25832, {{wkt, {{QStringLiteral("name"), QStringLiteral("x")}}}}),
                  QString());
        return file;
    }

    /// Every kind of row and history a project has.
    void buildHistory()
    {
        // A start date corrected (a correction row; the first versions move).
        ASSERT_TRUE(correctDepartmentStart(*store, kMowDept, QDate(2019, 6, 1), QStringLiteral("the plan says June")).ok());
        // A tag with a note.
        ASSERT_TRUE(tagAreas(*store, {{6}, QStringLiteral("eng"), QDate(2021, 3, 1), QStringLiteral("vote | 2021\nline two")}).ok());
        // A condition recorded (the other areas keep NULL: the care type's default) and a
        // department's strategic significance.
        ASSERT_TRUE(setAreaCondition(*store, {{6}, HabitatCondition::FairlyGood, QDate(2022, 6, 1)}).ok());
        {
            auto dept = store->department(kMowDept);
            ASSERT_TRUE(dept.ok() && dept->has_value());
            Department d = **dept;
            d.strategicSignificance = StrategicSignificance::High;
            ASSERT_TRUE(saveDepartmentDetails(*store, d, false).ok());
        }
        {
            auto tx = store->begin();
            ASSERT_TRUE(tx.ok());
            // A split: area 4 into two halves, each with area 4 as lineage.
            const AreaVersion d = versionAt(4, QDate(2022, 1, 1));
            std::vector<AreaLayer::Successor> halves(2);
            for (int i = 0; i < 2; ++i) {
                halves[i].version = d;
                halves[i].version.areaId = 0;
                halves[i].version.lineage = {4};
                halves[i].geometry = rect(i == 0 ? 0 : 50, 40, i == 0 ? 50 : 100, 100);
            }
            ASSERT_TRUE(store->areaLayer().supersede(d.fid, QDate(2022, 1, 1), halves, d.validTo).ok());
            // A merge: areas 1 and 2 become one (area 1 ends, its successor has both as lineage).
            const AreaVersion a = versionAt(1, QDate(2023, 1, 1));
            const AreaVersion b = versionAt(2, QDate(2023, 1, 1));
            std::vector<AreaLayer::Successor> merged(1);
            merged[0].version = a;
            merged[0].version.areaId = 0;
            merged[0].version.lineage = {1, 2};
            merged[0].geometry = rect(0, 0, 80, 40);
            ASSERT_TRUE(store->areaLayer().supersede(a.fid, QDate(2023, 1, 1), merged, a.validTo).ok());
            std::vector<AreaLayer::Successor> none;
            ASSERT_TRUE(store->areaLayer().supersede(b.fid, QDate(2023, 1, 1), none, b.validTo).ok());
            ASSERT_TRUE(store->saveSetting(QStringLiteral("copy.test"), QStringLiteral("værdi | med\nlinjeskift")).ok());
            ASSERT_TRUE(tx->commit().ok());
        }
        // A proposal with a planned area and a planned path, and the events of its adoption.
        const qint64 proposal = planLawnCAsMeadow();
        {
            auto tx = store->begin();
            ASSERT_TRUE(tx.ok());
            PathVersion planned;
            planned.department = kMowDept;
            planned.validFrom = kMowAt;
            planned.kind = PathKind::SafetyEdge;
            planned.widthM = 0.75;
            planned.status = AreaStatus::Proposed;
            planned.proposalId = proposal;
            planned.note = QStringLiteral("langs stien");
            auto line = Geometry::lineString({QPointF(699010.125, 6171050.5), QPointF(699060.25, 6171055.75)});
            ASSERT_TRUE(line.ok());
            ASSERT_TRUE(store->pathLayer().insert(planned, *line).ok());
            ASSERT_TRUE(tx->commit().ok());
        }
        AdoptionEvent proposed;
        proposed.department = kMowDept;
        proposed.date = QDate(2024, 3, 1);
        proposed.kind = AdoptionEventKind::Proposed;
        proposed.proposalId = proposal;
        proposed.note = QStringLiteral("udkast");
        ASSERT_TRUE(recordAdoptionEvent(*store, proposed).ok());
        AdoptionEvent adopted;
        adopted.department = kMowDept;
        adopted.date = QDate(2024, 4, 10);
        adopted.kind = AdoptionEventKind::Adopted;
        adopted.body = MeetingBody::DepartmentMeeting;
        adopted.votes = Votes{30, 5, 2, 100};
        adopted.proposalId = proposal;
        adopted.minutesRef = QStringLiteral("https://example.org/referat.pdf");
        auto recorded = recordAdoptionEvent(*store, adopted);
        ASSERT_TRUE(recorded.ok()) << recorded.errorMessage().toStdString();
        // Two imports into a new department, the second undone.
        for (int i = 0; i < 2; ++i) {
            ImportOptions options;
            options.sourcePath = squareFile(QStringLiteral("import%1.geojson").arg(i), 300 + 20 * i, 0);
            options.department = kImportDept;
            options.departmentName = QStringLiteral("Importparken");
            options.careType = QStringLiteral("brugsplaene");
            options.validFrom = QDate(2021, 1, 1);
            auto report = importVectorFile(*store, options);
            ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
        }
        auto batches = store->importBatches();
        ASSERT_TRUE(batches.ok());
        ASSERT_EQ(batches->size(), 2);
        ASSERT_TRUE(undoImport(*store, batches->last().id).ok());
        // Mowing zones stored, renumbered and overridden for a season.
        ASSERT_TRUE(renumberMowingZone(*store, kMowDept, kMowAt, 1, 3).ok());
        RegimeOverride once;
        once.cutsPerYear = 1;
        once.months = QList<int>{9};
        auto overridden = setMowingZoneOverride(*store, kMowDept, QDate(2024, 6, 1), 2, 2024, once);
        ASSERT_TRUE(overridden.ok()) << overridden.errorMessage().toStdString();
    }

    /// The files in the folder of the project (hidden ones too).
    QStringList filesInDir() const
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }
};

TEST_F(ProjectCopy, ACopyHoldsEverythingItsOriginalHolds)
{
    ASSERT_NO_FATAL_FAILURE(buildHistory());
    const QStringList original = projectDump(*store);
    store.reset();
    // The history is all there, so that the comparison means something.
    auto count = [&](const QString &prefix) {
        return std::count_if(original.cbegin(), original.cend(), [&](const QString &l) { return l.startsWith(prefix); });
    };
    EXPECT_GE(count(QStringLiteral("area ")), 12);
    EXPECT_GE(count(QStringLiteral("path ")), 2);
    EXPECT_GE(count(QStringLiteral("zone ")), 4);
    EXPECT_EQ(count(QStringLiteral("event ")), 2);
    EXPECT_EQ(count(QStringLiteral("import ")), 2);
    EXPECT_EQ(count(QStringLiteral("correction ")), 1);
    EXPECT_EQ(count(QStringLiteral("proposal ")), 1);
    EXPECT_EQ(count(QStringLiteral("setting ")), 1);
    EXPECT_TRUE(original.filter(QStringLiteral(" import=1 ")).size() == 1) << "the imported area knows its batch";
    EXPECT_FALSE(original.filter(QStringLiteral("overrides=\"{")).isEmpty()) << "a zone has a season's override";
    EXPECT_FALSE(original.filter(QStringLiteral(" proposed proposal=")).isEmpty()) << "planned versions";
    EXPECT_EQ(original.filter(QStringLiteral(" condition=fairly_good")).size(), 1) << "a condition recorded";
    EXPECT_GE(original.filter(QStringLiteral(" condition=-")).size(), 10) << "NULL conditions stay NULL";
    EXPECT_EQ(original.filter(QStringLiteral("significance=high")).size(), 1);
    for (const QString &l : original)
        EXPECT_FALSE(l.startsWith(QStringLiteral("ERROR"))) << l.toStdString();

    const QString copyPath = dir.filePath(QStringLiteral("copy.engdrift.gpkg"));
    qint64 lastRows = -1;
    auto counts = copyProject(path, copyPath, [&](double, qint64 rows) {
        lastRows = rows;
        return true;
    });
    ASSERT_TRUE(counts.ok()) << counts.errorMessage().toStdString();
    EXPECT_EQ(counts->areaVersions, count(QStringLiteral("area ")));
    EXPECT_EQ(counts->pathVersions, count(QStringLiteral("path ")));
    EXPECT_EQ(counts->zoneVersions, count(QStringLiteral("zone ")));
    EXPECT_EQ(counts->adoptionEvents, 2);
    EXPECT_EQ(counts->importBatches, 2);
    EXPECT_EQ(counts->corrections, 1);
    EXPECT_EQ(counts->proposals, 1);
    EXPECT_EQ(counts->settings, 1);
    EXPECT_EQ(counts->departments, 2);
    EXPECT_EQ(counts->organisations, 1);
    EXPECT_EQ(lastRows, counts->areaVersions + counts->pathVersions + counts->zoneVersions);

    auto copy = openStore(copyPath, OpenMode::ReadOnly);
    ASSERT_TRUE(copy.ok()) << copy.errorMessage().toStdString();
    const QStringList copied = projectDump(**copy);
    EXPECT_EQ(dumpDifference(original, copied), QString());
    EXPECT_EQ(original, copied);
    // Nothing but the two projects in the folder (no temporary file, no journal).
    copy->reset();
    EXPECT_EQ(filesInDir().filter(QStringLiteral("engdrift.gpkg")),
              QStringList({QStringLiteral("copy.engdrift.gpkg"), QStringLiteral("mow.engdrift.gpkg")}));
    EXPECT_TRUE(filesInDir().filter(QRegularExpression(QStringLiteral("^\\."))).isEmpty()) << filesInDir().join(QLatin1Char(' ')).toStdString();
}

TEST_F(ProjectCopy, AProjectGoesIntoPostgisAndBackWhole)
{
    if (test::pgTestServer().isEmpty()) {
        if (test::pgRequired())
            FAIL() << "ENGDRIFT_REQUIRE_PG=1 but ENGDRIFT_TEST_PG is not set";
        GTEST_SKIP() << "no PostgreSQL test server (ENGDRIFT_TEST_PG)";
    }
    ASSERT_NO_FATAL_FAILURE(buildHistory());
    const QStringList original = projectDump(*store);
    store.reset();
    test::PgTestDatabase database;
    ASSERT_TRUE(database.ok()) << database.error().toStdString();
    auto into = copyProject(path, database.location());
    ASSERT_TRUE(into.ok()) << into.errorMessage().toStdString();
    {
        auto pg = openStore(database.location(), OpenMode::ReadOnly);
        ASSERT_TRUE(pg.ok()) << pg.errorMessage().toStdString();
        EXPECT_EQ(dumpDifference(original, projectDump(**pg)), QString()) << "GeoPackage to PostGIS";
    }
    // A second copy into the same database is refused: it holds a project now.
    EXPECT_FALSE(copyProject(path, database.location()).ok());
    const QString back = dir.filePath(QStringLiteral("back.engdrift.gpkg"));
    auto out = copyProject(database.location(), back);
    ASSERT_TRUE(out.ok()) << out.errorMessage().toStdString();
    auto returned = openStore(back, OpenMode::ReadOnly);
    ASSERT_TRUE(returned.ok()) << returned.errorMessage().toStdString();
    const QStringList again = projectDump(**returned);
    EXPECT_EQ(dumpDifference(original, again), QString()) << "PostGIS back to GeoPackage";
    EXPECT_EQ(original, again);
    // QGIS's styles went along: Engdrift's default rows in the database, the same QML in the file
    // that came back.
    const QString pgStyles = pgQuery(QStringLiteral("SELECT string_agg(f_table_name || ' ' || styleqml::text, '|' ORDER BY "
                                                    "f_table_name) FROM public.layer_styles WHERE stylename = 'Engdrift' AND "
                                                    "useasdefault AND f_table_catalog = current_database() AND "
                                                    "f_table_schema = 'public' AND f_geometry_column = 'geom'"),
                                     database.name());
    EXPECT_TRUE(pgStyles.startsWith(QStringLiteral("areas <!DOCTYPE qgis"))) << pgStyles.left(80).toStdString();
    EXPECT_TRUE(pgStyles.contains(QStringLiteral("|paths <!DOCTYPE qgis")));
    std::unique_ptr<GDALDataset> file(GDALDataset::Open(back.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                        nullptr, nullptr, nullptr));
    ASSERT_TRUE(file);
    QStringList fileStyles;
    OGRLayer *rows = file->ExecuteSQL("SELECT f_table_name || ' ' || styleQML FROM layer_styles WHERE styleName = 'Engdrift' "
                                      "AND useAsDefault = 1 ORDER BY f_table_name",
                                      nullptr, nullptr);
    ASSERT_NE(rows, nullptr);
    for (auto &f : *rows)
        fileStyles << QString::fromUtf8(f->GetFieldAsString(0));
    file->ReleaseResultSet(rows);
    EXPECT_EQ(fileStyles.join(QLatin1Char('|')), pgStyles);
}

TEST_F(ProjectCopy, TheCopyGoesOnAsItsOriginalWould)
{
    ASSERT_NO_FATAL_FAILURE(buildHistory());
    store.reset();
    const QString copyPath = dir.filePath(QStringLiteral("copy.engdrift.gpkg"));
    ASSERT_TRUE(copyProject(path, copyPath).ok());
    // New ids follow the copied ones, and an undo of the copied import still works.
    for (const QString &p : {path, copyPath}) {
        auto s = openStore(p, OpenMode::ReadWrite);
        ASSERT_TRUE(s.ok());
        auto tagged = tagAreas(**s, {{3}, QStringLiteral("eng"), QDate(2025, 2, 1), {}});
        ASSERT_TRUE(tagged.ok()) << tagged.errorMessage().toStdString();
        auto batches = (*s)->importBatches();
        ASSERT_TRUE(batches.ok());
        auto undone = undoImport(**s, batches->first().id);
        ASSERT_TRUE(undone.ok()) << undone.errorMessage().toStdString();
        EXPECT_EQ(undone->areaVersionsDeleted, 1);
        auto tx = (*s)->begin();
        ASSERT_TRUE(tx.ok());
        AreaVersion a;
        a.department = kMowDept;
        a.careType = QStringLiteral("eng");
        a.validFrom = QDate(2025, 3, 1);
        ASSERT_TRUE((*s)->areaLayer().insert(a, rect(400, 0, 410, 10)).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    auto a = openStore(path, OpenMode::ReadOnly);
    auto b = openStore(copyPath, OpenMode::ReadOnly);
    ASSERT_TRUE(a.ok() && b.ok());
    const QStringList da = projectDump(**a), db = projectDump(**b);
    // The same rows, apart from the times the two imports were undone (and of every write) and the row numbers of the
    // rows written after the copy: the original does not give again the row number of a row it
    // deleted (the undone import's area), the copy never saw that row.
    auto withoutUndone = [](QStringList lines) {
        for (QString &l : lines) {
            l.replace(QRegularExpression(QStringLiteral(" undone=\\S+$")), QString());
            // and the times of the writes after the copy, made a moment apart
            l.replace(QRegularExpression(QStringLiteral(" (changed|closed)_at=\\S+")), QString());
            if (l.contains(QStringLiteral("2025-0")))
                l.replace(QRegularExpression(QStringLiteral(" fid=\\d+ ")), QStringLiteral(" fid=new "));
        }
        return lines;
    };
    EXPECT_EQ(dumpDifference(withoutUndone(da), withoutUndone(db)), QString());
}

TEST_F(ProjectCopy, ACopyNeverReplacesAProject)
{
    store.reset();
    const QString other = dir.filePath(QStringLiteral("other.engdrift.gpkg"));
    ASSERT_TRUE(newProject(other));
    QFile f(other);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto copied = copyProject(path, other);
    ASSERT_FALSE(copied.ok());
    EXPECT_TRUE(copied.errorMessage().contains(QStringLiteral("exists already"))) << copied.errorMessage().toStdString();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    EXPECT_EQ(filesInDir().size(), 2) << filesInDir().join(QLatin1Char(' ')).toStdString();
}

TEST_F(ProjectCopy, ACancelledCopyLeavesNothing)
{
    store.reset();
    const QString copyPath = dir.filePath(QStringLiteral("copy.engdrift.gpkg"));
    auto copied = copyProject(path, copyPath, [](double, qint64) { return false; });
    ASSERT_FALSE(copied.ok());
    EXPECT_TRUE(copied.errorMessage().contains(QStringLiteral("cancelled"))) << copied.errorMessage().toStdString();
    EXPECT_EQ(filesInDir(), QStringList{QStringLiteral("mow.engdrift.gpkg")});
}

TEST_F(ProjectCopy, ACopyIntoAFolderThatCannotBeWrittenSaysSoAndLeavesNothing)
{
    store.reset();
    // /proc takes no new files, whoever runs the test (root too).
    auto copied = copyProject(path, QStringLiteral("/proc/copy.engdrift.gpkg"));
    ASSERT_FALSE(copied.ok());
    EXPECT_TRUE(copied.errorMessage().contains(QStringLiteral("/proc/copy.engdrift.gpkg"))) << copied.errorMessage().toStdString();
    EXPECT_FALSE(copied.errorMessage().contains(QStringLiteral("/proc/."))) << "no temporary name: " << copied.errorMessage().toStdString();
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/copy.engdrift.gpkg")));
    auto missing = copyProject(path, dir.filePath(QStringLiteral("no/such/folder/copy.engdrift.gpkg")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("does not exist"))) << missing.errorMessage().toStdString();
    EXPECT_EQ(filesInDir(), QStringList{QStringLiteral("mow.engdrift.gpkg")});
}

} // namespace
} // namespace engdrift::test
