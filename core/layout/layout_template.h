#pragma once
// LayoutTemplate: a print layout as data, read from a JSON file (styles/layouts/*.json) that a
// user can copy and edit without recompiling.
//
// A template is one page (its size, orientation and margins) with elements placed on it in
// millimetres from the page's top left corner: maps, a legend, tables, texts with fields, a scale
// bar, a north arrow, a logo, charts, lines and a notes box. styles/layouts/README.md describes
// the format. Loading checks everything a drawing would need: an error names the file, the element
// (its id, or its number when it has none) and what is wrong with it.

#include "util/result.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace engdrift {

/// A text in the languages of the program ("da", "en"); a template may give one text for all.
struct LayoutText
{
    QString da;
    QString en;
    QString text(const QString &language) const { return language == QLatin1String("en") || da.isEmpty() ? en : da; }
    bool isEmpty() const { return da.isEmpty() && en.isEmpty(); }
};

enum class LayoutElementType {
    Text,       ///< a text with {fields}
    Map,        ///< the map of the page's department (today or the proposal)
    Legend,     ///< the care types (and paths) shown in some maps, only those
    Table,      ///< a table of figures (see LayoutTable)
    ScaleBar,   ///< the scale of a map
    NorthArrow, ///< north is up in the project CRS
    Image,      ///< a logo or any picture (PNG, JPEG, SVG), relative to the template
    Chart,      ///< a chart drawn by the program's chart code (app/plots)
    Line,       ///< a rule between parts of the page
    Notes,      ///< a box with ruled lines to write notes on
};

/// Which of the page's figures a table shows.
enum class LayoutTable {
    CareTypeChange,  ///< m² per care type today and proposed, and the change
    CareTypes,       ///< m² per care type at the map date
    Departments,     ///< the departments of an organisation (adoption report)
    MowingEffect,    ///< estimated hours, CO2 and cost a year today and with the proposal
    MowingZones,     ///< a mowing plan's zones: number, name, regime, m² and hours
    NatureValue,     ///< biodiversity units, green factor and connectivity today and with the proposal
};

enum class MapViewKind { Today, Proposal };

struct LayoutElement
{
    QString id;                ///< for references between elements (may be empty)
    LayoutElementType type = LayoutElementType::Text;
    QRectF rect;               ///< millimetres from the page's top left corner
    // Text, and the caption of other elements
    LayoutText text;
    double fontSize = 10;      ///< points
    bool bold = false;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop;
    QColor colour;             ///< invalid: the style's text colour
    // Map
    MapViewKind view = MapViewKind::Today;
    QString sameScaleAs;       ///< the id of a map whose extent and scale this one shares
    double marginMm = 4;       ///< room around the department inside the frame
    bool frame = true;         ///< a thin frame around the element
    bool zones = false;        ///< "layer": "zones": the map shows the page's mowing zones with their numbers
    // Legend, scale bar
    QStringList maps;          ///< the maps (ids) a legend lists, or the one a scale bar measures
    int columns = 1;
    // Table
    LayoutTable table = LayoutTable::CareTypeChange;
    // Image
    QString file;              ///< absolute, resolved against the template's folder
    // Chart
    QString chart;             ///< the chart's kind (app/plots: care-area, adoption, share, mowing-calendar)
};

class LayoutTemplate
{
public:
    /// Reads a template file. The error names the file and the element.
    static Result<LayoutTemplate> fromFile(const QString &path);
    /// Reads a template from JSON text; `origin` names it in messages and resolves relative files.
    static Result<LayoutTemplate> fromJson(const QByteArray &json, const QString &origin);
    /// A built-in template by name ("vote-a3", "vote-a4", "map-a4"), or a
    /// user's template file when `name` is a path to one.
    static Result<LayoutTemplate> named(const QString &name);
    /// The built-in templates' names.
    static QStringList builtInNames();

    QString name() const { return m_name; }
    LayoutText title() const { return m_title; }
    QString origin() const { return m_origin; }
    QPageSize pageSize() const { return m_pageSize; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    /// The page in millimetres, in its orientation.
    QSizeF pageSizeMm() const;
    QPageLayout pageLayout() const;
    const QList<LayoutElement> &elements() const { return m_elements; }
    const LayoutElement *element(const QString &id) const;
    /// Whether a page shows the vote sheet's estimated effect (the mowing-effect or nature-value
    /// table, or an {effect.*} or {nature.*} field), which costs two workload and two nature
    /// queries a department to work out.
    bool usesEffect() const;

private:
    QString m_name;
    LayoutText m_title;
    QString m_origin;
    QPageSize m_pageSize;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QList<LayoutElement> m_elements;
};

} // namespace engdrift
