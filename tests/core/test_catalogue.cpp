// The care-type catalogue: the built-in one is complete, and a bad one is refused with a message
// naming the entry and the field.

#include "catalogue/care_mapping.h"
#include "catalogue/catalogue.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace engdrift;

TEST(Catalogue, BuiltInHasTheConceptsCareTypes)
{
    const Catalogue &cat = Catalogue::builtIn();
    ASSERT_FALSE(cat.isEmpty());
    EXPECT_EQ(cat.id(), QStringLiteral("naturvenlige-udearealer"));
    for (const char *code : {"brugsplaene", "graesflade", "faelledgraes", "rabatgraes", "blomstergraes", "hoeslaet",
                             "naturgraes", "eng", "blomstereng", "busket", "haek", "traegruppe", "vandhul",
                             "fast_belaegning", "bygning", "ukendt"}) {
        EXPECT_NE(cat.find(QString::fromLatin1(code)), nullptr) << code;
    }
    const CareType *lawn = cat.find(QStringLiteral("brugsplaene"));
    ASSERT_TRUE(lawn && lawn->mowing);
    EXPECT_EQ(lawn->fkgLabel, QStringLiteral("GR2"));
    EXPECT_FALSE(lawn->natureFriendly);
    EXPECT_GE(lawn->mowing->cutsPerYear, 12);
    EXPECT_DOUBLE_EQ(*lawn->mowing->maxHeightCm, 8.0);
    EXPECT_EQ(lawn->mowing->clippings, Clippings::Left);
    const CareType *hay = cat.find(QStringLiteral("hoeslaet"));
    ASSERT_TRUE(hay && hay->mowing);
    EXPECT_EQ(hay->mowing->clippings, Clippings::Collected);
    EXPECT_EQ(hay->mowing->equipment, QStringLiteral("finger_bar_mower"));
    EXPECT_EQ(hay->mowing->months, QList<int>{9});
    EXPECT_TRUE(hay->natureFriendly);
    const CareType *paved = cat.find(QStringLiteral("fast_belaegning"));
    ASSERT_TRUE(paved);
    EXPECT_FALSE(paved->green);
    EXPECT_FALSE(paved->mowing.has_value());
    EXPECT_EQ(paved->distinctiveness, 0);
    // The metric's default conditions: a lawn is poor, a meadow moderate (DOMAIN.md: 1 ha poor lawn
    // = 2 units, the same hectare as a moderate meadow = 8).
    EXPECT_EQ(lawn->defaultCondition, HabitatCondition::Poor);
    EXPECT_EQ(hay->defaultCondition, HabitatCondition::Moderate);
    EXPECT_DOUBLE_EQ(lawn->distinctiveness * conditionScore(lawn->defaultCondition), 2.0);
    EXPECT_DOUBLE_EQ(hay->distinctiveness * conditionScore(hay->defaultCondition), 8.0);
}

TEST(Catalogue, EveryNationalFkgCodeMapsToACareType)
{
    // The national code list (139 codes) from the FKG/GeoFA data model.
    QFile file(test::sharedDataDir() + QStringLiteral("/danish/openfkg_geofa_schema/d_6800_vedlhold_f_type_codes.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const Catalogue &cat = Catalogue::builtIn();
    const CareMapping mapping(cat);
    int codes = 0;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QString code = line.section(QLatin1Char(','), 0, 0);
        ++codes;
        EXPECT_NE(cat.forFkgCode(code.toInt()), nullptr) << code.toStdString();
        EXPECT_TRUE(mapping.map(code).has_value()) << code.toStdString();
    }
    EXPECT_EQ(codes, 139);
    EXPECT_EQ(*mapping.map(QStringLiteral("102000")), QStringLiteral("brugsplaene"));
    EXPECT_EQ(*mapping.map(QStringLiteral("108020")), QStringLiteral("eng"));
    EXPECT_EQ(*mapping.map(QStringLiteral("102000.0")), QStringLiteral("brugsplaene"));
    EXPECT_EQ(*mapping.map(QStringLiteral("163000")), QStringLiteral("busket"));
    EXPECT_EQ(*mapping.map(QStringLiteral(" Brugsplæne ")), QStringLiteral("brugsplaene"));
    EXPECT_FALSE(mapping.map(QStringLiteral("no such thing")).has_value());
}

namespace {

QJsonObject builtInJson()
{
    return QJsonDocument::fromJson(Catalogue::builtIn().json()).object();
}

/// Changes the care type with the given code and returns the catalogue as JSON bytes.
QByteArray withCareType(const QString &code, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = builtInJson();
    QJsonArray types = root.value(QStringLiteral("care_types")).toArray();
    for (qsizetype i = 0; i < types.size(); ++i) {
        QJsonObject ct = types.at(i).toObject();
        if (ct.value(QStringLiteral("code")).toString() == code) {
            change(ct);
            types.replace(i, ct);
        }
    }
    root.insert(QStringLiteral("care_types"), types);
    return QJsonDocument(root).toJson();
}

void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    setPath(child, path.mid(1), value);
    object.insert(path.first(), child);
}

struct BadEntry
{
    const char *field; // dotted path inside the care type "eng"
    QJsonValue value;  // Undefined = remove the field
    const char *expected;
};

} // namespace

