#include "layout/layout_engine.h"

#include "layout/layout_tables.h"
#include "render/map_renderer.h"
#include "render/zone_painter.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QSvgRenderer>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace engdrift {
namespace {

struct EngineTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

/// Pixels (layout units) of a font size in points.
double pointsToUnits(double points)
{
    return points * 96.0 / 72.0;
}


/// Maps on paper are drawn this much larger than on a screen at 96 dpi: labels and outlines read
/// at arm's length, as on a printed map.
constexpr double kPrintMapScale = 1.5;

/// The smallest legend text: what a template may ask for at least (layout_template.cpp).
constexpr double kSmallestLegendPoints = 4.0;

QRectF unitsOf(const QRectF &mm)
{
    return QRectF(mm.topLeft() * kLayoutUnitsPerMm, mm.size() * kLayoutUnitsPerMm);
}

/// A round length for a scale bar about `target` map units long: 1, 2 or 5 times a power of ten.
double niceLength(double target)
{
    if (!(target > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= target)
            return step * power;
    }
    return power;
}

/// The largest font (from `points` down to 5 pt) at which `text` fits `rect` wrapped; the text is
/// never cut off a page.
QFont fittingFont(const QString &text, const QRectF &rect, double points, bool bold, int flags)
{
    for (double size = points; size > 5.0; size -= 0.5) {
        const QFont font = layoutFont(size, bold);
        const QRectF needed = QFontMetricsF(font).boundingRect(QRectF(QPointF(0, 0), QSizeF(rect.width(), 1e6)), flags, text);
        if (needed.width() <= rect.width() + 0.5 && needed.height() <= rect.height() + 0.5)
            return font;
    }
    return layoutFont(5.0, bold);
}

/// The map views of the page's map elements: each frames the page's extent; maps that share a
/// scale take the coarsest of theirs, so each shows the whole of it.
QHash<QString, MapView> mapViews(const LayoutTemplate &layout, const LayoutPage &page)
{
    QHash<QString, MapView> views;
    QHash<QString, QString> group; // map id → the id its scale comes from
    for (const LayoutElement &e : layout.elements()) {
        if (e.type != LayoutElementType::Map)
            continue;
        QString root = e.id;
        QSet<QString> seen;
        while (const LayoutElement *next = layout.element(layout.element(root) ? layout.element(root)->sameScaleAs : QString())) {
            if (seen.contains(next->id))
                break;
            seen.insert(root);
            root = next->id;
        }
        group.insert(e.id, root);
    }
    QHash<QString, double> unitsPerPixel; // per group: the coarsest that shows the extent in every map
    int unnamed = 0;
    QHash<const LayoutElement *, QString> keys;
    for (const LayoutElement &e : layout.elements()) {
        if (e.type != LayoutElementType::Map)
            continue;
        const QString key = e.id.isEmpty() ? QStringLiteral("#%1").arg(++unnamed) : e.id;
        keys.insert(&e, key);
        const QRectF frame = unitsOf(e.rect);
        const double margin = e.marginMm * kLayoutUnitsPerMm / kPrintMapScale;
        const QSize size(std::max(1, static_cast<int>(std::lround(frame.width() / kPrintMapScale))),
                         std::max(1, static_cast<int>(std::lround(frame.height() / kPrintMapScale))));
        const MapView fitted = MapView::fitting(page.extent, size, static_cast<int>(std::lround(margin)));
        const QString g = group.value(e.id, key);
        unitsPerPixel[g] = std::max(unitsPerPixel.value(g, 0.0), fitted.mapUnitsPerPixel());
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const LayoutElement &e = *it.key();
        const QRectF frame = unitsOf(e.rect);
        const QSize size(std::max(1, static_cast<int>(std::lround(frame.width() / kPrintMapScale))),
                         std::max(1, static_cast<int>(std::lround(frame.height() / kPrintMapScale))));
        views.insert(it.value(), MapView(page.extent.center(), unitsPerPixel.value(group.value(e.id, it.value())), size));
    }
    return views;
}

/// The band of a map's caption, at the map's top left corner (layout units, relative to the map).
QRectF captionBand(const QString &caption, double points)
{
    const QFontMetricsF metrics(layoutFont(points, true));
    return QRectF(6, 6, metrics.horizontalAdvance(caption) + 12, metrics.height() + 6);
}

} // namespace

