#include "report/report_pdf_p.h"

#include "style/symbology.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace engdrift::reportpdf {
namespace {

constexpr double kSmallestPoints = 5.5;

/// Room for the rounding of text layout: a cell is this much wider than its measured text.
constexpr double kSlack = 1.5;

/// The widest word of a text: the narrowest a wrapped text can be.
double widestWord(const QFontMetricsF &metrics, const QString &text)
{
    double widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word) + kSlack);
    return widest;
}

/// The flags that wrap `text` in `width`: at spaces, or anywhere when a word is wider than it.
int wrapFlags(const QFontMetricsF &metrics, const QString &text, double width)
{
    return Qt::AlignLeft | Qt::AlignTop | (widestWord(metrics, text) > width ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
}

double wrappedHeight(const QFontMetricsF &metrics, const QString &text, double width, int flags)
{
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
}

} // namespace

QFont font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(points * 96.0 / 72.0))));
    f.setBold(bold);
    // Letters as they are (no "fi" ligature): the PDF's text is searched and copied as written.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

Ink Ink::active()
{
    const Symbology &s = Symbology::active();
    Ink ink;
    ink.text = s.charts().text;
    ink.muted = s.charts().mutedText;
    ink.rule = s.charts().axis;
    ink.shade = s.charts().highlight;
    ink.band = s.charts().grid;
    ink.paper = s.decorations().paper;
    ink.accent = s.charts().adopted;
    return ink;
}

PageFlow::PageFlow(const QRectF &body) : m_body(body)
{
    newPage();
}

void PageFlow::newPage()
{
    m_pages.append(QList<Step>());
    m_y = m_body.top();
}

void PageFlow::place(double height, Draw draw, const QString &tag)
{
    if (height > room() && !atTop())
        newPage();
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    m_pages.last().append(Step{rect, std::move(draw), tag});
    m_y += height;
}

QStringList PageFlow::tags(int page) const
{
    QStringList list;
    for (const Step &step : m_pages.at(page))
        list << step.tag;
    return list;
}

void PageFlow::skip(double height)
{
    if (!atTop())
        m_y = std::min(m_y + height, m_body.bottom());
}

void PageFlow::drawPage(QPainter &painter, int page) const
{
    for (const Step &step : m_pages.at(page))
        step.draw(painter, step.rect);
}

Table::Table(QList<TableColumn> columns, double points) : m_columns(std::move(columns)), m_points(points) {}

