// The estate generator (see estate_generator.h): lays out one estate on a centimetre grid with
// GEOS, nodes the shared edges, then rotates and places it in EPSG:25832.
//
// The layout, in a local frame with x along the estate's long side:
//  1. the outline, a rectangle or an L;
//  2. a parking strip along the "road" side (y = 0), then recursive splitting of the rest into
//     cells, each cut leaving a paved path strip (so the path network is connected and reaches
//     the boundary);
//  3. each leaf cell becomes an apartment block with its yards, a common green (playground,
//     meadow, rarely a pond) or the parking lot; features are rectangles and star-shaped blobs;
//  4. hedges along parts of the boundary, with gaps where paths and the parking lot meet it;
//  5. each leaf is "painted": features in priority order, each minus what is already painted,
//     and the rest of the cell is utility lawn. Tree groups and beds placed clear of everything
//     else become holes in the lawn that they fill exactly.

#include "estate_generator.h"

#include "estate_builder_p.h"

namespace engdrift::gen {

using namespace detail;

double polygonArea(const Polygon &polygon)
{
    double area = 0;
    for (std::size_t i = 0; i < polygon.rings.size(); ++i) {
        const double a = std::abs(ringArea(polygon.rings[i]));
        area += i == 0 ? a : -a;
    }
    return area;
}

Estate generateEstate(const EstateOptions &options)
{
    EstateBuilder builder(options);
    return builder.build();
}

} // namespace engdrift::gen
