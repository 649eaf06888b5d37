// Proposals: planned changes drafted beside the current map, the map as the proposal plans it,
// the share today vs proposal, carrying out an adopted proposal from its conversion date (history
// kept, planned versions kept for the record), a rejected one kept; and the schema step that added
// proposals (version 1 → 2).

#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/dates.h"

#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const QDate kStart(2019, 1, 1);
const QDate kPlan(2025, 3, 1);
const QDate kConversion(2025, 5, 1);

class Proposals : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({{12, 5}, QStringLiteral("Parken"), {}, 0, {}}).ok());
        // Three lawns of 100, 200 and 300 m² and a 400 m² hedge (green, not nature-friendly).
        const char *care[] = {"brugsplaene", "brugsplaene", "brugsplaene", "haek"};
        for (int i = 0; i < 4; ++i) {
            AreaVersion a;
            a.department = {12, 5};
            a.careType = QString::fromLatin1(care[i]);
            a.validFrom = kStart;
            ASSERT_TRUE(store->areaLayer().insert(a, Geometry::rectangle(QRectF(699000 + 50.0 * i, 6171000, 10.0 * (i + 1), 10))
                                                        .toMultiPolygon())
                            .ok());
        }
        ASSERT_TRUE(tx->commit().ok());
        auto created = createProposal(*store, {12, 5}, QStringLiteral("Naturvenlige udearealer 2025"), kPlan);
        ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
        proposal = *created;
    }

    QString careIn(const QList<AreaShape> &shapes, qint64 id)
    {
        for (const AreaShape &s : shapes)
            if (s.version.areaId == id)
                return s.version.careType;
        return QString();
    }

    /// The current (not planned) rows of the areas table, for "the current map did not change".
    QString currentRows()
    {
        AreaQuery q;
        q.status = AreaStatus::Current;
        auto rows = store->areas(q);
        QStringList lines;
        for (const AreaVersion &v : *rows)
            lines << QStringLiteral("%1 %2 %3 %4").arg(v.areaId).arg(isoDate(v.validFrom), isoDate(v.validTo), v.careType);
        return lines.join(QLatin1Char('\n'));
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
    Proposal proposal;
};

} // namespace

TEST_F(Proposals, DraftBesideTheCurrentMap)
{
    const QString before = currentRows();
    EditSession session(*store);
    session.setProposal(proposal.id);
    auto planned = session.retag({1, 2}, QStringLiteral("eng"), kPlan);
    ASSERT_TRUE(planned.ok()) << planned.errorMessage().toStdString();
    // As the proposal plans it.
    auto asPlanned = session.areasAt(kPlan);
    ASSERT_TRUE(asPlanned.ok());
    EXPECT_EQ(careIn(*asPlanned, 1), QStringLiteral("eng"));
    EXPECT_EQ(careIn(*asPlanned, 2), QStringLiteral("eng"));
    EXPECT_EQ(careIn(*asPlanned, 3), QStringLiteral("brugsplaene"));
    EXPECT_EQ(asPlanned->size(), 4);
    // Today's map is as it was.
    session.setProposal(std::nullopt);
    auto today = session.areasAt(kPlan);
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(careIn(*today, 1), QStringLiteral("brugsplaene"));
    session.setProposal(proposal.id);
    // Geometry edits are refused in a proposal.
    EXPECT_FALSE(session.remove({3}, kPlan).ok());

    ASSERT_TRUE(session.save().ok());
    EXPECT_EQ(currentRows(), before); // the current history is untouched
    AreaQuery q;
    q.status = AreaStatus::Proposed;
    q.proposalId = proposal.id;
    auto stored = store->areas(q);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).careType, QStringLiteral("eng"));

    // Drafts change: the planned care type again, in place; and a planned new area.
    EditSession again(*store);
    again.setProposal(proposal.id);
    ASSERT_TRUE(again.retag({2}, QStringLiteral("blomstereng"), kPlan).ok());
    auto added = again.addArea(Geometry::rectangle(QRectF(699500, 6171000, 10, 10)).toMultiPolygon(), {12, 5},
                               QStringLiteral("blomstereng"), kPlan, OverlapRules{});
    ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
    ASSERT_TRUE(again.save().ok());
    auto storedAgain = store->areas(q);
    ASSERT_TRUE(storedAgain.ok());
    ASSERT_EQ(storedAgain->size(), 3);
    EXPECT_EQ(storedAgain->at(1).careType, QStringLiteral("blomstereng"));
    EXPECT_EQ(storedAgain->at(1).fid, stored->at(1).fid); // changed in place, not added
    EXPECT_EQ(currentRows(), before);
}

TEST_F(Proposals, ShareTodayAndWithTheProposal)
{
    EditSession session(*store);
    session.setProposal(proposal.id);
    ASSERT_TRUE(session.retag({2, 3}, QStringLiteral("eng"), kPlan).ok()); // 200 + 300 m² become meadow
    ASSERT_TRUE(session.save().ok());
    auto bars = shareBars(*store, kPlan);
    ASSERT_TRUE(bars.ok()) << bars.errorMessage().toStdString();
    ASSERT_EQ(bars->size(), 1);
    const ShareBar &bar = bars->first();
    EXPECT_TRUE(bar.hasProposal);
    EXPECT_DOUBLE_EQ(bar.greenToday, 1000.0); // 100 + 200 + 300 lawn + 400 hedge
    EXPECT_DOUBLE_EQ(bar.natureToday, 0.0);
    EXPECT_DOUBLE_EQ(bar.greenProposal, 1000.0);
    EXPECT_DOUBLE_EQ(bar.natureProposal, 500.0);
}

