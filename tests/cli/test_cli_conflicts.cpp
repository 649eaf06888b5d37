// Two real processes on one project: this test holds an EditSession with unsaved edits of two areas
// while a child process (engdrift-cli tag, as another editor named by ENGDRIFT_USER) changes one
// of them. The session's save then writes the other area and refuses the changed one with a
// message that names the area, what changed, the other editor and the date; keeping theirs,
// keeping mine and merging each leave the expected versions in the project.

#include "cli_test_project.h"
#include "edit/edit_session.h"
#include "store/project_store.h"
#include "util/translations.h"

#include <QDateTime>

using namespace engdrift;
using test::runCli;

namespace {

const QDate kTheirDate(2026, 3, 1);
const QDate kMyDate(2026, 5, 1);
const QString kMine = QStringLiteral("naturgraes"); // neither area has it
const QString kFlowers = QStringLiteral("blomstereng");
const QString kOther = QStringLiteral("ole@driftskontoret");

class CliConflicts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = test::makeProject(dir);
        auto opened = openStore(project, OpenMode::ReadWrite);
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        store = std::move(opened).value();
        store->setEditorName(QStringLiteral("anna@kontoret"));
        session = std::make_unique<EditSession>(*store);
        lawnType = at(1, kMyDate).careType;
        meadowType = at(2, kMyDate).careType;
    }

    /// The other editor: engdrift-cli tag in a process of its own, as kOther.
    void otherTagsArea1()
    {
        const QByteArray saved = qgetenv("ENGDRIFT_USER");
        qputenv("ENGDRIFT_USER", kOther.toUtf8());
        auto tagged = runCli({QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1"),
                              QStringLiteral("--care-type"), kFlowers, QStringLiteral("--from"), kTheirDate.toString(Qt::ISODate)});
        if (saved.isNull())
            qunsetenv("ENGDRIFT_USER");
        else
            qputenv("ENGDRIFT_USER", saved);
        ASSERT_EQ(tagged.exitCode, 0) << tagged.err.toStdString();
    }

    AreaVersion at(qint64 areaId, const QDate &date)
    {
        AreaQuery q;
        q.ids = {areaId};
        q.at = date;
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok() && list->size() == 1) << "area " << areaId;
        return list.ok() && !list->isEmpty() ? list->first() : AreaVersion();
    }

    QList<AreaVersion> versions(qint64 areaId)
    {
        AreaQuery q;
        q.ids = {areaId};
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<AreaVersion>();
    }

    double m2At(qint64 areaId, const QDate &date)
    {
        auto g = store->areaGeometry(at(areaId, date).fid);
        EXPECT_TRUE(g.ok());
        return g.ok() ? g->area() : -1.0;
    }

    /// Saves: area 2 lands, area 1 is refused with a full description. Returns the conflict.
    AreaConflict saveExpectingConflictOnArea1()
    {
        auto saved = session->save();
        EXPECT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
        if (!saved.ok())
            return {};
        EXPECT_EQ(saved->conflicts.size(), 1);
        EXPECT_EQ(saved->pendingAreaIds, QList<qint64>{1});
        EXPECT_EQ(session->editedAreaIds(), QList<qint64>{1});
        EXPECT_EQ(at(1, kMyDate).careType, kFlowers) << "theirs is not overwritten";
        return saved->conflicts.value(0);
    }

    QString name(const QString &code) const { return store->catalogue().careTypeName(code, currentLanguage()); }

    QTemporaryDir dir;
    QString project;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<EditSession> session;
    QString lawnType;
    QString meadowType;
};

} // namespace

TEST_F(CliConflicts, TheSaveWritesTheOtherAreaAndNamesTheConflict)
{
    ASSERT_TRUE(session->retag({1, 2}, kMine, kMyDate).ok());
    otherTagsArea1();
    const AreaConflict c = saveExpectingConflictOnArea1();
    EXPECT_EQ(at(2, kMyDate).careType, kMine) << "the other area is saved";
    EXPECT_EQ(at(2, kMyDate).changedBy, QStringLiteral("anna@kontoret"));
    EXPECT_EQ(c.changedBy, kOther);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    for (const QString &part : {QStringLiteral("Area 1"), QStringLiteral("12-005"), name(lawnType) + QStringLiteral(" → ") + name(kFlowers),
                                QStringLiteral("from 2026-03-01"), kOther, today})
        EXPECT_TRUE(c.message.contains(part)) << "\"" << part.toStdString() << "\" missing in: " << c.message.toStdString();
}

TEST_F(CliConflicts, KeepTheirs)
{
    ASSERT_TRUE(session->retag({1, 2}, kMine, kMyDate).ok());
    otherTagsArea1();
    saveExpectingConflictOnArea1();
    ASSERT_TRUE(session->resolveConflict(1, ConflictChoice::KeepTheirs).ok());
    EXPECT_FALSE(session->isModified());
    const QList<AreaVersion> h = versions(1);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.at(0).careType, lawnType);
    EXPECT_EQ(h.at(1).careType, kFlowers);
    EXPECT_EQ(h.at(1).validFrom, kTheirDate);
    EXPECT_FALSE(h.at(1).validTo.isValid());
}

TEST_F(CliConflicts, KeepMine)
{
    ASSERT_TRUE(session->retag({1, 2}, kMine, kMyDate).ok());
    otherTagsArea1();
    saveExpectingConflictOnArea1();
    ASSERT_TRUE(session->resolveConflict(1, ConflictChoice::KeepMine).ok());
    auto saved = session->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_TRUE(saved->conflicts.isEmpty());
    EXPECT_FALSE(session->isModified());
    const QList<AreaVersion> h = versions(1);
    ASSERT_EQ(h.size(), 3);
    EXPECT_EQ(h.at(1).careType, kFlowers);
    EXPECT_EQ(h.at(1).validTo, kMyDate);
    EXPECT_EQ(h.at(1).changedBy, kOther);
    EXPECT_EQ(h.at(2).careType, kMine);
    EXPECT_EQ(h.at(2).validFrom, kMyDate);
    EXPECT_EQ(h.at(2).changedBy, QStringLiteral("anna@kontoret"));
}

TEST_F(CliConflicts, MergeKeepsTheirCareTypeAndMyShape)
{
    // My edits: area 1 reshaped (the 40 x 25 m lawn loses its northern 5 m), area 2 retagged.
    auto reshaped = session->reshape(1, Geometry::rectangle(QRectF(699000, 6171000, 40, 20)), kMyDate,
                                     OverlapRules{OverlapPolicy::Clip, 0.0, 0.01});
    ASSERT_TRUE(reshaped.ok()) << reshaped.errorMessage().toStdString();
    ASSERT_TRUE(session->retag({2}, kMine, kMyDate).ok());
    otherTagsArea1();
    const AreaConflict c = saveExpectingConflictOnArea1();
    EXPECT_TRUE(c.theirs.careType);
    EXPECT_TRUE(c.mine.shape);
    ASSERT_TRUE(c.canMerge()) << c.message.toStdString();
    ASSERT_TRUE(session->resolveConflict(1, ConflictChoice::Merge).ok());
    auto saved = session->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_TRUE(saved->conflicts.isEmpty());
    EXPECT_EQ(at(1, kTheirDate).careType, kFlowers);
    EXPECT_NEAR(m2At(1, kTheirDate), 1000.0, 1e-6);
    EXPECT_EQ(at(1, kMyDate).careType, kFlowers) << "their care type";
    EXPECT_NEAR(m2At(1, kMyDate), 800.0, 1e-6) << "my shape";
    EXPECT_EQ(at(2, kMyDate).careType, kMine);
}
