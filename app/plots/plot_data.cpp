#include "plot_data.h"

#include "edit/proposals.h"

#include "analysis/adoption.h"
#include "analysis/nature.h"
#include "analysis/statistics.h"
#include "analysis/timeline.h"
#include "catalogue/catalogue.h"
#include "render/map_style.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace engdrift::plots {
namespace {

struct PlotDataText
{
    Q_DECLARE_TR_FUNCTIONS(PlotData)
};

/// "All departments" or "Department 123-001 Stationsparken".
Result<QString> coverage(const ProjectStore &store, const std::optional<DepartmentKey> &department)
{
    if (!department)
        return PlotDataText::tr("All departments");
    auto found = store.department(*department);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(PlotDataText::tr("%1: there is no department %2.").arg(store.path(), department->toString()));
    const QString name = (**found).name;
    return name.isEmpty() ? PlotDataText::tr("Department %1").arg(department->toString())
                          : PlotDataText::tr("Department %1 %2").arg(department->toString(), name);
}

QString period(const QList<QDate> &dates)
{
    if (dates.isEmpty())
        return {};
    if (dates.size() == 1)
        return isoDate(dates.first());
    return PlotDataText::tr("%1 to %2").arg(isoDate(dates.first()), isoDate(dates.last()));
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    return a + QStringLiteral(" · ") + b;
}

/// A stacked chart's care type names and colours and its subtitle (what it covers, when).
Result<void> describeStack(const ProjectStore &store, const PlotQuery &query, const QStringList &careTypes,
                           const QList<QDate> &dates, PlotData &data)
{
    auto covers = coverage(store, query.department);
    if (!covers.ok())
        return covers.error();
    if (!query.areaIds.isEmpty())
        *covers = joined(*covers, PlotDataText::tr("%n selected area(s)", nullptr, static_cast<int>(query.areaIds.size())));
    data.careTypeLooks = careTypeLooks(store.catalogue(), careTypes, query.language);
    data.subtitle = joined(*covers, period(dates));
    return {};
}

Result<PlotData> gatherCareArea(const ProjectStore &store, const PlotQuery &query)
{
    TimelineQuery timeline;
    timeline.dates = query.dates;
    timeline.department = query.department;
    timeline.areaIds = query.areaIds;
    timeline.overlay = query.content.overlay;
    auto series = careAreaTimeline(store, timeline);
    if (!series.ok())
        return series.error();
    PlotData data;
    data.careArea = std::move(series).value();
    data.denominatorNote = PlotDataText::tr("The areas valid at each date, by care type; planar m² in the project's "
                                            "coordinate system.");
    if (auto described = describeStack(store, query, data.careArea.careTypes, data.careArea.dates, data); !described.ok())
        return described.error();
    return data;
}

Result<PlotData> gatherCareUnits(const ProjectStore &store, const PlotQuery &query)
{
    // The units of what the map shows, unsaved edits included, as the areas chart beside it counts.
    auto series = careUnitsTimeline(store, query.dates, query.department, std::nullopt, query.content.overlay);
    if (!series.ok())
        return series.error();
    PlotData data;
    data.careUnits = std::move(series).value();
    data.denominatorNote = PlotDataText::tr("Biodiversity units of the areas valid at each date, by care type: "
                                            "area (ha) × distinctiveness × condition × strategic significance.");
    PlotQuery whole = query;
    whole.areaIds.clear(); // the units count every area of the department (or of all)
    if (auto described = describeStack(store, whole, data.careUnits.careTypes, data.careUnits.dates, data); !described.ok())
        return described.error();
    return data;
}

Result<PlotData> gatherAdoption(const ProjectStore &store, const PlotQuery &query)
{
    auto series = adoptionSeries(store, query.dates);
    if (!series.ok())
        return series.error();
    PlotData data;
    data.adoption = std::move(series).value();
    data.subtitle = joined(PlotDataText::tr("All departments"), period(data.adoption.dates));
    data.denominatorNote = PlotDataText::tr("Adopted: adopted or implemented and not withdrawn. Out of the "
                                            "departments that had areas at each date.");
    return data;
}

Result<PlotData> gatherShare(const ProjectStore &store, const PlotQuery &query)
{
    const QDate at = query.at.isValid() ? query.at : QDate::currentDate();
    // Today and as each department's open proposal plans it (edit/proposals.h).
    auto shares = shareBars(store, at, query.department, query.content);
    if (!shares.ok())
        return shares.error();
    auto departments = store.departments();
    if (!departments.ok())
        return departments.error();
    auto covers = coverage(store, query.department);
    if (!covers.ok())
        return covers.error();

    QSet<int> organisations;
    for (const Department &d : *departments)
        organisations.insert(d.key.orgNo);
    PlotData data;
    for (ShareBar bar : std::as_const(*shares)) {
        if (bar.greenToday <= 0 && bar.greenProposal <= 0)
            continue; // no green area: no share to show
        // Several organisations: the organisation number tells the departments apart.
        if (organisations.size() > 1 && !bar.label.startsWith(bar.department.toString()))
            bar.label = bar.department.toString() + bar.label.mid(bar.department.deptText().size());
        data.shares.append(bar);
    }
    data.subtitle = joined(*covers, isoDate(at));
    const bool anyProposal = std::any_of(data.shares.cbegin(), data.shares.cend(),
                                         [](const ShareBar &b) { return b.hasProposal; });
    data.denominatorNote = PlotDataText::tr("Nature-friendly area out of the green area (the care types the catalogue "
                                            "counts as green).");
    if (!anyProposal)
        data.denominatorNote += QLatin1Char(' ') + PlotDataText::tr("No department has a proposal yet.");
    return data;
}

} // namespace

