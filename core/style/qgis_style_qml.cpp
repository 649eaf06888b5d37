// The QGIS 3 layer styles (.qml) of areas and paths: categorized renderers with Engdrift's fills,
// hatching, outlines and labels, and the temporal properties of its versions.

#include "style/qgis_style.h"

#include "style/qgis_style_p.h"

#include <QXmlStreamWriter>
#include <functional>
#include <utility>

namespace engdrift {

using namespace qgis_detail;

namespace {

// Sizes on paper and screen, as Engdrift draws them: outlines and hatch lines one pixel at 96 dpi
// (0.26 mm), the hatching as Engdrift's pixel patterns (HatchShape).
constexpr double kPixelMm = 25.4 / 96.0;
const QString kOutlineMm = QStringLiteral("0.26");
const QString kProposalOutlineMm = QStringLiteral("0.42");

/// QGIS writes colours as "r,g,b,a".
QString qgisColour(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

/// An SQL-like string literal of QGIS expressions.
QString quoted(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

const QString kProposed = QStringLiteral("\"status\" = 'proposed'");

using Props = QList<std::pair<QString, QString>>;
/// Data-defined properties of a symbol layer or label: key and QGIS expression.
using Expressions = QList<std::pair<QString, QString>>;

class QmlWriter
{
public:
    explicit QmlWriter(QString *out) : w(out)
    {
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(2);
    }

    QXmlStreamWriter w;

    /// `<Option type="Map">` with the data-defined properties (QgsPropertyCollection).
    void dataDefined(const QString &element, const Expressions &expressions)
    {
        w.writeStartElement(element);
        w.writeStartElement(QStringLiteral("Option"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        option(QStringLiteral("QString"), QStringLiteral("name"), QString());
        w.writeStartElement(QStringLiteral("Option"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("properties"));
        if (!expressions.isEmpty()) {
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
            for (const auto &[key, expression] : expressions) {
                w.writeStartElement(QStringLiteral("Option"));
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
                w.writeAttribute(QStringLiteral("name"), key);
                option(QStringLiteral("bool"), QStringLiteral("active"), QStringLiteral("true"));
                option(QStringLiteral("QString"), QStringLiteral("expression"), expression);
                option(QStringLiteral("int"), QStringLiteral("type"), QStringLiteral("3"));
                w.writeEndElement();
            }
        }
        w.writeEndElement();
        option(QStringLiteral("QString"), QStringLiteral("type"), QStringLiteral("collection"));
        w.writeEndElement();
        w.writeEndElement();
    }

    void option(const QString &type, const QString &name, const QString &value)
    {
        w.writeEmptyElement(QStringLiteral("Option"));
        w.writeAttribute(QStringLiteral("type"), type);
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("value"), value);
    }

    /// A symbol layer: its properties both as options (QGIS 3.20 and later) and as props (before).
    void layer(const QString &cls, const Props &props, const Expressions &expressions = {},
               const std::function<void()> &subSymbol = {})
    {
        w.writeStartElement(QStringLiteral("layer"));
        w.writeAttribute(QStringLiteral("class"), cls);
        w.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("Option"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        for (const auto &[key, value] : props)
            option(QStringLiteral("QString"), key, value);
        w.writeEndElement();
        for (const auto &[key, value] : props) {
            w.writeEmptyElement(QStringLiteral("prop"));
            w.writeAttribute(QStringLiteral("k"), key);
            w.writeAttribute(QStringLiteral("v"), value);
        }
        dataDefined(QStringLiteral("data_defined_properties"), expressions);
        if (subSymbol)
            subSymbol();
        w.writeEndElement();
    }

    void symbol(const QString &type, const QString &name, const std::function<void()> &layers)
    {
        w.writeStartElement(QStringLiteral("symbol"));
        w.writeAttribute(QStringLiteral("type"), type);
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
        dataDefined(QStringLiteral("data_defined_properties"), {});
        layers();
        w.writeEndElement();
    }

    void simpleLine(const QString &symbolName, const QColor &colour, const QString &width,
                    const QString &unit, const QString &style = QStringLiteral("solid"),
                    const Expressions &expressions = {}, const QString &cap = QStringLiteral("square"))
    {
        symbol(QStringLiteral("line"), symbolName,
               [&] { simpleLineLayer(colour, width, unit, style, expressions, cap); });
    }

    void simpleLineLayer(const QColor &colour, const QString &width, const QString &unit,
                         const QString &style, const Expressions &expressions, const QString &cap)
    {
        layer(QStringLiteral("SimpleLine"),
              {{QStringLiteral("capstyle"), cap},
               {QStringLiteral("joinstyle"), QStringLiteral("round")},
               {QStringLiteral("line_color"), qgisColour(colour)},
               {QStringLiteral("line_style"), style},
               {QStringLiteral("line_width"), width},
               {QStringLiteral("line_width_unit"), unit},
               {QStringLiteral("offset"), QStringLiteral("0")},
               {QStringLiteral("offset_unit"), QStringLiteral("MM")},
               {QStringLiteral("use_custom_dash"), QStringLiteral("0")}},
              expressions);
    }

    /// Hatch lines at `angle` degrees (counter-clockwise from east), `distanceMm` apart.
    void linePattern(const QString &symbolName, const QColor &colour, double angle, double distanceMm)
    {
        layer(QStringLiteral("LinePatternFill"),
              {{QStringLiteral("angle"), number(angle)},
               {QStringLiteral("color"), qgisColour(colour)},
               {QStringLiteral("distance"), number(distanceMm)},
               {QStringLiteral("distance_unit"), QStringLiteral("MM")},
               {QStringLiteral("line_width"), kOutlineMm},
               {QStringLiteral("line_width_unit"), QStringLiteral("MM")},
               {QStringLiteral("offset"), QStringLiteral("0")},
               {QStringLiteral("offset_unit"), QStringLiteral("MM")},
               {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}},
              {}, [&] { simpleLine(symbolName, colour, kOutlineMm, QStringLiteral("MM")); });
    }

    /// Dots `dxMm` apart in a row, rows `dyMm` apart, every other row shifted by `shiftMm`.
    void pointPattern(const QString &symbolName, const QColor &colour, double dxMm, double dyMm,
                      double shiftMm)
    {
        layer(QStringLiteral("PointPatternFill"),
              {{QStringLiteral("displacement_x"), number(shiftMm)},
               {QStringLiteral("displacement_x_unit"), QStringLiteral("MM")},
               {QStringLiteral("displacement_y"), QStringLiteral("0")},
               {QStringLiteral("displacement_y_unit"), QStringLiteral("MM")},
               {QStringLiteral("distance_x"), number(dxMm)},
               {QStringLiteral("distance_x_unit"), QStringLiteral("MM")},
               {QStringLiteral("distance_y"), number(dyMm)},
               {QStringLiteral("distance_y_unit"), QStringLiteral("MM")},
               {QStringLiteral("offset_x"), QStringLiteral("0")},
               {QStringLiteral("offset_x_unit"), QStringLiteral("MM")},
               {QStringLiteral("offset_y"), QStringLiteral("0")},
               {QStringLiteral("offset_y_unit"), QStringLiteral("MM")},
               {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}},
              {}, [&] {
                  symbol(QStringLiteral("marker"), symbolName, [&] {
                      layer(QStringLiteral("SimpleMarker"),
                            {{QStringLiteral("angle"), QStringLiteral("0")},
                             {QStringLiteral("color"), qgisColour(colour)},
                             {QStringLiteral("horizontal_anchor_point"), QStringLiteral("1")},
                             {QStringLiteral("joinstyle"), QStringLiteral("bevel")},
                             {QStringLiteral("name"), QStringLiteral("circle")},
                             {QStringLiteral("offset"), QStringLiteral("0,0")},
                             {QStringLiteral("offset_unit"), QStringLiteral("MM")},
                             {QStringLiteral("outline_color"), qgisColour(colour)},
                             {QStringLiteral("outline_style"), QStringLiteral("no")},
                             {QStringLiteral("outline_width"), QStringLiteral("0")},
                             {QStringLiteral("outline_width_unit"), QStringLiteral("MM")},
                             {QStringLiteral("scale_method"), QStringLiteral("diameter")},
                             {QStringLiteral("size"), number(1.3 * kPixelMm)},
                             {QStringLiteral("size_unit"), QStringLiteral("MM")},
                             {QStringLiteral("vertical_anchor_point"), QStringLiteral("1")}});
                  });
              });
    }

    /// The hatching of a care type as QGIS symbol layers (its pixel patterns in millimetres).
    void hatch(const CareSymbol &s, int symbolIndex)
    {
        const HatchShape shape = hatchShape(s.hatch);
        int sub = 1;
        auto next = [&] { return QStringLiteral("@%1@%2").arg(symbolIndex).arg(sub++); };
        for (const int angle : shape.lineAngles)
            linePattern(next(), s.hatchColour, angle, shape.lineGap(angle) * kPixelMm);
        if (shape.dots())
            pointPattern(next(), s.hatchColour, shape.dotsDx * kPixelMm, shape.dotsDy * kPixelMm,
                         shape.dotsShift * kPixelMm);
    }

    /// <qgis> with its flags and the temporal properties of Engdrift's versions.
    void begin(bool labels)
    {
        w.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
        w.writeStartElement(QStringLiteral("qgis"));
        w.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.0"));
        w.writeAttribute(QStringLiteral("styleCategories"),
                         QStringLiteral("Symbology|Labeling|Rendering|Temporal"));
        w.writeAttribute(QStringLiteral("labelsEnabled"), labels ? QStringLiteral("1") : QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("hasScaleBasedVisibilityFlag"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("minScale"), QStringLiteral("100000000"));
        w.writeAttribute(QStringLiteral("maxScale"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("simplifyDrawingHints"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("simplifyDrawingTol"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("simplifyLocal"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("simplifyMaxScale"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("simplifyAlgorithm"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("temporal"));
        w.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("mode"), QStringLiteral("2")); // start and end from fields
        w.writeAttribute(QStringLiteral("startField"), QStringLiteral("valid_from"));
        w.writeAttribute(QStringLiteral("endField"), QStringLiteral("valid_to"));
        w.writeAttribute(QStringLiteral("limitMode"), QStringLiteral("0")); // valid_from <= D < valid_to
        w.writeAttribute(QStringLiteral("accumulate"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("fixedDuration"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("durationUnit"), QStringLiteral("d"));
        w.writeAttribute(QStringLiteral("durationField"), QString());
        w.writeAttribute(QStringLiteral("startExpression"), QString());
        w.writeAttribute(QStringLiteral("endExpression"), QString());
        w.writeStartElement(QStringLiteral("fixedRange"));
        w.writeTextElement(QStringLiteral("start"), QString());
        w.writeTextElement(QStringLiteral("end"), QString());
        w.writeEndElement();
        w.writeEndElement();
    }

    /// The end of a categorized renderer: newer versions are drawn over older ones.
    void endRenderer()
    {
        w.writeStartElement(QStringLiteral("orderby"));
        w.writeStartElement(QStringLiteral("orderByClause"));
        w.writeAttribute(QStringLiteral("asc"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("nullsFirst"), QStringLiteral("0"));
        w.writeCharacters(QStringLiteral("\"valid_from\""));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEmptyElement(QStringLiteral("rotation"));
        w.writeEmptyElement(QStringLiteral("sizescale"));
        w.writeEndElement(); // renderer-v2
    }

    void startRenderer(const QString &attribute)
    {
        w.writeStartElement(QStringLiteral("renderer-v2"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("categorizedSymbol"));
        w.writeAttribute(QStringLiteral("attr"), attribute);
        w.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("referencescale"), QStringLiteral("-1"));
    }

    void categories(const QList<std::pair<QString, QString>> &valuesAndLabels)
    {
        w.writeStartElement(QStringLiteral("categories"));
        for (qsizetype i = 0; i < valuesAndLabels.size(); ++i) {
            w.writeEmptyElement(QStringLiteral("category"));
            w.writeAttribute(QStringLiteral("value"), valuesAndLabels[i].first);
            w.writeAttribute(QStringLiteral("label"), valuesAndLabels[i].second);
            w.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            w.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
        }
        w.writeEndElement();
    }

    void end()
    {
        w.writeTextElement(QStringLiteral("blendMode"), QStringLiteral("0"));
        w.writeTextElement(QStringLiteral("featureBlendMode"), QStringLiteral("0"));
        w.writeTextElement(QStringLiteral("layerOpacity"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("legend"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("default-vector"));
        w.writeAttribute(QStringLiteral("showLabelLegend"), QStringLiteral("0"));
        w.writeEndElement(); // qgis
        w.writeEndDocument();
    }
};

/// "CASE WHEN "care_type" = 'eng' THEN 'Eng' ... ELSE "care_type" END" for one language.
QString careTypeNameExpression(const Catalogue &catalogue, const QString &language)
{
    QString e = QStringLiteral("CASE");
    for (const CareType &ct : catalogue.careTypes())
        e += QStringLiteral(" WHEN \"care_type\" = %1 THEN %2")
                 .arg(quoted(ct.code), quoted(ct.name.text(language)));
    return e + QStringLiteral(" ELSE \"care_type\" END");
}

void writeAreaLabels(QmlWriter &q, const Catalogue &catalogue, const Symbology &symbology)
{
    QXmlStreamWriter &w = q.w;
    const MapColours &map = symbology.map();
    // The care type's name (Danish when QGIS runs in Danish) and the area, as Engdrift labels.
    const QString expression =
        QStringLiteral("CASE WHEN @qgis_locale LIKE 'da%' THEN %1 ELSE %2 END || '\\n' || "
                       "format_number(\"area_m2\", 0) || ' m²'")
            .arg(careTypeNameExpression(catalogue, QStringLiteral("da")),
                 careTypeNameExpression(catalogue, QStringLiteral("en")));
    // A care type may have a label colour of its own (water: blue).
    QString colourExpression;
    for (const CareType &ct : catalogue.careTypes()) {
        const CareSymbol s = symbology.resolve(ct.code, catalogue);
        if (s.label != map.labelText)
            colourExpression += QStringLiteral(" WHEN \"care_type\" = %1 THEN %2")
                                    .arg(quoted(ct.code), quoted(qgisColour(s.label)));
    }
    w.writeStartElement(QStringLiteral("labeling"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
    w.writeStartElement(QStringLiteral("settings"));
    w.writeAttribute(QStringLiteral("calloutType"), QStringLiteral("simple"));
    w.writeStartElement(QStringLiteral("text-style"));
    w.writeAttribute(QStringLiteral("fieldName"), expression);
    w.writeAttribute(QStringLiteral("isExpression"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("fontFamily"), QStringLiteral("DejaVu Sans"));
    w.writeAttribute(QStringLiteral("fontSize"), QStringLiteral("7.5"));
    w.writeAttribute(QStringLiteral("fontSizeUnit"), QStringLiteral("Point"));
    w.writeAttribute(QStringLiteral("fontWeight"), QStringLiteral("50"));
    w.writeAttribute(QStringLiteral("fontItalic"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("textColor"), qgisColour(map.labelText));
    w.writeAttribute(QStringLiteral("textOpacity"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("multilineHeight"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("blendMode"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("allowHtml"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("previewBkgrdColor"), qgisColour(map.background));
    w.writeEmptyElement(QStringLiteral("text-buffer"));
    w.writeAttribute(QStringLiteral("bufferDraw"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("bufferSize"), QStringLiteral("0.6"));
    w.writeAttribute(QStringLiteral("bufferSizeUnits"), QStringLiteral("MM"));
    w.writeAttribute(QStringLiteral("bufferColor"), qgisColour(map.labelHalo));
    w.writeAttribute(QStringLiteral("bufferOpacity"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("bufferNoFill"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("bufferJoinStyle"), QStringLiteral("128"));
    w.writeAttribute(QStringLiteral("bufferBlendMode"), QStringLiteral("0"));
    w.writeEndElement(); // text-style
    w.writeEmptyElement(QStringLiteral("text-format"));
    w.writeAttribute(QStringLiteral("multilineAlign"), QStringLiteral("1")); // centred
    w.writeAttribute(QStringLiteral("wrapChar"), QString());
    w.writeAttribute(QStringLiteral("formatNumbers"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("decimals"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("plussign"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("addDirectionSymbol"), QStringLiteral("0"));
    // Over the middle of the area, only where the label fits inside it (as Engdrift labels).
    w.writeEmptyElement(QStringLiteral("placement"));
    w.writeAttribute(QStringLiteral("placement"), QStringLiteral("1")); // over the point
    w.writeAttribute(QStringLiteral("centroidInside"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("centroidWhole"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("fitInPolygonOnly"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("priority"), QStringLiteral("5"));
    w.writeAttribute(QStringLiteral("offsetType"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("dist"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("distUnits"), QStringLiteral("MM"));
    w.writeAttribute(QStringLiteral("xOffset"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("yOffset"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("offsetUnits"), QStringLiteral("MM"));
    w.writeAttribute(QStringLiteral("rotationAngle"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("layerType"), QStringLiteral("PolygonGeometry"));
    // Labels from about 1:2,500 in (Engdrift labels areas below 0.35 m a pixel).
    w.writeEmptyElement(QStringLiteral("rendering"));
    w.writeAttribute(QStringLiteral("drawLabels"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("scaleVisibility"), QStringLiteral("1"));
    // QGIS reads scaleMax as the most zoomed-out scale (minimumScale), scaleMin as the other.
    w.writeAttribute(QStringLiteral("scaleMin"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("scaleMax"), QStringLiteral("2500"));
    w.writeAttribute(QStringLiteral("obstacle"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("obstacleFactor"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("obstacleType"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("displayAll"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("labelPerPart"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("mergeLines"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("minFeatureSize"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("limitNumLabels"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("maxNumLabels"), QStringLiteral("2000"));
    w.writeAttribute(QStringLiteral("upsidedownLabels"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("zIndex"), QStringLiteral("0"));
    Expressions dd;
    if (!colourExpression.isEmpty())
        dd << std::make_pair(
            QStringLiteral("Color"),
            QStringLiteral("CASE%1 ELSE %2 END").arg(colourExpression, quoted(qgisColour(map.labelText))));
    q.dataDefined(QStringLiteral("dd_properties"), dd);
    w.writeEndElement(); // settings
    w.writeEndElement(); // labeling
}

QString areasQml(const Catalogue &catalogue, const Symbology &symbology, const QString &language)
{
    QString out;
    QmlWriter q(&out);
    q.begin(true);
    q.startRenderer(QStringLiteral("care_type"));
    QList<std::pair<QString, QString>> categories;
    for (const CareType &ct : catalogue.careTypes())
        categories << std::make_pair(ct.code, ct.name.text(language));
    q.categories(categories);
    q.w.writeStartElement(QStringLiteral("symbols"));
    const QString proposal = qgisColour(symbology.map().proposalOutline);
    int index = 0;
    for (const CareType &ct : catalogue.careTypes()) {
        const CareSymbol s = symbology.resolve(ct.code, catalogue);
        const int symbolIndex = index++;
        q.symbol(QStringLiteral("fill"), QString::number(symbolIndex), [&] {
            // A planned version (a proposal's) is outlined with dashes, as Engdrift draws it.
            q.layer(QStringLiteral("SimpleFill"),
                    {{QStringLiteral("color"), qgisColour(s.fill)},
                     {QStringLiteral("joinstyle"), QStringLiteral("bevel")},
                     {QStringLiteral("offset"), QStringLiteral("0,0")},
                     {QStringLiteral("offset_unit"), QStringLiteral("MM")},
                     {QStringLiteral("outline_color"), qgisColour(s.outline)},
                     {QStringLiteral("outline_style"), QStringLiteral("solid")},
                     {QStringLiteral("outline_width"), kOutlineMm},
                     {QStringLiteral("outline_width_unit"), QStringLiteral("MM")},
                     {QStringLiteral("style"), QStringLiteral("solid")}},
                    {{QStringLiteral("outlineColor"),
                      QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END")
                          .arg(kProposed, quoted(proposal), quoted(qgisColour(s.outline)))},
                     {QStringLiteral("outlineStyle"),
                      QStringLiteral("CASE WHEN %1 THEN 'dash' ELSE 'solid' END").arg(kProposed)},
                     {QStringLiteral("outlineWidth"), QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END")
                                                          .arg(kProposed, kProposalOutlineMm, kOutlineMm)}});
            q.hatch(s, symbolIndex);
        });
    }
    q.w.writeEndElement(); // symbols
    q.endRenderer();
    writeAreaLabels(q, catalogue, symbology);
    q.end();
    return out;
}

QString pathsQml(const Symbology &symbology, const QString &language)
{
    QString out;
    QmlWriter q(&out);
    const MapColours &map = symbology.map();
    q.begin(false);
    q.startRenderer(QStringLiteral("kind"));
    QList<std::pair<QString, QString>> categories;
    for (const QString &kind : pathKinds())
        categories << std::make_pair(kind, pathKindLabel(kind, language));
    q.categories(categories);
    q.w.writeStartElement(QStringLiteral("symbols"));
    const Expressions casingStyle{
        {QStringLiteral("outlineWidth"), QStringLiteral("\"width_m\" + %1").arg(kPathEdgeM)},
        {QStringLiteral("outlineStyle"),
         QStringLiteral("CASE WHEN %1 THEN 'dash' ELSE 'solid' END").arg(kProposed)}};
    const Expressions bandWidth{{QStringLiteral("outlineWidth"), QStringLiteral("\"width_m\"")}};
    for (int i = 0; i < pathKinds().size(); ++i) {
        const bool edge = pathKinds()[i] == QLatin1String("safety_edge");
        q.symbol(QStringLiteral("line"), QString::number(i), [&] {
            // The dark edge (dashed when planned), the band of short grass as wide as on the
            // ground, and a dotted centre line on a safety edge.
            q.simpleLineLayer(map.pathEdge, QStringLiteral("1.9"), QStringLiteral("MapUnit"),
                              QStringLiteral("solid"), casingStyle, QStringLiteral("flat"));
            q.simpleLineLayer(edge ? map.safetyEdgeFill : map.pathFill, QStringLiteral("1.5"),
                              QStringLiteral("MapUnit"), QStringLiteral("solid"), bandWidth,
                              QStringLiteral("flat"));
            if (edge)
                q.simpleLineLayer(map.safetyEdgeLine, kOutlineMm, QStringLiteral("MM"), QStringLiteral("dot"),
                                  {}, QStringLiteral("flat"));
        });
    }
    q.w.writeEndElement(); // symbols
    q.endRenderer();
    q.end();
    return out;
}

} // namespace

QString qgisQml(QgisLayer layer, const Catalogue &catalogue, const Symbology &symbology,
                const QString &language)
{
    QString qml =
        layer == QgisLayer::Paths ? pathsQml(symbology, language) : areasQml(catalogue, symbology, language);
    // The document starts with its DOCTYPE, as QGIS writes .qml files.
    while (qml.startsWith(QLatin1Char('\n')))
        qml.remove(0, 1);
    return qml;
}

} // namespace engdrift
