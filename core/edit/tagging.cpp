#include "edit/tagging.h"

#include "edit/edit_conflicts.h"

#include "geometry/geometry.h"
#include "model/area_version.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace engdrift {
namespace {
struct TaggingText
{
    Q_DECLARE_TR_FUNCTIONS(Tagging)
};
} // namespace

Result<void> supersedeAreaVersion(ProjectStore &store, const AreaVersion &old, AreaVersion &next, Geometry geometry)
{
    next.areaId = old.areaId;
    next.validTo = old.validTo;
    const QByteArray readWkb = geometry.toWkb();
    std::vector<AreaLayer::Successor> successors;
    successors.push_back({next, std::move(geometry)});
    if (auto changed = store.areaLayer().supersede(old.fid, next.validFrom, successors, old.validTo); !changed.ok()) {
        if (changed.error().kind != ErrorKind::Conflict)
            return changed;
        auto conflict = describeAreaConflict(store, AreaShape{old, readWkb, {}}, old.validTo, next.validFrom);
        if (!conflict.ok())
            return changed;
        return makeConflict(conflict->message, changed.errorMessage());
    }
    next = successors.front().version;
    return {};
}

Result<AreaChangeCount> changeAreasFrom(ProjectStore &store, const AreaChangeFrom &request, const QHash<qint64, AreaVersion> &read)
{
    // Join the caller's transaction if one is open (the caller commits); otherwise use our own.
    auto transaction = store.beginUnlessOpen();
    if (!transaction.ok())
        return transaction.error();
    std::optional<ProjectStore::Transaction> &own = *transaction;
    AreaChangeCount result;
    QSet<qint64> done;
    for (qint64 areaId : request.areaIds) {
        if (done.contains(areaId))
            continue;
        done.insert(areaId);
        AreaQuery query;
        query.ids = {areaId};
        query.at = request.from;
        auto current = store.areas(query);
        if (!current.ok())
            return current.error();
        if (current->isEmpty()) {
            AreaQuery any;
            any.ids = {areaId};
            auto versions = store.areas(any);
            if (!versions.ok())
                return versions.error();
            if (versions->isEmpty())
                return makeError(TaggingText::tr("%1: there is no area %2.").arg(store.path()).arg(areaId));
            const AreaVersion &firstVersion = versions->first();
            const AreaVersion &lastVersion = versions->last();
            if (lastVersion.validTo.isValid())
                return makeError(TaggingText::tr("%1: area %2 does not exist on %3; it exists from %4 until %5.")
                                     .arg(store.path())
                                     .arg(areaId)
                                     .arg(isoDate(request.from), isoDate(firstVersion.validFrom),
                                          isoDate(lastVersion.validTo)));
            return makeError(TaggingText::tr("%1: area %2 does not exist on %3; it exists from %4.")
                                 .arg(store.path())
                                 .arg(areaId)
                                 .arg(isoDate(request.from), isoDate(firstVersion.validFrom)));
        }
        const AreaVersion old = current->first();
        if (const auto was = read.constFind(areaId); was != read.cend() && (was->fid != old.fid || was->validTo != old.validTo)) {
            // Changed since the caller read it: say what, by whom and when; write nothing.
            QByteArray readWkb;
            if (auto readShape = store.areaGeometry(was->fid); readShape.ok())
                readWkb = readShape->toWkb();
            auto conflict = describeAreaConflict(store, AreaShape{*was, readWkb, {}}, was->validTo, request.from);
            if (!conflict.ok())
                return conflict.error();
            AreaConflict &c = *conflict;
            request.mine(c, *was);
            phraseAreaConflict(store, c);
            return makeConflict(request.nothingWritten.arg(c.message));
        }
        if (request.already(old)) {
            ++result.unchanged;
            continue;
        }
        auto geometry = store.areaGeometry(old.fid);
        if (!geometry.ok())
            return geometry.error();
        AreaVersion next = old;
        request.change(next);
        next.validFrom = request.from;
        if (auto changed = supersedeAreaVersion(store, old, next, std::move(*geometry)); !changed.ok())
            return changed.error();
        ++result.changed;
    }
    if (!own || result.changed == 0)
        return result; // nothing to write: our transaction rolls back and the file stays as it was
    if (auto committed = own->commit(); !committed.ok())
        return committed.error();
    return result;
}

Result<TagResult> tagAreas(ProjectStore &store, const TagRequest &request, const QHash<qint64, AreaVersion> &read)
{
    if (request.areaIds.isEmpty())
        return makeError(TaggingText::tr("No areas to tag."));
    if (!request.from.isValid())
        return makeError(TaggingText::tr("Tagging needs the date the new care type applies from."));
    if (!store.catalogue().find(request.careType))
        return makeError(TaggingText::tr("\"%1\" is not a care type of the catalogue %2.").arg(request.careType, store.catalogue().title(currentLanguage())));
    AreaChangeFrom change;
    change.areaIds = request.areaIds;
    change.from = request.from;
    change.already = [&](const AreaVersion &v) { return v.careType == request.careType; };
    change.change = [&](AreaVersion &next) {
        next.careType = request.careType;
        // The recorded condition was that of the old habitat: the new care type starts from its
        // default (edit/condition.h).
        next.condition.reset();
        if (!request.note.isEmpty())
            next.note = request.note;
    };
    change.mine = [&](AreaConflict &c, const AreaVersion &was) {
        c.mine.careType = was.careType != request.careType;
        c.myCareType = request.careType;
    };
    change.nothingWritten = TaggingText::tr("Nothing was tagged: %1");
    auto done = changeAreasFrom(store, change, read);
    if (!done.ok())
        return done.error();
    return TagResult{done->changed, done->unchanged};
}

} // namespace engdrift
