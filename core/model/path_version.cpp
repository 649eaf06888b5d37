#include "model/path_version.h"

#include <QCoreApplication>

namespace engdrift {
namespace {
struct PathText
{
    Q_DECLARE_TR_FUNCTIONS(Path)
};
} // namespace

QString pathKindCode(PathKind kind)
{
    return kind == PathKind::SafetyEdge ? QStringLiteral("safety_edge") : QStringLiteral("mown_path");
}

std::optional<PathKind> pathKindFromCode(const QString &code)
{
    if (code == QLatin1String("mown_path"))
        return PathKind::MownPath;
    if (code == QLatin1String("safety_edge"))
        return PathKind::SafetyEdge;
    return std::nullopt;
}

QString pathKindName(PathKind kind)
{
    return kind == PathKind::SafetyEdge ? PathText::tr("Mown safety edge") : PathText::tr("Mown path");
}

} // namespace engdrift
