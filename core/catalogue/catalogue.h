#pragma once
// Catalogue: the care types (plejetyper) of a nature-friendly concept, loaded from JSON.
//
// The concept is data, not code: data/catalogue/naturvenlige-udearealer.json is the default,
// embedded in the program and copied into every new project (so a project file is
// self-contained). Loading validates every entry; an error names the entry and the field.
// A Catalogue is an immutable value, safe to share between threads.

#include "model/biodiversity.h"
#include "util/result.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace engdrift {

/// A text in Danish and English.
struct LocalizedText
{
    QString da;
    QString en;
    /// The Danish text when language is "da", the English text otherwise.
    QString text(const QString &language) const { return language == QLatin1String("da") ? da : en; }
};

enum class Clippings { Left, Collected, PartlyCollected, None };

/// "left", "collected", "partly_collected", "none" (the catalogue's and the exports' words).
QString clippingsCode(Clippings clippings);
std::optional<Clippings> clippingsFromCode(const QString &code);
/// The mowing equipment the catalogue knows (ride_on_mower, finger_bar_mower, cut_and_collect, ...).
bool isKnownEquipment(const QString &code);

struct MowingRegime
{
    int cutsPerYear = 0;
    QList<int> months;                 ///< 1-12, when the cuts fall
    double cutHeightMinCm = 0;
    double cutHeightMaxCm = 0;
    std::optional<double> maxHeightCm; ///< the height the grass may reach before a cut
    Clippings clippings = Clippings::Left;
    QString equipment;                 ///< e.g. ride_on_mower, finger_bar_mower, cut_and_collect
    /// For clippings collected later (hay left to dry and drop its seed): removed this many days
    /// after the cut, at the earliest and at the latest ("removal_days": [7, 14]). Both 0: collected
    /// as the grass is cut (cut-and-collect), or not collected at all.
    int removalDaysMin = 0;
    int removalDaysMax = 0;
    LocalizedText note;
};

/// Workload defaults: estimates a user can edit (per project: analysis/mowing_assumptions.h).
/// Unset: the catalogue gives no figure of its own, and the project's general figure applies.
struct Workload
{
    std::optional<double> hoursPerHaPerCut;
    std::optional<double> fuelLitresPerHaPerCut;
    std::optional<double> trimFactor;        ///< trimming adds this share of the mowing hours
    std::optional<double> hoursPerHaPerYear; ///< for care that is not mowing (hedges, beds, ...)
};

struct CareTypeGroup
{
    QString code;
    LocalizedText name;
};

struct CareType
{
    QString code;
    LocalizedText name;
    QString group;
    bool natureFriendly = false;
    bool green = true; ///< counts in the green area (the denominator of the nature-friendly share)
    int fkgCode = 0;   ///< the FKG/GeoFA element code it corresponds to (vedlhold_f_type_kode)
    QString fkgLabel;  ///< e.g. "GR2"
    QList<int> fkgImport; ///< FKG codes that import as this care type
    std::optional<MowingRegime> mowing;
    Workload workload;
    int distinctiveness = 0; ///< biodiversity metric: 0, 2, 4, 6 or 8
    double biofaktor = 0;    ///< Danish greenness weight, 0-2
    /// The condition an area of this type is in until one is recorded for it
    /// ("biodiversity.condition"; moderate when the catalogue gives none).
    HabitatCondition defaultCondition = HabitatCondition::Moderate;
    /// The catalogue's own look ("style", optional): only a fallback for codes that styles/ does
    /// not know (style/symbology.h). Invalid and empty when the catalogue carries none.
    QColor colour;
    QString hatch; ///< none, diagonal, cross, dots, vertical
};

class Catalogue
{
public:
    Catalogue() = default;

    /// The catalogue built into the program (Naturvenlige udearealer).
    static const Catalogue &builtIn();
    static Result<Catalogue> loadFile(const QString &path);
    /// Parses and validates; sourceName is used in error messages.
    static Result<Catalogue> fromJson(const QByteArray &json, const QString &sourceName);

    QString id() const { return m_id; }
    LocalizedText name() const { return m_name; }
    /// The catalogue's name in `language` ("da" or "en"); its id when it has none.
    QString title(const QString &language) const;
    /// A care type's name in `language`, for people; the code itself when the catalogue has no such type.
    QString careTypeName(const QString &code, const QString &language) const;
    const QList<CareType> &careTypes() const { return m_careTypes; }
    const QList<CareTypeGroup> &groups() const { return m_groups; }
    const CareType *find(const QString &code) const;
    /// The care of a mown path or a safety edge ("path_care" in the JSON; kindCode "mown_path" or
    /// "safety_edge"): its mowing regime and workload, as a CareType of that code. A catalogue
    /// without its own (a project made before it existed) answers with the built-in one's; nullptr
    /// for an unknown kind.
    const CareType *pathCare(const QString &kindCode) const;
    const QList<CareType> &pathCareTypes() const { return m_pathCare; }
    /// The care type an FKG element code imports as, or nullptr.
    const CareType *forFkgCode(int fkgCode) const;
    /// The code of the care type used for areas whose care type is not known.
    static QString unknownCode() { return QStringLiteral("ukendt"); }
    /// The JSON this catalogue was read from (stored in projects).
    QByteArray json() const { return m_json; }
    bool isEmpty() const { return m_careTypes.isEmpty(); }

private:
    QString m_id;
    LocalizedText m_name;
    QList<CareTypeGroup> m_groups;
    QList<CareType> m_careTypes;
    QList<CareType> m_pathCare;
    QHash<QString, qsizetype> m_byCode;
    QHash<int, qsizetype> m_byFkg;
    QByteArray m_json;
};

} // namespace engdrift
