// The OGC SLD 1.1 / Symbology Encoding styles of areas and paths: one Rule per care type (or kind
// of path) with its fill, outline, hatching and label.

#include "style/qgis_style.h"

#include "style/qgis_style_p.h"

#include <QXmlStreamWriter>

namespace engdrift {

using namespace qgis_detail;

namespace {

class SldWriter
{
public:
    explicit SldWriter(QString *out) : w(out)
    {
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(2);
    }

    QXmlStreamWriter w;

    void begin(const QString &layer)
    {
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("StyledLayerDescriptor"));
        w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/sld"));
        w.writeNamespace(QStringLiteral("http://www.opengis.net/se"), QStringLiteral("se"));
        w.writeNamespace(QStringLiteral("http://www.opengis.net/ogc"), QStringLiteral("ogc"));
        w.writeNamespace(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("xlink"));
        w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
        w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1.0"));
        w.writeAttribute(QStringLiteral("xsi:schemaLocation"),
                         QStringLiteral("http://www.opengis.net/sld "
                                        "http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd"));
        w.writeStartElement(QStringLiteral("NamedLayer"));
        w.writeTextElement(QStringLiteral("se:Name"), layer);
        w.writeStartElement(QStringLiteral("UserStyle"));
        w.writeTextElement(QStringLiteral("se:Name"), qgisStyleName());
        w.writeStartElement(QStringLiteral("se:FeatureTypeStyle"));
    }

    void end()
    {
        w.writeEndElement(); // FeatureTypeStyle
        w.writeEndElement(); // UserStyle
        w.writeEndElement(); // NamedLayer
        w.writeEndElement(); // StyledLayerDescriptor
        w.writeEndDocument();
    }

    void startRule(const QString &name, const QString &title, const QString &attribute, const QString &value)
    {
        w.writeStartElement(QStringLiteral("se:Rule"));
        w.writeTextElement(QStringLiteral("se:Name"), name);
        w.writeStartElement(QStringLiteral("se:Description"));
        w.writeTextElement(QStringLiteral("se:Title"), title);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("ogc:Filter"));
        w.writeStartElement(QStringLiteral("ogc:PropertyIsEqualTo"));
        w.writeTextElement(QStringLiteral("ogc:PropertyName"), attribute);
        w.writeTextElement(QStringLiteral("ogc:Literal"), value);
        w.writeEndElement();
        w.writeEndElement();
    }

    void parameter(const QString &name, const QString &value)
    {
        w.writeStartElement(QStringLiteral("se:SvgParameter"));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    void colourParameters(const QString &prefix, const QColor &c)
    {
        parameter(prefix, c.name(QColor::HexRgb));
        if (c.alpha() != 255)
            parameter(prefix + QStringLiteral("-opacity"), number(c.alphaF()));
    }

    void fillAndStroke(const CareSymbol &s)
    {
        w.writeStartElement(QStringLiteral("se:PolygonSymbolizer"));
        w.writeStartElement(QStringLiteral("se:Fill"));
        colourParameters(QStringLiteral("fill"), s.fill);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("se:Stroke"));
        colourParameters(QStringLiteral("stroke"), s.outline);
        parameter(QStringLiteral("stroke-width"), QStringLiteral("1"));
        parameter(QStringLiteral("stroke-linejoin"), QStringLiteral("bevel"));
        w.writeEndElement();
        w.writeEndElement();
    }

    /// Hatch lines as a graphic fill of a rotated line mark, `size` pixels apart (as QGIS writes them).
    void lineHatch(const QColor &colour, int angle, int size)
    {
        w.writeStartElement(QStringLiteral("se:PolygonSymbolizer"));
        w.writeStartElement(QStringLiteral("se:Fill"));
        w.writeStartElement(QStringLiteral("se:GraphicFill"));
        w.writeStartElement(QStringLiteral("se:Graphic"));
        w.writeStartElement(QStringLiteral("se:Mark"));
        w.writeTextElement(QStringLiteral("se:WellKnownName"), QStringLiteral("horline"));
        w.writeStartElement(QStringLiteral("se:Stroke"));
        colourParameters(QStringLiteral("stroke"), colour);
        parameter(QStringLiteral("stroke-width"), QStringLiteral("1"));
        w.writeEndElement();
        w.writeEndElement(); // Mark
        w.writeTextElement(QStringLiteral("se:Size"), QString::number(size));
        if (angle != 0) {
            w.writeStartElement(QStringLiteral("se:Rotation"));
            w.writeTextElement(QStringLiteral("ogc:Literal"), QString::number(angle));
            w.writeEndElement();
        }
        w.writeEndElement(); // Graphic
        w.writeEndElement(); // GraphicFill
        w.writeEndElement(); // Fill
        w.writeEndElement(); // PolygonSymbolizer
    }

