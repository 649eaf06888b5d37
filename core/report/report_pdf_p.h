#pragma once
// The report's pages, measured before they are drawn (report_pdf.cpp): a PageFlow that places
// blocks down the pages, and a Table whose columns fit their widest cell and whose rows flow over
// as many pages as they need, the header again on each. Private to core/report.

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace engdrift::reportpdf {

/// Layout units (1/96 inch) per millimetre.
constexpr double kUnitsPerMm = 96.0 / 25.4;

/// DejaVu Sans at `points`, sized in layout units.
QFont font(double points, bool bold = false);

/// The colours of the report, from the active styles (styles/symbology.json: charts, paper).
struct Ink
{
    QColor text;
    QColor muted;
    QColor rule;
    QColor shade; ///< every other row of a table
    QColor band;  ///< the rows that name an organisation
    QColor paper;
    QColor accent;
    static Ink active();
};

/// Pages as lists of drawing steps, placed from the top of each page's body downwards.
class PageFlow
{
public:
    using Draw = std::function<void(QPainter &, const QRectF &)>;
    explicit PageFlow(const QRectF &body);

    const QRectF &body() const { return m_body; }
    /// The room left on the page.
    double room() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.01; }
    void newPage();
    /// Places a block `height` high across the body: on this page if it fits (or the page is still
    /// empty), else at the top of a new one. `draw` gets the block's rectangle; `tag` names the
    /// block for tests ("caption", "header", "group", "row", "total").
    void place(double height, Draw draw, const QString &tag = QString());
    /// Empty space (none at the top of a page).
    void skip(double height);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void drawPage(QPainter &painter, int page) const;
    /// The tags of a page's blocks, top to bottom.
    QStringList tags(int page) const;

private:
    struct Step
    {
        QRectF rect;
        Draw draw;
        QString tag;
    };
    QRectF m_body;
    double m_y = 0;
    QList<QList<Step>> m_pages;
};

struct TableColumn
{
    QString heading;
    bool numeric = false; ///< right-aligned
    bool wraps = false;   ///< takes the width the others leave, and wraps its text
};

struct TableRow
{
    enum class Kind { Normal, Group, Total };
    QStringList cells; ///< a Group row has one cell across the table
    Kind kind = Kind::Normal;
};

/// A table measured for a width and flowed onto pages.
class Table
{
public:
    Table(QList<TableColumn> columns, double points);
    void addRow(TableRow row) { m_rows << std::move(row); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    /// Picks the largest size (from the table's own down to 5.5 pt) at which every column fits
    /// `width`, and measures each row.
    void fit(double width);
    /// Flows the table: the caption (kept with the header and a first row), the header (again at
    /// the top of every page), then the rows; a Group row is repeated with `continued` after it
    /// when its rows go on over a page.
    void flow(PageFlow &flow, const QString &caption, const Ink &ink, const QString &continued) const;

private:
    double rowHeight(qsizetype row) const { return m_heights.at(row); }
    double groupHeight(const QString &text) const;
    void drawGroup(QPainter &painter, const QRectF &rect, const QString &text, const Ink &ink) const;
    void drawRow(QPainter &painter, const QRectF &rect, qsizetype index, bool shaded, const Ink &ink) const;
    void drawHeader(QPainter &painter, const QRectF &rect, const Ink &ink) const;

    QList<TableColumn> m_columns;
    QList<TableRow> m_rows;
    double m_points;
    QList<double> m_widths;
    QList<double> m_heights;
    QList<int> m_flags; ///< per row: the wrapping column's flags
    double m_headerHeight = 0;
    double m_lineHeight = 0;
    double m_padding = 0;
};

} // namespace engdrift::reportpdf