TEST_F(Proposals, CarryingOutAnAdoptedProposal)
{
    EditSession session(*store);
    session.setProposal(proposal.id);
    ASSERT_TRUE(session.retag({1}, QStringLiteral("eng"), kPlan).ok());
    ASSERT_TRUE(session.addArea(Geometry::rectangle(QRectF(699500, 6171000, 10, 10)).toMultiPolygon(), {12, 5},
                                QStringLiteral("blomstereng"), kPlan, OverlapRules{})
                    .ok());
    ASSERT_TRUE(session.save().ok());

    auto draft = implementProposal(*store, proposal.id, kConversion);
    ASSERT_FALSE(draft.ok()); // a draft is not carried out
    EXPECT_TRUE(draft.errorMessage().contains(QStringLiteral("adopted"))) << draft.errorMessage().toStdString();

    ASSERT_TRUE(setProposalStatus(*store, proposal.id, ProposalStatus::Adopted).ok());
    auto report = implementProposal(*store, proposal.id, kConversion);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->retagged, 1);
    EXPECT_EQ(report->added, 1);

    EditSession view(*store);
    auto beforeConversion = view.areasAt(kConversion.addDays(-1));
    auto afterConversion = view.areasAt(kConversion);
    ASSERT_TRUE(beforeConversion.ok() && afterConversion.ok());
    EXPECT_EQ(careIn(*beforeConversion, 1), QStringLiteral("brugsplaene"));
    EXPECT_EQ(careIn(*afterConversion, 1), QStringLiteral("eng"));
    EXPECT_EQ(beforeConversion->size(), 4);
    EXPECT_EQ(afterConversion->size(), 5);
    auto history = view.history(1);
    ASSERT_TRUE(history.ok());
    int current = 0;
    for (const AreaShape &s : *history)
        current += s.version.status == AreaStatus::Current ? 1 : 0;
    EXPECT_EQ(current, 2); // closed at the conversion and the new one
    auto after = store->proposal(proposal.id);
    ASSERT_TRUE(after.ok() && after->has_value());
    EXPECT_EQ((**after).status, ProposalStatus::Implemented);
    EXPECT_EQ((**after).conversionDate, kConversion);
    AreaQuery q;
    q.status = AreaStatus::Proposed;
    q.proposalId = proposal.id;
    EXPECT_EQ(store->areas(q)->size(), 2); // kept for the record
    EXPECT_FALSE(implementProposal(*store, proposal.id, kConversion).ok()); // once
}

TEST_F(Proposals, ARejectedProposalIsKeptAndLeftOutOfTheShare)
{
    EditSession session(*store);
    session.setProposal(proposal.id);
    ASSERT_TRUE(session.retag({1}, QStringLiteral("eng"), kPlan).ok());
    ASSERT_TRUE(session.save().ok());
    ASSERT_TRUE(setProposalStatus(*store, proposal.id, ProposalStatus::Rejected).ok());
    auto list = store->proposals(DepartmentKey{12, 5});
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().status, ProposalStatus::Rejected);
    auto bars = shareBars(*store, kPlan);
    ASSERT_TRUE(bars.ok());
    EXPECT_FALSE(bars->first().hasProposal);
    EXPECT_DOUBLE_EQ(bars->first().natureProposal, 0.0);
}

TEST(SchemaMigration, VersionOneProjectsGainProposalsWhenOpenedForWriting)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.engdrift.gpkg"));
    {
        auto store = test::newProject(path);
        ASSERT_TRUE(store);
    }
    // Turn it into a version 1 project: without the tables and columns of versions 2, 3 and 5.
    {
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
        ASSERT_TRUE(ds);
        for (const char *index : {"areas_import", "areas_source", "corrections_department"})
            ds->ExecuteSQL(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QString::fromLatin1(index)).toUtf8().constData(),
                           nullptr, nullptr);
        OGRLayer *areas = ds->GetLayerByName("areas");
        ASSERT_EQ(areas->DeleteField(areas->GetLayerDefn()->GetFieldIndex("import_id")), OGRERR_NONE);
        for (const char *name : {"proposals", "paths", "imports", "corrections", "mowing_zones"}) {
            for (int i = 0; i < ds->GetLayerCount(); ++i) {
                if (QString::fromUtf8(ds->GetLayer(i)->GetName()) == QLatin1String(name)) {
                    ASSERT_EQ(ds->DeleteLayer(i), OGRERR_NONE);
                    break;
                }
            }
        }
        OGRLayer *events = ds->GetLayerByName("adoption_events");
        ASSERT_EQ(events->DeleteField(events->GetLayerDefn()->GetFieldIndex("proposal_id")), OGRERR_NONE);
        ds->ExecuteSQL("DROP INDEX IF EXISTS areas_proposal", nullptr, nullptr);
        ds->ExecuteSQL("UPDATE meta SET value = '1' WHERE key = 'schema_version'", nullptr, nullptr);
    }
    auto readOnly = openStore(path, OpenMode::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_TRUE(readOnly.errorMessage().contains(QStringLiteral("version 1"))) << readOnly.errorMessage().toStdString();
    auto store = openStore(path, OpenMode::ReadWrite);
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    auto summary = (*store)->summary(QDate(2026, 1, 1));
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->schemaVersion, ProjectStore::schemaVersion());
    auto proposals = (*store)->proposals();
    ASSERT_TRUE(proposals.ok()) << proposals.errorMessage().toStdString();
    EXPECT_TRUE(proposals->isEmpty());
    auto imports = (*store)->importBatches();
    ASSERT_TRUE(imports.ok()) << imports.errorMessage().toStdString();
    EXPECT_TRUE(imports->isEmpty());
}
