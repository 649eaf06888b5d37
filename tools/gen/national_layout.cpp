// The national layout (see national_layout.h): organisations, departments, names and places.

#include "national_layout.h"

#include "random.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace engdrift::gen {
namespace {

struct Town
{
    const char *name;
    double x; ///< EPSG:25832, near the town's centre (moved inland where the sea is close)
    double y;
    int postcode;
    const char *postTown;
    double weight; ///< share of the country's social housing, roughly
};

// Converted from WGS84 with PROJ; weights are rough shares of the departments.
const Town kTowns[] = {
    {"København", 719500, 6175500, 2450, "København SV", 120},
    {"Frederiksberg", 721900, 6176100, 2000, "Frederiksberg", 60},
    {"Hvidovre", 718700, 6171700, 2650, "Hvidovre", 40},
    {"Brøndby", 715100, 6172200, 2605, "Brøndby", 50},
    {"Albertslund", 710900, 6173000, 2620, "Albertslund", 45},
    {"Ishøj", 711100, 6168300, 2635, "Ishøj", 40},
    {"Høje-Taastrup", 707600, 6172300, 2630, "Taastrup", 45},
    {"Ballerup", 711200, 6181300, 2750, "Ballerup", 35},
    {"Gladsaxe", 719100, 6181800, 2860, "Søborg", 40},
    {"Herlev", 716000, 6180700, 2730, "Herlev", 25},
    {"Rødovre", 717000, 6176000, 2610, "Rødovre", 30},
    {"Glostrup", 713800, 6173800, 2600, "Glostrup", 20},
    {"Farum", 710500, 6189800, 3520, "Farum", 25},
    {"Lyngby", 719500, 6186000, 2800, "Kongens Lyngby", 20},
    {"Hillerød", 706800, 6202900, 3400, "Hillerød", 30},
    {"Helsingør", 721500, 6214500, 3000, "Helsingør", 35},
    {"Frederikssund", 692200, 6192500, 3600, "Frederikssund", 15},
    {"Roskilde", 693800, 6170500, 4000, "Roskilde", 40},
    {"Køge", 700200, 6150400, 4600, "Køge", 30},
    {"Greve", 707900, 6165400, 2670, "Greve", 20},
    {"Holbæk", 670400, 6177000, 4300, "Holbæk", 25},
    {"Kalundborg", 632400, 6172400, 4400, "Kalundborg", 20},
    {"Slagelse", 649100, 6142200, 4200, "Slagelse", 30},
    {"Næstved", 675600, 6123900, 4700, "Næstved", 30},
    {"Ringsted", 676500, 6147600, 4100, "Ringsted", 20},
    {"Nykøbing Falster", 684900, 6072900, 4800, "Nykøbing F", 20},
    {"Nakskov", 637600, 6078100, 4900, "Nakskov", 10},
    {"Rønne", 864900, 6120800, 3700, "Rønne", 10},
    {"Odense", 588000, 6139700, 5000, "Odense C", 120},
    {"Svendborg", 602600, 6103000, 5700, "Svendborg", 20},
    {"Nyborg", 614400, 6130800, 5800, "Nyborg", 10},
    {"Middelfart", 546600, 6150800, 5500, "Middelfart", 10},
    {"Aarhus", 571500, 6224000, 8000, "Aarhus C", 130},
    {"Randers", 563800, 6257900, 8900, "Randers C", 40},
    {"Horsens", 553200, 6190900, 8700, "Horsens", 35},
    {"Silkeborg", 533800, 6225100, 8600, "Silkeborg", 25},
    {"Skanderborg", 557900, 6210900, 8660, "Skanderborg", 10},
    {"Grenaa", 615400, 6254000, 8500, "Grenaa", 10},
    {"Vejle", 533700, 6173800, 7100, "Vejle", 35},
    {"Kolding", 529800, 6149400, 6000, "Kolding", 35},
    {"Fredericia", 547000, 6158400, 7000, "Fredericia", 30},
    {"Esbjerg", 467500, 6148500, 6700, "Esbjerg", 40},
    {"Haderslev", 531000, 6122700, 6100, "Haderslev", 15},
    {"Aabenraa", 526200, 6099800, 6200, "Aabenraa", 15},
    {"Sønderborg", 550300, 6085500, 6400, "Sønderborg", 20},
    {"Herning", 498400, 6221600, 7400, "Herning", 30},
    {"Holstebro", 476300, 6246200, 7500, "Holstebro", 25},
    {"Ikast", 509900, 6221700, 7430, "Ikast", 10},
    {"Ringkøbing", 454000, 6216400, 6950, "Ringkøbing", 8},
    {"Viborg", 524800, 6256300, 8800, "Viborg", 25},
    {"Skive", 501700, 6269200, 7800, "Skive", 15},
    {"Thisted", 481400, 6312000, 7700, "Thisted", 10},
    {"Aalborg", 555900, 6319500, 9000, "Aalborg", 80},
    {"Hjørring", 558900, 6369500, 9800, "Hjørring", 20},
    {"Frederikshavn", 591500, 6367500, 9900, "Frederikshavn", 20},
    {"Brønderslev", 557300, 6347800, 9700, "Brønderslev", 10},
};

const char *const kStems[] = {
    "Hede", "Eng", "Sol", "Skov", "Birke", "Ege", "Linde", "Bøge", "Lærke", "Kilde", "Strand", "Mølle", "Kirke",
    "Vester", "Øster", "Nørre", "Sønder", "Rose", "Lyng", "Kløver", "Valmue", "Humle", "Ahorn", "Hassel", "Pile",
    "Æble", "Kastanje", "Fugle", "Sø", "Bakke", "Dal", "Mark", "Toft", "Vang", "Rønne", "Hyld", "Tjørne", "Gran",
    "Kløvermarks", "Solsikke", "Svane", "Stære", "Agerhøne", "Ravn", "Hjorte", "Rå", "Fjord", "Bro", "Å", "Ager"};
const char *const kSuffixes[] = {"parken", "gården", "haven", "bakken", "vænget", "lunden", "højen", "engen",
                                 "toften", "vangen", "holmen", "bo", "husene", "marken", "gårdene", "lund"};
const char *const kStreetSuffixes[] = {"vej", "gade", "allé", "vænget", "parken", "stien"};
const char *const kOrgWords[] = {"Fremtiden", "Vesterport", "Østerbo", "Solbo", "Hjemmet", "Lejerbo", "Bovest",
                                 "Boligkontoret", "Domea", "Fællesbo", "Hjemstedet", "Ungdomsboliger", "Trekanten",
                                 "Nordbo", "Sydbo", "Midtbo", "Kærbo", "Fjordbo", "Kystbo", "Egebo"};

template <std::size_t N>
const char *choose(Random &rng, const char *const (&list)[N])
{
    return list[rng.range(0, static_cast<std::int64_t>(N) - 1)];
}

QString organisationName(Random &rng, const Town &town)
{
    const QString place = QString::fromUtf8(town.name);
    switch (rng.range(0, 5)) {
    case 0:
        return QStringLiteral("Boligselskabet ") + place;
    case 1:
        return place + QStringLiteral(" Boligforening");
    case 2:
        return QStringLiteral("Den Almennyttige Boligforening i ") + place;
    case 3:
        return QStringLiteral("Boligforeningen ") + QString::fromUtf8(choose(rng, kOrgWords));
    case 4:
        return QStringLiteral("Arbejdernes Boligselskab i ") + place;
    default:
        return QString::fromUtf8(choose(rng, kOrgWords)) + QStringLiteral(" ") + place;
    }
}

/// Departments per organisation: at least one each, the rest by skewed weights, at most 999.
std::vector<int> organisationSizes(Random &rng, int departments, int organisations)
{
    std::vector<double> weights(static_cast<std::size_t>(organisations));
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[i] = 1.0 / std::pow(static_cast<double>(i) + 4.0, 1.1);
    rng.shuffle(weights);
    double total = 0;
    for (double w : weights)
        total += w;
    std::vector<int> sizes(weights.size(), 1);
    const int rest = departments - organisations;
    std::vector<std::pair<double, std::size_t>> remainders;
    int given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double share = rest * weights[i] / total;
        const int whole = static_cast<int>(share);
        sizes[i] += whole;
        given += whole;
        remainders.push_back({share - whole, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; k < rest - given; ++k)
        ++sizes[remainders[static_cast<std::size_t>(k) % remainders.size()].second];
    // Move any excess above 999 to the smallest organisations.
    for (int &s : sizes) {
        while (s > 999) {
            auto smallest = std::min_element(sizes.begin(), sizes.end());
            ++*smallest;
            --s;
        }
    }
    return sizes;
}

/// Estates on a lattice: a free cell as near a town's centre as possible.
class Lattice
{
public:
    static constexpr double kSpacing = 380.0;
    static constexpr double kX0 = 450000.0;
    static constexpr double kY0 = 6050000.0;
    static constexpr double kX1 = 890000.0;
    static constexpr double kY1 = 6400000.0;

    std::pair<double, double> take(double x, double y)
    {
        const long cx = std::lround((x - kX0) / kSpacing);
        const long cy = std::lround((y - kY0) / kSpacing);
        // Square rings around the centre cell, each scanned in a fixed order.
        for (long ring = 0;; ++ring) {
            for (long dy = -ring; dy <= ring; ++dy) {
                for (long dx = -ring; dx <= ring; ++dx) {
                    if (std::max(std::labs(dx), std::labs(dy)) != ring)
                        continue;
                    const long ix = cx + dx;
                    const long iy = cy + dy;
                    const double px = kX0 + static_cast<double>(ix) * kSpacing;
                    const double py = kY0 + static_cast<double>(iy) * kSpacing;
                    if (px < kX0 || px > kX1 || py < kY0 || py > kY1)
                        continue;
                    if (m_taken.insert({ix, iy}).second)
                        return {px, py};
                }
            }
        }
    }

private:
    std::set<std::pair<long, long>> m_taken;
};

} // namespace

NationalLayout makeNationalLayout(int departments, int organisations, std::uint64_t seed)
{
    Random rng(Random::derive(seed, 0x6f7267)); // "org"
    if (organisations <= 0)
        organisations = std::max(1, static_cast<int>(std::lround(departments * 560.0 / 7100.0)));
    organisations = std::clamp(organisations, (departments + 998) / 999, departments); // at most 999 each
    const std::vector<int> sizes = organisationSizes(rng, departments, organisations);

    std::vector<double> townWeights;
    for (const Town &t : kTowns)
        townWeights.push_back(t.weight);

    NationalLayout layout;
    Lattice lattice;
    int orgNo = 10;
    std::set<QString> usedNames;
    int index = 0;
    for (int o = 0; o < organisations; ++o) {
        orgNo += 1 + static_cast<int>(rng.range(0, 3));
        const Town &town = kTowns[rng.weighted(townWeights)];
        layout.organisations.push_back({orgNo, organisationName(rng, town)});
        int deptNo = 0;
        for (int d = 0; d < sizes[static_cast<std::size_t>(o)]; ++d) {
            // Department numbers mostly run on, with the odd gap (closed or merged departments).
            const int step = rng.chance(0.15) ? static_cast<int>(rng.range(2, 3)) : 1;
            const int remaining = sizes[static_cast<std::size_t>(o)] - d;
            deptNo = std::min(deptNo + step, 1000 - remaining);
            // A large organisation also has estates in neighbouring towns.
            const Town &place = rng.chance(0.8) ? town : kTowns[rng.weighted(townWeights)];
            NationalDepartment nd;
            nd.department.key = {orgNo, deptNo};
            QString name;
            for (int attempt = 0; attempt < 4; ++attempt) {
                name = QString::fromUtf8(choose(rng, kStems)) + QString::fromUtf8(choose(rng, kSuffixes));
                if (!usedNames.count(QString::fromUtf8(place.name) + name))
                    break;
            }
            usedNames.insert(QString::fromUtf8(place.name) + name);
            nd.department.name = name;
            // The estate's own name is often its street's too.
            const QString street = rng.chance(0.4) ? name
                                                   : QString::fromUtf8(choose(rng, kStems)) +
                                                         QString::fromUtf8(choose(rng, kStreetSuffixes));
            const int first = static_cast<int>(rng.range(1, 20));
            const int last = first + 2 * static_cast<int>(rng.range(8, 40));
            nd.department.address = QStringLiteral("%1 %2-%3, %4 %5")
                                        .arg(street)
                                        .arg(first)
                                        .arg(last)
                                        .arg(place.postcode)
                                        .arg(QString::fromUtf8(place.postTown));
            nd.seed = Random::derive(seed, static_cast<std::uint64_t>(index));
            const auto [x, y] = lattice.take(place.x + rng.uniform(-1500, 1500), place.y + rng.uniform(-1500, 1500));
            // A little jitter off the lattice (estates stay at least 300 m apart).
            nd.centreX = x + static_cast<double>(rng.range(-40, 40));
            nd.centreY = y + static_cast<double>(rng.range(-40, 40));
            layout.departments.push_back(nd);
            ++index;
        }
    }
    return layout;
}

} // namespace engdrift::gen
