// The adoption report on the sample project (and on a copy with a second organisation): its
// figures are the store's (status from the events, m² from the store's sums), the XLSX read back
// with GDAL says the same, the CSV has its columns, the PDF is A4 with its pages, names and figures
// as text, a long department table goes over pages with its header on each and no row lost, and
// bad requests are refused without writing anything.

#include "analysis/adoption.h"
#include "analysis/statistics.h"
#include "layout/layout_page.h"
#include "report/adoption_report.h"
#include "report/report_pdf.h"
#include "report/report_pdf_p.h"
#include "report/report_tables.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/translations.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <thread>

using namespace engdrift;

namespace {

const QDate kFrom(2021, 1, 1);
const QDate kTo(2026, 6, 1);
constexpr int kOrg = 123;

/// The nature-friendly and green m² of one department at a date, summed here from the store's
/// own sums by care type and the catalogue's flags.
NatureShare storeShare(const ProjectStore &store, const DepartmentKey &key, const QDate &at)
{
    AreaQuery query;
    query.at = at;
    query.department = key;
    auto totals = store.areaTotals(query, AreaGrouping::CareType);
    EXPECT_TRUE(totals.ok());
    NatureShare share;
    for (const AreaTotal &t : totals.ok() ? *totals : QList<AreaTotal>()) {
        share.totalM2 += t.areaM2;
        const CareType *ct = store.catalogue().find(t.careType);
        if (ct && ct->green) {
            share.greenM2 += t.areaM2;
            if (ct->natureFriendly)
                share.natureFriendlyM2 += t.areaM2;
        }
    }
    return share;
}

class Reports : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installTranslations(QStringLiteral("en"));
        ASSERT_TRUE(dir.isValid());
        auto opened = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        store = std::move(opened).value();
    }

    AdoptionReport gather(const std::optional<int> &organisation = std::nullopt)
    {
        ReportQuery query;
        query.from = kFrom;
        query.to = kTo;
        query.organisation = organisation;
        query.chartDates = {kFrom, QDate(2023, 1, 1), kTo};
        auto report = gatherAdoptionReport(*store, query);
        EXPECT_TRUE(report.ok()) << report.errorMessage().toStdString();
        return report.ok() ? *report : AdoptionReport();
    }

    /// A copy of the sample with a second organisation (12) and its department 005: 1,000 m² of
    /// lawn and 500 m² of meadow from 2019.
    QString twoOrganisations()
    {
        const QString path = dir.filePath(QStringLiteral("two.engdrift.gpkg"));
        EXPECT_TRUE(QFile::copy(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), path));
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto opened = openStore(path, OpenMode::ReadWrite);
        EXPECT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        if (!opened.ok())
            return path;
        ProjectStore &other = **opened;
        auto tx = other.begin();
        EXPECT_TRUE(tx.ok());
        EXPECT_TRUE(other.saveOrganisation({12, QStringLiteral("Testboliger")}).ok());
        EXPECT_TRUE(other.saveDepartment({{12, 5}, QStringLiteral("Parken"), QString(), 40, QRectF()}).ok());
        const char *shapes[][2] = {{"POLYGON((699000 6171000,699040 6171000,699040 6171025,699000 6171025,699000 6171000))", "brugsplaene"},
                                   {"POLYGON((699040 6171000,699060 6171000,699060 6171025,699040 6171025,699040 6171000))", "eng"}};
        for (const auto &[wkt, care] : shapes) {
            AreaVersion v;
            v.validFrom = QDate(2019, 1, 1);
            v.department = {12, 5};
            v.careType = QString::fromLatin1(care);
            auto geometry = Geometry::fromWkt(QString::fromLatin1(wkt));
            EXPECT_TRUE(geometry.ok());
            auto inserted = other.areaLayer().insert(v, *geometry);
            EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        }
        EXPECT_TRUE(tx->commit().ok());
        return path;
    }

    /// Writes the report as XLSX and opens the workbook with GDAL, the first row as the headings
    /// (null, the reason said, when either fails).
    std::unique_ptr<GDALDataset> workbook(const AdoptionReport &report, const QString &name)
    {
        const QString path = dir.filePath(name);
        auto written = writeReportXlsx(report, path);
        EXPECT_TRUE(written.ok()) << written.errorMessage().toStdString();
        if (!written.ok())
            return nullptr;
        GDALAllRegister();
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
        const char *drivers[] = {"XLSX", nullptr};
        std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR, drivers));
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
        EXPECT_TRUE(ds) << "GDAL cannot open " << path.toStdString();
        return ds;
    }

    std::unique_ptr<ProjectStore> store;
    QTemporaryDir dir;
};

} // namespace

