#include "layout/layout_page.h"

#include "layout/layout_tables.h"

#include "util/dates.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace engdrift {
namespace {

struct PageTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

QLocale localeOf(const QString &language)
{
    QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::Danish,
                   language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Denmark);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

QString percentText(const LayoutShare &share, const QString &language)
{
    if (share.greenM2 <= 0)
        return PageTr::tr("no green area");
    return QStringLiteral("%1 %").arg(localeOf(language).toString(share.percent(), 'f', 0));
}

QString shareDetail(const LayoutShare &share, const QString &language)
{
    return PageTr::tr("%1 of %2 m² green area")
        .arg(formatLayoutNumber(share.natureM2, language), formatLayoutNumber(share.greenM2, language));
}

/// The proposal a page shows: the asked one (of this department), else the newest draft or
/// adopted one.
Result<std::optional<Proposal>> pageProposal(const ProjectStore &store, const LayoutRequest &request)
{
    if (request.proposalId) {
        auto found = store.proposal(*request.proposalId);
        if (!found.ok())
            return found.error();
        if (!found->has_value() || (*found)->department != request.department)
            return makeError(PageTr::tr("%1: department %2 has no proposal %3.")
                                 .arg(store.path(), request.department.toString())
                                 .arg(*request.proposalId));
        return found;
    }
    auto all = store.proposals(request.department);
    if (!all.ok())
        return all.error();
    std::optional<Proposal> newest;
    for (const Proposal &p : *all) {
        if ((p.status == ProposalStatus::Draft || p.status == ProposalStatus::Adopted) && (!newest || p.created >= newest->created))
            newest = p;
    }
    return newest;
}

} // namespace

