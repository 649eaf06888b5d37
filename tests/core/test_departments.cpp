// Departments: name, address and homes saved (and checked), an empty department deleted and a
// used one kept, and the start date of a department's first versions corrected, earlier or later,
// as long as no version becomes empty or overlaps, recorded as a correction.

#include "analysis/adoption.h"
#include "edit/departments.h"
#include "edit/tagging.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const DepartmentKey kDept{12, 5};

Geometry square(double x, double size)
{
    return Geometry::rectangle(QRectF(x, 6171000, size, size)).toMultiPolygon();
}

class Departments : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
    }

    /// Department 12-005 with three areas from 2026-05-01 (the day they were imported) and one
    /// drawn from 2026-08-01; returns the area ids.
    QList<qint64> addImportedDepartment()
    {
        EXPECT_TRUE(saveDepartmentDetails(*store, {kDept, QStringLiteral("Parken"), QString(), 120, {}}, true).ok());
        auto tx = store->begin();
        EXPECT_TRUE(tx.ok());
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            AreaVersion a;
            a.department = kDept;
            a.careType = QStringLiteral("brugsplaene");
            a.validFrom = i < 3 ? QDate(2026, 5, 1) : QDate(2026, 8, 1);
            EXPECT_TRUE(store->areaLayer().insert(a, square(699000 + 40 * i, 30)).ok());
            ids << a.areaId;
        }
        EXPECT_TRUE(tx->commit().ok());
        return ids;
    }

    QDate startOf(qint64 areaId)
    {
        AreaQuery q;
        q.ids = {areaId};
        return store->areas(q)->first().validFrom;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
};

} // namespace

TEST_F(Departments, NameAddressAndHomesAreSavedAndChecked)
{
    Department d{kDept, QStringLiteral("  Nørrebro Park "), QStringLiteral("Tagensvej 10, 2200 København N"), 412, {}};
    ASSERT_FALSE(saveDepartmentDetails(*store, d, false).ok()); // not there, and may not be created
    auto created = saveDepartmentDetails(*store, d, true);
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    auto read = store->department(kDept);
    ASSERT_TRUE(read->has_value());
    EXPECT_EQ((**read).name, QStringLiteral("Nørrebro Park"));
    EXPECT_EQ((**read).address, QStringLiteral("Tagensvej 10, 2200 København N"));
    EXPECT_EQ((**read).homes, 412);
    EXPECT_EQ(store->organisations()->size(), 1); // the organisation came with it

    d.name = QStringLiteral("Nørrebroparken");
    ASSERT_TRUE(saveDepartmentDetails(*store, d, false).ok());
    EXPECT_EQ((*store->department(kDept))->name, QStringLiteral("Nørrebroparken"));

    const QString before = test::snapshot(path);
    Department noName = d;
    noName.name = QStringLiteral("  ");
    auto refused = saveDepartmentDetails(*store, noName, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(), QStringLiteral("Department 12-005 needs a name."));
    Department negative = d;
    negative.homes = -3;
    auto badHomes = saveDepartmentDetails(*store, negative, false);
    ASSERT_FALSE(badHomes.ok());
    EXPECT_EQ(badHomes.errorMessage(), QStringLiteral("Department 12-005: -3 homes is not a number of homes (0-100000)."));
    Department badKey = d;
    badKey.key = {0, 5};
    EXPECT_FALSE(saveDepartmentDetails(*store, badKey, true).ok());
    EXPECT_EQ(test::snapshot(path), before);
}

TEST_F(Departments, OnlyAnEmptyDepartmentIsDeleted)
{
    addImportedDepartment();
    ASSERT_TRUE(saveDepartmentDetails(*store, {{12, 6}, QStringLiteral("Tom"), QString(), 0, {}}, true).ok());
    const QString before = test::snapshot(path);
    auto refused = deleteEmptyDepartment(*store, kDept);
    ASSERT_FALSE(refused.ok());
    // (the plural of "4 area versions" comes from the translation, which core tests do not load)
    EXPECT_TRUE(refused.errorMessage().startsWith(QStringLiteral("Department 12-005 cannot be deleted: it has 4 area version")))
        << refused.errorMessage().toStdString();
    EXPECT_TRUE(refused.errorMessage().endsWith(QStringLiteral("Only a department without areas, paths, adoption events "
                                                               "and proposals can be deleted.")));
    EXPECT_EQ(test::snapshot(path), before);
    ASSERT_TRUE(deleteEmptyDepartment(*store, {12, 6}).ok());
    EXPECT_FALSE(store->department({12, 6})->has_value());
    EXPECT_TRUE(store->department(kDept)->has_value());
    auto unknown = deleteEmptyDepartment(*store, {12, 6});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.errorMessage(), QStringLiteral("Department 12-006 is not in the project."));
}