TEST_F(Reports, TheFiguresAreTheStores)
{
    const AdoptionReport report = gather();
    ASSERT_EQ(report.organisations.size(), 1);
    const OrganisationReport &o = report.organisations.first();
    EXPECT_EQ(o.organisation.name, QStringLiteral("Boligselskabet Hedehusene"));
    auto departments = store->departments();
    ASSERT_TRUE(departments.ok());
    ASSERT_EQ(o.departments.size(), departments->size());
    for (const DepartmentReport &d : o.departments) {
        SCOPED_TRACE(d.key.toString().toStdString());
        auto events = store->adoptionEvents(d.key);
        ASSERT_TRUE(events.ok());
        const AdoptionStatus status = adoptionStatusAt(*events, kTo);
        EXPECT_EQ(d.status.state, status.state);
        EXPECT_EQ(d.status.since, status.since);
        const NatureShare to = storeShare(*store, d.key, kTo);
        const NatureShare from = storeShare(*store, d.key, kFrom);
        EXPECT_NEAR(d.share.natureFriendlyM2, to.natureFriendlyM2, 1e-6);
        EXPECT_NEAR(d.share.greenM2, to.greenM2, 1e-6);
        EXPECT_NEAR(d.natureChangeM2(), to.natureFriendlyM2 - from.natureFriendlyM2, 1e-6);
    }
    // Stationsparken adopted on 2021-03-11 (41 for, 17 against, 4 blank, 60 households) and carried
    // it out on 2021-05-01: the decision stays the adoption's.
    const DepartmentReport &first = o.departments.first();
    EXPECT_EQ(first.status.state, AdoptionStatus::State::Implemented);
    EXPECT_EQ(first.status.decided, QDate(2021, 3, 11));
    ASSERT_TRUE(first.status.votes);
    EXPECT_EQ(*first.status.votes, (Votes{41, 17, 4, 60}));

    // The totals: the store's statistics of the whole project, the adoption series' count.
    auto stats = areaStatistics(*store, kTo, AreaGrouping::CareType);
    ASSERT_TRUE(stats.ok());
    EXPECT_NEAR(report.totals.share.natureFriendlyM2, stats->natureFriendlyAreaM2, 1e-6);
    EXPECT_NEAR(report.totals.share.greenM2, stats->greenAreaM2, 1e-6);
    EXPECT_NEAR(report.totals.share.totalM2, stats->totalAreaM2, 1e-6);
    auto series = adoptionSeries(*store, {kFrom, kTo});
    ASSERT_TRUE(series.ok());
    EXPECT_EQ(report.totals.adoptedAtFrom, series->adopted.at(0));
    EXPECT_EQ(report.totals.adopted, series->adopted.at(1));
    EXPECT_EQ(report.totals.counted, series->departments.at(1));
    EXPECT_EQ(report.adoption.adopted.last(), report.totals.adopted);
    EXPECT_NEAR(report.careArea.totalAt(report.careArea.dates.size() - 1), stats->totalAreaM2, 1e-6);
}

TEST_F(Reports, OneOrganisationOfTwo)
{
    const QString path = twoOrganisations();
    auto opened = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    store = std::move(opened).value();
    const AdoptionReport all = gather();
    ASSERT_EQ(all.organisations.size(), 2);
    EXPECT_EQ(all.organisations.at(0).organisation.orgNo, 12); // by number
    EXPECT_EQ(all.totals.departments, 4);
    const AdoptionReport twelve = gather(12);
    ASSERT_EQ(twelve.organisations.size(), 1);
    EXPECT_EQ(twelve.coverage, QStringLiteral("Organisation 12 Testboliger"));
    EXPECT_NEAR(twelve.totals.share.greenM2, 1500, 1e-6);
    EXPECT_NEAR(twelve.totals.share.natureFriendlyM2, 500, 1e-6);
    // The charts of one organisation count only its departments and areas.
    EXPECT_NEAR(twelve.careArea.totalAt(0), 1500, 1e-6);
    EXPECT_EQ(twelve.adoption.departments.last(), 1);
    const AdoptionReport sample = gather(kOrg);
    EXPECT_NEAR(sample.careArea.totalAt(2) + twelve.careArea.totalAt(2), all.careArea.totalAt(2), 1e-6);
    EXPECT_EQ(sample.adoption.adopted.last() + twelve.adoption.adopted.last(), all.adoption.adopted.last());
}