void Table::fit(double width)
{
    const qsizetype count = m_columns.size();
    for (double points = m_points;; points -= 0.5) {
        const bool last = points - 0.5 < kSmallestPoints;
        const QFontMetricsF plain(font(points));
        const QFontMetricsF bold(font(points, true));
        m_padding = plain.height() * 0.25;
        m_lineHeight = plain.lineSpacing();
        // Fixed columns as wide as their widest cell (headings may wrap at spaces); wrapping
        // columns at least as wide as their widest word and share what is left.
        m_widths = QList<double>(count, 0.0);
        QList<double> least(count, 0.0);
        QList<double> wanted(count, 0.0); // wrapping columns: their widest cell on one line
        for (qsizetype c = 0; c < count; ++c) {
            m_widths[c] = widestWord(bold, m_columns.at(c).heading);
            least[c] = m_widths[c];
        }
        for (const TableRow &row : std::as_const(m_rows)) {
            if (row.kind == TableRow::Kind::Group)
                continue;
            const QFontMetricsF &metrics = row.kind == TableRow::Kind::Total ? bold : plain;
            for (qsizetype c = 0; c < count && c < row.cells.size(); ++c) {
                if (m_columns.at(c).wraps) {
                    least[c] = std::max(least[c], std::min(widestWord(metrics, row.cells.at(c)), 30 * kUnitsPerMm));
                    wanted[c] = std::max(wanted[c], metrics.horizontalAdvance(row.cells.at(c)) + kSlack);
                } else
                    m_widths[c] = std::max(m_widths[c], metrics.horizontalAdvance(row.cells.at(c)) + kSlack);
            }
        }
        double fixed = 0;
        double wrapping = 0;
        int wrappers = 0;
        for (qsizetype c = 0; c < count; ++c) {
            if (m_columns.at(c).wraps) {
                least[c] = std::max(least[c], 18 * kUnitsPerMm) + 2 * m_padding;
                wrapping += least[c];
                ++wrappers;
            } else {
                m_widths[c] += 2 * m_padding;
                fixed += m_widths[c];
            }
        }
        if (fixed + wrapping > width && !last)
            continue;
        // What is left: first for the wrapping columns to show their text on one line (up to
        // 60 mm), then for headings on one line, the rest to the wrapping columns (or, without
        // one, to the fixed ones evenly).
        double spare = std::max(0.0, width - fixed - wrapping);
        double reserve = 0;
        for (qsizetype c = 0; c < count; ++c) {
            if (m_columns.at(c).wraps)
                reserve += std::max(0.0, std::min(wanted[c], 60 * kUnitsPerMm) + 2 * m_padding - least[c]);
        }
        for (qsizetype c = 0; c < count; ++c) {
            if (m_columns.at(c).wraps)
                continue;
            const double whole = bold.horizontalAdvance(m_columns.at(c).heading) + kSlack + 2 * m_padding;
            const double extra = whole - m_widths[c];
            if (extra > 0 && extra <= spare - reserve) {
                m_widths[c] += extra;
                spare -= extra;
            }
        }
        for (qsizetype c = 0; c < count; ++c) {
            if (m_columns.at(c).wraps)
                m_widths[c] = least[c] + spare / wrappers;
            else if (wrappers == 0)
                m_widths[c] += spare / static_cast<double>(count);
        }
        m_points = points;
        break;
    }

    const QFontMetricsF plain(font(m_points));
    const QFontMetricsF bold(font(m_points, true));
    // Header: each heading wrapped in its column.
    m_headerHeight = 0;
    for (qsizetype c = 0; c < count; ++c) {
        const double w = m_widths.at(c) - 2 * m_padding;
        const QString &heading = m_columns.at(c).heading;
        m_headerHeight = std::max(m_headerHeight, wrappedHeight(bold, heading, w, wrapFlags(bold, heading, w)));
    }
    m_headerHeight += 2 * m_padding;
    // Rows: one line, or as many as the wrapping cell needs.
    m_heights.clear();
    m_flags.clear();
    m_heights.reserve(m_rows.size());
    m_flags.reserve(m_rows.size());
    for (const TableRow &row : std::as_const(m_rows)) {
        const QFontMetricsF &metrics = row.kind == TableRow::Kind::Normal ? plain : bold;
        double height = m_lineHeight;
        int flags = 0;
        if (row.kind == TableRow::Kind::Group) {
            m_heights << groupHeight(row.cells.value(0));
            m_flags << 0;
            continue;
        } else {
            for (qsizetype c = 0; c < count && c < row.cells.size(); ++c) {
                if (!m_columns.at(c).wraps)
                    continue;
                const QString &text = row.cells.at(c);
                const double w = m_widths.at(c) - 2 * m_padding;
                if (metrics.horizontalAdvance(text) <= w)
                    continue;
                flags = wrapFlags(metrics, text, w);
                height = std::max(height, wrappedHeight(metrics, text, w, flags));
            }
        }
        m_heights << height + m_padding;
        m_flags << flags;
    }
}

void Table::drawHeader(QPainter &painter, const QRectF &rect, const Ink &ink) const
{
    painter.setFont(font(m_points, true));
    painter.setPen(ink.text);
    const QFontMetricsF bold(painter.font());
    double x = rect.left();
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const double w = m_widths.at(c) - 2 * m_padding;
        const QString &heading = m_columns.at(c).heading;
        int flags = wrapFlags(bold, heading, w);
        if (m_columns.at(c).numeric)
            flags = (flags & ~Qt::AlignLeft) | Qt::AlignRight;
        painter.drawText(QRectF(x + m_padding, rect.top() + m_padding, w, rect.height() - m_padding), flags | Qt::AlignBottom,
                         heading);
        x += m_widths.at(c);
    }
    painter.setPen(QPen(ink.rule, 1.0));
    painter.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5));
}

double Table::groupHeight(const QString &text) const
{
    const QFontMetricsF bold(font(m_points, true));
    double total = 0;
    for (double w : m_widths)
        total += w;
    const double w = total - 2 * m_padding;
    return std::max(m_lineHeight, wrappedHeight(bold, text, w, wrapFlags(bold, text, w))) + m_padding;
}

void Table::drawGroup(QPainter &painter, const QRectF &rect, const QString &text, const Ink &ink) const
{
    painter.fillRect(rect, ink.band);
    const QFont f = font(m_points, true);
    painter.setFont(f);
    painter.setPen(ink.text);
    const QRectF inside(rect.left() + m_padding, rect.top() + m_padding / 2, rect.width() - 2 * m_padding, rect.height());
    painter.drawText(inside, wrapFlags(QFontMetricsF(f), text, inside.width()), text);
}

