#pragma once
// LayoutPage: what one printed page is about (a department, a date, a proposal) and the figures
// its texts, tables and legend show, gathered from a MapSnapshot, so that a page says what its
// maps show (unsaved edits included when the desktop program prints).
//
// Threads: gatherLayoutPage() reads the store it is given, on that store's thread; a LayoutPage is
// a plain value that any thread may hold.

#include "analysis/mowing_export.h"
#include "layout/layout_effect.h"
#include "map/map_snapshot.h"
#include "model/adoption.h"
#include "model/department.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace engdrift {

/// The m² of one care type on the page's maps.
struct LayoutCareRow
{
    QString code;
    QString name;
    double todayM2 = 0;
    double proposalM2 = 0;
    bool natureFriendly = false;
};

/// The nature-friendly share of the green area, always with its numerator and denominator.
struct LayoutShare
{
    double natureM2 = 0;
    double greenM2 = 0;
    double percent() const { return greenM2 > 0 ? 100.0 * natureM2 / greenM2 : 0.0; }
};

/// What a page is asked to show.
struct LayoutRequest
{
    DepartmentKey department;
    QDate at = QDate::currentDate();     ///< the date of the "today" map
    std::optional<qint64> proposalId;    ///< the proposal of the "proposal" map; unset: the newest draft or adopted one
    QDate meetingDate;                   ///< the department meeting the sheet is for (invalid: a blank to fill in)
    QString language = QStringLiteral("da");
    std::shared_ptr<const EditOverlay> edits; ///< unsaved edits to include (the desktop program)
    QDate printed = QDate::currentDate();     ///< the date the page says it was printed
    /// A mowing plan page: the season of its calendar (unset: the page has no mowing plan).
    std::optional<int> mowingSeason;
    /// The mowing plan as the proposal (proposalId, or the page's proposal) would make the map.
    bool mowingOnProposal = false;
    /// Work out the estimated effect (LayoutPage::effect); a template that shows none of it
    /// (LayoutTemplate::usesEffect) spares the two workload queries.
    bool withEffect = true;
};

struct LayoutPage
{
    LayoutRequest request;
    Organisation organisation;
    Department department;
    std::optional<Proposal> proposal;
    QRectF extent;                   ///< what the maps frame: the department's areas today and planned
    QList<LayoutCareRow> careRows;   ///< catalogue order; only care types on one of the maps
    LayoutShare shareToday;
    LayoutShare shareProposal;
    double mownPathTodayM = 0;
    double mownPathProposalM = 0;
    LayoutEffect effect;             ///< the estimated hours, CO2 and cost a year, today and proposed
    /// The department's mowing plan (zones, calendar, workload) when the request asks for one.
    std::shared_ptr<const MowingPlan> mowing;
    QString mowingAssumptions;       ///< the plan's assumptions in words
    QString crs;                     ///< the project CRS, for the footer
    int pageNumber = 1;
    int pageCount = 1;

    /// The value of a {field} of a text (empty when it has none); `ok` says whether the field is known.
    QString field(const QString &name, bool *ok = nullptr) const;
    /// The {mowing.NAME} fields of a mowing plan page (empty when the page has no plan).
    QString mowingField(const QString &name, bool *ok = nullptr) const;
    /// The {nature.NAME} fields: method, units.today, units.proposal, green.today,
    /// green.proposal, largest.detail.
    QString natureField(const QString &name, bool *ok = nullptr) const;
    /// A text with its {fields} filled in; an unknown field stays as it is written.
    QString fill(const QString &text) const;
};

/// Gathers a page: the department, its organisation, the proposal and the figures of the maps.
Result<LayoutPage> gatherLayoutPage(const ProjectStore &store, const LayoutRequest &request);

/// A number of m² (or metres) in the language's way: "9.120" in Danish, "9,120" in English.
QString formatLayoutNumber(double value, const QString &language, int decimals = 0);

} // namespace engdrift
