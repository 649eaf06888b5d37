#pragma once
// What the QML writer (qgis_style_qml.cpp) and the SLD writer (qgis_style_sld.cpp) share: how
// Engdrift's hatching and mown paths look, described once for both. Not a public API.

#include "style/qgis_style.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace engdrift::qgis_detail {

/// How much wider than the path its dark edge is, in metres (about two pixels at 1:750).
inline const QString kPathEdgeM = QStringLiteral("0.4");

/// A hatch pattern as Engdrift draws it (Qt's 8 x 8 pixel patterns): lines at angles
/// (counter-clockwise from east), or dots in rows, every other row shifted.
struct HatchShape
{
    QList<int> lineAngles;
    double dotsDx = 0; ///< pixels between dots in a row; 0: no dots
    double dotsDy = 0; ///< pixels between rows
    double dotsShift = 0;

    bool dots() const { return dotsDx > 0; }
    /// Pixels between lines, across them: 8 for horizontal and vertical lines, 8 along a row for
    /// diagonals.
    static double lineGap(int angle) { return angle % 90 == 0 ? 8.0 : 8.0 / 1.41421356; }
};

HatchShape hatchShape(HatchPattern pattern);

/// A number as the styles write it: at most six significant digits.
QString number(double value);

/// The kinds of path ("mown_path", "safety_edge"), in the order of their categories and rules.
const QStringList &pathKinds();

} // namespace engdrift::qgis_detail
