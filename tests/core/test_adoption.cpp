// Adoption records: the codes, every validation rule (refused with its message, the project left
// as it was), a whole adoption path and the status at dates (the series over time:
// test_adoption_series.cpp).

#include "analysis/adoption.h"
#include "analysis/series.h"
#include "edit/proposals.h"
#include "model/adoption.h"
#include "store/project_store.h"
#include "test_support.h"
#include "adoption_helpers.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;
using namespace engdrift::adoption_test;

namespace {

AdoptionEvent meetingEvent(AdoptionEventKind kind, const QDate &date, Votes votes,
                           MeetingBody body = MeetingBody::DepartmentMeeting)
{
    AdoptionEvent e = makeEvent(kind, date);
    e.body = body;
    e.votes = votes;
    return e;
}

/// A project with department 12-005 (areas from 2019-01-01) and 12-006 (areas from 2019-01-01),
/// and a proposal for 12-005 on 2023-01-10.
class AdoptionRecord : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        addDepartment(*store, kDept, QDate(2019, 1, 1));
        addDepartment(*store, {12, 6}, QDate(2019, 1, 1), 699100);
        ASSERT_TRUE(tx->commit().ok());
        AdoptionEvent proposed = makeEvent(AdoptionEventKind::Proposed, QDate(2023, 1, 10));
        auto ok = recordAdoptionEvent(*store, proposed);
        ASSERT_TRUE(ok.ok()) << ok.errorMessage().toStdString();
        proposalEventId = proposed.id;
    }

    /// Records `event`, expects it refused with exactly `message` (one line), and the project unchanged.
    void expectRefused(AdoptionEvent event, const QString &message)
    {
        const QString before = test::snapshot(path);
        auto result = recordAdoptionEvent(*store, event);
        ASSERT_FALSE(result.ok()) << "accepted: " << kindCode(event.kind).toStdString();
        EXPECT_EQ(result.errorMessage(), message);
        EXPECT_FALSE(result.errorMessage().contains(QLatin1Char('\n')));
        EXPECT_FALSE(store->inTransaction());
        EXPECT_EQ(test::snapshot(path), before);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
    qint64 proposalEventId = 0;
};

} // namespace

TEST(AdoptionCodes, RoundTrip)
{
    const QStringList kinds{QStringLiteral("proposed"),  QStringLiteral("analysis"),    QStringLiteral("meeting"),
                            QStringLiteral("adopted"),   QStringLiteral("rejected"),    QStringLiteral("postponed"),
                            QStringLiteral("implemented"), QStringLiteral("withdrawn")};
    for (const QString &code : kinds) {
        const auto kind = kindFromCode(code);
        ASSERT_TRUE(kind) << code.toStdString();
        EXPECT_EQ(kindCode(*kind), code);
        EXPECT_FALSE(kindName(*kind).isEmpty());
    }
    EXPECT_FALSE(kindFromCode(QStringLiteral("voted")));
    for (const QString &code : {QString(), QStringLiteral("department_meeting"), QStringLiteral("extraordinary_meeting"),
                                QStringLiteral("board")}) {
        const auto body = bodyFromCode(code);
        ASSERT_TRUE(body) << code.toStdString();
        EXPECT_EQ(bodyCode(*body), code);
    }
    EXPECT_EQ(bodyFromCode(QString()), MeetingBody::None);
    EXPECT_FALSE(bodyFromCode(QStringLiteral("council")));
    for (const QString &code : {QStringLiteral("draft"), QStringLiteral("adopted"), QStringLiteral("rejected"),
                                QStringLiteral("withdrawn"), QStringLiteral("implemented")}) {
        const auto status = proposalStatusFromCode(code);
        ASSERT_TRUE(status) << code.toStdString();
        EXPECT_EQ(proposalStatusCode(*status), code);
    }
    EXPECT_TRUE(isMeetingEvent(AdoptionEventKind::Meeting));
    EXPECT_TRUE(isMeetingEvent(AdoptionEventKind::Adopted));
    EXPECT_TRUE(isMeetingEvent(AdoptionEventKind::Rejected));
    EXPECT_TRUE(isMeetingEvent(AdoptionEventKind::Postponed));
    EXPECT_FALSE(isMeetingEvent(AdoptionEventKind::Proposed));
    EXPECT_FALSE(isMeetingEvent(AdoptionEventKind::Analysis));
    EXPECT_FALSE(isMeetingEvent(AdoptionEventKind::Implemented));
    EXPECT_FALSE(isMeetingEvent(AdoptionEventKind::Withdrawn));
}

