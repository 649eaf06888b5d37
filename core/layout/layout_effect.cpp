#include "layout/layout_effect.h"

#include "analysis/mowing_assumptions.h"
#include "layout/layout_page.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace engdrift {
namespace {

struct EffectTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

/// A figure with as few decimals as it needs (up to two): "2", "2,5", "0,33".
QString figureText(double value, const QString &language)
{
    int decimals = 0;
    if (std::abs(value - std::round(value)) > 1e-9)
        decimals = std::abs(value * 10 - std::round(value * 10)) > 1e-9 ? 2 : 1;
    return formatLayoutNumber(decimals == 0 ? std::round(value) : value, language, decimals);
}

Result<DepartmentWorkload> departmentWorkload(const ProjectStore &store, const DepartmentKey &department, const QDate &at,
                                              const std::shared_ptr<const EditOverlay> &edits,
                                              const std::optional<qint64> &proposalId, MowingAssumptions *assumptions)
{
    WorkloadRequest request;
    request.at = at;
    request.department = department;
    request.content = MapContent{edits, proposalId};
    request.threads = 1;
    auto report = gatherWorkload(store, request);
    if (!report.ok())
        return report.error();
    if (assumptions)
        *assumptions = report->assumptions;
    for (const DepartmentWorkload &d : report->departments) {
        if (d.department == department)
            return d;
    }
    DepartmentWorkload none; // a department without areas at that date
    none.department = department;
    return none;
}

/// The rates of one care type (or path kind) that is cut, as the workload counts it.
QString regimeText(const CareType &type, const MowingAssumptions &assumptions, const QString &language)
{
    const QString name = type.name.text(language);
    const int n = type.mowing->cutsPerYear;
    const QString cuts = n == 1 ? EffectTr::tr("1 cut a year") : EffectTr::tr("%1 cuts a year").arg(n);
    const CareFigures f = assumptions.figures(type);
    switch (mowingMethod(*type.mowing)) {
    case MowingMethod::Machine:
        if (f.trimFactor <= 0)
            return EffectTr::tr("%1 %2, %3 h and %4 l fuel per ha a cut")
                .arg(name, cuts, figureText(f.hoursPerHaPerCut, language), figureText(f.fuelLitresPerHaPerCut, language));
        return EffectTr::tr("%1 %2, %3 h and %4 l fuel per ha a cut + %5 % trimming")
            .arg(name, cuts, figureText(f.hoursPerHaPerCut, language), figureText(f.fuelLitresPerHaPerCut, language),
                 figureText(std::round(100 * f.trimFactor), language));
    case MowingMethod::CutAndCollect:
        return EffectTr::tr("%1 %2, cut and collected at %3 m² an hour, %4 l fuel per ha a cut")
            .arg(name, cuts, figureText(assumptions.cutAndCollectM2PerHour, language),
                 figureText(f.fuelLitresPerHaPerCut, language));
    case MowingMethod::Scythe:
        return EffectTr::tr("%1 %2 by scythe at %3 m² an hour").arg(name, cuts, figureText(assumptions.scytheM2PerHour, language));
    case MowingMethod::None:
        break;
    }
    return {};
}

/// The nature figures of `department` on the map at `at` with the unsaved `edits` (as `proposalId`
/// would leave it).
Result<NatureFigures> departmentNature(const ProjectStore &store, const DepartmentKey &department, const QDate &at,
                                       const std::shared_ptr<const EditOverlay> &edits,
                                       const std::optional<qint64> &proposalId, double linkDistanceM)
{
    NatureQuery query;
    query.at = at;
    query.proposalId = proposalId;
    query.overlay = edits;
    query.department = department;
    query.linkDistanceM = linkDistanceM;
    auto result = natureFigures(store, query);
    if (!result.ok())
        return makeError(EffectTr::tr("The nature value of department %1: %2").arg(department.toString(), result.errorMessage()));
    for (const NatureFigures &figures : std::as_const(result->departments)) {
        if (figures.department == department)
            return figures;
    }
    NatureFigures none; // a department without areas at that date
    none.department = department;
    return none;
}

} // namespace