    void dotHatch(const QColor &colour, int dx, int dy)
    {
        w.writeStartElement(QStringLiteral("se:PolygonSymbolizer"));
        w.writeStartElement(QStringLiteral("se:Fill"));
        w.writeStartElement(QStringLiteral("se:GraphicFill"));
        w.writeStartElement(QStringLiteral("se:Graphic"));
        w.writeStartElement(QStringLiteral("se:Mark"));
        w.writeTextElement(QStringLiteral("se:WellKnownName"), QStringLiteral("circle"));
        w.writeStartElement(QStringLiteral("se:Fill"));
        colourParameters(QStringLiteral("fill"), colour);
        w.writeEndElement();
        w.writeEndElement(); // Mark
        w.writeTextElement(QStringLiteral("se:Size"), QStringLiteral("1.5"));
        w.writeEndElement(); // Graphic
        w.writeEndElement(); // GraphicFill
        w.writeEndElement(); // Fill
        w.writeStartElement(QStringLiteral("se:VendorOption"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("distance"));
        w.writeCharacters(QStringLiteral("%1,%2").arg(dx).arg(dy));
        w.writeEndElement();
        w.writeEndElement(); // PolygonSymbolizer
    }

    void hatch(const CareSymbol &s)
    {
        const HatchShape shape = hatchShape(s.hatch);
        // SE rotates clockwise; the angles are counter-clockwise from east.
        for (const int angle : shape.lineAngles)
            lineHatch(s.hatchColour, angle == 0 ? 0 : -angle, qRound(shape.lineGap(angle)));
        if (shape.dots())
            dotHatch(s.hatchColour, qRound(shape.dotsDx), qRound(shape.dotsDy));
    }

    void label(const QString &text, const QColor &colour, const QColor &halo)
    {
        w.writeStartElement(QStringLiteral("se:TextSymbolizer"));
        w.writeTextElement(QStringLiteral("se:Label"), text);
        w.writeStartElement(QStringLiteral("se:Font"));
        parameter(QStringLiteral("font-family"), QStringLiteral("DejaVu Sans"));
        parameter(QStringLiteral("font-size"), QStringLiteral("10"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("se:LabelPlacement"));
        w.writeStartElement(QStringLiteral("se:PointPlacement"));
        w.writeStartElement(QStringLiteral("se:AnchorPoint"));
        w.writeTextElement(QStringLiteral("se:AnchorPointX"), QStringLiteral("0.5"));
        w.writeTextElement(QStringLiteral("se:AnchorPointY"), QStringLiteral("0.5"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("se:Halo"));
        w.writeTextElement(QStringLiteral("se:Radius"), QStringLiteral("1.5"));
        w.writeStartElement(QStringLiteral("se:Fill"));
        colourParameters(QStringLiteral("fill"), halo);
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("se:Fill"));
        colourParameters(QStringLiteral("fill"), colour);
        w.writeEndElement();
        w.writeEndElement();
    }

    /// A line as wide as width_m on the ground (plus `extraM` metres), in metres.
    void groundLine(const QColor &colour, const QString &extraM, const QString &dash = QString())
    {
        w.writeStartElement(QStringLiteral("se:LineSymbolizer"));
        w.writeAttribute(QStringLiteral("uom"),
                         QStringLiteral("http://www.opengeospatial.org/se/units/metre"));
        w.writeStartElement(QStringLiteral("se:Stroke"));
        colourParameters(QStringLiteral("stroke"), colour);
        w.writeStartElement(QStringLiteral("se:SvgParameter"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("stroke-width"));
        if (extraM.isEmpty()) {
            w.writeTextElement(QStringLiteral("ogc:PropertyName"), QStringLiteral("width_m"));
        } else {
            w.writeStartElement(QStringLiteral("ogc:Add"));
            w.writeTextElement(QStringLiteral("ogc:PropertyName"), QStringLiteral("width_m"));
            w.writeTextElement(QStringLiteral("ogc:Literal"), extraM);
            w.writeEndElement();
        }
        w.writeEndElement();
        parameter(QStringLiteral("stroke-linecap"), QStringLiteral("butt"));
        parameter(QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
        if (!dash.isEmpty())
            parameter(QStringLiteral("stroke-dasharray"), dash);
        w.writeEndElement();
        w.writeEndElement();
    }

    void dottedLine(const QColor &colour)
    {
        w.writeStartElement(QStringLiteral("se:LineSymbolizer"));
        w.writeStartElement(QStringLiteral("se:Stroke"));
        colourParameters(QStringLiteral("stroke"), colour);
        parameter(QStringLiteral("stroke-width"), QStringLiteral("1"));
        parameter(QStringLiteral("stroke-dasharray"), QStringLiteral("1 2"));
        w.writeEndElement();
        w.writeEndElement();
    }
};

QString areasSld(const Catalogue &catalogue, const Symbology &symbology, const QString &language)
{
    QString out;
    SldWriter s(&out);
    s.begin(qgisLayerName(QgisLayer::Areas));
    for (const CareType &ct : catalogue.careTypes()) {
        const CareSymbol symbol = symbology.resolve(ct.code, catalogue);
        s.startRule(ct.code, ct.name.text(language), QStringLiteral("care_type"), ct.code);
        s.fillAndStroke(symbol);
        s.hatch(symbol);
        s.label(ct.name.text(language), symbol.label, symbology.map().labelHalo);
        s.w.writeEndElement(); // Rule
    }
    s.end();
    return out;
}

QString pathsSld(const Symbology &symbology, const QString &language)
{
    QString out;
    SldWriter s(&out);
    const MapColours &map = symbology.map();
    s.begin(qgisLayerName(QgisLayer::Paths));
    for (const QString &kind : pathKinds()) {
        const bool edge = kind == QLatin1String("safety_edge");
        s.startRule(kind, pathKindLabel(kind, language), QStringLiteral("kind"), kind);
        s.groundLine(map.pathEdge, kPathEdgeM);
        s.groundLine(edge ? map.safetyEdgeFill : map.pathFill, QString());
        if (edge)
            s.dottedLine(map.safetyEdgeLine);
        s.w.writeEndElement(); // Rule
    }
    s.end();
    return out;
}

} // namespace

QString qgisSld(QgisLayer layer, const Catalogue &catalogue, const Symbology &symbology,
                const QString &language)
{
    return layer == QgisLayer::Paths ? pathsSld(symbology, language)
                                     : areasSld(catalogue, symbology, language);
}

} // namespace engdrift