TEST_F(Departments, StartDateCorrectedEarlierSoAreasCanBeTaggedFromThen)
{
    const QList<qint64> ids = addImportedDepartment();
    // Before: the areas cannot be tagged from 2020, they did not exist then.
    EXPECT_FALSE(tagAreas(*store, {{ids[0]}, QStringLiteral("eng"), QDate(2020, 6, 1), {}}).ok());
    ASSERT_TRUE(tagAreas(*store, {{ids[1]}, QStringLiteral("eng"), QDate(2026, 6, 1), {}}).ok());

    auto corrected = correctDepartmentStart(*store, kDept, QDate(2019, 1, 1), QStringLiteral("imported as from today"));
    ASSERT_TRUE(corrected.ok()) << corrected.errorMessage().toStdString();
    EXPECT_EQ(corrected->oldStart, QDate(2026, 5, 1));
    EXPECT_EQ(corrected->newStart, QDate(2019, 1, 1));
    EXPECT_EQ(corrected->versionsMoved, 3);
    EXPECT_EQ(startOf(ids[0]), QDate(2019, 1, 1));
    EXPECT_EQ(startOf(ids[1]), QDate(2019, 1, 1));
    EXPECT_EQ(startOf(ids[3]), QDate(2026, 8, 1)); // drawn later: not a first version of the department
    EXPECT_EQ(*store->departmentStart(kDept), QDate(2019, 1, 1));
    AreaQuery history;
    history.ids = {ids[1]};
    auto versions = store->areas(history);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).validTo, QDate(2026, 6, 1)); // the later change stays where it was
    EXPECT_EQ(versions->at(1).validFrom, QDate(2026, 6, 1));

    // Recorded as a correction.
    auto records = store->corrections(kDept);
    ASSERT_TRUE(records.ok()) << records.errorMessage().toStdString();
    ASSERT_EQ(records->size(), 1);
    EXPECT_EQ(records->first().kind, QStringLiteral("start_date"));
    EXPECT_EQ(records->first().oldValue, QStringLiteral("2026-05-01"));
    EXPECT_EQ(records->first().newValue, QStringLiteral("2019-01-01"));
    EXPECT_EQ(records->first().rows, 3);
    EXPECT_EQ(records->first().note, QStringLiteral("imported as from today"));

    // Now the change of 2020 can be entered.
    auto tagged = tagAreas(*store, {{ids[0]}, QStringLiteral("eng"), QDate(2020, 6, 1), {}});
    EXPECT_TRUE(tagged.ok()) << tagged.errorMessage().toStdString();
}

TEST_F(Departments, StartDateCorrectionThatWouldEmptyAVersionOrPrecedeTheRecordIsRefused)
{
    const QList<qint64> ids = addImportedDepartment();
    ASSERT_TRUE(tagAreas(*store, {{ids[1]}, QStringLiteral("eng"), QDate(2026, 6, 1), {}}).ok());
    const QString before = test::snapshot(path);
    auto empty = correctDepartmentStart(*store, kDept, QDate(2026, 6, 1));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.errorMessage(), QStringLiteral("Department 12-005: its areas cannot start on 2026-06-01 instead of "
                                                   "2026-05-01: area %1 would have no time left: its first version ends "
                                                   "on 2026-06-01.")
                                        .arg(ids[1]));
    EXPECT_EQ(test::snapshot(path), before);
    auto same = correctDepartmentStart(*store, kDept, QDate(2026, 5, 1));
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.errorMessage(), QStringLiteral("Department 12-005 starts on 2026-05-01 already."));

    // Later is fine while every first version keeps some time ...
    auto later = correctDepartmentStart(*store, kDept, QDate(2026, 5, 20));
    ASSERT_TRUE(later.ok()) << later.errorMessage().toStdString();
    EXPECT_EQ(startOf(ids[0]), QDate(2026, 5, 20));
    // ... but not past the adoption record.
    AdoptionEvent proposed;
    proposed.department = kDept;
    proposed.kind = AdoptionEventKind::Proposed;
    proposed.date = QDate(2026, 5, 25);
    ASSERT_TRUE(recordAdoptionEvent(*store, proposed).ok());
    const QString withEvent = test::snapshot(path);
    auto pastEvent = correctDepartmentStart(*store, kDept, QDate(2026, 5, 28));
    ASSERT_FALSE(pastEvent.ok());
    EXPECT_TRUE(pastEvent.errorMessage().contains(QStringLiteral("the adoption record has proposed on 2026-05-25")))
        << pastEvent.errorMessage().toStdString();
    EXPECT_EQ(test::snapshot(path), withEvent);

    auto noAreas = correctDepartmentStart(*store, {12, 9}, QDate(2019, 1, 1));
    ASSERT_FALSE(noAreas.ok());
    EXPECT_EQ(noAreas.errorMessage(), QStringLiteral("Department 12-009 is not in the project."));
}
