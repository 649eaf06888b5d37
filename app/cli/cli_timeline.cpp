// engdrift-cli timeline: the area of each care type at step dates (month, quarter or year), with
// the total and the nature-friendly share of the green area at each date.

#include "cli_commands.h"

#include "analysis/series.h"
#include "analysis/timeline.h"
#include "cli_common.h"
#include "cli_output.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace engdrift::cli {
namespace {

struct CliTimelineText
{
    Q_DECLARE_TR_FUNCTIONS(CliTimeline)
};

std::optional<TimeStep> parseStep(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("month"))
        return TimeStep::Month;
    if (t == QLatin1String("quarter"))
        return TimeStep::Quarter;
    if (t == QLatin1String("year"))
        return TimeStep::Year;
    return std::nullopt;
}

/// The sums at one date: all areas, the green ones, the nature-friendly green ones.
struct DateTotals
{
    double total = 0;
    double green = 0;
    double natureFriendly = 0;
    std::optional<double> share() const
    {
        return green > 0 ? std::optional<double>(natureFriendly / green) : std::nullopt;
    }
};

QList<DateTotals> totalsOf(const CareAreaSeries &series, const Catalogue &catalogue)
{
    QList<DateTotals> totals(series.dates.size());
    for (qsizetype c = 0; c < series.careTypes.size(); ++c) {
        const CareType *ct = catalogue.find(series.careTypes.at(c));
        const bool green = ct && ct->green;
        const bool natureFriendly = green && ct->natureFriendly;
        const QList<double> &perDate = series.areaM2.at(c);
        for (qsizetype i = 0; i < totals.size() && i < perDate.size(); ++i) {
            totals[i].total += perDate.at(i);
            if (green)
                totals[i].green += perDate.at(i);
            if (natureFriendly)
                totals[i].natureFriendly += perDate.at(i);
        }
    }
    return totals;
}

} // namespace