TEST_F(Reports, TheWorkbookReadBackWithGdalHoldsTheStoresFigures)
{
    const AdoptionReport report = gather();
    const std::unique_ptr<GDALDataset> ds = workbook(report, QStringLiteral("report.xlsx"));
    ASSERT_TRUE(ds);
    OGRLayer *sheet = ds->GetLayerByName("Departments");
    ASSERT_TRUE(sheet);
    int rows = 0;
    for (auto &f : *sheet) {
        ++rows;
        const DepartmentKey key{f->GetFieldAsInteger("Org. no."), QString::fromUtf8(f->GetFieldAsString("Dept. no.")).toInt()};
        SCOPED_TRACE(key.toString().toStdString());
        const NatureShare share = storeShare(*store, key, kTo);
        EXPECT_NEAR(f->GetFieldAsDouble("Nature-friendly m²"), share.natureFriendlyM2, 0.006);
        EXPECT_NEAR(f->GetFieldAsDouble("Green m²"), share.greenM2, 0.006);
        EXPECT_NEAR(f->GetFieldAsDouble("Nature-friendly %"), 100.0 * share.natureFriendlyM2 / share.greenM2, 0.006);
        auto events = store->adoptionEvents(key);
        ASSERT_TRUE(events.ok());
        const AdoptionStatus status = adoptionStatusAt(*events, kTo);
        EXPECT_EQ(QString::fromUtf8(f->GetFieldAsString("Status code")), stateCode(status.state));
        EXPECT_EQ(QString::fromUtf8(f->GetFieldAsString("Status")), stateName(status.state));
        EXPECT_EQ(f->IsFieldSetAndNotNull(f->GetFieldIndex("Votes for")), status.votes.has_value());
        if (status.votes) {
            EXPECT_EQ(f->GetFieldAsInteger("Votes for"), status.votes->votesFor);
        }
    }
    EXPECT_EQ(rows, 3);
    OGRLayer *organisations = ds->GetLayerByName("Organisations");
    ASSERT_TRUE(organisations);
    EXPECT_EQ(organisations->GetFeatureCount(), 2); // the organisation and all
    auto stats = areaStatistics(*store, kTo, AreaGrouping::CareType);
    ASSERT_TRUE(stats.ok());
    OGRFeatureUniquePtr last;
    organisations->ResetReading();
    while (OGRFeature *f = organisations->GetNextFeature())
        last.reset(f);
    ASSERT_TRUE(last);
    EXPECT_EQ(QString::fromUtf8(last->GetFieldAsString("Organisation")), QStringLiteral("All organisations"));
    EXPECT_NEAR(last->GetFieldAsDouble("Nature-friendly m²"), stats->natureFriendlyAreaM2, 0.006);
    EXPECT_NEAR(last->GetFieldAsDouble("Green m²"), stats->greenAreaM2, 0.006);
    EXPECT_EQ(last->GetFieldAsInteger("Adopted"), report.totals.adopted);
    // Care types by name, with the code in its own column.
    OGRLayer *care = ds->GetLayerByName("Care types");
    ASSERT_TRUE(care);
    bool sawMeadow = false;
    for (auto &f : *care)
        sawMeadow = sawMeadow || (QString::fromUtf8(f->GetFieldAsString("Care type")) == QStringLiteral("Flower meadow") &&
                                  QString::fromUtf8(f->GetFieldAsString("Care type code")) == QStringLiteral("blomstereng"));
    EXPECT_TRUE(sawMeadow);
    EXPECT_TRUE(ds->GetLayerByName("About"));
}

