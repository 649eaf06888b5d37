#include "layout/layout_template.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <optional>

namespace engdrift {
namespace {

struct LayoutTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};
using Tr = LayoutTr;

const char *const kBuiltIn[] = {"vote-a3", "vote-a4", "map-a4", "map-a3", "mowing-a4", "mowing-a3"};

/// Reads the keys of one element (or of the page), remembering the first problem.
class Reader
{
public:
    Reader(QString origin, QString where) : m_origin(std::move(origin)), m_where(std::move(where)) {}

    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = Tr::tr("%1, %2: %3").arg(m_origin, m_where, what);
    }
    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return makeError(m_error); }

    /// Fails on a key the element does not know (a typo would otherwise be ignored silently).
    void allowOnly(const QJsonObject &o, const QSet<QString> &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                fail(Tr::tr("unknown key \"%1\"").arg(it.key()));
        }
    }
    QString string(const QJsonObject &o, const QString &key, const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isString())
            fail(Tr::tr("\"%1\" must be a text").arg(key));
        return v.toString();
    }
    double number(const QJsonObject &o, const QString &key, double fallback, double min, double max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(Tr::tr("\"%1\" must be a number from %2 to %3").arg(key).arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    }
    bool boolean(const QJsonObject &o, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(Tr::tr("\"%1\" must be true or false").arg(key));
        return v.toBool(fallback);
    }
    LayoutText text(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (v.isString())
            return {v.toString(), v.toString()};
        if (v.isObject()) {
            const QJsonObject t = v.toObject();
            allowOnly(t, {QStringLiteral("da"), QStringLiteral("en")});
            LayoutText result{t.value(QStringLiteral("da")).toString(), t.value(QStringLiteral("en")).toString()};
            if (result.da.isEmpty())
                result.da = result.en;
            if (result.en.isEmpty())
                result.en = result.da;
            return result;
        }
        fail(Tr::tr("\"%1\" must be a text or {\"da\": ..., \"en\": ...}").arg(key));
        return {};
    }
    QStringList strings(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (v.isString())
            return {v.toString()};
        QStringList list;
        if (!v.isArray()) {
            fail(Tr::tr("\"%1\" must be a list of element ids").arg(key));
            return list;
        }
        for (const QJsonValue &item : v.toArray())
            list << item.toString();
        return list;
    }

private:
    QString m_origin;
    QString m_where;
    QString m_error;
};

std::optional<LayoutElementType> elementType(const QString &name)
{
    static const QHash<QString, LayoutElementType> types = {
        {QStringLiteral("text"), LayoutElementType::Text},
        {QStringLiteral("map"), LayoutElementType::Map},
        {QStringLiteral("legend"), LayoutElementType::Legend},
        {QStringLiteral("table"), LayoutElementType::Table},
        {QStringLiteral("scale-bar"), LayoutElementType::ScaleBar},
        {QStringLiteral("north-arrow"), LayoutElementType::NorthArrow},
        {QStringLiteral("image"), LayoutElementType::Image},
        {QStringLiteral("chart"), LayoutElementType::Chart},
        {QStringLiteral("line"), LayoutElementType::Line},
        {QStringLiteral("notes"), LayoutElementType::Notes},
    };
    const auto found = types.constFind(name);
    return found == types.cend() ? std::nullopt : std::optional<LayoutElementType>(*found);
}

std::optional<Qt::Alignment> alignment(const QString &text)
{
    Qt::Alignment horizontal = Qt::AlignLeft;
    Qt::Alignment vertical = Qt::AlignTop;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("left"))
            horizontal = Qt::AlignLeft;
        else if (word == QLatin1String("center"))
            horizontal = Qt::AlignHCenter;
        else if (word == QLatin1String("right"))
            horizontal = Qt::AlignRight;
        else if (word == QLatin1String("top"))
            vertical = Qt::AlignTop;
        else if (word == QLatin1String("middle"))
            vertical = Qt::AlignVCenter;
        else if (word == QLatin1String("bottom"))
            vertical = Qt::AlignBottom;
        else
            return std::nullopt;
    }
    return horizontal | vertical;
}

