#pragma once
// Proposals: a department's planned changes, drafted beside the current map (planned area versions,
// status proposed, written by an EditSession in proposal mode), voted on, and, once adopted,
// carried out: from the conversion date the plan becomes the current state, with history kept.
// A rejected or withdrawn proposal stays in the project for the record.

#include "map/map_totals.h"
#include "analysis/series.h"
#include "model/adoption.h"
#include "util/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace engdrift {

class ProjectStore;

/// A new draft proposal for a department (one transaction).
Result<Proposal> createProposal(ProjectStore &store, const DepartmentKey &department, const QString &name,
                                 const QDate &created);

/// Sets a proposal's status (the meeting's decision), in one transaction.
Result<void> setProposalStatus(ProjectStore &store, qint64 proposalId, ProposalStatus status);

struct ImplementReport
{
    int retagged = 0; ///< existing areas that got their planned care type
    int added = 0;    ///< planned new areas that became areas
    int paths = 0;    ///< planned mown paths that are mown from the conversion date
};

/// Carries out an adopted proposal from `conversionDate`, in one transaction: each planned version
/// of an existing area closes that area's version valid at the date and opens a current version
/// with the planned care type (and note); each planned new area becomes a current area from the
/// date; each planned mown path is mown from the date. The planned versions stay. The proposal
/// becomes Implemented with that conversion date.
Result<ImplementReport> implementProposal(ProjectStore &store, qint64 proposalId, const QDate &conversionDate);

/// The nature-friendly share of the green area per department at a date, today and as its open
/// proposal (the newest draft or adopted one) would make it. With a MapContent, of the map as it is
/// drawn: "today" with the unsaved edits, and the proposal of the proposal view (with its unsaved
/// planned versions) in place of its department's open proposal.
Result<QList<ShareBar>> shareBars(const ProjectStore &store, const QDate &at,
                                  const std::optional<DepartmentKey> &department = std::nullopt,
                                  const MapContent &content = {});

} // namespace engdrift