TEST_F(Reports, TheCsvHasItsColumnsAndARowForEachDepartmentOrganisationAndAll)
{
    const AdoptionReport report = gather();
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    ASSERT_TRUE(writeReportCsv(report, path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 3 + 1 + 1);
    EXPECT_EQ(lines.first(),
              QStringLiteral("row,org_no,organisation,dept_no,department,first_area,status,status_code,status_since,"
                             "decision_date,votes_for,votes_against,votes_blank,households,departments,counted,adopted,"
                             "adopted_from,area_m2,green_m2,nature_friendly_m2,nature_friendly_percent,green_m2_from,"
                             "nature_friendly_m2_from,nature_friendly_percent_from,nature_friendly_change_m2,"
                             "nature_units,green_factor,green_factor_numerator_m2,green_factor_denominator_m2,networks,"
                             "patches,isolated_patches,largest_network_m2,largest_network_of_m2,largest_network_percent"));
    EXPECT_EQ(lines.at(1).section(QLatin1Char(','), 0, 9),
              QStringLiteral("department,123,Boligselskabet Hedehusene,001,Stationsparken,2019-01-01,carried out,"
                             "implemented,2021-05-01,2021-03-11"));
    EXPECT_TRUE(lines.at(4).startsWith(QStringLiteral("organisation,123,Boligselskabet Hedehusene,,"))) << lines.at(4).toStdString();
    EXPECT_TRUE(lines.at(5).startsWith(QStringLiteral("total,,All organisations,,"))) << lines.at(5).toStdString();
    const int nature = static_cast<int>(reportColumns().size()) - 5; // nature_friendly_m2, after the row column
    EXPECT_EQ(lines.first().count(QLatin1Char(',')), reportColumns().size() + natureColumns().size());
    const QString expected = QString::number(report.totals.share.natureFriendlyM2, 'f', 2);
    EXPECT_EQ(lines.at(5).section(QLatin1Char(','), nature, nature), expected) << lines.at(5).toStdString();
}

namespace {

/// The whole project's nature value at the report's end date, as natureFigures() gives it.
NatureResult expectedNature(const ProjectStore &store)
{
    NatureQuery query;
    query.at = kTo;
    auto nature = natureFigures(store, query);
    EXPECT_TRUE(nature.ok()) << nature.errorMessage().toStdString();
    return nature.ok() ? *nature : NatureResult();
}

/// The nature value's cells as the CSV writes them (two decimals, a percentage of 100).
QStringList natureCsvCells(const NatureFigures &f)
{
    auto number = [](double value) { return QString::number(value, 'f', 2); };
    const NetworkFigures &c = f.connectivity;
    return {number(f.units),
            f.green.factor() ? number(*f.green.factor()) : QString(),
            number(f.green.numeratorM2),
            number(f.green.denominatorM2),
            QString::number(c.networks),
            QString::number(c.patches),
            QString::number(c.isolatedPatches),
            number(c.largestM2),
            number(c.natureFriendlyM2),
            c.largestShare() ? number(100.0 * *c.largestShare()) : QString()};
}

} // namespace

TEST_F(Reports, TheCsvCarriesTheNatureValueOfEachDepartmentOrganisationAndAll)
{
    const NatureResult nature = expectedNature(*store);
    ASSERT_EQ(nature.departments.size(), 3);
    ASSERT_EQ(nature.organisations.size(), 1);
    EXPECT_GT(nature.total.units, 0);
    EXPECT_GT(nature.total.connectivity.networks, 0);
    const AdoptionReport report = gather();
    const QString path = dir.filePath(QStringLiteral("nature.csv"));
    ASSERT_TRUE(writeReportCsv(report, path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 3 + 1 + 1);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const qsizetype first = header.indexOf(QStringLiteral("nature_units"));
    ASSERT_EQ(first, 1 + reportColumns().size()); // after the row column and the report's own columns
    const qsizetype columns = natureColumns().size();
    ASSERT_EQ(header.size(), first + columns);
    auto natureOf = [&](const QString &line) {
        const QStringList cells = line.split(QLatin1Char(',')); // the sample's names have no commas
        EXPECT_EQ(cells.size(), header.size()) << line.toStdString();
        return cells.mid(first, columns);
    };
    for (const NatureFigures &f : nature.departments) {
        SCOPED_TRACE(f.department.toString().toStdString());
        const QString prefix = QStringLiteral("department,%1,Boligselskabet Hedehusene,%2,")
                                   .arg(f.department.orgNo)
                                   .arg(f.department.deptText());
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix); });
        ASSERT_NE(line, lines.cend());
        EXPECT_EQ(natureOf(*line), natureCsvCells(f)) << line->toStdString();
    }
    EXPECT_EQ(natureOf(lines.at(4)), natureCsvCells(nature.organisations.first())) << lines.at(4).toStdString();
    EXPECT_EQ(natureOf(lines.at(5)), natureCsvCells(nature.total)) << lines.at(5).toStdString();
}

