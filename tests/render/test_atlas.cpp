// The atlas on the sample project: a contents page and a page per department in the order of
// organisation and department number, the same document whether one worker or several draw the
// pages, a choice of departments, and failures and a cancel that leave no file.

#include "layout/layout_atlas.h"
#include "store/project_store.h"
#include "style/symbology.h"
#include "test_support.h"
#include "util/translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

class Atlas : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installTranslations(QStringLiteral("en"));
        auto opened = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        store = std::move(opened).value();
        ASSERT_TRUE(dir.isValid());
        request.page.at = QDate(2026, 6, 1);
        request.page.printed = QDate(2026, 6, 2);
        request.page.language = QStringLiteral("en");
    }

    Result<AtlasResult> write(const QString &file, const QString &layoutName = QStringLiteral("map-a3"),
                              const LayoutExportOptions &options = {})
    {
        auto layout = LayoutTemplate::named(layoutName);
        EXPECT_TRUE(layout.ok());
        return exportAtlas(*store, *layout, request, dir.filePath(file), options);
    }

    /// The text of each page of a PDF.
    QStringList pages(const QString &file)
    {
        bool ok = false;
        const QString text = test::runTool(QStringLiteral("pdftotext"), {dir.filePath(file), QStringLiteral("-")}, &ok);
        EXPECT_TRUE(ok) << "pdftotext (poppler-utils) failed on " << file.toStdString();
        QStringList split = text.split(QLatin1Char('\f'));
        if (!split.isEmpty() && split.last().trimmed().isEmpty())
            split.removeLast();
        return split;
    }

    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
    AtlasRequest request;
};

TEST_F(Atlas, HasAContentsPageAndAPagePerDepartmentInOrder)
{
    request.threads = 2;
    auto written = write(QStringLiteral("atlas.pdf"));
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    EXPECT_EQ(written->contentsPages, 1);
    EXPECT_EQ(written->departmentPages, 3);
    bool ok = false;
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {dir.filePath(QStringLiteral("atlas.pdf"))}, &ok);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\n")))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("1191 x 842 pts (A3)"))) << info.toStdString();
    const QStringList text = pages(QStringLiteral("atlas.pdf"));
    ASSERT_EQ(text.size(), 4);
    EXPECT_TRUE(text[0].contains(QStringLiteral("Contents")));
    const QStringList names{QStringLiteral("Stationsparken"), QStringLiteral("Hedeengen"), QStringLiteral("Kornmarken")};
    // The contents names each department with its page number, in page order.
    qsizetype at = 0;
    for (int i = 0; i < 3; ++i) {
        const qsizetype found = text[0].indexOf(names[i], at);
        EXPECT_GT(found, at - 1) << names[i].toStdString() << " in the contents, in order";
        at = std::max(at, found);
        EXPECT_TRUE(text[i + 1].contains(names[i])) << "page " << i + 2 << " is about " << names[i].toStdString();
        EXPECT_TRUE(text[i + 1].contains(QStringLiteral("Page %1 of 4").arg(i + 2))) << text[i + 1].toStdString();
        for (int j = 0; j < 3; ++j) {
            if (j != i) {
                EXPECT_FALSE(text[i + 1].contains(names[j])) << "page " << i + 2 << " names " << names[j].toStdString();
            }
        }
    }
}

TEST_F(Atlas, OneWorkerOrSeveralWriteTheSamePages)
{
    request.threads = 1;
    ASSERT_TRUE(write(QStringLiteral("one.pdf"), QStringLiteral("vote-a3")).ok());
    request.threads = 3;
    ASSERT_TRUE(write(QStringLiteral("three.pdf"), QStringLiteral("vote-a3")).ok());
    // The same words on each page (the order pdftotext reads blocks in may differ).
    auto words = [this](const QString &file) {
        QList<QStringList> result;
        for (const QString &page : pages(file)) {
            QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            lines.sort();
            result << lines;
        }
        return result;
    };
    const QList<QStringList> one = words(QStringLiteral("one.pdf"));
    EXPECT_EQ(one.size(), 4);
    EXPECT_EQ(one, words(QStringLiteral("three.pdf")));
    // And the same drawing: the pages as pictures agree.
    bool ok = false;
    for (const QString &name : {QStringLiteral("one"), QStringLiteral("three")}) {
        test::runTool(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("4"),
                       QStringLiteral("-l"), QStringLiteral("4"), QStringLiteral("-singlefile"), dir.filePath(name + QStringLiteral(".pdf")),
                       dir.filePath(name)},
                      &ok);
        ASSERT_TRUE(ok);
    }
    const QImage a(dir.filePath(QStringLiteral("one.png"))), b(dir.filePath(QStringLiteral("three.png")));
    ASSERT_FALSE(a.isNull());
    ASSERT_EQ(a.size(), b.size());
    qint64 differ = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differ += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    EXPECT_LT(double(differ) / (a.width() * a.height()), 0.005) << differ << " pixels differ";
}