void Table::drawRow(QPainter &painter, const QRectF &rect, qsizetype index, bool shaded, const Ink &ink) const
{
    const TableRow &row = m_rows.at(index);
    if (row.kind == TableRow::Kind::Group) {
        drawGroup(painter, rect, row.cells.value(0), ink);
        return;
    }
    if (shaded)
        painter.fillRect(rect, ink.shade);
    const bool total = row.kind == TableRow::Kind::Total;
    if (total) {
        painter.setPen(QPen(ink.rule, 1.0));
        painter.drawLine(QPointF(rect.left(), rect.top() + 0.5), QPointF(rect.right(), rect.top() + 0.5));
    }
    const QFont f = font(m_points, total);
    painter.setFont(f);
    painter.setPen(ink.text);
    const QFontMetricsF metrics(f);
    const double baseline = rect.top() + m_padding / 2 + metrics.ascent();
    double x = rect.left();
    for (qsizetype c = 0; c < m_columns.size() && c < row.cells.size(); ++c) {
        const QString &text = row.cells.at(c);
        const double w = m_widths.at(c) - 2 * m_padding;
        if (!text.isEmpty()) {
            const double advance = metrics.horizontalAdvance(text);
            if (m_columns.at(c).wraps && advance > w)
                painter.drawText(QRectF(x + m_padding, rect.top() + m_padding / 2, w, rect.height()), m_flags.at(index), text);
            else if (m_columns.at(c).numeric)
                painter.drawText(QPointF(x + m_padding + w - advance, baseline), text);
            else
                painter.drawText(QPointF(x + m_padding, baseline), text);
        }
        x += m_widths.at(c);
    }
}

void Table::flow(PageFlow &flow, const QString &caption, const Ink &ink, const QString &continued) const
{
    const QFont captionFont = font(m_points + 3.5, true);
    const double captionHeight = QFontMetricsF(captionFont).height() * 1.5;
    // The first row, with the next when it is a group's heading (which stays with its first row).
    double first = m_rows.isEmpty() ? 0 : rowHeight(0);
    if (m_rows.size() > 1 && m_rows.first().kind == TableRow::Kind::Group)
        first += rowHeight(1);
    auto header = [this, &flow, &ink]() {
        flow.place(m_headerHeight, [this, ink](QPainter &painter, const QRectF &rect) { drawHeader(painter, rect, ink); },
                   QStringLiteral("header"));
    };
    // A table that fits a page is not split; a longer one starts where it is, but its caption
    // never stands alone at the foot of a page.
    double whole = captionHeight + m_headerHeight;
    for (double h : m_heights)
        whole += h;
    const double body = flow.body().height();
    if (!flow.atTop() && ((whole <= body && whole > flow.room()) || flow.room() < captionHeight + m_headerHeight + first))
        flow.newPage();
    flow.place(captionHeight, [caption, captionFont, ink](QPainter &painter, const QRectF &rect) {
        painter.setFont(captionFont);
        painter.setPen(ink.text);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, caption);
    }, QStringLiteral("caption"));
    header();
    qsizetype group = -1;     // the last Group row
    bool shaded = false;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const TableRow &row = m_rows.at(i);
        double needed = rowHeight(i);
        if (row.kind == TableRow::Kind::Group && i + 1 < m_rows.size())
            needed += rowHeight(i + 1); // a group's heading stays with its first row
        if (needed > flow.room()) {
            flow.newPage();
            header();
            if (row.kind != TableRow::Kind::Group && group >= 0) {
                const QString again = m_rows.at(group).cells.value(0) + QLatin1Char(' ') + continued;
                flow.place(groupHeight(again), [this, again, ink](QPainter &painter, const QRectF &rect) {
                    drawGroup(painter, rect, again, ink);
                }, QStringLiteral("group"));
            }
            shaded = false;
        }
        if (row.kind == TableRow::Kind::Group) {
            group = i;
            shaded = false;
        }
        const bool shade = row.kind == TableRow::Kind::Normal && shaded;
        const QString tag = row.kind == TableRow::Kind::Group   ? QStringLiteral("group")
                            : row.kind == TableRow::Kind::Total ? QStringLiteral("total")
                                                                : QStringLiteral("row");
        flow.place(rowHeight(i), [this, i, shade, ink](QPainter &painter, const QRectF &rect) {
            drawRow(painter, rect, i, shade, ink);
        }, tag);
        if (row.kind == TableRow::Kind::Normal)
            shaded = !shaded;
    }
}

} // namespace engdrift::reportpdf