int runTimeline(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli timeline PROJECT --from YYYY-MM-DD --to YYYY-MM-DD "
                               "--step month|quarter|year [--org N --dept NNN] [--area IDS] [--json|--csv]"),
                1);
    cmd.option(QStringLiteral("from"), CliTimelineText::tr("The first date of the timeline."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("to"), CliTimelineText::tr("The last date of the timeline (included when it falls on a step)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("step"),
               CliTimelineText::tr("The step between dates: month, quarter or year (the first day of each)."),
               QStringLiteral("STEP"));
    cmd.option(QStringLiteral("org"),
               CliTimelineText::tr("Only the department with this organisation number (use with --dept)."),
               QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliTimelineText::tr("Department number (use with --org)."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("area"), CliTimelineText::tr("Only these areas (IDs separated by commas), e.g. a selection."),
               QStringLiteral("IDS"));
    cmd.option(QStringLiteral("json"), CliTimelineText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliTimelineText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto from = cmd.date(QStringLiteral("from"), code, true);
    const auto to = code < 0 ? cmd.date(QStringLiteral("to"), code, true) : std::nullopt;
    const auto dept = code < 0 ? cmd.department(code) : std::nullopt;
    const QList<qint64> areaIds = code < 0 ? cmd.areaIds(code) : QList<qint64>();
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    if (code >= 0)
        return code;
    if (*from > *to)
        return usageFail(CliTimelineText::tr("--from (%1) must not be after --to (%2)").arg(isoDate(*from), isoDate(*to)),
                         cmd.synopsis());
    if (!cmd.isSet(QStringLiteral("step")))
        return usageFail(CliTimelineText::tr("--step month|quarter|year is required"), cmd.synopsis());
    const QString stepText = cmd.value(QStringLiteral("step")).trimmed().toLower();
    const auto step = parseStep(stepText);
    if (!step)
        return usageFail(CliTimelineText::tr("--step must be month, quarter or year (got \"%1\")")
                             .arg(cmd.value(QStringLiteral("step"))),
                         cmd.synopsis());

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    if (dept) {
        auto department = (*store)->department(*dept);
        if (!department.ok())
            return fail(department.error());
        if (!department->has_value())
            return fail(CliTimelineText::tr("%1: there is no department %2.").arg((*store)->path(), dept->toString()));
    }
    TimelineQuery query;
    query.dates = stepDates(*from, *to, *step);
    query.department = dept;
    query.areaIds = areaIds;
    auto series = careAreaTimeline(**store, query);
    if (!series.ok())
        return fail(series.error());
    const QList<DateTotals> totals = totalsOf(*series, (*store)->catalogue());
    // The area of each care type at each date: the rows of every format.
    const Column dateColumn = Column::plain(QStringLiteral("date"), CliTimelineText::tr("Date"));
    const QList<Column> careColumns = QList<Column>{dateColumn} + columns::careType() + QList<Column>{columns::areaM2()};
    auto careRow = [&](qsizetype date, qsizetype care) {
        const QString &careType = series->careTypes.at(care);
        return QVariantList{isoDate(series->dates.at(date)), careTypeName((*store)->catalogue(), careType), careType,
                            series->areaM2.at(care).at(date)};
    };
    auto writeCareRows = [&](RowWriter &writer) {
        for (qsizetype i = 0; i < series->dates.size(); ++i) {
            for (qsizetype c = 0; c < series->careTypes.size(); ++c)
                writer.addRow(careRow(i, c));
        }
    };

    if (format == Format::Json) {
        QJsonObject header;
        header.insert(QStringLiteral("from"), isoDate(*from));
        header.insert(QStringLiteral("to"), isoDate(*to));
        header.insert(QStringLiteral("step"), stepText);
        header.insert(QStringLiteral("department"),
                      dept ? QJsonValue(QJsonObject{{QStringLiteral("org_no"), dept->orgNo},
                                                    {QStringLiteral("dept_no"), dept->deptText()}})
                           : QJsonValue(QJsonValue::Null));
        QJsonArray dates;
        for (const QDate &d : series->dates)
            dates << isoDate(d);
        header.insert(QStringLiteral("dates"), dates);
        RowWriter writer(out(), format, careColumns, header);
        writeCareRows(writer);
        QJsonArray totalRows;
        for (qsizetype i = 0; i < series->dates.size(); ++i) {
            const DateTotals &t = totals.at(i);
            const auto share = t.share();
            totalRows << QJsonObject{{QStringLiteral("date"), isoDate(series->dates.at(i))},
                                     {QStringLiteral("total_area_m2"), roundForJson(t.total)},
                                     {QStringLiteral("green_area_m2"), roundForJson(t.green)},
                                     {QStringLiteral("nature_friendly_area_m2"), roundForJson(t.natureFriendly)},
                                     {QStringLiteral("nature_friendly_share"),
                                      share ? QJsonValue(roundForJson(*share, 4)) : QJsonValue(QJsonValue::Null)}};
        }
        writer.finish(QJsonObject{{QStringLiteral("totals"), totalRows}});
        return Success;
    }

    if (format == Format::Csv) {
        // One table: each row carries its date's totals, so the file stays plain CSV.
        RowWriter writer(out(), format,
                         careColumns + QList<Column>{Column::data(QStringLiteral("total_area_m2")),
                                                     Column::data(QStringLiteral("green_area_m2")),
                                                     Column::data(QStringLiteral("nature_friendly_area_m2")),
                                                     Column::data(QStringLiteral("nature_friendly_share"))});
        for (qsizetype i = 0; i < series->dates.size(); ++i) {
            const DateTotals &t = totals.at(i);
            const auto share = t.share();
            const QString shareText = share ? QString::number(*share, 'f', 4) : QString();
            for (qsizetype c = 0; c < series->careTypes.size(); ++c)
                writer.addRow(careRow(i, c) + QVariantList{t.total, t.green, t.natureFriendly, shareText});
        }
        writer.finish();
        return Success;
    }

    // Text: the areas by date and care type, then the totals of each date.
    {
        RowWriter writer(out(), format, careColumns);
        writeCareRows(writer);
        writer.finish();
    }
    out() << '\n';
    {
        RowWriter writer(out(), format,
                         {dateColumn, Column::plain(QStringLiteral("total_area_m2"), CliTimelineText::tr("Total m²")),
                          Column::plain(QStringLiteral("green_area_m2"), CliTimelineText::tr("Green m²")),
                          Column::plain(QStringLiteral("nature_friendly_area_m2"), CliTimelineText::tr("Nature-friendly m²")),
                          Column::plain(QStringLiteral("nature_friendly_%"), CliTimelineText::tr("Nature-friendly %"))});
        for (qsizetype i = 0; i < series->dates.size(); ++i) {
            const DateTotals &t = totals.at(i);
            const auto share = t.share();
            writer.addRow({isoDate(series->dates.at(i)), t.total, t.green, t.natureFriendly,
                           share ? QVariant(100.0 * *share) : QVariant(QStringLiteral("-"))});
        }
        writer.finish();
    }
    return Success;
}

} // namespace engdrift::cli