TEST_F(AdoptionRecord, ImplementedNeedsAnAdoptionBeforeIt)
{
    expectRefused(makeEvent(AdoptionEventKind::Implemented, QDate(2023, 6, 1)),
                  QStringLiteral("Department 12-005: implemented on 2023-06-01 needs an adoption before it"));
}

TEST_F(AdoptionRecord, AfterAWithdrawalAMeetingHasNoProposalOnRecord)
{
    AdoptionEvent withdrawn = makeEvent(AdoptionEventKind::Withdrawn, QDate(2023, 2, 1));
    ASSERT_TRUE(recordAdoptionEvent(*store, withdrawn).ok());
    AdoptionEvent meeting = meetingEvent(AdoptionEventKind::Meeting, QDate(2023, 3, 1), {10, 10, 0, 20});
    auto recorded = recordAdoptionEvent(*store, meeting);
    ASSERT_TRUE(recorded.ok()) << recorded.errorMessage().toStdString();
    EXPECT_EQ(recorded->warnings,
              QStringList{QStringLiteral("Department 12-005: meeting on 2023-03-01 has no proposal on record before it")});
}

TEST_F(AdoptionRecord, AnEventThatBreaksALaterOneIsRefused)
{
    AdoptionEvent adopted = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72});
    ASSERT_TRUE(recordAdoptionEvent(*store, adopted).ok());
    AdoptionEvent implemented = makeEvent(AdoptionEventKind::Implemented, QDate(2023, 9, 1));
    ASSERT_TRUE(recordAdoptionEvent(*store, implemented).ok());
    // A withdrawal between the adoption and the conversion leaves the conversion without an adoption.
    expectRefused(makeEvent(AdoptionEventKind::Withdrawn, QDate(2023, 6, 1)),
                  QStringLiteral("Department 12-005: implemented on 2023-09-01 needs an adoption before it"));
    // So does moving the adoption (same id: a replacement) after the conversion.
    AdoptionEvent moved = adopted;
    moved.date = QDate(2023, 10, 1);
    expectRefused(moved, QStringLiteral("Department 12-005: implemented on 2023-09-01 needs an adoption before it"));
}

TEST_F(AdoptionRecord, VotesOnlyOnAMeetingOrItsOutcome)
{
    AdoptionEvent analysis = makeEvent(AdoptionEventKind::Analysis, QDate(2023, 2, 1));
    analysis.votes = Votes{10, 0, 0, 10};
    expectRefused(analysis, QStringLiteral("Department 12-005: analysis on 2023-02-01 cannot have votes: only a "
                                           "meeting or its outcome can"));
}

TEST_F(AdoptionRecord, CountsNotNegative)
{
    expectRefused(meetingEvent(AdoptionEventKind::Postponed, QDate(2023, 3, 1), {10, -1, 0, 20}),
                  QStringLiteral("Department 12-005: postponed on 2023-03-01 has a negative count (10 for, -1 "
                                 "against, 0 blank, 20 households)"));
}

TEST_F(AdoptionRecord, AtMostTwoVotesPerHousehold)
{
    expectRefused(meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {100, 40, 10, 72}),
                  QStringLiteral("Department 12-005: adopted on 2023-03-15: 150 votes for, against and blank from "
                                 "72 households: at most two votes per household (144)"));
    // Exactly two per household is fine.
    AdoptionEvent full = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {100, 34, 10, 72});
    auto fullOk = recordAdoptionEvent(*store, full);
    EXPECT_TRUE(fullOk.ok()) << fullOk.errorMessage().toStdString();
}

TEST_F(AdoptionRecord, VotesNeedHouseholds)
{
    expectRefused(meetingEvent(AdoptionEventKind::Rejected, QDate(2023, 3, 1), {5, 30, 0, 0}),
                  QStringLiteral("Department 12-005: rejected on 2023-03-01 has votes but no households: the number "
                                 "of households must be above 0"));
}