// On a page an area is one path, filled and stroked at once, and each hatched care type is one
// hatch fill (Qt's PDF writer makes a pattern object for every hatched fill: one per area made the
// atlas of 100 departments 8,890 patterns and twice as large).
TEST_F(Atlas, APageHatchesEachCareTypeOnceNotEachArea)
{
    request.threads = 1;
    request.contents = false;
    ASSERT_TRUE(write(QStringLiteral("map.pdf")).ok());
    QFile file(dir.filePath(QStringLiteral("map.pdf")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    const qsizetype patterns = pdf.count("/PatternType 1");

    // What the pages show: the hatched areas and the hatched care types among them.
    qint64 hatchedAreas = 0;
    QSet<QString> hatchedTypes;
    AreaQuery query;
    query.at = request.page.at;
    auto read = store->forEachArea(query, false, [&](const AreaVersion &v, const Geometry *) {
        const CareSymbol *symbol = Symbology::active().careSymbol(v.careType);
        if (symbol && symbol->hatch != HatchPattern::None) {
            ++hatchedAreas;
            hatchedTypes.insert(v.careType);
        }
        return true;
    });
    ASSERT_TRUE(read.ok());
    const int departmentPages = 3;
    // A page: a legend swatch and a map fill per hatched care type (neighbours' areas in the map
    // frame included); never one per area.
    const qint64 bound = qint64(departmentPages) * 2 * hatchedTypes.size();
    ASSERT_GT(hatchedAreas, bound) << "the sample must have more hatched areas than the bound, or the test proves nothing";
    EXPECT_GT(patterns, 0);
    EXPECT_LE(patterns, bound) << patterns << " hatch patterns for " << hatchedAreas << " hatched areas";
}

TEST_F(Atlas, ChosenDepartmentsOnlyAndWithoutContents)
{
    request.organisation = 123;
    request.departments = {DepartmentKey{123, 3}, DepartmentKey{123, 1}};
    request.contents = false;
    auto written = write(QStringLiteral("two.pdf"));
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    const QStringList text = pages(QStringLiteral("two.pdf"));
    ASSERT_EQ(text.size(), 2);
    EXPECT_TRUE(text[0].contains(QStringLiteral("Stationsparken"))) << "department order, not the order asked";
    EXPECT_TRUE(text[1].contains(QStringLiteral("Kornmarken")));
}

TEST_F(Atlas, FailuresAndACancelLeaveNoFile)
{
    request.departments = {DepartmentKey{123, 77}};
    auto unknown = write(QStringLiteral("unknown.pdf"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorMessage().contains(QStringLiteral("123-077"))) << unknown.errorMessage().toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("unknown.pdf"))));

    request.departments.clear();
    auto picture = write(QStringLiteral("atlas.png"));
    ASSERT_FALSE(picture.ok());
    EXPECT_TRUE(picture.errorMessage().contains(QStringLiteral(".pdf"))) << picture.errorMessage().toStdString();

    // An earlier atlas stays as it was when the next one is cancelled half-way.
    const QString path = dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile earlier(path);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    for (int threads : {1, 2}) {
        request.threads = threads;
        LayoutExportOptions options;
        int calls = 0;
        options.progress = [&calls](int done, int total) {
            ++calls;
            EXPECT_EQ(total, 4);
            return done < 2;
        };
        auto cancelled = write(QStringLiteral("kept.pdf"), QStringLiteral("map-a3"), options);
        ASSERT_FALSE(cancelled.ok());
        EXPECT_TRUE(cancelled.errorMessage().contains(QStringLiteral("cancelled"))) << cancelled.errorMessage().toStdString();
        EXPECT_EQ(calls, 2);
        QFile kept(path);
        ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
        EXPECT_EQ(kept.readAll(), QByteArray("earlier"));
    }
}

} // namespace