TEST_F(Reports, TheWorkbookHasANatureSheetWithTheFiguresAndTheMethodBelow)
{
    const NatureResult nature = expectedNature(*store);
    ASSERT_EQ(nature.departments.size(), 3);
    QHash<QString, NatureFigures> expected; // by department number
    for (const NatureFigures &f : nature.departments)
        expected.insert(f.department.deptText(), f);
    const AdoptionReport report = gather();
    const std::unique_ptr<GDALDataset> ds = workbook(report, QStringLiteral("nature.xlsx"));
    ASSERT_TRUE(ds);
    OGRLayer *sheet = ds->GetLayerByName("Nature");
    ASSERT_TRUE(sheet);
    auto check = [](const OGRFeature &row, const NatureFigures &f) {
        const NetworkFigures &c = f.connectivity;
        EXPECT_NEAR(row.GetFieldAsDouble("Biodiversity units"), f.units, 0.006);
        ASSERT_TRUE(f.green.factor());
        EXPECT_NEAR(row.GetFieldAsDouble("Green factor"), *f.green.factor(), 0.006);
        EXPECT_NEAR(row.GetFieldAsDouble("Green factor: Σ m² × biofaktor"), f.green.numeratorM2, 0.006);
        EXPECT_NEAR(row.GetFieldAsDouble("Green factor: Σ m²"), f.green.denominatorM2, 0.006);
        EXPECT_EQ(row.GetFieldAsInteger("Networks"), c.networks);
        EXPECT_EQ(row.GetFieldAsInteger("Patches"), c.patches);
        EXPECT_EQ(row.GetFieldAsInteger("Isolated patches"), c.isolatedPatches);
        EXPECT_NEAR(row.GetFieldAsDouble("Nature-friendly m² in the largest network"), c.largestM2, 0.006);
        EXPECT_NEAR(row.GetFieldAsDouble("Nature-friendly m² in all networks"), c.natureFriendlyM2, 0.006);
        ASSERT_TRUE(c.largestShare());
        EXPECT_NEAR(row.GetFieldAsDouble("In the largest network %"), 100.0 * *c.largestShare(), 0.006);
    };
    int departments = 0;
    bool sawOrganisation = false;
    bool sawTotal = false;
    QStringList method;
    bool inMethod = false;
    for (auto &f : *sheet) {
        const QString first = QString::fromUtf8(f->GetFieldAsString("Organisation"));
        const QString dept = QString::fromUtf8(f->GetFieldAsString("Dept. no."));
        if (inMethod) {
            method << first;
        } else if (first == QStringLiteral("Method")) {
            inMethod = true;
        } else if (!dept.isEmpty()) {
            SCOPED_TRACE(dept.toStdString());
            ASSERT_TRUE(expected.contains(dept));
            EXPECT_EQ(first, QStringLiteral("123 Boligselskabet Hedehusene"));
            check(*f, expected.value(dept));
            ++departments;
        } else if (first == QStringLiteral("All organisations")) {
            check(*f, nature.total);
            sawTotal = true;
        } else {
            EXPECT_EQ(first, QStringLiteral("123 Boligselskabet Hedehusene"));
            check(*f, nature.organisations.first());
            sawOrganisation = true;
        }
    }
    EXPECT_EQ(departments, 3);
    EXPECT_TRUE(sawOrganisation);
    EXPECT_TRUE(sawTotal);
    // The method below the figures: natureMethodText(), line by line, after the date's line.
    const QStringList lines = natureMethodText(kDefaultLinkDistanceM).split(QLatin1Char('\n'));
    ASSERT_GE(method.size(), lines.size() + 1);
    EXPECT_TRUE(method.first().startsWith(QStringLiteral("Nature value on 2026-06-01"))) << method.first().toStdString();
    EXPECT_EQ(method.mid(1, lines.size()), lines);
}

TEST_F(Reports, ThePdfIsA4WithTheNamesAndFiguresAsText)
{
    const AdoptionReport report = gather();
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    auto pages = writeReportPdf(*store, report, path);
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    bool ok = false;
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {path}, &ok);
    ASSERT_TRUE(ok) << "pdfinfo (poppler-utils) failed on " << path.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("595 x 842 pts (A4)"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(*pages)))) << info.toStdString();
    const QString text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    for (const QString &expected : {QStringLiteral("Adoption report"), QStringLiteral("Boligselskabet Hedehusene"),
                                    QStringLiteral("Stationsparken"), QStringLiteral("Hedeengen"), QStringLiteral("Kornmarken"),
                                    QStringLiteral("2021-01-01 to 2026-06-01"), QStringLiteral("How the figures are made"),
                                    QStringLiteral("EPSG:25832"), QStringLiteral("Page 1 of %1").arg(*pages)})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " is missing from the PDF's text";
    for (const DepartmentReport &d : report.organisations.first().departments) {
        EXPECT_TRUE(text.contains(formatLayoutNumber(d.share.natureFriendlyM2, QStringLiteral("en")))) << d.name.toStdString();
        EXPECT_TRUE(text.contains(formatLayoutNumber(d.share.greenM2, QStringLiteral("en")))) << d.name.toStdString();
    }
    // The share with its numerator and denominator.
    EXPECT_TRUE(text.contains(formatLayoutNumber(report.totals.share.natureFriendlyM2, QStringLiteral("en")) +
                              QStringLiteral(" of ") + formatLayoutNumber(report.totals.share.greenM2, QStringLiteral("en"))))
        << text.toStdString();
}

