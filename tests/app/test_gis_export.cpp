// File → Export the map for other GIS: it writes what the map shows (its date, unsaved edits, the
// proposal of the proposal view) of everything or one department, in the background; a bad name
// or an existing file is refused and nothing is written; the action is in the File menu and the
// manual.

#include "edit/proposals.h"
#include "io/vector_export.h"
#include "test_support.h"
#include "window_fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStatusBar>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

struct Exported
{
    qint64 count = 0;
    double areaM2 = 0;
    QHash<qint64, QString> careTypes; ///< area id → care type
    QHash<qint64, QString> status;
    QSet<QString> departments;        ///< "123-001"
};

Exported readAreas(const QString &path)
{
    GDALAllRegister();
    Exported e;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    EXPECT_TRUE(ds) << path.toStdString();
    if (!ds)
        return e;
    OGRLayer *layer = ds->GetLayerByName("areas") ? ds->GetLayerByName("areas") : ds->GetLayer(0); // a Shapefile's is its name
    EXPECT_TRUE(layer);
    if (!layer)
        return e;
    for (auto &f : *layer) {
        ++e.count;
        e.areaM2 += f->GetFieldAsDouble("area_m2");
        const qint64 id = f->GetFieldAsInteger64("area_id");
        e.careTypes.insert(id, QString::fromUtf8(f->GetFieldAsString("care_type")));
        e.status.insert(id, QString::fromUtf8(f->GetFieldAsString("status")));
        e.departments.insert(QStringLiteral("%1-%2").arg(f->GetFieldAsInteger("org_no")).arg(QString::fromUtf8(f->GetFieldAsString("dept_no"))));
    }
    return e;
}

class GisExport : public test::SampleWindow
{
protected:
    /// Exports through the window and waits until it says it is done; returns whether it wrote.
    bool exportTo(const QString &name, const MapFilter &filter = {}, bool overwrite = false)
    {
        QSignalSpy done(window.get(), &MainWindow::gisDataExported);
        if (!window->exportGisData(dir.filePath(name), filter, overwrite))
            return false;
        EXPECT_TRUE(done.wait(30000));
        return !done.isEmpty() && done.first().at(1).toBool();
    }

    /// The count and m² of the map as the window shows it.
    std::pair<qint64, double> shownTotals(const std::optional<DepartmentKey> &department = std::nullopt) const
    {
        const RenderOptions shown = window->canvas()->renderOptions();
        const MapSnapshot snapshot(window->document()->store(), MapContent{shown.overlay, shown.proposalId}, shown.at);
        auto totals = snapshot.areaTotals(AreaGrouping::Department, department);
        EXPECT_TRUE(totals.ok());
        qint64 count = 0;
        double m2 = 0;
        for (const AreaTotal &t : *totals) {
            count += t.count;
            m2 += t.areaM2;
        }
        return {count, m2};
    }

    /// The largest lawn of 123-001 at the map date.
    qint64 largestLawn()
    {
        auto areas = window->document()->session().areasAt(kDate, std::nullopt, DepartmentKey{123, 1});
        EXPECT_TRUE(areas.ok());
        const AreaShape *lawn = nullptr;
        for (const AreaShape &a : *areas)
            if (a.version.careType == QLatin1String("brugsplaene") && (!lawn || a.version.areaM2 > lawn->version.areaM2))
                lawn = &a;
        EXPECT_TRUE(lawn);
        return lawn ? lawn->version.areaId : 0;
    }
};

} // namespace