TimeStep automaticStep(const QDate &from, const QDate &to)
{
    const qint64 days = from.isValid() && to.isValid() ? from.daysTo(to) : 0;
    if (days <= 10 * 366)
        return TimeStep::Month;
    if (days <= 30 * 366)
        return TimeStep::Quarter;
    return TimeStep::Year;
}

Result<QList<QDate>> plotDates(const ProjectStore &store, const std::optional<DepartmentKey> &department, QDate from,
                               const QDate &to, std::optional<TimeStep> step)
{
    if (!to.isValid())
        return makeError(PlotDataText::tr("The end date of the chart is not a date."));
    if (!from.isValid()) {
        QList<DepartmentKey> keys;
        if (department) {
            keys << *department;
        } else {
            auto departments = store.departments();
            if (!departments.ok())
                return departments.error();
            for (const Department &d : *departments)
                keys << d.key;
        }
        for (const DepartmentKey &key : std::as_const(keys)) {
            auto start = store.departmentStart(key);
            if (!start.ok())
                return start.error();
            if (start->isValid() && (!from.isValid() || *start < from))
                from = *start;
        }
        if (!from.isValid() || from > to)
            from = to.addYears(-1); // no areas yet: a year up to the end date
    }
    if (from > to)
        return makeError(PlotDataText::tr("The chart starts (%1) after it ends (%2).").arg(isoDate(from), isoDate(to)));
    QList<QDate> dates = stepDates(from, to, step.value_or(automaticStep(from, to)));
    if (dates.isEmpty() || dates.last() != to)
        dates.append(to);
    return dates;
}

QList<CareTypeLook> careTypeLooks(const Catalogue &catalogue, const QStringList &codes, const QString &language)
{
    QList<CareTypeLook> looks;
    looks.reserve(codes.size());
    const MapStyle style(catalogue); // a care type's series is its fill on the map
    for (const QString &code : codes) {
        const CareType *care = catalogue.find(code);
        CareTypeLook look;
        look.name = care && !care->name.text(language).isEmpty() ? care->name.text(language) : code;
        look.colour = care ? style.careStyle(code).fill : QColor();
        looks.append(look);
    }
    return looks;
}

Result<PlotData> gatherPlotData(const ProjectStore &store, PlotKind kind, const PlotQuery &query)
{
    switch (kind) {
    case PlotKind::CareArea:
        return gatherCareArea(store, query);
    case PlotKind::CareUnits:
        return gatherCareUnits(store, query);
    case PlotKind::Adoption:
        return gatherAdoption(store, query);
    case PlotKind::Share:
        return gatherShare(store, query);
    }
    return makeError(QStringLiteral("unknown chart"));
}

} // namespace engdrift::plots
