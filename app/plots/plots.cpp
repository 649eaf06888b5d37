// The charts as a whole: their kinds' names, a chart's layout around the body its kind draws
// (title, subtitle, legend, note), on screen with a read-out under the mouse, and into PNG, PDF and
// SVG files or a painter.

#include "plots_p.h"

#include "render/png_writer.h"
#include "util/atomic_file.h"
#include "util/dates.h"
#include "util/painting.h"

#include <QApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>
#include <QToolTip>

#include <functional>
#include <memory>

namespace engdrift::plots {

using namespace plot_detail;

namespace {

/// Lays out and fills a chart. The layout, top to bottom: title, subtitle, (legend,) the chart with
/// its axes (and the legend on the right for the care area), the note on the denominator.
Home build(QCustomPlot *plot, PlotKind kind, const PlotData &data, const PlotOptions &options, const Look &look)
{
    plot->setBackground(chartColours().background);
    plot->setLocale(look.locale);
    plot->setAutoAddPlottableToLegend(kind != PlotKind::CareArea && kind != PlotKind::CareUnits);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeAxes);

    QCPLayoutGrid *layout = plot->plotLayout();
    QCPAxisRect *rect = plot->axisRect();
    layout->take(rect);
    layout->simplify();
    rect->insetLayout()->take(plot->legend);
    rect->setMinimumMargins(QMargins(look.ipx(8), look.ipx(8), look.ipx(16), look.ipx(8)));
    layout->setRowSpacing(0);

    const int side = look.ipx(16);
    int row = 0;
    row = addTitles(plot, row, options.title.isEmpty() ? plotKindTitle(kind) : options.title, data.subtitle, look);
    styleLegend(plot->legend, look);
    // The value axis's title goes over the chart, level with the other texts: turned up the side of
    // a short chart (a docked panel) it is longer than the axis and runs into the title.
    auto *valueTitle = textElement(plot, QString(), look.font(14), chartColours().text, QMargins(side, look.ipx(2), side, 0));
    valueTitle->setObjectName(QStringLiteral("valueAxisTitle"));
    if (kind == PlotKind::CareArea || kind == PlotKind::CareUnits) {
        // The stack beside its legend, the legend at the top of its column.
        layout->addElement(row++, 0, valueTitle);
        auto *body = new QCPLayoutGrid;
        layout->addElement(row, 0, body);
        body->addElement(0, 0, rect);
        auto *column = new QCPLayoutGrid;
        body->addElement(0, 1, column);
        column->addElement(0, 0, plot->legend);
        column->addElement(1, 0, new QCPLayoutElement(plot));
        column->setRowStretchFactor(0, 0.001);
        column->setRowStretchFactor(1, 1);
        body->setColumnStretchFactor(0, 1);
        body->setColumnStretchFactor(1, 0.001);
        plot->legend->setMargins(QMargins(look.ipx(4), look.ipx(16), side, look.ipx(4)));
        // Many care types in a low chart (a docked panel): the legend goes on in a second column
        // instead of running its entries into each other.
        QCPLegend *legend = plot->legend;
        QObject::connect(plot, &QCustomPlot::afterLayout, legend, [plot, legend, body] {
            int items = 0; // the grid's cell count includes the empty cells of a wrapped legend
            for (int i = 0; i < legend->itemCount(); ++i)
                items += legend->item(i) ? 1 : 0;
            if (items == 0 || !legend->item(0))
                return;
            const QMargins m = legend->margins();
            const int entry = legend->item(0)->minimumOuterSizeHint().height() + legend->rowSpacing();
            const int fit = std::clamp((body->rect().height() - m.top() - m.bottom()) / std::max(1, entry), 1, items);
            const int rows = fit >= items ? 0 : fit; // 0: one column
            if (legend->wrap() != rows) {
                legend->setWrap(rows);
                legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
                plot->replot(QCustomPlot::rpQueuedReplot);
            }
        });
    } else {
        addLegendRow(plot, row++, look);
        layout->addElement(row++, 0, valueTitle);
        layout->addElement(row, 0, rect);
    }
    const int bodyRow = row++;
    if (!data.denominatorNote.isEmpty() && options.noteInChart)
        layout->addElement(row++, 0, textElement(plot, data.denominatorNote, look.font(12), chartColours().mutedText,
                                                 QMargins(side, look.ipx(2), side, look.ipx(10))));
    for (int r = 0; r < layout->rowCount(); ++r)
        layout->setRowStretchFactor(r, r == bodyRow ? 1.0 : 0.001);
    plot->legend->setLayer(QStringLiteral("legend"));