TEST_F(GisExport, WritesTheMapWithItsUnsavedEdits)
{
    const qint64 id = largestLawn();
    window->canvas()->setSelection({id});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("blomstereng"), kDate)) << window->lastError().toStdString();
    window->canvas()->setSelection({});
    test::settle(*window);

    ASSERT_TRUE(exportTo(QStringLiteral("map.gpkg"))) << window->lastError().toStdString();
    const Exported e = readAreas(dir.filePath(QStringLiteral("map.gpkg")));
    const auto [count, m2] = shownTotals();
    EXPECT_EQ(e.count, count);
    EXPECT_NEAR(e.areaM2, m2, 1e-6);
    EXPECT_EQ(e.careTypes.value(id), QStringLiteral("blomstereng")) << "the unsaved retag";
    EXPECT_TRUE(e.departments.size() > 1) << "everything, not one department";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Wrote %1 areas").arg(count)))
        << window->statusBar()->currentMessage().toStdString();

    // One department, as Shapefile: the paths beside it.
    MapFilter one;
    one.department = DepartmentKey{123, 1};
    ASSERT_TRUE(exportTo(QStringLiteral("dept.shp"), one)) << window->lastError().toStdString();
    const Exported dept = readAreas(dir.filePath(QStringLiteral("dept.shp")));
    EXPECT_EQ(dept.departments, QSet<QString>{QStringLiteral("123-001")});
    EXPECT_EQ(dept.count, shownTotals(DepartmentKey{123, 1}).first);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("dept_paths.shp"))));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("dept_paths.shp")))
        << window->statusBar()->currentMessage().toStdString();
}

TEST_F(GisExport, InTheProposalViewItWritesThePlan)
{
    auto created = createProposal(window->document()->store(), {123, 1}, QStringLiteral("Forslag 2027"), kDate);
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    const qint64 id = largestLawn();
    window->setProposal(created->id, created->name);
    window->canvas()->setSelection({id});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("blomstereng"), kDate)) << window->lastError().toStdString();
    window->canvas()->setSelection({});
    test::settle(*window);
    ASSERT_TRUE(exportTo(QStringLiteral("plan.geojson"))) << window->lastError().toStdString();
    const Exported planned = readAreas(dir.filePath(QStringLiteral("plan.geojson")));
    EXPECT_EQ(planned.careTypes.value(id), QStringLiteral("blomstereng"));
    EXPECT_EQ(planned.status.value(id), QStringLiteral("proposed"));
    EXPECT_NEAR(planned.areaM2, shownTotals().second, 1e-6);

    // Back in today's view: the lawn.
    window->setProposal(std::nullopt);
    test::settle(*window);
    ASSERT_TRUE(exportTo(QStringLiteral("today.geojson"))) << window->lastError().toStdString();
    EXPECT_EQ(readAreas(dir.filePath(QStringLiteral("today.geojson"))).careTypes.value(id), QStringLiteral("brugsplaene"));
}

TEST_F(GisExport, ABadNameOrAnExistingFileIsRefusedAndWritesNothing)
{
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_FALSE(window->exportGisData(dir.filePath(QStringLiteral("map.kml"))));
    EXPECT_TRUE(window->lastError().contains(QStringLiteral(".gpkg")) && window->lastError().contains(QStringLiteral(".shp")) &&
                window->lastError().contains(QStringLiteral(".geojson")))
        << window->lastError().toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);

    ASSERT_TRUE(exportTo(QStringLiteral("map.gpkg"))) << window->lastError().toStdString();
    const qint64 size = QFileInfo(dir.filePath(QStringLiteral("map.gpkg"))).size();
    EXPECT_FALSE(exportTo(QStringLiteral("map.gpkg")));
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("already exists"))) << window->lastError().toStdString();
    EXPECT_EQ(QFileInfo(dir.filePath(QStringLiteral("map.gpkg"))).size(), size);
    // The file dialog asks before replacing; then it is replaced.
    MapFilter one;
    one.department = DepartmentKey{123, 1};
    EXPECT_TRUE(exportTo(QStringLiteral("map.gpkg"), one, true)) << window->lastError().toStdString();
    EXPECT_EQ(readAreas(dir.filePath(QStringLiteral("map.gpkg"))).departments, QSet<QString>{QStringLiteral("123-001")});

    // A folder that is not there: said, naming the file.
    EXPECT_FALSE(exportTo(QStringLiteral("missing/map.gpkg")));
    EXPECT_TRUE(window->lastError().contains(dir.filePath(QStringLiteral("missing/map.gpkg")))) << window->lastError().toStdString();
}

TEST_F(GisExport, TheActionIsInTheFileMenuAndTheManual)
{
    test::expectInFileMenuAndManual(*window, QStringLiteral("exportGisData"), QStringLiteral("Export the map for other GIS"),
                                    QStringLiteral("Eksportér kortet til andre GIS"));
}