LayoutEngine::LayoutEngine(const ProjectStore &store, const LayoutCharts *charts)
    : m_store(store), m_charts(charts), m_style(store.catalogue())
{
}

QFont layoutFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pointsToUnits(points)))));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

Result<void> LayoutEngine::drawPage(QPainter &painter, const LayoutTemplate &layout, const LayoutPage &page,
                                    const std::atomic_bool *cancel) const
{
    const QPaintDevice *device = painter.device();
    const QSizeF pageUnits = layout.pageSizeMm() * kLayoutUnitsPerMm;
    const QString &language = page.request.language;
    const QColor ink = m_style.labelText();
    const QColor paper = m_style.background();
    const QColor rule = m_style.departmentOutline();
    painter.save();
    painter.scale(device->width() / pageUnits.width(), device->height() / pageUnits.height());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    const QHash<QString, MapView> views = mapViews(layout, page);
    int unnamedMap = 0;
    QHash<QString, MapViewKind> mapKinds;
    QSet<QString> zoneMaps;
    for (const LayoutElement &e : layout.elements()) {
        if (e.type == LayoutElementType::Map)
            mapKinds.insert(e.id, e.view);
        if (e.type == LayoutElementType::Map && e.zones)
            zoneMaps.insert(e.id);
    }

    auto drawText = [&](const QRectF &rect, const QString &text, double points, bool bold, Qt::Alignment align,
                        const QColor &colour) {
        const int flags = static_cast<int>(align) | Qt::TextWordWrap;
        painter.setFont(fittingFont(text, rect, points, bold, flags));
        painter.setPen(colour.isValid() ? colour : ink);
        painter.drawText(rect, flags, text);
    };

    for (const LayoutElement &e : layout.elements()) {
        if (cancel && cancel->load())
            break;
        const QRectF r = unitsOf(e.rect);
        const QString caption = page.fill(e.text.text(language));
        switch (e.type) {
        case LayoutElementType::Text:
            drawText(r, caption, e.fontSize, e.bold, e.align, e.colour);
            break;
        case LayoutElementType::Map: {
            const QString key = e.id.isEmpty() ? QStringLiteral("#%1").arg(++unnamedMap) : e.id;
            if (e.view == MapViewKind::Proposal && !page.proposal) {
                painter.fillRect(r, paper);
                drawText(r.adjusted(8, 8, -8, -8),
                         EngineTr::tr("Department %1 has no proposal to show.").arg(page.department.key.toString()),
                         e.fontSize, false, Qt::AlignCenter, e.colour);
            } else {
                RenderOptions options;
                options.view = views.value(key);
                options.at = page.request.at;
                options.labels = true;
                options.decorations = false;
                options.language = language;
                options.overlay = page.request.edits;
                if (e.view == MapViewKind::Proposal)
                    options.proposalId = page.proposal->id;
                if (e.zones && page.mowing) {
                    // The zones of the plan, on the map the plan was made from.
                    options.mowingZones = std::shared_ptr<const MowingZones>(page.mowing, &page.mowing->zones);
                    options.proposalId = page.mowing->zones.proposalId;
                    options.everyZoneNumber = true; // the crew needs every number on paper
                }
                const double toView = options.view.size().width() / r.width();
                if (!caption.isEmpty()) // no map label under the caption
                    options.keepFree << captionBand(caption, e.fontSize).adjusted(-6, -6, 2, 2);
                for (QRectF &free : options.keepFree)
                    free = QRectF(free.topLeft() * toView, free.size() * toView);
                painter.save();
                painter.translate(r.topLeft());
                painter.setClipRect(QRectF(QPointF(0, 0), r.size()));
                painter.scale(r.width() / options.view.size().width(), r.height() / options.view.size().height());
                auto drawn = MapRenderer(m_store, m_style).render(painter, options, cancel);
                painter.restore();
                if (!drawn.ok()) {
                    painter.restore();
                    return drawn.error();
                }
            }
            if (!caption.isEmpty()) {
                painter.setFont(layoutFont(e.fontSize, true));
                const QRectF band = captionBand(caption, e.fontSize).translated(r.topLeft());
                painter.fillRect(band, paper);
                painter.setPen(ink);
                painter.drawText(band, Qt::AlignCenter, caption);
            }
            break;
        }
        case LayoutElementType::Legend: {
            bool today = false, proposal = false, zones = false;
            for (const QString &id : e.maps) {
                (mapKinds.value(id) == MapViewKind::Proposal ? proposal : today) = true;
                zones = zones || zoneMaps.contains(id);
            }
            struct Entry
            {
                QString code;
                QString name;
                std::optional<CareSymbol> zoneSymbol; ///< a class of mowing zones
            };
            QList<Entry> entries;
            if (zones && page.mowing) {
                // A map of mowing zones: how they are cut.
                for (const ZoneLegendEntry &z : zoneLegend(page.mowing->zones.zones.isEmpty() ? nullptr : &page.mowing->zones))
                    entries << Entry{z.code, EngineTr::tr("%1 – %2").arg(z.name, z.description), z.symbol};
            } else {
                for (const LayoutCareRow &row : page.careRows) {
                    if ((today && row.todayM2 > 0) || (proposal && row.proposalM2 > 0))
                        entries << Entry{row.code, row.name, std::nullopt};
                }
                const bool paths = (today && page.mownPathTodayM > 0) || (proposal && page.mownPathProposalM > 0);
                if (paths)
                    entries << Entry{QString(), EngineTr::tr("Mown paths"), std::nullopt};
            }
            QRectF body = r;
            if (!caption.isEmpty()) {
                painter.setFont(layoutFont(e.fontSize, true));
                painter.setPen(ink);
                const double h = QFontMetricsF(painter.font()).height() * 1.3;
                painter.drawText(QRectF(r.left(), r.top(), r.width(), h), Qt::AlignLeft | Qt::AlignVCenter, caption);
                body.setTop(r.top() + h);
            }
            const int columns = std::max(1, e.columns);
            const int rows = static_cast<int>((entries.size() + columns - 1) / columns);
            if (rows == 0)
                break;
            const double columnWidth = body.width() / columns;
            // The largest size (up to the template's) at which every entry fits its cell.
            double points = e.fontSize;
            // Down to 4 pt, the smallest a template may ask for, which is used when nothing fits
            // (a caption may leave no room at all).
            for (; points > kSmallestLegendPoints; points -= 0.5) {
                const QFontMetricsF metrics(layoutFont(points));
                const double rowHeight = metrics.height() * 1.45;
                const double swatch = metrics.height() * 1.6;
                bool fits = rowHeight * rows <= body.height() + 0.5;
                for (const Entry &entry : entries)
                    fits = fits && swatch + 6 + metrics.horizontalAdvance(entry.name) <= columnWidth - 4;
                if (fits)
                    break;
            }
            points = std::max(points, kSmallestLegendPoints);
            const QFont font = layoutFont(points);
            const QFontMetricsF metrics(font);
            const double rowHeight = metrics.height() * 1.45;
            const double swatchW = metrics.height() * 1.6;
            const double swatchH = metrics.height() * 0.95;
            painter.setFont(font);
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const int column = static_cast<int>(i / rows);
                const int row = static_cast<int>(i % rows);
                const QPointF at(body.left() + column * columnWidth, body.top() + row * rowHeight);
                const QRectF swatch(at.x(), at.y() + (rowHeight - swatchH) / 2, swatchW, swatchH);
                if (entries[i].zoneSymbol) {
                    drawZoneSwatch(painter, swatch, *entries[i].zoneSymbol);
                } else if (entries[i].code.isEmpty()) {
                    painter.fillRect(swatch.adjusted(0, swatchH * 0.25, 0, -swatchH * 0.25), m_style.pathFill());
                    painter.setPen(QPen(m_style.pathEdge(), 1));
                    painter.drawLine(swatch.left(), swatch.center().y() - swatchH * 0.25, swatch.right(),
                                     swatch.center().y() - swatchH * 0.25);
                    painter.drawLine(swatch.left(), swatch.center().y() + swatchH * 0.25, swatch.right(),
                                     swatch.center().y() + swatchH * 0.25);
                } else {
                    const CareStyle &style = m_style.careStyle(entries[i].code);
                    painter.fillRect(swatch, style.fill);
                    if (style.hatch != Qt::NoBrush) {
                        painter.save();
                        // The hatch as it is drawn on the map (its pattern is in pixels of 1/96 in).
                        painter.setBrushOrigin(swatch.topLeft());
                        painter.fillRect(swatch, QBrush(style.hatchColour, style.hatch));
                        painter.restore();
                    }
                    painter.setPen(QPen(style.outline, 1));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(swatch);
                }
                painter.setPen(ink);
                painter.drawText(QRectF(swatch.right() + 6, at.y(), columnWidth - swatchW - 10, rowHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, entries[i].name);
            }
            break;
        }
        case LayoutElementType::Table: {
            const LayoutTableContent content = layoutTableContent(e.table, page);
            const QList<LayoutTableRow> &rows = content.rows;
            QRectF body = r;
            if (!caption.isEmpty()) {
                painter.setFont(layoutFont(e.fontSize, true));
                painter.setPen(ink);
                const double h = QFontMetricsF(painter.font()).height() * 1.3;
                painter.drawText(QRectF(r.left(), r.top(), r.width(), h), Qt::AlignLeft | Qt::AlignVCenter, caption);
                body.setTop(r.top() + h);
            }
            const int columnCount = static_cast<int>(rows.first().cells.size());
            // Sizes that fit: the first column takes what the numbers leave.
            double points = e.fontSize;
            double rowHeight = 0;
            QList<double> widths;
            // At least once: a table's font may be as small as the smallest size tried (4 pt).
            for (;; points -= 0.5) {
                const QFontMetricsF metrics(layoutFont(points, true));
                rowHeight = metrics.height() * 1.35;
                widths = QList<double>(columnCount, 0.0);
                for (const LayoutTableRow &row : rows) {
                    for (int c = 0; c < columnCount; ++c)
                        widths[c] = std::max(widths[c], metrics.horizontalAdvance(row.cells.value(c)) + 10);
                }
                double total = 0;
                for (double w : widths)
                    total += w;
                if ((total <= body.width() && rowHeight * rows.size() <= body.height() + 0.5) || points <= 5.5)
                    break;
            }
            double othersWidth = 0;
            for (int c = 0; c < columnCount; ++c)
                othersWidth += c == content.stretch ? 0.0 : widths[c];
            widths[content.stretch] = std::max(widths[content.stretch], body.width() - othersWidth);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const LayoutTableRow &row = rows[i];
                painter.setFont(layoutFont(points, row.bold));
                painter.setPen(ink);
                double x = body.left();
                const double y = body.top() + i * rowHeight;
                for (int c = 0; c < columnCount; ++c) {
                    const QRectF cell(x + 4, y, widths[c] - 8, rowHeight);
                    painter.drawText(cell, (content.left.contains(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, row.cells.value(c));
                    x += widths[c];
                }
                if (i == 0 || row.total) {
                    painter.setPen(QPen(rule, i == 0 ? 1.2 : 0.8));
                    const double lineY = i == 0 ? y + rowHeight : y;
                    painter.drawLine(QPointF(body.left(), lineY), QPointF(body.right(), lineY));
                }
            }
            break;
        }
        case LayoutElementType::ScaleBar: {
            const MapView view = views.value(e.maps.value(0));
            if (!view.isValid())
                break;
            // Metres per layout unit: the map's pixels are drawn larger on paper.
            const double upu = view.mapUnitsPerPixel() * view.size().width() / (unitsOf(layout.element(e.maps.value(0))->rect).width());
            const QFont font = layoutFont(e.fontSize);
            const QFontMetricsF metrics(font);
            const double barHeight = std::min(6.0, r.height() / 3);
            const double length = niceLength(upu * (r.width() - 20) * 0.8);
            const double px = length / upu;
            const QPointF origin(r.left() + 6, r.bottom() - barHeight - 2);
            painter.setPen(QPen(ink, 0.8));
            painter.setBrush(ink);
            painter.drawRect(QRectF(origin, QSizeF(px / 2, barHeight)));
            painter.setBrush(paper);
            painter.drawRect(QRectF(origin + QPointF(px / 2, 0), QSizeF(px / 2, barHeight)));
            painter.setFont(font);
            const QString unit = length >= 1000 ? QStringLiteral("%1 km").arg(length / 1000) : QStringLiteral("%1 m").arg(length);
            const double textY = origin.y() - metrics.height() - 1;
            painter.drawText(QRectF(origin.x() - 20, textY, 40, metrics.height()), Qt::AlignCenter, QStringLiteral("0"));
            painter.drawText(QRectF(origin.x() + px - 60, textY, 120, metrics.height()), Qt::AlignCenter, unit);
            if (!caption.isEmpty())
                painter.drawText(QRectF(origin.x() + px + 60, textY, r.right() - origin.x() - px - 60, metrics.height() + barHeight + 2),
                                 Qt::AlignLeft | Qt::AlignVCenter, caption);
            break;
        }
        case LayoutElementType::NorthArrow: {
            const double h = std::min(r.height(), r.width() * 2.2);
            const QFont font = layoutFont(e.fontSize, true);
            const double textH = QFontMetricsF(font).height();
            const double arrowH = std::max(4.0, h - textH);
            const double w = arrowH / 2.4;
            const QPointF tip(r.center().x(), r.top() + textH);
            QPainterPath arrow;
            arrow.moveTo(tip);
            arrow.lineTo(tip + QPointF(w / 2, arrowH));
            arrow.lineTo(tip + QPointF(0, arrowH * 0.78));
            arrow.lineTo(tip + QPointF(-w / 2, arrowH));
            arrow.closeSubpath();
            painter.setPen(QPen(ink, 0.8));
            painter.setBrush(ink);
            painter.drawPath(arrow);
            painter.setFont(font);
            painter.drawText(QRectF(r.left(), r.top(), r.width(), textH), Qt::AlignCenter, QStringLiteral("N"));
            break;
        }
        case LayoutElementType::Image: {
            if (e.file.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
                QSvgRenderer svg(e.file);
                if (!svg.isValid()) {
                    painter.restore();
                    return makeError(EngineTr::tr("%1, element \"%2\": the picture %3 cannot be drawn.").arg(layout.origin(), e.id, e.file));
                }
                QSizeF size = svg.defaultSize();
                size.scale(r.size(), Qt::KeepAspectRatio);
                svg.render(&painter, QRectF(r.topLeft(), size));
            } else {
                QImageReader reader(e.file);
                const QImage image = reader.read();
                if (image.isNull()) {
                    painter.restore();
                    return makeError(EngineTr::tr("%1, element \"%2\": the picture %3 cannot be read: %4")
                                         .arg(layout.origin(), e.id, e.file, reader.errorString()));
                }
                QSizeF size = image.size();
                size.scale(r.size(), Qt::KeepAspectRatio);
                painter.drawImage(QRectF(r.topLeft(), size), image);
            }
            break;
        }
        case LayoutElementType::Chart:
            if (m_charts) {
                painter.save();
                auto drawn = m_charts->drawChart(painter, r, e.chart, page, m_store);
                painter.restore();
                if (!drawn.ok()) {
                    painter.restore();
                    return drawn.error();
                }
            } else {
                drawText(r, EngineTr::tr("(The chart is drawn by the desktop program and engdrift-cli.)"), 8, false,
                         Qt::AlignCenter, rule);
            }
            break;
        case LayoutElementType::Line:
            painter.setPen(QPen(e.colour.isValid() ? e.colour : rule, 1));
            if (r.width() >= r.height())
                painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
            else
                painter.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
            break;
        case LayoutElementType::Notes: {
            const QFont font = layoutFont(e.fontSize, true);
            const double textH = QFontMetricsF(font).height() * 1.2;
            painter.setFont(font);
            painter.setPen(ink);
            painter.drawText(QRectF(r.left(), r.top(), r.width(), textH), Qt::AlignLeft | Qt::AlignVCenter, caption);
            painter.setPen(QPen(rule, 0.6));
            const double spacing = 8 * kLayoutUnitsPerMm;
            for (double y = r.top() + textH + spacing * 0.8; y <= r.bottom() + 0.5; y += spacing)
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            break;
        }
        }
        if (e.frame && e.type != LayoutElementType::Map && e.type != LayoutElementType::Line) {
            painter.setPen(QPen(rule, 0.8));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
        }
        if (e.frame && e.type == LayoutElementType::Map) {
            painter.setPen(QPen(rule, 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
        }
    }
    painter.restore();
    if (cancel && cancel->load())
        return makeError(EngineTr::tr("The page was cancelled."));
    return {};
}

} // namespace engdrift