TEST_F(Reports, ThePdfHasTheNatureValuePerDepartmentAndInTotalWithItsMethod)
{
    const AdoptionReport report = gather();
    // The figures are one whole-project natureFigures() at the report's end date.
    NatureQuery query;
    query.at = kTo;
    auto nature = natureFigures(*store, query);
    ASSERT_TRUE(nature.ok()) << nature.errorMessage().toStdString();
    ASSERT_FALSE(nature->departments.isEmpty());
    EXPECT_GT(nature->total.units, 0);
    EXPECT_NEAR(report.natureTotal.units, nature->total.units, 1e-9);
    EXPECT_EQ(report.natureTotal.connectivity.networks, nature->total.connectivity.networks);
    QHash<DepartmentKey, NatureFigures> expected;
    for (const NatureFigures &f : nature->departments)
        expected.insert(f.department, f);

    const QString path = dir.filePath(QStringLiteral("report-nature.pdf"));
    ASSERT_TRUE(writeReportPdf(*store, report, path).ok());
    bool ok = false;
    const QString text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    const QString en = QStringLiteral("en");
    EXPECT_TRUE(text.contains(QStringLiteral("Nature value on 2026-06-01"))) << text.toStdString();
    auto rowOf = [&](const QString &name, const NatureFigures &f) {
        const std::optional<double> green = f.green.factor();
        return QRegularExpression(QStringLiteral("%1\\s+%2\\s+%3\\s+%4\\s+%5\\s+%6")
                                      .arg(QRegularExpression::escape(name), QRegularExpression::escape(formatLayoutNumber(f.units, en, 2)),
                                           green ? QRegularExpression::escape(formatLayoutNumber(*green, en, 2)) : QStringLiteral("–"))
                                      .arg(f.connectivity.networks)
                                      .arg(f.connectivity.patches)
                                      .arg(f.connectivity.isolatedPatches));
    };
    int rows = 0;
    for (const OrganisationReport &o : report.organisations) {
        for (const DepartmentReport &d : o.departments) {
            const NatureFigures f = expected.value(d.key);
            EXPECT_NEAR(d.nature.units, f.units, 1e-9) << d.name.toStdString();
            EXPECT_TRUE(text.contains(rowOf(d.name, f))) << d.name.toStdString() << "\n" << text.toStdString();
            ++rows;
        }
    }
    EXPECT_GE(rows, 3);
    EXPECT_TRUE(text.contains(rowOf(QStringLiteral("All"), nature->total))) << text.toStdString();
    // The share in the largest network with its numerator and denominator.
    EXPECT_TRUE(text.contains(formatLayoutNumber(nature->total.connectivity.largestM2, en) + QStringLiteral(" of ") +
                              formatLayoutNumber(nature->total.connectivity.natureFriendlyM2, en) + QStringLiteral(" m²")))
        << text.toStdString();
    // The method, as natureMethodText() says it.
    const QString flat = text.simplified();
    for (const QString &line : natureMethodText(kDefaultLinkDistanceM).split(QLatin1Char('\n')).mid(0, 2)) {
        const QString start = line.left(40);
        EXPECT_TRUE(flat.contains(start)) << start.toStdString();
    }
    EXPECT_TRUE(flat.contains(QStringLiteral("150 m apart are linked"))) << flat.toStdString();
}