std::optional<QPageSize> pageSizeNamed(const QString &name)
{
    if (name == QLatin1String("A3"))
        return QPageSize(QPageSize::A3);
    if (name == QLatin1String("A4"))
        return QPageSize(QPageSize::A4);
    if (name == QLatin1String("A2"))
        return QPageSize(QPageSize::A2);
    if (name == QLatin1String("A5"))
        return QPageSize(QPageSize::A5);
    return std::nullopt;
}

const QSet<QString> kElementKeys = {
    QStringLiteral("id"),   QStringLiteral("type"),     QStringLiteral("rect"),  QStringLiteral("text"),
    QStringLiteral("font-size"), QStringLiteral("bold"), QStringLiteral("align"), QStringLiteral("colour"),
    QStringLiteral("view"), QStringLiteral("same-scale-as"), QStringLiteral("margin"), QStringLiteral("frame"),
    QStringLiteral("maps"), QStringLiteral("map"),      QStringLiteral("columns"), QStringLiteral("table"),
    QStringLiteral("file"), QStringLiteral("chart"),    QStringLiteral("layer"), QStringLiteral("comment")};

} // namespace

Result<LayoutTemplate> LayoutTemplate::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The layout template %1 cannot be read: %2").arg(path, file.errorString()));
    const QString origin = path.startsWith(QLatin1String(":/")) ? QFileInfo(path).fileName() : path;
    auto loaded = fromJson(file.readAll(), origin);
    if (loaded.ok() && !path.startsWith(QLatin1String(":/"))) {
        // Files of a user's template are found beside it.
        const QDir folder = QFileInfo(path).absoluteDir();
        for (LayoutElement &e : loaded->m_elements) {
            if (!e.file.isEmpty() && QFileInfo(e.file).isRelative())
                e.file = folder.filePath(e.file);
        }
        for (const LayoutElement &e : loaded->m_elements) {
            if (e.type == LayoutElementType::Image && !QFileInfo(e.file).isReadable())
                return makeError(Tr::tr("%1, element \"%2\": the picture %3 cannot be read.")
                                     .arg(origin, e.id.isEmpty() ? QStringLiteral("?") : e.id, e.file));
        }
    }
    return loaded;
}