TEST_F(AdoptionRecord, BodyOnlyOnAMeetingOrItsOutcome)
{
    AdoptionEvent implemented = makeEvent(AdoptionEventKind::Analysis, QDate(2023, 2, 1));
    implemented.body = MeetingBody::BoardDecision;
    expectRefused(implemented, QStringLiteral("Department 12-005: analysis on 2023-02-01 cannot have a meeting body "
                                              "(board decision): only a meeting or its outcome can"));
}

TEST_F(AdoptionRecord, NoEventBeforeTheDepartmentExists)
{
    expectRefused(makeEvent(AdoptionEventKind::Proposed, QDate(2018, 6, 1), {12, 6}),
                  QStringLiteral("Department 12-006: proposed on 2018-06-01 is before the department exists (its "
                                 "first area is from 2019-01-01)"));
}

TEST_F(AdoptionRecord, DateMustBeReal)
{
    expectRefused(makeEvent(AdoptionEventKind::Proposed, QDate(2023, 2, 30), {12, 6}),
                  QStringLiteral("Department 12-006: the proposed event needs a real date"));
}

TEST_F(AdoptionRecord, UnknownDepartmentIsRefused)
{
    expectRefused(makeEvent(AdoptionEventKind::Proposed, QDate(2023, 2, 1), {12, 7}),
                  QStringLiteral("Department 12-007 is not in the project."));
}

TEST_F(AdoptionRecord, EachBrokenRuleHasItsOwnLine)
{
    AdoptionEvent bad = makeEvent(AdoptionEventKind::Implemented, QDate(2018, 6, 1));
    bad.votes = Votes{200, 0, 0, 10};
    bad.body = MeetingBody::ExtraordinaryMeeting;
    const QString before = test::snapshot(path);
    auto result = recordAdoptionEvent(*store, bad);
    ASSERT_FALSE(result.ok());
    const QStringList lines = result.errorMessage().split(QLatin1Char('\n'));
    EXPECT_EQ(lines,
              (QStringList{QStringLiteral("Department 12-005: implemented on 2018-06-01 is before the department "
                                          "exists (its first area is from 2019-01-01)"),
                           QStringLiteral("Department 12-005: implemented on 2018-06-01 cannot have a meeting body "
                                          "(extraordinary meeting): only a meeting or its outcome can"),
                           QStringLiteral("Department 12-005: implemented on 2018-06-01 cannot have votes: only a "
                                          "meeting or its outcome can"),
                           QStringLiteral("Department 12-005: implemented on 2018-06-01: 200 votes for, against and "
                                          "blank from 10 households: at most two votes per household (20)"),
                           QStringLiteral("Department 12-005: implemented on 2018-06-01 needs an adoption before it")}));
    EXPECT_EQ(test::snapshot(path), before);
}

TEST_F(AdoptionRecord, WritesOutsideATransactionFail)
{
    AdoptionEvent e = makeEvent(AdoptionEventKind::Analysis, QDate(2023, 2, 1));
    EXPECT_FALSE(store->saveAdoptionEvent(e).ok());
    EXPECT_FALSE(store->deleteAdoptionEvent(proposalEventId).ok());
}

TEST_F(AdoptionRecord, WritesStillWorkAfterARefusedEvent)
{
    // A refused event rolls its transaction back; areas and events written afterwards in the same
    // session must still save (GDAL's feature-count triggers, see Transaction::commit()).
    expectRefused(makeEvent(AdoptionEventKind::Implemented, QDate(2023, 6, 1)),
                  QStringLiteral("Department 12-005: implemented on 2023-06-01 needs an adoption before it"));
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        AreaVersion a;
        a.department = kDept;
        a.careType = QStringLiteral("eng");
        a.validFrom = QDate(2023, 6, 1);
        auto inserted = store->areaLayer().insert(a, square(699050, 6171000, 10));
        EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        auto committed = tx->commit();
        EXPECT_TRUE(committed.ok()) << committed.errorMessage().toStdString();
    }
    AdoptionEvent analysis = makeEvent(AdoptionEventKind::Analysis, QDate(2023, 2, 1));
    auto recorded = recordAdoptionEvent(*store, analysis);
    EXPECT_TRUE(recorded.ok()) << recorded.errorMessage().toStdString();
    EXPECT_EQ(store->adoptionEvents(kDept)->size(), 2);
}