TEST_F(Reports, ThePdfReadsInDanish)
{
    installTranslations(QStringLiteral("da"));
    const AdoptionReport report = gather();
    const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
    ASSERT_TRUE(writeReportPdf(*store, report, path).ok());
    installTranslations(QStringLiteral("en"));
    bool ok = false;
    const QString text = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    for (const QString &expected : {QStringLiteral("Vedtagelsesrapport"), QStringLiteral("Alle organisationer"),
                                    QStringLiteral("Husstande"), QStringLiteral("omlagt"), QStringLiteral("Sådan er tallene opgjort")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_TRUE(text.contains(formatLayoutNumber(report.totals.share.greenM2, QStringLiteral("da")))) << text.toStdString();
}

TEST_F(Reports, ALongDepartmentTableGoesOverPagesWithItsHeaderOnEach)
{
    // 2 organisations of 150 departments each, names long enough to wrap now and then.
    AdoptionReport report = gather();
    report.organisations.clear();
    report.totals = ReportTotals();
    for (int org : {7, 8}) {
        OrganisationReport o;
        o.organisation = {org, QStringLiteral("Organisation of the test %1").arg(org)};
        for (int dept = 1; dept <= 150; ++dept) {
            DepartmentReport d;
            d.key = {org, dept};
            d.name = dept % 10 == 0 ? QStringLiteral("Afdeling %1 med et meget langt navn, der må brydes over flere linjer i tabellen").arg(dept)
                                    : QStringLiteral("Afd%1x%2").arg(org).arg(dept);
            d.counted = d.countedAtFrom = true;
            d.share.greenM2 = 10000 + dept;
            d.share.natureFriendlyM2 = 1000 + dept;
            o.departments << d;
            o.totals.add(d);
            report.totals.add(d);
        }
        report.organisations << o;
    }
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    auto pages = writeReportPdf(*store, report, path);
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    EXPECT_GE(*pages, 5);
    bool ok = false;
    int tablePages = 0;
    QString all;
    for (int page = 1; page <= *pages; ++page) {
        const QString text = test::runTool(QStringLiteral("pdftotext"),
                                           {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                            QString::number(page), path, QStringLiteral("-")},
                                           &ok);
        ASSERT_TRUE(ok);
        all += text;
        const bool rows = text.contains(QStringLiteral("Afd7x")) || text.contains(QStringLiteral("Afd8x"));
        // The departments' table, or the nature value's, which lists them too.
        const bool header = (text.contains(QStringLiteral("Households")) && text.contains(QStringLiteral("Against"))) ||
                            (text.contains(QStringLiteral("Networks")) && text.contains(QStringLiteral("Isolated")));
        EXPECT_EQ(rows, header) << "page " << page << (rows ? " has department rows without the table's header"
                                                            : " has the table's header without a row under it");
        tablePages += rows ? 1 : 0;
    }
    EXPECT_GE(tablePages, 4);
    EXPECT_TRUE(all.contains(QStringLiteral("(continued)")));
    for (int org : {7, 8}) {
        for (int dept = 1; dept <= 150; ++dept) {
            if (dept % 10 != 0) {
                EXPECT_EQ(all.count(QStringLiteral("Afd%1x%2\n").arg(org).arg(dept)) +
                              all.count(QStringLiteral("Afd%1x%2 ").arg(org).arg(dept)),
                          2)
                    << "department " << org << "-" << dept << ": once in the departments' table, once in the nature value's";
            }
        }
    }
}

TEST(ReportTable, NoPageEndsWithAHeadingAndEveryPageOfRowsStartsWithTheHeader)
{
    // Whatever stands above the table, at every height: a caption, a header or a group's heading
    // never ends a page, and rows never start one without the header above them.
    using namespace reportpdf;
    Table table({{QStringLiteral("Dept.")}, {QStringLiteral("Department"), false, true}, {QStringLiteral("m²"), true}}, 7.5);
    for (int group = 0; group < 3; ++group) {
        table.addRow({{QStringLiteral("Organisation %1").arg(group)}, TableRow::Kind::Group});
        for (int row = 0; row < 12; ++row)
            table.addRow({{QString::number(row), QStringLiteral("Afdeling %1").arg(row), QString::number(row * 100)}});
    }
    table.addRow({{QString(), QStringLiteral("Total"), QStringLiteral("3600")}, TableRow::Kind::Total});
    const QRectF body(0, 0, 600, 300);
    table.fit(body.width());
    for (double above = 0; above < body.height(); above += 1.5) {
        PageFlow flow(body);
        flow.place(above, [](QPainter &, const QRectF &) {}, QStringLiteral("above"));
        table.flow(flow, QStringLiteral("Departments"), Ink::active(), QStringLiteral("(continued)"));
        int rows = 0;
        for (int page = 0; page < flow.pageCount(); ++page) {
            const QStringList tags = flow.tags(page);
            SCOPED_TRACE(QStringLiteral("%1 above, page %2: %3").arg(above).arg(page).arg(tags.join(QLatin1Char(' '))).toStdString());
            ASSERT_FALSE(tags.isEmpty());
            EXPECT_NE(tags.last(), QStringLiteral("caption"));
            EXPECT_NE(tags.last(), QStringLiteral("header"));
            EXPECT_NE(tags.last(), QStringLiteral("group"));
            if (page > 0) { // a page of the table starts with its header (or its caption, then the header)
                const qsizetype start = tags.first() == QLatin1String("caption") ? 1 : 0;
                EXPECT_EQ(tags.value(start), QStringLiteral("header"));
            }
            rows += static_cast<int>(tags.count(QStringLiteral("row")));
        }
        EXPECT_EQ(rows, 36);
    }
}

TEST_F(Reports, BadRequestsAreRefusedAndNothingIsWritten)
{
    ReportQuery query;
    query.from = kTo;
    query.to = kFrom;
    auto backwards = gatherAdoptionReport(*store, query);
    ASSERT_FALSE(backwards.ok());
    EXPECT_TRUE(backwards.errorMessage().contains(QStringLiteral("after it ends"))) << backwards.errorMessage().toStdString();
    query.from = kFrom;
    query.to = kTo;
    query.organisation = 999;
    auto unknown = gatherAdoptionReport(*store, query);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorMessage().contains(QStringLiteral("no organisation 999"))) << unknown.errorMessage().toStdString();

    const AdoptionReport report = gather();
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/report"));
    for (const QString &suffix : {QStringLiteral(".pdf"), QStringLiteral(".csv"), QStringLiteral(".xlsx")}) {
        const QString path = missing + suffix;
        const bool written = suffix == QLatin1String(".pdf")   ? writeReportPdf(*store, report, path).ok()
                             : suffix == QLatin1String(".csv") ? writeReportCsv(report, path).ok()
                                                               : writeReportXlsx(report, path).ok();
        EXPECT_FALSE(written) << suffix.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path));
    }
    EXPECT_FALSE(reportFormatOf(QStringLiteral("report.docx")).ok());
}