    Home home;
    switch (kind) {
    case PlotKind::CareArea:
        home = buildCareArea(plot, data, look);
        break;
    case PlotKind::CareUnits:
        home = buildCareUnits(plot, data, look);
        break;
    case PlotKind::Adoption:
        home = buildAdoption(plot, data, look);
        break;
    case PlotKind::Share:
        home = buildShare(plot, data, look);
        break;
    }
    // The value axis's title is drawn over the chart (see above), not along the axis.
    valueTitle->setText(plot->yAxis->label());
    plot->yAxis->setLabel(QString());

    // Room under each legend entry for the descenders of its text (g, p, j).
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        plot->legend->item(i)->setMargins(QMargins(0, 0, 0, look.ipx(4)));
    plot->xAxis->setRange(home.keys);
    plot->yAxis->setRange(home.values);
    return home;
}

/// The index of the series date a key falls in: the last date at or before it (the value of a
/// step holds until the next date).
qsizetype dateIndex(const QList<QDate> &dates, double key)
{
    if (dates.isEmpty())
        return -1;
    qsizetype index = 0;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        if (dateKey(dates.at(i)) <= key)
            index = i;
        else
            break;
    }
    return index;
}

/// The read-out under the mouse: a tooltip, a line at the date (or a band behind the department).
void installHover(QCustomPlot *plot, PlotKind kind, const PlotData &data, const PlotOptions &options, const Home &home)
{
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QCPAxisRect *rect = plot->axisRect();
    // Values stay anchored at 0: zoom and pan along the dates (or departments) only.
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setRangeZoomFactor(0.85);
    plot->setMouseTracking(true);

    plot->addLayer(QStringLiteral("highlight"), plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    auto *marker = new QCPItemStraightLine(plot);
    marker->setLayer(QStringLiteral("overlay"));
    marker->setPen(QPen(chartColours().mutedText, 1, Qt::DotLine));
    marker->setVisible(false);
    marker->setSelectable(false);
    auto *band = new QCPItemRect(plot);
    band->setLayer(QStringLiteral("highlight"));
    band->setPen(Qt::NoPen);
    band->setBrush(chartColours().highlight);
    band->setVisible(false);
    band->setSelectable(false);
    band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);

    auto hide = [plot, marker, band] {
        QToolTip::hideText();
        if (marker->visible() || band->visible()) {
            marker->setVisible(false);
            band->setVisible(false);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    };
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [=](QMouseEvent *event) {
        if (event->buttons() != Qt::NoButton || !rect->rect().contains(event->pos())) {
            hide();
            return;
        }
        const double key = plot->xAxis->pixelToCoord(event->pos().x());
        qsizetype index = -1;
        if (kind == PlotKind::Share) {
            index = static_cast<qsizetype>(std::lround(key));
            if (index < 0 || index >= data.shares.size() || std::abs(key - static_cast<double>(index)) > 0.5)
                index = -1;
        } else {
            index = dateIndex(seriesDates(kind, data), key);
        }
        const QString text = index >= 0 ? plotReadout(kind, data, index, options) : QString();
        if (text.isEmpty()) {
            hide();
            return;
        }
        if (kind == PlotKind::Share) {
            const double left = static_cast<double>(index) - 0.48;
            const bool moved = !band->visible() || band->topLeft->key() != left;
            band->topLeft->setCoords(left, 0);
            band->bottomRight->setCoords(left + 0.96, 1);
            band->setVisible(true);
            if (moved)
                plot->replot(QCustomPlot::rpQueuedReplot);
        } else {
            const QList<QDate> &dates = seriesDates(kind, data);
            const double at = dateKey(dates.at(index));
            marker->point1->setCoords(at, 0);
            marker->point2->setCoords(at, 1);
            marker->setVisible(true);
            plot->layer(QStringLiteral("overlay"))->replot();
        }
        QToolTip::showText(event->globalPosition().toPoint(), text, plot, rect->rect());
    });
    QObject::connect(plot, &QCustomPlot::mouseDoubleClick, plot, [plot, home](QMouseEvent *) {
        plot->xAxis->setRange(home.keys);
        plot->yAxis->setRange(home.values);
        plot->replot();
    });
    plot->setStatusTip(PlotText::tr("Wheel: zoom · drag: move · double-click: show all"));
}

QString grouped(qint64 value)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x00A0));
    return negative ? QStringLiteral("-") + digits : digits;
}

} // namespace

QString plotKindCode(PlotKind kind)
{
    switch (kind) {
    case PlotKind::CareArea:
        return QStringLiteral("care-area");
    case PlotKind::CareUnits:
        return QStringLiteral("care-units");
    case PlotKind::Adoption:
        return QStringLiteral("adoption");
    case PlotKind::Share:
        return QStringLiteral("share");
    }
    return {};
}