class CatalogueValidation : public ::testing::TestWithParam<BadEntry>
{
};

TEST_P(CatalogueValidation, NamesTheEntryAndTheField)
{
    const BadEntry bad = GetParam();
    const QByteArray json = withCareType(QStringLiteral("eng"), [&](QJsonObject &ct) {
        setPath(ct, QString::fromLatin1(bad.field).split(QLatin1Char('.')), bad.value);
    });
    auto result = Catalogue::fromJson(json, QStringLiteral("test.json"));
    ASSERT_FALSE(result.ok()) << bad.field;
    const QString message = result.errorMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("test.json"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("\"eng\""))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromLatin1(bad.expected))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fields, CatalogueValidation,
    ::testing::Values(BadEntry{"name.da", QJsonValue(QJsonValue::Undefined), "name.da"},
                      BadEntry{"group", QStringLiteral("nowhere"), "group"},
                      BadEntry{"nature_friendly", QStringLiteral("yes"), "nature_friendly"},
                      BadEntry{"fkg.code", 12, "fkg.code"},
                      BadEntry{"fkg.import", QJsonArray{102000}, "fkg.import"}, // 102000 is brugsplaene's
                      BadEntry{"mowing.months", QJsonArray{6, 13}, "mowing.months"},
                      BadEntry{"mowing.months", QJsonArray{6, 6}, "mowing.months"},
                      BadEntry{"mowing.cuts_per_year", -1, "mowing.cuts_per_year"},
                      BadEntry{"mowing.cut_height_cm", QJsonArray{12, 7}, "mowing.cut_height_cm"},
                      BadEntry{"mowing.clippings", QStringLiteral("burnt"), "mowing.clippings"},
                      BadEntry{"mowing.equipment", QStringLiteral("goat"), "mowing.equipment"},
                      BadEntry{"workload.hours_per_ha_per_cut", 0, "workload.hours_per_ha_per_cut"},
                      BadEntry{"mowing.removal_days", QJsonArray{14, 7}, "mowing.removal_days"},
                      BadEntry{"biodiversity.distinctiveness", 5, "biodiversity.distinctiveness"},
                      BadEntry{"biodiversity.condition", QStringLiteral("splendid"), "biodiversity.condition"},
                      // "style" is optional (the look lives in styles/), but checked when given.
                      BadEntry{"style", QJsonObject{{QStringLiteral("colour"), QStringLiteral("green")},
                                                    {QStringLiteral("hatch"), QStringLiteral("none")}},
                               "style.colour"},
                      BadEntry{"style", QJsonObject{{QStringLiteral("colour"), QStringLiteral("#123456")},
                                                    {QStringLiteral("hatch"), QStringLiteral("stripes")}},
                               "style.hatch"}));

TEST(Catalogue, RefusesBrokenJsonWithItsPosition)
{
    auto result = Catalogue::fromJson(QByteArray("{\"format\": \"engdrift-catalogue\", "), QStringLiteral("x.json"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("x.json")));
    EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("byte")));
}

TEST(Catalogue, RefusesADuplicateCode)
{
    QJsonObject root = builtInJson();
    QJsonArray types = root.value(QStringLiteral("care_types")).toArray();
    QJsonObject copy = types.at(0).toObject();
    copy.insert(QStringLiteral("fkg"), QJsonObject{{QStringLiteral("code"), 101000},
                                                   {QStringLiteral("label"), QStringLiteral("GR1")},
                                                   {QStringLiteral("import"), QJsonArray{}}});
    types.append(copy);
    root.insert(QStringLiteral("care_types"), types);
    auto result = Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("dup.json"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("repeats"))) << result.errorMessage().toStdString();
}

TEST(Catalogue, RefusesANewerFormat)
{
    QJsonObject root = builtInJson();
    root.insert(QStringLiteral("format_version"), 7);
    auto result = Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("new.json"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("format_version")));
}

TEST(CareMapping, FileMapsLocalValuesAndRefusesUnknownCareTypes)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("map.csv"));
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("value,care_type\nPlæne 1,brugsplaene\n\"Eng, våd\",eng\n");
    }
    auto mapping = CareMapping::fromFile(good, Catalogue::builtIn());
    ASSERT_TRUE(mapping.ok()) << mapping.errorMessage().toStdString();
    EXPECT_EQ(*mapping->map(QStringLiteral("plæne 1")), QStringLiteral("brugsplaene"));
    EXPECT_EQ(*mapping->map(QStringLiteral("Eng, våd")), QStringLiteral("eng"));
    EXPECT_EQ(*mapping->map(QStringLiteral("102000")), QStringLiteral("brugsplaene")); // FKG still maps

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("value,care_type\nA,brugsplaene\nB,jungle\n");
    }
    auto refused = CareMapping::fromFile(bad, Catalogue::builtIn());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("line 3"))) << refused.errorMessage().toStdString();
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("jungle")));
}