TEST_F(AdoptionRecord, WholePathIsAcceptedAndReadBack)
{
    QList<AdoptionEvent> steps{
        makeEvent(AdoptionEventKind::Analysis, QDate(2023, 2, 1)),
        meetingEvent(AdoptionEventKind::Meeting, QDate(2023, 2, 20), {20, 20, 4, 40}),
        meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72}, MeetingBody::ExtraordinaryMeeting),
        makeEvent(AdoptionEventKind::Implemented, QDate(2023, 9, 1)),
        makeEvent(AdoptionEventKind::Withdrawn, QDate(2025, 4, 1)),
    };
    steps[2].minutesRef = QStringLiteral("referat-2023-03-15.pdf");
    steps[2].note = QStringLiteral("Enstemmig bestyrelse");
    auto proposal = createProposal(*store, kDept, QStringLiteral("Naturvenlige udearealer"), QDate(2023, 1, 10));
    ASSERT_TRUE(proposal.ok()) << proposal.errorMessage().toStdString();
    steps[2].proposalId = proposal->id;
    for (AdoptionEvent &e : steps) {
        auto ok = recordAdoptionEvent(*store, e);
        ASSERT_TRUE(ok.ok()) << ok.errorMessage().toStdString();
        EXPECT_GT(e.id, 0);
    }
    auto events = store->adoptionEvents(kDept);
    ASSERT_TRUE(events.ok()) << events.errorMessage().toStdString();
    ASSERT_EQ(events->size(), 6);
    EXPECT_EQ(events->at(0).kind, AdoptionEventKind::Proposed);
    EXPECT_EQ(events->at(0).id, proposalEventId);
    const AdoptionEvent &adopted = events->at(3);
    EXPECT_EQ(adopted.id, steps[2].id);
    EXPECT_EQ(adopted.kind, AdoptionEventKind::Adopted);
    EXPECT_EQ(adopted.date, QDate(2023, 3, 15));
    EXPECT_EQ(adopted.body, MeetingBody::ExtraordinaryMeeting);
    ASSERT_TRUE(adopted.votes);
    EXPECT_EQ(adopted.votes->votesFor, 48);
    EXPECT_EQ(adopted.votes->votesAgainst, 12);
    EXPECT_EQ(adopted.votes->votesBlank, 3);
    EXPECT_EQ(adopted.votes->households, 72);
    EXPECT_EQ(adopted.minutesRef, QStringLiteral("referat-2023-03-15.pdf"));
    EXPECT_EQ(adopted.note, QStringLiteral("Enstemmig bestyrelse"));
    EXPECT_EQ(adopted.proposalId, std::optional<qint64>(proposal->id));
    EXPECT_EQ(adopted.scheme, QStringLiteral("naturvenlige-udearealer"));
    EXPECT_FALSE(events->at(4).votes);
    EXPECT_EQ(events->at(4).body, MeetingBody::None);
    EXPECT_FALSE(events->at(4).proposalId);
    EXPECT_EQ(store->adoptionEvents(DepartmentKey{12, 6})->size(), 0);
    EXPECT_EQ(store->adoptionEvents()->size(), 6);

    using State = AdoptionStatus::State;
    // The decision behind each state: the meeting's outcome, kept when the proposal is carried out.
    const struct
    {
        QDate at;
        State state;
        QDate since;
        QString text;
        QDate decided;
        QString code;
    } expected[] = {
        {QDate(2023, 1, 9), State::NotProposed, QDate(), QStringLiteral("Not proposed"), QDate(), QStringLiteral("not_proposed")},
        {QDate(2023, 1, 10), State::Proposed, QDate(2023, 1, 10), QStringLiteral("Proposed 2023-01-10"), QDate(), QStringLiteral("proposed")},
        {QDate(2023, 2, 10), State::Proposed, QDate(2023, 1, 10), QStringLiteral("Proposed 2023-01-10"), QDate(), QStringLiteral("proposed")},
        {QDate(2023, 3, 1), State::Meeting, QDate(2023, 2, 20), QStringLiteral("Meeting held 2023-02-20"), QDate(), QStringLiteral("meeting")},
        {QDate(2023, 3, 15), State::Adopted, QDate(2023, 3, 15), QStringLiteral("Adopted 2023-03-15"), QDate(2023, 3, 15), QStringLiteral("adopted")},
        {QDate(2024, 1, 1), State::Implemented, QDate(2023, 9, 1), QStringLiteral("Implemented 2023-09-01"), QDate(2023, 3, 15), QStringLiteral("implemented")},
        {QDate(2025, 4, 1), State::Withdrawn, QDate(2025, 4, 1), QStringLiteral("Withdrawn 2025-04-01"), QDate(2025, 4, 1), QStringLiteral("withdrawn")},
    };
    for (const auto &x : expected) {
        const AdoptionStatus status = adoptionStatusAt(*events, x.at);
        EXPECT_EQ(status.state, x.state) << x.at.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(status.since, x.since) << x.at.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(status.decided, x.decided) << x.at.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(stateCode(status.state), x.code);
        EXPECT_EQ(describeStatus(status), x.text);
    }
    const AdoptionStatus carriedOut = adoptionStatusAt(*events, QDate(2024, 1, 1));
    ASSERT_TRUE(carriedOut.votes) << "the adoption's votes stay with the proposal carried out";
    EXPECT_EQ(*carriedOut.votes, (Votes{48, 12, 3, 72}));
    EXPECT_FALSE(adoptionStatusAt(*events, QDate(2025, 4, 1)).votes);
    const AdoptionStatus adoptedStatus = adoptionStatusAt(*events, QDate(2023, 4, 1));
    EXPECT_TRUE(adoptedStatus.isAdopted());
    ASSERT_TRUE(adoptedStatus.votes);
    EXPECT_EQ(adoptedStatus.votes->votesFor, 48);
    EXPECT_TRUE(adoptionStatusAt(*events, QDate(2024, 1, 1)).isAdopted());
    EXPECT_FALSE(adoptionStatusAt(*events, QDate(2025, 4, 1)).isAdopted());
}

