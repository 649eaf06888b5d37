// The season calendar chart (app/plots/mowing_calendar_chart.h): a widget, a drawing into a
// painter and files (PNG, SVG, PDF) that are not blank and carry the zones' names, the weeks and
// the warnings' marks; the read-out of a week.

#include "mowing_calendar_chart.h"
#include "render/zone_painter.h"
#include "util/translations.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <memory>

using namespace engdrift;
using namespace engdrift::plots;

namespace {

int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

/// Three zones in season 2026: a lawn cut every other week May-September, a meadow cut in June
/// and September, hay cut in week 36 and removed in week 38 (a warning: left too long), and a
/// week over the crew's 37 hours.
MowingCalendar calendar()
{
    MowingCalendar c;
    c.season = 2026;
    c.crewHoursPerWeek = 37;
    for (int week = 1; week <= 53; ++week) {
        CalendarWeek w;
        w.week = week;
        w.monday = QDate::fromString(QStringLiteral("2026-W%1-1").arg(week, 2, 10, QLatin1Char('0')), Qt::ISODate);
        if (!w.monday.isValid())
            w.monday = QDate(2025, 12, 29).addDays(7 * (week - 1));
        if (week >= 19 && week <= 39 && week % 2 == 1)
            w.entries << CalendarEntry{1, 6.0, false};
        if (week == 25 || week == 37)
            w.entries << CalendarEntry{2, 12.0, false};
        if (week == 36)
            w.entries << CalendarEntry{3, 30.0, false};
        if (week == 38)
            w.entries << CalendarEntry{3, 0.0, true};
        for (const CalendarEntry &e : w.entries)
            w.hours += e.hours;
        if (week <= 52)
            c.weeks << w;
    }
    c.warnings << CalendarWarning{CalendarWarningKind::HayLeftTooLong, 38, 3, QStringLiteral("Zone 3 (Hay 1): hay lies 14 days")};
    c.warnings << CalendarWarning{CalendarWarningKind::OverCapacity, 37, 0, QStringLiteral("Week 37 needs 42 hours")};
    return c;
}

MowingCalendarOptions options()
{
    MowingCalendarOptions o;
    o.language = QStringLiteral("en");
    const CareSymbol lawn = mowingClassSymbol(MowingClass::Lawn);
    const CareSymbol meadow = mowingClassSymbol(MowingClass::Meadow);
    const CareSymbol hay = mowingClassSymbol(MowingClass::Hay);
    o.rows = {{1, QStringLiteral("Lawn 1"), lawn.fill, lawn.outline},
              {2, QStringLiteral("Meadow 1"), meadow.fill, meadow.outline},
              {3, QStringLiteral("Hay 1"), hay.fill, hay.outline}};
    o.subtitle = QStringLiteral("Department 123-001 Solgården");
    return o;
}

class CalendarChart : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        installTranslations(QStringLiteral("en"));
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(CalendarChart, WidgetIsNotBlankAndReadsOutTheWeek)
{
    std::unique_ptr<QWidget> widget(createMowingCalendarWidget(calendar(), options()));
    ASSERT_TRUE(widget);
    widget->resize(1000, 620);
    widget->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(widget.get()));
    const QImage shot = widget->grab().toImage();
    EXPECT_GT(colourCount(shot), 30);
    if (const QString folder = qEnvironmentVariable("ENGDRIFT_GRAB_DIR"); !folder.isEmpty()) {
        shot.save(folder + QStringLiteral("/calendar-widget.png"));
        widget->resize(560, 520); // as narrow as a docked panel
        QTest::qWait(50);
        widget->grab().save(folder + QStringLiteral("/calendar-widget-narrow.png"));
        widget->resize(1000, 620);
    }
    // The lawn's colour is in the picture: its cut weeks are drawn.
    bool lawn = false;
    const QRgb fill = mowingClassSymbol(MowingClass::Lawn).fill.rgb();
    for (int y = 0; y < shot.height() && !lawn; ++y)
        for (int x = 0; x < shot.width() && !lawn; ++x)
            lawn = (shot.pixel(x, y) & 0xffffff) == (fill & 0xffffff);
    EXPECT_TRUE(lawn);

    const QString week36 = mowingCalendarReadout(calendar(), options(), 36);
    EXPECT_TRUE(week36.contains(QStringLiteral("3 Hay 1"))) << week36.toStdString();
    const QString week38 = mowingCalendarReadout(calendar(), options(), 38);
    EXPECT_TRUE(week38.contains(QStringLiteral("hay lies 14 days"))) << week38.toStdString();
    EXPECT_TRUE(mowingCalendarReadout(calendar(), options(), 60).isEmpty());
}

TEST_F(CalendarChart, SvgCarriesTheZonesTheWeeksAndTheCrewsHours)
{
    MowingCalendarOptions o = options();
    o.size = QSize(1200, 760);
    const QString path = dir.filePath(QStringLiteral("calendar.svg"));
    auto written = exportMowingCalendar(calendar(), o, path);
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const char *text : {"Season calendar 2026", "Lawn 1", "Meadow 1", "Hay 1", "Week", "Hours", "Hay removed", "!",
                             "Solgården"})
        EXPECT_TRUE(svg.contains(QString::fromUtf8(text).toHtmlEscaped())) << text;
    EXPECT_TRUE(svg.contains(QStringLiteral("The crew")));
}

TEST_F(CalendarChart, PngPdfAndPainterAreNotBlank)
{
    MowingCalendarOptions o = options();
    o.size = QSize(900, 600);
    const QString png = dir.filePath(QStringLiteral("calendar.png"));
    ASSERT_TRUE(exportMowingCalendar(calendar(), o, png).ok());
    const QImage image(png);
    EXPECT_EQ(image.size(), o.size);
    EXPECT_GT(colourCount(image), 30);
    const QString pdf = dir.filePath(QStringLiteral("calendar.pdf"));
    ASSERT_TRUE(exportMowingCalendar(calendar(), o, pdf).ok());
    EXPECT_GT(QFile(pdf).size(), 3000);
    EXPECT_FALSE(exportMowingCalendar(calendar(), o, dir.filePath(QStringLiteral("calendar.bmp"))).ok());

    QImage drawn(QSize(800, 500), QImage::Format_ARGB32_Premultiplied);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    ASSERT_TRUE(drawMowingCalendar(calendar(), o, painter, QRectF(0, 0, 800, 500)).ok());
    painter.end();
    EXPECT_GT(colourCount(drawn), 30);

    // No cuts at all still draws (the whole season, a note).
    MowingCalendar empty;
    empty.season = 2026;
    empty.crewHoursPerWeek = 37;
    EXPECT_TRUE(exportMowingCalendar(empty, MowingCalendarOptions(), dir.filePath(QStringLiteral("empty.png"))).ok());
}