QString describeNatureMethod(double linkDistanceM, const QString &language)
{
    return EffectTr::tr("Nature value: units = ha × distinctiveness × condition × strategic significance (the UK "
                        "biodiversity metric); green factor = Σ m² × biofaktor / Σ m² of all the grounds; nature-friendly "
                        "patches at most D = %1 m apart form a network; share = nature-friendly m² in the largest network / "
                        "all nature-friendly m².")
        .arg(figureText(linkDistanceM, language));
}

QString describeWorkloadAssumptions(const Catalogue &catalogue, const MowingAssumptions &assumptions,
                                    const QSet<QString> &codes, const QString &language)
{
    QStringList parts;
    bool otherCare = false;
    QList<const CareType *> types;
    for (const CareType &type : catalogue.careTypes())
        types << &type;
    for (const CareType &type : catalogue.pathCareTypes())
        types << &type;
    for (const CareType *type : std::as_const(types)) {
        if (!codes.contains(type->code))
            continue;
        if (type->mowing && type->mowing->cutsPerYear > 0 && mowingMethod(*type->mowing) != MowingMethod::None)
            parts << regimeText(*type, assumptions, language);
        else if (assumptions.figures(*type).hoursPerHaPerYear > 0)
            otherCare = true;
    }
    if (otherCare)
        parts << EffectTr::tr("other care (hedges, shrubs, beds) at the catalogue's hours per ha a year");
    QString money = EffectTr::tr("DKK %1 an hour").arg(figureText(assumptions.dkkPerHour, language));
    if (assumptions.dkkPerM2 > 0)
        money = EffectTr::tr("%1 and DKK %2 per m² mown a year").arg(money, figureText(assumptions.dkkPerM2, language));
    parts << EffectTr::tr("%1 kg CO₂ per litre of fuel").arg(figureText(assumptions.kgCo2PerLitre, language)) << money;
    return EffectTr::tr("Estimates, not measurements. Assumed: %1.").arg(parts.join(QStringLiteral("; ")));
}

Result<LayoutEffect> gatherLayoutEffect(const ProjectStore &store, const DepartmentKey &department, const QDate &at,
                                        const std::shared_ptr<const EditOverlay> &edits,
                                        const std::optional<qint64> &proposalId, const QString &language)
{
    MowingAssumptions assumptions;
    auto today = departmentWorkload(store, department, at, edits, std::nullopt, &assumptions);
    if (!today.ok())
        return today.error();
    LayoutEffect effect;
    effect.today = today->figures;
    effect.proposal = today->figures;
    QSet<QString> codes;
    auto collect = [&codes](const QMap<QString, double> &careM2) {
        for (auto it = careM2.cbegin(); it != careM2.cend(); ++it) {
            if (it.value() > 0)
                codes.insert(it.key());
        }
    };
    collect(today->careM2);
    if (proposalId) {
        auto planned = departmentWorkload(store, department, at, edits, proposalId, nullptr);
        if (!planned.ok())
            return planned.error();
        effect.proposal = planned->figures;
        collect(planned->careM2);
    }
    effect.assumptions = describeWorkloadAssumptions(store.catalogue(), assumptions, codes, language);
    auto natureToday = departmentNature(store, department, at, edits, std::nullopt, effect.linkDistanceM);
    if (!natureToday.ok())
        return natureToday.error();
    effect.natureToday = *natureToday;
    effect.natureProposal = *natureToday;
    if (proposalId) {
        auto natureProposal = departmentNature(store, department, at, edits, proposalId, effect.linkDistanceM);
        if (!natureProposal.ok())
            return natureProposal.error();
        effect.natureProposal = *natureProposal;
    }
    effect.natureMethod = describeNatureMethod(effect.linkDistanceM, language);
    return effect;
}

} // namespace engdrift