TEST_F(AdoptionRecord, UpdateAndDelete)
{
    auto events = store->adoptionEvents(kDept);
    ASSERT_TRUE(events.ok());
    AdoptionEvent e = events->first();
    e.date = QDate(2023, 1, 12);
    e.note = QStringLiteral("moved");
    ASSERT_TRUE(recordAdoptionEvent(*store, e).ok());
    EXPECT_EQ(e.id, proposalEventId);
    auto after = store->adoptionEvents(kDept);
    ASSERT_EQ(after->size(), 1);
    EXPECT_EQ(after->first().date, QDate(2023, 1, 12));
    EXPECT_EQ(after->first().note, QStringLiteral("moved"));
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    EXPECT_TRUE(store->deleteAdoptionEvent(proposalEventId).ok());
    EXPECT_FALSE(store->deleteAdoptionEvent(proposalEventId).ok());
    ASSERT_TRUE(tx->commit().ok());
    EXPECT_TRUE(store->adoptionEvents(kDept)->isEmpty());
}

TEST(AdoptionValidation, SameDayEventsFollowThePathOrder)
{
    // Recorded out of order on one day: the proposal still comes before the adoption.
    AdoptionEvent adopted = makeEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 1));
    adopted.id = 2;
    const AdoptionEvent proposed = makeEvent(AdoptionEventKind::Proposed, QDate(2023, 3, 1));
    EXPECT_TRUE(validateAdoptionEvent(proposed, {adopted}, QDate()).ok());
    AdoptionEvent withdrawn = makeEvent(AdoptionEventKind::Withdrawn, QDate(2023, 3, 1));
    withdrawn.id = 3;
    const AdoptionEvent implemented = makeEvent(AdoptionEventKind::Implemented, QDate(2023, 3, 1));
    AdoptionEvent proposedStored = proposed;
    proposedStored.id = 1;
    EXPECT_TRUE(validateAdoptionEvent(implemented, {proposedStored, adopted, withdrawn}, QDate()).ok());
    // An invalid start date is no limit.
    EXPECT_TRUE(validateAdoptionEvent(makeEvent(AdoptionEventKind::Proposed, QDate(1990, 1, 1)), {}, QDate()).ok());
}