QString formatLayoutNumber(double value, const QString &language, int decimals)
{
    const double rounded = decimals == 0 ? std::round(value) : value;
    return localeOf(language).toString(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

Result<LayoutPage> gatherLayoutPage(const ProjectStore &store, const LayoutRequest &request)
{
    LayoutPage page;
    page.request = request;
    page.crs = store.crs().displayName();
    auto department = store.department(request.department);
    if (!department.ok())
        return department.error();
    if (!department->has_value())
        return makeError(PageTr::tr("%1: there is no department %2.").arg(store.path(), request.department.toString()));
    page.department = **department;
    page.organisation.orgNo = request.department.orgNo;
    if (auto organisations = store.organisations(); organisations.ok()) {
        for (const Organisation &o : *organisations) {
            if (o.orgNo == request.department.orgNo)
                page.organisation = o;
        }
    }
    auto proposal = pageProposal(store, request);
    if (!proposal.ok())
        return proposal.error();
    page.proposal = *proposal;

    const Catalogue &catalogue = store.catalogue();
    const MapSnapshot today(store, MapContent{request.edits, std::nullopt}, request.at);
    const MapSnapshot planned(store, MapContent{request.edits, page.proposal ? std::optional<qint64>(page.proposal->id) : std::nullopt},
                              request.at);
    QHash<QString, LayoutCareRow> rows;
    auto add = [&](const MapSnapshot &snapshot, bool proposed, LayoutShare &share) -> Result<void> {
        auto totals = snapshot.areaTotals(AreaGrouping::CareType, request.department);
        if (!totals.ok())
            return totals.error();
        for (const AreaTotal &t : *totals) {
            LayoutCareRow &row = rows[t.careType];
            row.code = t.careType;
            (proposed ? row.proposalM2 : row.todayM2) += t.areaM2;
            const CareType *ct = catalogue.find(t.careType);
            if (ct && ct->green) {
                share.greenM2 += t.areaM2;
                if (ct->natureFriendly)
                    share.natureM2 += t.areaM2;
            }
        }
        auto shapes = snapshot.forEachArea(MapFilter{std::nullopt, request.department},
                                           [&page](const AreaVersion &, const Geometry &g, bool) {
                                               page.extent |= g.envelope();
                                               return true;
                                           });
        if (!shapes.ok())
            return shapes;
        auto paths = snapshot.pathLengths(request.department);
        if (!paths.ok())
            return paths.error();
        (proposed ? page.mownPathProposalM : page.mownPathTodayM) = paths->mownPathM + paths->safetyEdgeM;
        return {};
    };
    if (auto added = add(today, false, page.shareToday); !added.ok())
        return added.error();
    if (page.proposal) {
        if (auto added = add(planned, true, page.shareProposal); !added.ok())
            return added.error();
    } else {
        page.shareProposal = page.shareToday;
        page.mownPathProposalM = page.mownPathTodayM;
        for (LayoutCareRow &row : rows)
            row.proposalM2 = row.todayM2;
    }
    // In the catalogue's order, which groups lawns, meadows, shrubs and surfaces.
    for (const CareType &ct : catalogue.careTypes()) {
        const auto found = rows.constFind(ct.code);
        if (found == rows.cend())
            continue;
        LayoutCareRow row = *found;
        row.name = ct.name.text(request.language);
        row.natureFriendly = ct.natureFriendly;
        page.careRows << row;
        rows.remove(ct.code);
    }
    for (const LayoutCareRow &rest : std::as_const(rows)) {
        LayoutCareRow row = rest;
        row.name = row.code; // a care type the catalogue does not know: its code is all there is
        page.careRows << row;
    }
    if (page.extent.isNull())
        page.extent = page.department.extent;
    if (request.withEffect) {
        auto effect = gatherLayoutEffect(store, request.department, request.at, request.edits,
                                         page.proposal ? std::optional<qint64>(page.proposal->id) : std::nullopt,
                                         request.language);
        if (!effect.ok())
            return effect.error();
        page.effect = std::move(effect).value();
    }
    if (request.mowingSeason) {
        MapContent content{request.edits, std::nullopt};
        if (request.mowingOnProposal) {
            if (!page.proposal)
                return makeError(PageTr::tr("Department %1 has no proposal to plan the mowing of.").arg(request.department.toString()));
            content.proposalId = page.proposal->id;
        }
        auto plan = gatherMowingPlan(store, request.department, request.at, *request.mowingSeason, content);
        if (!plan.ok())
            return plan.error();
        auto assumptions = readMowingAssumptions(store);
        if (!assumptions.ok())
            return assumptions.error();
        QSet<QString> codes;
        for (const MowingZone &zone : plan->zones.zones)
            codes.insert(zone.careType);
        page.mowingAssumptions = describeWorkloadAssumptions(store.catalogue(), *assumptions, codes, request.language);
        page.mowing = std::make_shared<const MowingPlan>(std::move(plan).value());
    }
    return page;
}

QString LayoutPage::natureField(const QString &name, bool *ok) const
{
    const QString &language = request.language;
    const NatureFigures &today = effect.natureToday;
    const NatureFigures &planned = effect.natureProposal;
    if (name == QLatin1String("method"))
        return effect.natureMethod;
    if (name == QLatin1String("units.today"))
        return natureUnitsText(today.units, language);
    if (name == QLatin1String("units.proposal"))
        return natureUnitsText(planned.units, language);
    if (name == QLatin1String("green.today"))
        return greenFactorText(today.green, language);
    if (name == QLatin1String("green.proposal"))
        return greenFactorText(planned.green, language);
    if (name == QLatin1String("largest.detail"))
        return PageTr::tr("Largest network: %1 of %2 nature-friendly m² today, %3 of %4 m² with the proposal.")
            .arg(formatLayoutNumber(today.connectivity.largestM2, language),
                 formatLayoutNumber(today.connectivity.natureFriendlyM2, language),
                 formatLayoutNumber(planned.connectivity.largestM2, language),
                 formatLayoutNumber(planned.connectivity.natureFriendlyM2, language));
    if (ok)
        *ok = false;
    return {};
}

QString LayoutPage::field(const QString &name, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString &language = request.language;
    const DepartmentKey &key = department.key;
    if (name == QLatin1String("organisation.name"))
        return organisation.name.isEmpty() ? PageTr::tr("Organisation %1").arg(key.orgNo) : organisation.name;
    if (name == QLatin1String("organisation.number"))
        return QString::number(key.orgNo);
    if (name == QLatin1String("department.number"))
        return key.deptText();
    if (name == QLatin1String("department.key"))
        return key.toString();
    if (name == QLatin1String("department.name"))
        return department.name;
    if (name == QLatin1String("department.label"))
        return department.name.isEmpty() ? PageTr::tr("Department %1").arg(key.deptText())
                                         : PageTr::tr("Department %1 %2").arg(key.deptText(), department.name);
    if (name == QLatin1String("department.address"))
        return department.address;
    if (name == QLatin1String("department.homes"))
        return department.homes > 0 ? QString::number(department.homes) : QString();
    if (name == QLatin1String("proposal.name"))
        return proposal ? proposal->name : PageTr::tr("(no proposal)");
    if (name == QLatin1String("proposal.status"))
        return proposal ? proposalStatusName(proposal->status) : QString();
    if (name == QLatin1String("meeting.date"))
        return request.meetingDate.isValid() ? isoDate(request.meetingDate) : QStringLiteral("____________");
    if (name == QLatin1String("date"))
        return isoDate(request.at);
    if (name == QLatin1String("printed"))
        return isoDate(request.printed);
    if (name == QLatin1String("crs"))
        return crs;
    if (name == QLatin1String("version"))
        return QCoreApplication::applicationVersion();
    if (name == QLatin1String("share.today"))
        return percentText(shareToday, language);
    if (name == QLatin1String("share.proposal"))
        return percentText(shareProposal, language);
    if (name == QLatin1String("share.today.detail"))
        return shareDetail(shareToday, language);
    if (name == QLatin1String("share.proposal.detail"))
        return shareDetail(shareProposal, language);
    if (name == QLatin1String("paths.today"))
        return formatLayoutNumber(mownPathTodayM, language);
    if (name == QLatin1String("paths.proposal"))
        return formatLayoutNumber(mownPathProposalM, language);
    if (name == QLatin1String("effect.hours.today"))
        return formatLayoutNumber(effect.today.hours, language);
    if (name == QLatin1String("effect.hours.proposal"))
        return formatLayoutNumber(effect.proposal.hours, language);
    if (name == QLatin1String("effect.co2.today"))
        return formatLayoutNumber(effect.today.co2Kg, language);
    if (name == QLatin1String("effect.co2.proposal"))
        return formatLayoutNumber(effect.proposal.co2Kg, language);
    if (name == QLatin1String("effect.cost.today"))
        return formatLayoutNumber(effect.today.costDkk, language);
    if (name == QLatin1String("effect.cost.proposal"))
        return formatLayoutNumber(effect.proposal.costDkk, language);
    if (name == QLatin1String("effect.assumptions"))
        return effect.assumptions;
    if (name.startsWith(QLatin1String("nature.")))
        return natureField(name.mid(7), ok);
    if (name.startsWith(QLatin1String("mowing.")))
        return mowingField(name.mid(7), ok);
    if (name == QLatin1String("page"))
        return QString::number(pageNumber);
    if (name == QLatin1String("pages"))
        return QString::number(pageCount);
    if (ok)
        *ok = false;
    return {};
}

QString LayoutPage::mowingField(const QString &name, bool *ok) const
{
    if (ok)
        *ok = true;
    if (!mowing)
        return {};
    const QString &language = request.language;
    if (name == QLatin1String("season"))
        return QString::number(mowing->season);
    if (name == QLatin1String("zones"))
        return QString::number(mowing->zones.zones.size());
    if (name == QLatin1String("mown"))
        return formatLayoutNumber(mowing->zones.mownM2(), language);
    if (name == QLatin1String("hours"))
        return formatLayoutNumber(mowing->total.hours, language);
    if (name == QLatin1String("fuel"))
        return formatLayoutNumber(mowing->total.fuelLitres, language);
    if (name == QLatin1String("co2"))
        return formatLayoutNumber(mowing->total.co2Kg, language);
    if (name == QLatin1String("cost"))
        return formatLayoutNumber(mowing->total.costDkk, language);
    if (name == QLatin1String("assumptions"))
        return mowingAssumptions;
    if (name == QLatin1String("map"))
        return mowing->zones.proposalId && proposal ? PageTr::tr("as the proposal \"%1\" would make it").arg(proposal->name)
                                                    : PageTr::tr("the map of %1").arg(isoDate(mowing->at));
    if (name == QLatin1String("warnings")) {
        QStringList lines;
        for (const CalendarWarning &w : mowing->calendar.warnings)
            lines << w.message;
        return lines.isEmpty() ? PageTr::tr("No warnings: every cut is in its regime's months and within the crew's hours.")
                               : lines.join(QStringLiteral(" · "));
    }
    if (ok)
        *ok = false;
    return {};
}

QString LayoutPage::fill(const QString &text) const
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{')) {
            const qsizetype end = text.indexOf(QLatin1Char('}'), i + 1);
            if (end > i) {
                bool known = false;
                const QString value = field(text.mid(i + 1, end - i - 1).trimmed(), &known);
                if (known) {
                    out += value;
                    i = end + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace engdrift