namespace {

/// Charts of a test: a box with the chart's name, so that the PDF's text shows where it went.
class NamedBoxCharts final : public ReportCharts
{
public:
    Result<void> drawChart(QPainter &painter, const QRectF &rect, Chart chart, const AdoptionReport &,
                           const ProjectStore &) const override
    {
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
        painter.setFont(reportpdf::font(12));
        painter.drawText(rect, Qt::AlignCenter, chart == Chart::Adoption ? QStringLiteral("CHART-ADOPTION")
                                                                         : QStringLiteral("CHART-CARE-AREA"));
        ++drawn;
        return {};
    }
    mutable int drawn = 0;
};

} // namespace

TEST_F(Reports, RecordedChartsAreReplayedIntoAPdfWrittenOnAnotherThread)
{
    const AdoptionReport report = gather();
    const NamedBoxCharts live;
    auto recorded = RecordedReportCharts::record(live, report, *store);
    ASSERT_TRUE(recorded.ok()) << recorded.errorMessage().toStdString();
    EXPECT_EQ(live.drawn, 2);
    const QString path = dir.filePath(QStringLiteral("threaded.pdf"));
    Result<int> pages = makeError(QStringLiteral("not run"));
    std::thread worker([&] {
        // The worker's own store, as the desktop program's background tasks have.
        auto own = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
        if (!own.ok()) {
            pages = own.error();
            return;
        }
        ReportPdfOptions options;
        options.charts = &*recorded;
        pages = writeReportPdf(**own, report, path, options);
    });
    worker.join();
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    EXPECT_EQ(live.drawn, 2) << "replayed, not drawn again";
    bool ok = false;
    const QString text = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(text.contains(QStringLiteral("CHART-ADOPTION")) && text.contains(QStringLiteral("CHART-CARE-AREA")))
        << text.toStdString();
    const QSizeF size = reportChartSize();
    EXPECT_NEAR(size.width(), 180 * reportpdf::kUnitsPerMm, 1); // A4 less two 15 mm margins
    EXPECT_GT(size.height(), 60 * reportpdf::kUnitsPerMm);
}

TEST_F(Reports, ProgressIsToldAndACancelWritesNothing)
{
    ReportQuery query;
    query.from = kFrom;
    query.to = kTo;
    query.chartDates = {kFrom, kTo};
    QList<std::pair<int, int>> told;
    auto report = gatherAdoptionReport(*store, query, [&told](int done, int total) {
        told << std::make_pair(done, total);
        return true;
    });
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    ASSERT_FALSE(told.isEmpty());
    EXPECT_EQ(told.last().first, told.last().second) << "it ends at the total";
    for (qsizetype i = 1; i < told.size(); ++i)
        EXPECT_GE(told.at(i).first, told.at(i - 1).first);
    auto cancelled = gatherAdoptionReport(*store, query, [](int, int) { return false; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.errorMessage().contains(QStringLiteral("cancelled"))) << cancelled.errorMessage().toStdString();

    // The PDF: a page at a time; a cancel after the first leaves no file.
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    ReportPdfOptions options;
    QList<int> pagesTold;
    options.progress = [&pagesTold](int page, int) {
        pagesTold << page;
        return false;
    };
    auto pages = writeReportPdf(*store, *report, path, options);
    ASSERT_FALSE(pages.ok());
    EXPECT_EQ(pagesTold, QList<int>{1});
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0) << "no temporary file left";
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts
    QGuiApplication::setApplicationVersion(QStringLiteral("test"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