TEST(AdoptionValidation, FurtherProposalsDoNotUndoAnAdoption)
{
    QList<AdoptionEvent> events{makeEvent(AdoptionEventKind::Proposed, QDate(2020, 1, 1)),
                                makeEvent(AdoptionEventKind::Adopted, QDate(2020, 3, 1)),
                                makeEvent(AdoptionEventKind::Proposed, QDate(2021, 1, 1)),
                                makeEvent(AdoptionEventKind::Rejected, QDate(2021, 3, 1))};
    const AdoptionStatus status = adoptionStatusAt(events, QDate(2021, 6, 1));
    EXPECT_EQ(status.state, AdoptionStatus::State::Adopted);
    EXPECT_EQ(status.since, QDate(2020, 3, 1));
    // Before any adoption the latest decision counts.
    const AdoptionStatus rejected = adoptionStatusAt(events.mid(0, 1) + events.mid(3, 1), QDate(2021, 6, 1));
    EXPECT_EQ(rejected.state, AdoptionStatus::State::Rejected);
    EXPECT_EQ(describeStatus(rejected), QStringLiteral("Rejected 2021-03-01"));
}


// --- duplicates, past decisions without a proposal on record, the proposal an event names, and
// deleting an event through the same checks as recording one.

TEST_F(AdoptionRecord, AnIdenticalEventIsRefusedAsADuplicate)
{
    AdoptionEvent adopted = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72});
    ASSERT_TRUE(recordAdoptionEvent(*store, adopted).ok());
    AdoptionEvent again = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72});
    again.note = QStringLiteral("typed twice");
    expectRefused(again, QStringLiteral("Department 12-005: adopted on 2023-03-15 (48 for, 12 against, 3 blank; 72 "
                                        "households) is already in the record"));
    expectRefused(makeEvent(AdoptionEventKind::Proposed, QDate(2023, 1, 10)),
                  QStringLiteral("Department 12-005: proposed on 2023-01-10 is already in the record"));
    // Saving an event again under its own id is no duplicate; other votes, kinds or dates are none either.
    adopted.note = QStringLiteral("corrected note");
    EXPECT_TRUE(recordAdoptionEvent(*store, adopted).ok());
    AdoptionEvent recount = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {47, 12, 3, 72});
    EXPECT_TRUE(recordAdoptionEvent(*store, recount).ok());
    AdoptionEvent otherDepartment = makeEvent(AdoptionEventKind::Proposed, QDate(2023, 1, 10), {12, 6});
    EXPECT_TRUE(recordAdoptionEvent(*store, otherDepartment).ok());
    EXPECT_EQ(store->adoptionEvents(kDept)->size(), 3);
}

TEST_F(AdoptionRecord, APastDecisionWithoutAProposalIsAcceptedWithAWarning)
{
    // Department 12-006 has no proposal: the decision was made before the program was used.
    AdoptionEvent adopted = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72});
    adopted.department = {12, 6};
    auto recorded = recordAdoptionEvent(*store, adopted);
    ASSERT_TRUE(recorded.ok()) << recorded.errorMessage().toStdString();
    EXPECT_GT(adopted.id, 0);
    EXPECT_EQ(recorded->warnings,
              QStringList{QStringLiteral("Department 12-006: adopted on 2023-03-15 has no proposal on record before it")});
    const auto events = store->adoptionEvents(DepartmentKey{12, 6});
    ASSERT_EQ(events->size(), 1);
    EXPECT_TRUE(adoptionStatusAt(*events, QDate(2023, 4, 1)).isAdopted());
    // With a proposal before it there is nothing to say.
    AdoptionEvent withProposal = meetingEvent(AdoptionEventKind::Meeting, QDate(2023, 2, 1), {20, 20, 4, 40});
    auto plain = recordAdoptionEvent(*store, withProposal);
    ASSERT_TRUE(plain.ok()) << plain.errorMessage().toStdString();
    EXPECT_TRUE(plain->warnings.isEmpty());
}

TEST_F(AdoptionRecord, AnEventThatLeavesALaterOneWithoutAProposalSaysSo)
{
    AdoptionEvent analysis = makeEvent(AdoptionEventKind::Analysis, QDate(2023, 2, 1));
    ASSERT_TRUE(recordAdoptionEvent(*store, analysis).ok());
    AdoptionEvent withdrawn = makeEvent(AdoptionEventKind::Withdrawn, QDate(2023, 1, 20));
    auto recorded = recordAdoptionEvent(*store, withdrawn);
    ASSERT_TRUE(recorded.ok()) << recorded.errorMessage().toStdString();
    EXPECT_EQ(recorded->warnings,
              QStringList{QStringLiteral("Department 12-005: analysis on 2023-02-01 has no proposal on record before it")});
}