Result<LayoutTemplate> LayoutTemplate::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Tr::tr("%1 is not a layout template: broken JSON at byte %2 (%3).")
                             .arg(origin)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(Tr::tr("%1 is not a layout template: the text is not a JSON object.").arg(origin));
    const QJsonObject root = doc.object();
    Reader top(origin, Tr::tr("the template"));
    top.allowOnly(root, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("title"),
                         QStringLiteral("page"), QStringLiteral("elements"), QStringLiteral("comment")});
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("engdrift-layout"))
        top.fail(Tr::tr("\"format\" must be \"engdrift-layout\""));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        top.fail(Tr::tr("\"version\" must be 1 (this program reads version 1)"));
    LayoutTemplate t;
    t.m_origin = origin;
    t.m_name = top.string(root, QStringLiteral("name"));
    t.m_title = top.text(root, QStringLiteral("title"));
    const QJsonObject page = root.value(QStringLiteral("page")).toObject();
    top.allowOnly(page, {QStringLiteral("size"), QStringLiteral("orientation")});
    const auto size = pageSizeNamed(top.string(page, QStringLiteral("size"), QStringLiteral("A4")));
    if (!size)
        top.fail(Tr::tr("the page size must be A2, A3, A4 or A5"));
    else
        t.m_pageSize = *size;
    const QString orientation = top.string(page, QStringLiteral("orientation"), QStringLiteral("portrait"));
    if (orientation != QLatin1String("portrait") && orientation != QLatin1String("landscape"))
        top.fail(Tr::tr("the orientation must be portrait or landscape"));
    t.m_orientation = orientation == QLatin1String("landscape") ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (!root.value(QStringLiteral("elements")).isArray())
        top.fail(Tr::tr("\"elements\" must be a list"));
    if (top.failed())
        return top.error();

    const QRectF pageRect(QPointF(0, 0), t.pageSizeMm());
    const QJsonArray elements = root.value(QStringLiteral("elements")).toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonObject o = elements.at(i).toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        Reader r(origin, id.isEmpty() ? Tr::tr("element %1").arg(i + 1) : Tr::tr("element \"%1\"").arg(id));
        if (!elements.at(i).isObject()) {
            r.fail(Tr::tr("it is not a JSON object"));
            return r.error();
        }
        r.allowOnly(o, kElementKeys);
        LayoutElement e;
        e.id = id;
        if (!id.isEmpty() && ids.contains(id))
            r.fail(Tr::tr("the id is used twice"));
        ids.insert(id);
        const QString typeName = r.string(o, QStringLiteral("type"));
        const auto type = elementType(typeName);
        if (!type)
            r.fail(Tr::tr("\"%1\" is not an element type (text, map, legend, table, scale-bar, north-arrow, image, "
                          "chart, line, notes)")
                       .arg(typeName));
        else
            e.type = *type;
        const QJsonArray rect = o.value(QStringLiteral("rect")).toArray();
        if (rect.size() != 4 || rect.at(2).toDouble() <= 0 || rect.at(3).toDouble() < 0) {
            r.fail(Tr::tr("\"rect\" must be [x, y, width, height] in millimetres, with a width above 0"));
        } else {
            e.rect = QRectF(rect.at(0).toDouble(), rect.at(1).toDouble(), rect.at(2).toDouble(), rect.at(3).toDouble());
            if (!pageRect.adjusted(-0.01, -0.01, 0.01, 0.01).contains(e.rect))
                r.fail(Tr::tr("\"rect\" reaches outside the page (%1 x %2 mm)")
                           .arg(pageRect.width(), 0, 'f', 0)
                           .arg(pageRect.height(), 0, 'f', 0));
        }
        e.text = r.text(o, QStringLiteral("text"));
        e.fontSize = r.number(o, QStringLiteral("font-size"), 10, 4, 96);
        e.bold = r.boolean(o, QStringLiteral("bold"), false);
        if (const QString align = r.string(o, QStringLiteral("align")); !align.isEmpty()) {
            if (const auto a = alignment(align))
                e.align = *a;
            else
                r.fail(Tr::tr("\"align\" must be words of left, center, right, top, middle, bottom"));
        }
        if (const QString colour = r.string(o, QStringLiteral("colour")); !colour.isEmpty()) {
            e.colour = QColor::fromString(colour);
            if (!e.colour.isValid())
                r.fail(Tr::tr("\"colour\" must be a colour written #RRGGBB or #RRGGBBAA"));
        }
        const QString view = r.string(o, QStringLiteral("view"), QStringLiteral("today"));
        if (view != QLatin1String("today") && view != QLatin1String("proposal"))
            r.fail(Tr::tr("\"view\" must be today or proposal"));
        e.view = view == QLatin1String("proposal") ? MapViewKind::Proposal : MapViewKind::Today;
        e.sameScaleAs = r.string(o, QStringLiteral("same-scale-as"));
        e.marginMm = r.number(o, QStringLiteral("margin"), 4, 0, 100);
        e.frame = r.boolean(o, QStringLiteral("frame"), e.type == LayoutElementType::Map);
        const QString layer = r.string(o, QStringLiteral("layer"), QStringLiteral("areas"));
        if (layer != QLatin1String("areas") && layer != QLatin1String("zones"))
            r.fail(Tr::tr("\"layer\" must be areas or zones"));
        e.zones = layer == QLatin1String("zones");
        e.maps = r.strings(o, QStringLiteral("maps"));
        if (o.contains(QStringLiteral("map")))
            e.maps = QStringList{r.string(o, QStringLiteral("map"))};
        e.columns = static_cast<int>(r.number(o, QStringLiteral("columns"), 1, 1, 8));
        const QString table = r.string(o, QStringLiteral("table"), QStringLiteral("care-type-change"));
        if (table == QLatin1String("care-type-change"))
            e.table = LayoutTable::CareTypeChange;
        else if (table == QLatin1String("care-types"))
            e.table = LayoutTable::CareTypes;
        else if (table == QLatin1String("departments"))
            e.table = LayoutTable::Departments;
        else if (table == QLatin1String("mowing-effect"))
            e.table = LayoutTable::MowingEffect;
        else if (table == QLatin1String("mowing-zones"))
            e.table = LayoutTable::MowingZones;
        else if (table == QLatin1String("nature-value"))
            e.table = LayoutTable::NatureValue;
        else
            r.fail(Tr::tr("\"table\" must be care-type-change, care-types, mowing-effect, mowing-zones, nature-value or departments"));
        e.file = r.string(o, QStringLiteral("file"));
        if (e.type == LayoutElementType::Image && e.file.isEmpty())
            r.fail(Tr::tr("an image needs a \"file\""));
        e.chart = r.string(o, QStringLiteral("chart"));
        if (e.type == LayoutElementType::Chart && e.chart != QLatin1String("care-area") && e.chart != QLatin1String("adoption") &&
            e.chart != QLatin1String("share") && e.chart != QLatin1String("mowing-calendar"))
            r.fail(Tr::tr("\"chart\" must be care-area, adoption, share or mowing-calendar"));
        if (e.type == LayoutElementType::Text && e.text.isEmpty())
            r.fail(Tr::tr("a text element needs a \"text\""));
        if (r.failed())
            return r.error();
        t.m_elements << e;
    }
    // References between elements.
    for (qsizetype i = 0; i < t.m_elements.size(); ++i) {
        const LayoutElement &e = t.m_elements.at(i);
        Reader r(origin, e.id.isEmpty() ? Tr::tr("element %1").arg(i + 1) : Tr::tr("element \"%1\"").arg(e.id));
        auto isMap = [&t](const QString &id) {
            const LayoutElement *other = t.element(id);
            return other && other->type == LayoutElementType::Map;
        };
        if (!e.sameScaleAs.isEmpty() && (!isMap(e.sameScaleAs) || e.sameScaleAs == e.id))
            r.fail(Tr::tr("\"same-scale-as\" names \"%1\", which is not another map of the template").arg(e.sameScaleAs));
        if (e.type == LayoutElementType::Legend || e.type == LayoutElementType::ScaleBar) {
            if (e.maps.isEmpty())
                r.fail(Tr::tr("it needs the map(s) it belongs to (\"maps\")"));
            for (const QString &id : e.maps) {
                if (!isMap(id))
                    r.fail(Tr::tr("\"%1\" is not a map of the template").arg(id));
            }
        }
        if (r.failed())
            return r.error();
    }
    return t;
}

