// The symbology (styles/symbology.json): it loads and styles every built-in care type, a broken
// file is refused naming the file and the key, older catalogues' own looks are the fallback, no
// colour is written in the C++ sources, and the palette stays apart in grey print and for
// deuteranopia and protanopia.

#include "catalogue/catalogue.h"
#include "render/map_style.h"
#include "style/symbology.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>

using namespace engdrift;

namespace {

QByteArray builtInJson()
{
    QFile file(QStringLiteral(":/engdrift/styles/symbology.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The built-in file with one key (a dotted path) set to `value`, or removed when value is undefined.
QByteArray withKey(const QString &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(builtInJson()).object();
    const QStringList parts = path.split(QLatin1Char('.'));
    std::function<void(QJsonObject &, int)> set = [&](QJsonObject &object, int i) {
        if (i == parts.size() - 1) {
            if (value.isUndefined())
                object.remove(parts[i]);
            else
                object.insert(parts[i], value);
            return;
        }
        QJsonObject child = object.value(parts[i]).toObject();
        set(child, i + 1);
        object.insert(parts[i], child);
    };
    set(root, 0);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST(Symbology, BuiltInStylesEveryBuiltInCareTypeAndNothingElse)
{
    const Symbology &s = Symbology::builtIn();
    const Catalogue &catalogue = Catalogue::builtIn();
    ASSERT_FALSE(s.careTypeCodes().isEmpty());
    const MapStyle style(catalogue, s);
    for (const CareType &ct : catalogue.careTypes()) {
        const CareSymbol *symbol = s.careSymbol(ct.code);
        ASSERT_NE(symbol, nullptr) << ct.code.toStdString();
        EXPECT_TRUE(symbol->fill.isValid() && symbol->outline.isValid() && symbol->label.isValid())
            << ct.code.toStdString();
        EXPECT_EQ(symbol->hatch != HatchPattern::None, symbol->hatchColour.isValid())
            << ct.code.toStdString();
        // The look is style, not data: the built-in catalogue carries none.
        EXPECT_FALSE(ct.colour.isValid()) << ct.code.toStdString();
        // What the map draws comes from styles/.
        const CareStyle &drawn = style.careStyle(ct.code);
        EXPECT_EQ(drawn.fill, symbol->fill);
        EXPECT_EQ(drawn.hatch, hatchBrushStyle(symbol->hatch));
    }
    for (const QString &code : s.careTypeCodes())
        EXPECT_NE(catalogue.find(code), nullptr)
            << "styles/ knows a care type the catalogue does not: " << code.toStdString();
    // Nature-friendly types are hatched: a grey print tells them from the rest.
    for (const CareType &ct : catalogue.careTypes()) {
        if (ct.natureFriendly) {
            EXPECT_NE(s.careSymbol(ct.code)->hatch, HatchPattern::None) << ct.code.toStdString();
        }
    }
    EXPECT_EQ(s.map().selectionFill.alpha(), 0x3c); // #RRGGBBAA: the opacity last
    EXPECT_FALSE(s.charts().series.isEmpty());
    EXPECT_TRUE(s.ui().errorText.isValid());
    EXPECT_TRUE(s.decorations().northArrowFill.isValid());
}

struct BrokenStyles
{
    const char *key;      ///< the key to change (dotted)
    const char *value;    ///< JSON of its new value; nullptr removes it
    const char *namedKey; ///< the key the message must name
};

class SymbologyBroken : public ::testing::TestWithParam<BrokenStyles>
{
};

TEST_P(SymbologyBroken, IsRefusedNamingTheFileAndTheKey)
{
    const BrokenStyles &p = GetParam();
    QJsonValue value(QJsonValue::Undefined);
    if (p.value)
        value = QJsonDocument::fromJson(QByteArray("[") + p.value + "]").array().at(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my-styles.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(withKey(QString::fromLatin1(p.key), value));
    file.close();
    auto loaded = Symbology::loadFile(path);
    ASSERT_FALSE(loaded.ok()) << p.key;
    EXPECT_TRUE(loaded.errorMessage().contains(path)) << loaded.errorMessage().toStdString();
    EXPECT_TRUE(loaded.errorMessage().contains(QStringLiteral("\"%1\"").arg(QString::fromLatin1(p.namedKey))))
        << loaded.errorMessage().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Keys, SymbologyBroken,
    ::testing::Values(
        BrokenStyles{"map.selection.fill", "\"blue\"", "map.selection.fill"},
        BrokenStyles{"map.background", nullptr, "map.background"},
        BrokenStyles{"map.backgorund", "\"#ffffff\"", "map.backgorund"},
        BrokenStyles{"care_types.eng.fill", "\"#12345\"", "care_types.eng.fill"},
        BrokenStyles{"care_types.eng.hatch.pattern", "\"stripes\"", "care_types.eng.hatch.pattern"},
        BrokenStyles{"care_types.eng.hatch.colour", nullptr, "care_types.eng.hatch.colour"},
        BrokenStyles{"care_types.Eng", "{\"fill\": \"#ffffff\", \"outline\": \"#000000\"}", "care_types.Eng"},
        BrokenStyles{"charts.series", "[]", "charts.series"},
        BrokenStyles{"ui.vertex", "\"#ff8000zz\"", "ui.vertex"},
        BrokenStyles{"format_version", "2", "format_version"},
        BrokenStyles{"decorations.north_arrow", nullptr, "decorations.north_arrow"},
        BrokenStyles{"mowing.classes.hay.fill", "\"#12\"", "mowing.classes.hay.fill"},
        BrokenStyles{"mowing.classes.lawn", nullptr, "mowing.classes.lawn"},
        BrokenStyles{"mowing.classes.often", "{\"fill\": \"#ffffff\", \"outline\": \"#000000\"}",
                     "mowing.classes.often"},
        BrokenStyles{"mowing.calendar.capacity", nullptr, "mowing.calendar.capacity"}));

TEST(Symbology, AFileWithoutMowingZonesDrawsThemAsTheBuiltInOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older-styles.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(withKey(QStringLiteral("mowing"), QJsonValue(QJsonValue::Undefined)));
    file.close();
    auto loaded = Symbology::loadFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.errorMessage().toStdString();
    const MowingColours &builtIn = Symbology::builtIn().mowing();
    EXPECT_EQ(loaded->mowing().classes.size(), mowingClassCodes().size());
    for (const QString &code : mowingClassCodes())
        EXPECT_EQ(loaded->mowing().classes.value(code).fill, builtIn.classes.value(code).fill) << code.toStdString();
    EXPECT_EQ(loaded->mowing().calendarCapacity, builtIn.calendarCapacity);
}

TEST(Symbology, UnreadableOrNotJsonNamesTheFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone.json"));
    auto none = Symbology::loadFile(missing);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.errorMessage().contains(missing));
    auto bad = Symbology::fromJson("{\"format\": ", QStringLiteral("x.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("x.json")));
    // A file with every key right loads, alpha and all.
    auto good =
        Symbology::fromJson(withKey(QStringLiteral("map.selection.fill"), QStringLiteral("#11223380")),
                            QStringLiteral("good.json"));
    ASSERT_TRUE(good.ok()) << good.errorMessage().toStdString();
    EXPECT_EQ(good->map().selectionFill, QColor::fromRgb(0x11, 0x22, 0x33, 0x80));
    EXPECT_EQ(symbologyColourName(good->map().selectionFill), QStringLiteral("#11223380"));
}

TEST(Symbology, AnOlderCataloguesOwnLookIsOnlyTheFallback)
{
    // A catalogue as projects stored them before styles/: every care type with "style".
    QJsonObject root = QJsonDocument::fromJson(Catalogue::builtIn().json()).object();
    QJsonArray types = root.value(QStringLiteral("care_types")).toArray();
    for (qsizetype i = 0; i < types.size(); ++i) {
        QJsonObject ct = types.at(i).toObject();
        ct.insert(QStringLiteral("style"), QJsonObject{{QStringLiteral("colour"), QStringLiteral("#123456")},
                                                       {QStringLiteral("hatch"), QStringLiteral("dots")}});
        if (i == 0) { // and one code styles/ does not know
            ct.insert(QStringLiteral("code"), QStringLiteral("vild_eng"));
            ct.insert(QStringLiteral("fkg"), QJsonObject{{QStringLiteral("code"), 999999},
                                                         {QStringLiteral("label"), QStringLiteral("X")},
                                                         {QStringLiteral("import"), QJsonArray()}});
        }
        types[i] = ct;
    }
    root.insert(QStringLiteral("care_types"), types);
    auto catalogue = Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("old.json"));
    ASSERT_TRUE(catalogue.ok()) << catalogue.errorMessage().toStdString();
    const MapStyle style(*catalogue, Symbology::builtIn());
    EXPECT_EQ(style.careStyle(QStringLiteral("eng")).fill,
              Symbology::builtIn().careSymbol(QStringLiteral("eng"))->fill);
    EXPECT_EQ(style.careStyle(QStringLiteral("vild_eng")).fill, QColor::fromRgb(0x12, 0x34, 0x56));
    EXPECT_EQ(style.careStyle(QStringLiteral("vild_eng")).hatch, Qt::Dense6Pattern);
    EXPECT_EQ(style.careStyle(QStringLiteral("no_such_code")).fill,
              Symbology::builtIn().unknownCareType().fill);
}

TEST(Symbology, NoColourIsWrittenInTheSources)
{
    // Every colour comes from styles/: the sources of core/ and app/ name none.
    const QList<QRegularExpression> patterns{
        QRegularExpression(QStringLiteral("QColor\\s*\\(\\s*(0x|\\d|\"|'|Qt::)")),
        QRegularExpression(QStringLiteral("\\bQColor\\s+\\w+\\s*(\\(|\\{|=)\\s*(0x|\\d|\"|'|Qt::)")),
        QRegularExpression(QStringLiteral(
            "\\bQt::(white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|"
            "magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray|color0|color1)\\b")),
        QRegularExpression(QStringLiteral("QColorConstants::")),
        QRegularExpression(QStringLiteral("\\bqRgba?\\s*\\(\\s*\\d")),
        QRegularExpression(QStringLiteral(
            "\\b(setRgb|setRgba|fromRgb|fromRgba|setHsv|fromHsv|setHsl|fromHsl)F?\\s*\\(\\s*\\d")),
        QRegularExpression(QStringLiteral("\"[^\"]*#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?\\b[^\"]*\"")),
        QRegularExpression(QStringLiteral("\"[^\"]*\\brgba?\\s*\\(\\s*\\d")),
    };
    int files = 0;
    QStringList found;
    for (const char *folder : {"core", "app"}) {
        QDirIterator it(QStringLiteral(ENGDRIFT_SOURCE_DIR "/") + QString::fromLatin1(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            ++files;
            int number = 0;
            for (const QByteArray &raw : file.readAll().split('\n')) {
                ++number;
                QString line = QString::fromUtf8(raw);
                const qsizetype comment = line.indexOf(QStringLiteral("//"));
                if (comment >= 0 && line.left(comment).count(QLatin1Char('"')) % 2 == 0)
                    line.truncate(comment);
                for (const QRegularExpression &pattern : patterns) {
                    if (pattern.match(line).hasMatch())
                        found << QStringLiteral("%1:%2: %3").arg(path).arg(number).arg(line.trimmed());
                }
            }
        }
    }
    EXPECT_GT(files, 100);
    EXPECT_TRUE(found.isEmpty()) << "colours belong in styles/symbology.json:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

// --- The palette in grey print and for colour-blind readers

namespace {

using Vec3 = std::array<double, 3>;

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec3 apply(const double m[3][3], const Vec3 &v)
{
    Vec3 r{};
    for (int i = 0; i < 3; ++i)
        r[i] = std::clamp(m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2], 0.0, 1.0);
    return r;
}

/// CIE L*a*b* (D65) of a linear sRGB colour.
Vec3 toLab(const Vec3 &rgb)
{
    const double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
    auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : t * 24389.0 / 27.0 / 116.0 + 16.0 / 116.0;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

/// CIEDE2000 colour difference.
double deltaE2000(const Vec3 &lab1, const Vec3 &lab2)
{
    constexpr double pi = 3.14159265358979323846;
    auto rad = [](double deg) { return deg * pi / 180.0; };
    auto deg = [](double r) { return r * 180.0 / pi; };
    const double c1 = std::hypot(lab1[1], lab1[2]), c2 = std::hypot(lab2[1], lab2[2]);
    const double cBar7 = std::pow((c1 + c2) / 2, 7);
    const double g = 0.5 * (1 - std::sqrt(cBar7 / (cBar7 + std::pow(25.0, 7))));
    const double a1 = (1 + g) * lab1[1], a2 = (1 + g) * lab2[1];
    const double c1p = std::hypot(a1, lab1[2]), c2p = std::hypot(a2, lab2[2]);
    auto hue = [&](double b, double a) {
        return (a == 0 && b == 0) ? 0.0 : std::fmod(deg(std::atan2(b, a)) + 360, 360);
    };
    const double h1 = hue(lab1[2], a1), h2 = hue(lab2[2], a2);
    const double dL = lab2[0] - lab1[0], dC = c2p - c1p;
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(rad(dh / 2));
    const double lBar = (lab1[0] + lab2[0]) / 2, cBarP = (c1p + c2p) / 2;
    double hBar = h1 + h2;
    if (c1p * c2p != 0) {
        if (std::abs(h1 - h2) <= 180)
            hBar /= 2;
        else
            hBar = hBar < 360 ? (hBar + 360) / 2 : (hBar - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(rad(hBar - 30)) + 0.24 * std::cos(rad(2 * hBar)) +
                     0.32 * std::cos(rad(3 * hBar + 6)) - 0.20 * std::cos(rad(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double cBarP7 = std::pow(cBarP, 7);
    const double rc = 2 * std::sqrt(cBarP7 / (cBarP7 + std::pow(25.0, 7)));
    const double sl = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sc = 1 + 0.045 * cBarP, sh = 1 + 0.015 * cBarP * t;
    const double rt = -std::sin(rad(2 * dTheta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) +
                     rt * (dC / sc) * (dH / sh));
}

// Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
const double kIdentity[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
const double kDeuteranopia[3][3] = {
    {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
const double kProtanopia[3][3] = {
    {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};

/// A care type's swatch as the map draws it (fill, then the hatching over it), averaged in linear
/// light: what the eye sees of it a step back, and what a grey print keeps.
Vec3 swatch(const CareStyle &style)
{
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(image.rect(), style.fill);
    if (style.hatch != Qt::NoBrush)
        painter.fillRect(image.rect(), QBrush(style.hatchColour, style.hatch));
    painter.end();
    Vec3 sum{};
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            sum[0] += toLinear(c.redF());
            sum[1] += toLinear(c.greenF());
            sum[2] += toLinear(c.blueF());
        }
    }
    const double n = double(image.width()) * image.height();
    return {sum[0] / n, sum[1] / n, sum[2] / n};
}

} // namespace

TEST(Symbology, CareTypesStayApartInGreyPrintAndForColourBlindReaders)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const MapStyle style(catalogue, Symbology::builtIn());
    struct Swatch
    {
        QString code;
        QString group;
        Qt::BrushStyle pattern;
        Vec3 rgb;
    };
    QList<Swatch> swatches;
    for (const CareType &ct : catalogue.careTypes()) {
        const CareStyle &s = style.careStyle(ct.code);
        swatches << Swatch{ct.code, ct.group, s.hatch, swatch(s)};
    }
    QStringList problems;
    const std::pair<const char *, const double(*)[3]> visions[] = {
        {"normal vision", kIdentity}, {"deuteranopia", kDeuteranopia}, {"protanopia", kProtanopia}};
    for (qsizetype i = 0; i < swatches.size(); ++i) {
        for (qsizetype j = i + 1; j < swatches.size(); ++j) {
            const Swatch &a = swatches[i], &b = swatches[j];
            const bool sameGroup = a.group == b.group;
            const bool samePattern = a.pattern == b.pattern;
            const QString pair = a.code + QStringLiteral(" / ") + b.code;
            // Grey print: the lightness a grey print keeps.
            const double dL = std::abs(toLab(a.rgb)[0] - toLab(b.rgb)[0]);
            const double needL = samePattern ? 6.0 : sameGroup ? 4.5 : 0.0;
            if (dL < needL)
                problems << QStringLiteral("%1: grey lightness differs by %2 (at least %3)")
                                .arg(pair)
                                .arg(dL, 0, 'f', 1)
                                .arg(needL);
            // Within a group (but the flat lawns) each type has a pattern of its own.
            if (sameGroup && samePattern && a.group != QLatin1String("lawn"))
                problems << QStringLiteral("%1: the same pattern in one group").arg(pair);
            for (const auto &[vision, matrix] : visions) {
                const double dE = deltaE2000(toLab(apply(matrix, a.rgb)), toLab(apply(matrix, b.rgb)));
                const double needE = samePattern ? 7.0 : sameGroup ? 6.0 : 3.5;
                if (dE < needE)
                    problems << QStringLiteral("%1: CIEDE2000 %2 in %3 (at least %4)")
                                    .arg(pair)
                                    .arg(dE, 0, 'f', 1)
                                    .arg(QString::fromLatin1(vision))
                                    .arg(needE);
            }
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();

    // The four dark greens of shrubs, shrubbery, hedges and trees: lightness and pattern both.
    const QStringList darkGreens{QStringLiteral("prydbuske"), QStringLiteral("busket"),
                                 QStringLiteral("haek"), QStringLiteral("traegruppe")};
    QList<double> lightness;
    QSet<int> patterns;
    for (const QString &code : darkGreens) {
        lightness << toLab(swatch(style.careStyle(code)))[0];
        patterns.insert(static_cast<int>(style.careStyle(code).hatch));
    }
    EXPECT_EQ(patterns.size(), darkGreens.size());
    std::sort(lightness.begin(), lightness.end());
    for (qsizetype i = 1; i < lightness.size(); ++i)
        EXPECT_GE(lightness[i] - lightness[i - 1], 5.0);
}

TEST(Symbology, ColourScienceMatchesPublishedValues)
{
    // Sharma, Wu & Dalal (2005), pairs 1 and 17.
    EXPECT_NEAR(deltaE2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}), 2.0425, 1e-4);
    EXPECT_NEAR(deltaE2000({50, 2.5, 0}, {73, 25, -18}), 27.1492, 1e-4);
    const Vec3 white = toLab({1, 1, 1});
    EXPECT_NEAR(white[0], 100, 1e-3);
    EXPECT_NEAR(white[1], 0, 1e-2);
    // Machado's matrices keep grey grey.
    const Vec3 grey = apply(kDeuteranopia, {0.5, 0.5, 0.5});
    EXPECT_NEAR(grey[0], 0.5, 1e-3);
    EXPECT_NEAR(grey[2], 0.5, 1e-3);
}