std::optional<PlotKind> plotKindFromCode(const QString &code)
{
    for (PlotKind kind : {PlotKind::CareArea, PlotKind::CareUnits, PlotKind::Adoption, PlotKind::Share}) {
        if (code.trimmed().compare(plotKindCode(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString plotKindTitle(PlotKind kind)
{
    switch (kind) {
    case PlotKind::CareArea:
        return PlotText::tr("Area by care type");
    case PlotKind::CareUnits:
        return PlotText::tr("Biodiversity units by care type");
    case PlotKind::Adoption:
        return PlotText::tr("Departments that have adopted");
    case PlotKind::Share:
        return PlotText::tr("Nature-friendly share of the green area");
    }
    return {};
}

QString formatSquareMetres(double m2)
{
    return grouped(std::llround(m2)) + QStringLiteral(" m²");
}

namespace {

/// The read-out of a stacked chart at a date: the date, each care type's value (top first) and the
/// total, each written by `format`.
QString stackReadout(const QList<QDate> &dates, const QStringList &careTypes, const QList<QList<double>> &values,
                     const PlotData &data, qsizetype index, const std::function<QString(double)> &format)
{
    if (index < 0 || index >= dates.size())
        return {};
    QStringList lines{isoDate(dates.at(index))};
    double total = 0;
    for (qsizetype c = careTypes.size() - 1; c >= 0; --c) {
        const double value = c < values.size() && index < values.at(c).size() ? values.at(c).at(index) : 0.0;
        total += value;
        if (value <= 0)
            continue;
        const QString name = c < data.careTypeLooks.size() && !data.careTypeLooks.at(c).name.isEmpty()
                                 ? data.careTypeLooks.at(c).name
                                 : careTypes.at(c);
        lines << PlotText::tr("%1: %2").arg(name, format(value));
    }
    lines << PlotText::tr("Total: %1").arg(format(total));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString plotReadout(PlotKind kind, const PlotData &data, qsizetype index, const PlotOptions &options)
{
    const QLocale locale(options.language);
    QStringList lines;
    switch (kind) {
    case PlotKind::CareArea:
        return stackReadout(data.careArea.dates, data.careArea.careTypes, data.careArea.areaM2, data, index,
                            [](double area) { return formatSquareMetres(area); });
    case PlotKind::CareUnits:
        return stackReadout(data.careUnits.dates, data.careUnits.careTypes, data.careUnits.units, data, index,
                            [&locale](double units) {
                                return PlotText::tr("%1 units").arg(locale.toString(units, 'f', 2));
                            });
    case PlotKind::Adoption: {
        const AdoptionSeries &s = data.adoption;
        if (index < 0 || index >= s.dates.size() || index >= s.adopted.size() || index >= s.departments.size())
            return {};
        const int adopted = s.adopted.at(index);
        const int all = s.departments.at(index);
        lines << isoDate(s.dates.at(index));
        lines << PlotText::tr("%1 of %2 departments have adopted").arg(locale.toString(adopted), locale.toString(all));
        if (all > 0)
            lines << PlotText::tr("%1 of the departments").arg(percentText(100.0 * adopted / all, locale));
        break;
    }
    case PlotKind::Share: {
        if (index < 0 || index >= data.shares.size())
            return {};
        const ShareBar &bar = data.shares.at(index);
        auto share = [&locale](double nature, double green) {
            if (green <= 0)
                return PlotText::tr("no green area");
            return PlotText::tr("%1 (%2 of %3)")
                .arg(percentText(100.0 * nature / green, locale), grouped(std::llround(nature)),
                     formatSquareMetres(green));
        };
        lines << bar.label;
        lines << PlotText::tr("Today: %1").arg(share(bar.natureToday, bar.greenToday));
        lines << (bar.hasProposal ? PlotText::tr("With the proposal: %1").arg(share(bar.natureProposal, bar.greenProposal))
                                  : PlotText::tr("No proposal yet"));
        break;
    }
    }
    return lines.join(QLatin1Char('\n'));
}

QWidget *createPlotWidget(PlotKind kind, const PlotData &data, const PlotOptions &options, QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    Look look;
    look.locale = QLocale(options.language);
    const Home home = build(plot, kind, data, options, look);
    installHover(plot, kind, data, options, home);
    plot->setMinimumSize(320, 240);
    plot->replot();
    return plot;
}

Result<void> drawPlot(PlotKind kind, const PlotData &data, const PlotOptions &options, QPainter &painter, const QRectF &rect)
{
    return drawBuilt(painter, rect, options.language,
                     [&](QCustomPlot *plot, const Look &look) { build(plot, kind, data, options, look); });
}

Result<void> exportPlot(PlotKind kind, const PlotData &data, const PlotOptions &options, const QString &path)
{
    return exportBuilt(path, options.size, options.language, options.title.isEmpty() ? plotKindTitle(kind) : options.title,
                       data.subtitle, [&](QCustomPlot *plot, const Look &look) { build(plot, kind, data, options, look); });
}

namespace plot_detail {

Look lookFor(const QSize &size, const QString &language)
{
    Look look;
    look.scale = scaleFor(size);
    look.locale = QLocale(language);
    return look;
}

Result<void> drawBuilt(QPainter &painter, const QRectF &rect, const QString &language,
                       const std::function<void(QCustomPlot *, const Look &)> &fill, double scale)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return makeError(PlotText::tr("Drawing a chart needs a QApplication."));
    const QSize size(std::max(200, qRound(rect.width())), std::max(150, qRound(rect.height())));
    QCustomPlot plot;
    plot.resize(size);
    Look look = lookFor(size, language);
    if (scale > 0)
        look.scale = scale;
    fill(&plot, look);
    return drawRecorded(plot, size, painter, rect);
}

Result<void> exportBuilt(const QString &path, const QSize &size, const QString &language, const QString &title,
                         const QString &description, const std::function<void(QCustomPlot *, const Look &)> &fill)
{
    if (auto checked = checkExport(path, size); !checked.ok())
        return checked;
    QCustomPlot plot;
    plot.resize(size);
    fill(&plot, lookFor(size, language));
    return writePlotFile(plot, size, path, title, description);
}

Result<void> drawRecorded(QCustomPlot &plot, const QSize &size, QPainter &painter, const QRectF &rect)
{
    QPicture picture;
    QCPPainter recorder;
    if (!recorder.begin(&picture))
        return makeError(PlotText::tr("The chart cannot be drawn."));
    recorder.setMode(QCPPainter::pmVectorized);
    recorder.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&recorder, size.width(), size.height());
    recorder.end();
    drawPictureScaled(painter, picture, size, rect);
    return {};
}

Result<void> checkExport(const QString &path, const QSize &size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") && suffix != QLatin1String("svg"))
        return makeError(PlotText::tr("%1: cannot write charts of type \"%2\"; use .png, .pdf or .svg")
                             .arg(path, suffix));
    if (size.width() < 200 || size.height() < 150 || size.width() > 20000 || size.height() > 20000)
        return makeError(PlotText::tr("%1: a chart must be 200 x 150 to 20000 x 20000 pixels, not %2 x %3")
                             .arg(path)
                             .arg(size.width())
                             .arg(size.height()));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return makeError(PlotText::tr("%1: drawing a chart needs a QApplication").arg(path));
    return {};
}

Result<void> writePlotFile(QCustomPlot &plot, const QSize &size, const QString &path, const QString &title,
                           const QString &description)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int w = size.width();
    const int h = size.height();
    // Into a temporary file beside `path`, every write checked, renamed into place when whole: a
    // failed export (a full disk) leaves no file, and an existing file stays as it was.
    if (suffix == QLatin1String("png")) {
        QImage image = plot.toPixmap(w, h, 1.0).toImage();
        const int dotsPerMetre = qRound(96 / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        return writePng(image, path); // the map's PNG writer: atomic, and quiet about failures
    }
    return writeFileAtomically(path, [&](QIODevice &device, QString &reason) {
        reason = PlotText::tr("%1: cannot draw the chart.").arg(path);
        QCPPainter painter;
        if (suffix == QLatin1String("pdf")) {
            // As QCustomPlot::savePdf draws it (a page of w x h points at screen resolution), but
            // onto the device, which reports every failed write.
            QPdfWriter pdf(&device);
            pdf.setCreator(QStringLiteral("Engdrift"));
            pdf.setTitle(title);
            pdf.setResolution(96);
            pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(w, h), QPageSize::Point, QString(), QPageSize::ExactMatch),
                                          QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
            if (!painter.begin(&pdf))
                return false;
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            painter.setWindow(QRect(0, 0, w, h));
            plot.toPainter(&painter, w, h);
            return painter.end();
        }
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(title);
        svg.setDescription(description);
        if (!painter.begin(&svg))
            return false;
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot.toPainter(&painter, w, h);
        return painter.end();
    });
}

} // namespace plot_detail

} // namespace engdrift::plots