TEST(Catalogue, NamesForPeople)
{
    const Catalogue &cat = Catalogue::builtIn();
    EXPECT_EQ(cat.careTypeName(QStringLiteral("brugsplaene"), QStringLiteral("da")), QStringLiteral("Brugsplæne"));
    EXPECT_EQ(cat.careTypeName(QStringLiteral("brugsplaene"), QStringLiteral("en")), QStringLiteral("Utility lawn"));
    EXPECT_EQ(cat.careTypeName(QStringLiteral("jungle"), QStringLiteral("da")), QStringLiteral("jungle"));
    EXPECT_EQ(cat.title(QStringLiteral("da")), QStringLiteral("Naturvenlige udearealer"));
    EXPECT_EQ(cat.title(QStringLiteral("en")), QStringLiteral("Nature-friendly outdoor areas"));
}

TEST(Catalogue, MownPathsAndHayHaveTheirRegimes)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const CareType *hay = catalogue.find(QStringLiteral("hoeslaet"));
    ASSERT_TRUE(hay && hay->mowing);
    EXPECT_EQ(hay->mowing->removalDaysMin, 7);
    EXPECT_EQ(hay->mowing->removalDaysMax, 14);
    const CareType *path = catalogue.pathCare(QStringLiteral("mown_path"));
    ASSERT_TRUE(path && path->mowing);
    EXPECT_EQ(path->mowing->cutsPerYear, 10);
    EXPECT_FALSE(path->workload.hoursPerHaPerCut) << "the project's general figure applies";
    EXPECT_EQ(path->workload.trimFactor, 0.0);
    ASSERT_TRUE(catalogue.pathCare(QStringLiteral("safety_edge")));
    EXPECT_FALSE(catalogue.pathCare(QStringLiteral("hedge")));
    // A catalogue without path care (an older project's) answers with the built-in one's.
    QJsonObject root = builtInJson();
    root.remove(QStringLiteral("path_care"));
    auto older = Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("old.json"));
    ASSERT_TRUE(older.ok()) << older.errorMessage().toStdString();
    EXPECT_TRUE(older->pathCareTypes().isEmpty());
    ASSERT_TRUE(older->pathCare(QStringLiteral("mown_path")));
    EXPECT_EQ(older->pathCare(QStringLiteral("mown_path"))->mowing->cutsPerYear, 10);
    // A path regime that is never cut is refused, naming it.
    root = builtInJson();
    QJsonObject care = root.value(QStringLiteral("path_care")).toObject();
    QJsonObject mown = care.value(QStringLiteral("mown_path")).toObject();
    QJsonObject mowing = mown.value(QStringLiteral("mowing")).toObject();
    mowing.insert(QStringLiteral("cuts_per_year"), 0);
    mown.insert(QStringLiteral("mowing"), mowing);
    care.insert(QStringLiteral("mown_path"), mown);
    root.insert(QStringLiteral("path_care"), care);
    auto bad = Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("bad.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("mown_path"))) << bad.errorMessage().toStdString();
}

// Found by fuzz_catalogue (UBSan: float-cast-overflow): a numeric value too large for a code was
// cast to 64 bits. It is not a code, and not mapped.
TEST(CareMapping, NumbersBeyondSixtyFourBitsAreNotCodes)
{
    const CareMapping mapping(Catalogue::builtIn());
    for (const char *value : {"1e300", "-1e300", "9.3e18", "inf", "nan"})
        EXPECT_FALSE(mapping.map(QString::fromLatin1(value)).has_value()) << value;
    EXPECT_EQ(mapping.map(QStringLiteral("102000.0")), std::optional<QString>(QStringLiteral("brugsplaene")));
}

// Found by fuzz_catalogue (ASan: a read past the list of care types): a care type that lists one
// FKG code twice made the error message look up a care type not yet in the catalogue.
TEST(Catalogue, RefusesAnFkgCodeListedTwiceByOneCareType)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::builtIn().json()).object();
    QJsonArray types = root.value(QStringLiteral("care_types")).toArray();
    QJsonObject first = types.at(0).toObject();
    QJsonObject fkg = first.value(QStringLiteral("fkg")).toObject();
    fkg.insert(QStringLiteral("import"), QJsonArray{101000, 101000});
    first.insert(QStringLiteral("fkg"), fkg);
    types[0] = first;
    root.insert(QStringLiteral("care_types"), types);
    auto loaded = Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("twice.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.errorMessage().contains(QStringLiteral("101000 twice"))) << loaded.errorMessage().toStdString();
}