Result<LayoutTemplate> LayoutTemplate::named(const QString &name)
{
    for (const char *builtIn : kBuiltIn) {
        if (name == QLatin1String(builtIn))
            return fromFile(QStringLiteral(":/engdrift/layouts/%1.json").arg(name));
    }
    if (QFileInfo::exists(name))
        return fromFile(name);
    return makeError(Tr::tr("\"%1\" is neither a layout of Engdrift (%2) nor a template file.")
                         .arg(name, builtInNames().join(QStringLiteral(", "))));
}

QStringList LayoutTemplate::builtInNames()
{
    QStringList names;
    for (const char *n : kBuiltIn)
        names << QString::fromLatin1(n);
    return names;
}

QSizeF LayoutTemplate::pageSizeMm() const
{
    const QSizeF size = m_pageSize.size(QPageSize::Millimeter);
    return m_orientation == QPageLayout::Landscape ? size.transposed() : size;
}

QPageLayout LayoutTemplate::pageLayout() const
{
    return QPageLayout(m_pageSize, m_orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

namespace {
/// The fields whose figures LayoutEffect holds.
const QLatin1String kEffectFields[] = {QLatin1String("{effect."), QLatin1String("{nature.")};
} // namespace

bool LayoutTemplate::usesEffect() const
{
    return std::any_of(m_elements.cbegin(), m_elements.cend(), [&](const LayoutElement &e) {
        const bool table = e.type == LayoutElementType::Table &&
                           (e.table == LayoutTable::MowingEffect || e.table == LayoutTable::NatureValue);
        return table || std::any_of(std::begin(kEffectFields), std::end(kEffectFields), [&](const QLatin1String &field) {
                   return e.text.da.contains(field) || e.text.en.contains(field);
               });
    });
}

const LayoutElement *LayoutTemplate::element(const QString &id) const
{
    for (const LayoutElement &e : m_elements) {
        if (!id.isEmpty() && e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace engdrift