TEST_F(AdoptionRecord, AnEventNamesItsProposalAndTheProposalFollowsTheDecision)
{
    auto proposal = createProposal(*store, kDept, QStringLiteral("Blomstereng ved blok 3"), QDate(2023, 1, 10));
    ASSERT_TRUE(proposal.ok()) << proposal.errorMessage().toStdString();
    auto statusOf = [this](qint64 id) { return (*store->proposal(id))->status; };

    AdoptionEvent adopted = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72});
    adopted.proposalId = proposal->id;
    auto recorded = recordAdoptionEvent(*store, adopted);
    ASSERT_TRUE(recorded.ok()) << recorded.errorMessage().toStdString();
    EXPECT_EQ(recorded->proposalStatus, std::optional<ProposalStatus>(ProposalStatus::Adopted));
    EXPECT_EQ(statusOf(proposal->id), ProposalStatus::Adopted);
    EXPECT_EQ(store->adoptionEvents(kDept)->last().proposalId, std::optional<qint64>(proposal->id));

    // The same event corrected to a rejection: the proposal is rejected.
    adopted.kind = AdoptionEventKind::Rejected;
    ASSERT_TRUE(recordAdoptionEvent(*store, adopted).ok());
    EXPECT_EQ(statusOf(proposal->id), ProposalStatus::Rejected);

    // Deleted: the proposal is a draft again.
    auto removed = removeAdoptionEvent(*store, kDept, adopted.id);
    ASSERT_TRUE(removed.ok()) << removed.errorMessage().toStdString();
    EXPECT_EQ(removed->proposalStatus, std::optional<ProposalStatus>(ProposalStatus::Draft));
    EXPECT_EQ(statusOf(proposal->id), ProposalStatus::Draft);

    // A proposal the decision cannot be about is refused.
    AdoptionEvent unknown = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72});
    unknown.proposalId = proposal->id + 100;
    expectRefused(unknown, QStringLiteral("Department 12-005: adopted on 2023-03-15 names proposal %1, which is not "
                                          "in the project")
                               .arg(proposal->id + 100));
    AdoptionEvent otherDepartment = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72});
    otherDepartment.department = {12, 6};
    otherDepartment.proposalId = proposal->id;
    expectRefused(otherDepartment,
                  QStringLiteral("Department 12-006: adopted on 2023-03-15 names proposal %1 (\"Blomstereng ved "
                                 "blok 3\") of department 12-005")
                      .arg(proposal->id));
}

TEST_F(AdoptionRecord, DeletingAnEventIsCheckedLikeRecordingOne)
{
    AdoptionEvent adopted = meetingEvent(AdoptionEventKind::Adopted, QDate(2023, 3, 15), {48, 12, 3, 72});
    ASSERT_TRUE(recordAdoptionEvent(*store, adopted).ok());
    AdoptionEvent implemented = makeEvent(AdoptionEventKind::Implemented, QDate(2023, 9, 1));
    ASSERT_TRUE(recordAdoptionEvent(*store, implemented).ok());

    // Without the adoption the conversion would have no decision before it: refused, nothing deleted.
    const QString before = test::snapshot(path);
    auto refused = removeAdoptionEvent(*store, kDept, adopted.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(),
              QStringLiteral("Department 12-005: implemented on 2023-09-01 needs an adoption before it"));
    EXPECT_FALSE(store->inTransaction());
    EXPECT_EQ(test::snapshot(path), before);

    // Deleting the proposal leaves the adoption without one on record: allowed, and said.
    auto withoutProposal = removeAdoptionEvent(*store, kDept, proposalEventId);
    ASSERT_TRUE(withoutProposal.ok()) << withoutProposal.errorMessage().toStdString();
    EXPECT_EQ(withoutProposal->warnings,
              QStringList{QStringLiteral("Department 12-005: adopted on 2023-03-15 has no proposal on record before it")});

    ASSERT_TRUE(removeAdoptionEvent(*store, kDept, implemented.id).ok());
    ASSERT_TRUE(removeAdoptionEvent(*store, kDept, adopted.id).ok());
    EXPECT_TRUE(store->adoptionEvents(kDept)->isEmpty());
    auto gone = removeAdoptionEvent(*store, kDept, adopted.id);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.errorMessage(), QStringLiteral("Department 12-005 has no adoption event %1.").arg(adopted.id));
}
