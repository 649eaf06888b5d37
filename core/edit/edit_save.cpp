// EditSession::save(): the edits written to the store in one transaction, through the temporal
// layers' supersede, so that nothing another program saved meanwhile is overwritten.

#include "edit/edit_session.h"

#include "edit/edit_history_p.h"
#include "util/dates.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace engdrift {

using namespace edit_detail;

namespace {

/// The end a stored version gets from the edits (valid_to, or the day it began for one that a
/// change on that day replaced), when the edits end it at all; refuses an edit that would make a
/// version last longer than it does in the project.
template <class Version>
Result<std::optional<QDate>> editedEnd(const Version &edited, const QDate &base, const QString &thing)
{
    if (isReplaced(edited))
        return std::optional<QDate>(edited.validFrom);
    if (edited.validTo == base)
        return std::optional<QDate>();
    if (edited.validTo.isValid() && (!base.isValid() || edited.validTo < base))
        return std::optional<QDate>(edited.validTo);
    const QString storedEnd = base.isValid() ? EditText::tr("ends on %1").arg(isoDate(base)) : EditText::tr("is still valid");
    const QString editedEnd = edited.validTo.isValid() ? EditText::tr("end on %1").arg(isoDate(edited.validTo))
                                                       : EditText::tr("be valid again");
    return makeError(EditText::tr("the version of %1 from %2 %3 in the project, and the edit would make it %4; that would "
                                  "overwrite history.")
                         .arg(thing, isoDate(edited.validFrom), storedEnd, editedEnd));
}

/// What an edit changed in the version it was made on (`edited` against `read`), made on `onto`:
/// the care type (with the new habitat's condition), the condition, the note and, when
/// `withShape`, the outline.
void takeChanges(const AreaShape &edited, const AreaShape &read, AreaShape &onto, bool withShape)
{
    if (edited.version.careType != read.version.careType) {
        onto.version.careType = edited.version.careType;
        onto.version.condition = edited.version.condition; // a new habitat's
    }
    if (edited.version.condition != read.version.condition)
        onto.version.condition = edited.version.condition;
    if (edited.version.note != read.version.note)
        onto.version.note = edited.version.note;
    if (withShape && edited.wkb != read.wkb) {
        onto.wkb = edited.wkb;
        onto.bounds = edited.bounds;
        onto.version.areaM2 = edited.version.areaM2;
    }
}

} // namespace

Result<void> EditSession::savePaths(SaveReport &report, const QSet<qint64> &held)
{
    PathLayer &layer = m_store.pathLayer();
    QList<qint64> ids;
    for (auto it = m_paths.cbegin(); it != m_paths.cend(); ++it) {
        if (!held.contains(it.key()))
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end(), [](qint64 a, qint64 b) { return (a > 0) != (b > 0) ? a > 0 : (a > 0 ? a < b : a > b); });
    for (qint64 id : ids) {
        const PathHistory history = m_paths.value(id);
        qint64 realId = id;
        if (id <= 0) {
            auto next = layer.newId();
            if (!next.ok())
                return next.error();
            realId = *next;
        }
        QSet<qsizetype> used; // new versions written as successors
        auto successorsFrom = [&](const QDate &date) {
            std::vector<PathLayer::Successor> next;
            for (qsizetype i = 0; i < history.size(); ++i) {
                const PathShape &shape = history.at(i);
                if (shape.version.fid > 0 || used.contains(i) || shape.version.validFrom != date ||
                    shape.version.status != AreaStatus::Current)
                    continue;
                auto line = Geometry::fromWkb(shape.wkb);
                if (!line.ok())
                    return Result<std::vector<PathLayer::Successor>>(line.error());
                PathVersion v = shape.version;
                v.pathId = realId;
                next.push_back({v, std::move(*line)});
                used.insert(i);
            }
            return Result<std::vector<PathLayer::Successor>>(std::move(next));
        };
        if (id > 0) {
            PathQuery query;
            query.ids = {id};
            query.status.reset();
            auto stored = m_store.paths(query);
            if (!stored.ok())
                return stored.error();
            QSet<qint64> kept;
            for (const PathShape &shape : history) {
                const PathVersion &v = shape.version;
                if (v.fid <= 0)
                    continue;
                kept.insert(v.fid);
                const auto s = std::find_if(stored->cbegin(), stored->cend(), [&v](const PathVersion &p) { return p.fid == v.fid; });
                if (s == stored->cend())
                    return makeConflict(EditText::tr("path %1 was changed in the project after it was edited here.").arg(id));
                if (s->status != AreaStatus::Current)
                    continue;
                const QDate base = m_basePathValidTo.value(v.fid, s->validTo);
                auto end = editedEnd(v, base, EditText::tr("path %1").arg(id));
                if (!end.ok())
                    return end.error();
                if (!*end)
                    continue;
                auto next = successorsFrom(**end);
                if (!next.ok())
                    return next.error();
                if (auto superseded = layer.supersede(v.fid, **end, *next, base); !superseded.ok())
                    return superseded;
                ++report.versionsClosed;
                report.versionsInserted += static_cast<int>(next->size());
            }
            for (const PathVersion &s : *stored) {
                if (kept.contains(s.fid))
                    continue;
                if (s.status != AreaStatus::Proposed)
                    return makeConflict(EditText::tr("path %1 was changed in the project after it was edited here.").arg(id));
                if (auto deleted = layer.deletePlanned(s.fid); !deleted.ok())
                    return deleted;
            }
        }
        for (qsizetype i = 0; i < history.size(); ++i) {
            const PathShape &shape = history.at(i);
            if (shape.version.fid > 0 || used.contains(i))
                continue;
            PathVersion v = shape.version;
            v.pathId = realId;
            auto line = Geometry::fromWkb(shape.wkb);
            if (!line.ok())
                return line.error();
            if (auto inserted = layer.insert(v, *line); !inserted.ok())
                return inserted;
            ++report.versionsInserted;
        }
    }
    return {};
}

Result<void> EditSession::saveAreas(SaveReport &report, const QSet<qint64> &held)
{
    AreaLayer &layer = m_store.areaLayer();
    // Stored areas first (by id), then the new ones in the order they were made (-1, -2, ...).
    QList<qint64> ids;
    for (auto it = m_histories.cbegin(); it != m_histories.cend(); ++it) {
        if (!held.contains(it.key()))
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end(), [](qint64 a, qint64 b) {
        if ((a > 0) != (b > 0))
            return a > 0;
        return a > 0 ? a < b : a > b;
    });
    for (qint64 id : ids) {
        if (id >= 0)
            continue;
        auto next = layer.newId();
        if (!next.ok())
            return next.error();
        report.newIds.insert(id, *next);
    }
    auto storedId = [&report](qint64 id) -> std::optional<qint64> {
        if (id > 0)
            return id;
        const auto found = report.newIds.constFind(id);
        return found == report.newIds.cend() ? std::nullopt : std::optional<qint64>(found.value());
    };
    // A new version as it is written: its real id and the real ids of the areas it came from.
    auto prepared = [&](qint64 id, const AreaShape &shape) -> Result<AreaLayer::Successor> {
        AreaVersion v = shape.version;
        v.areaId = *storedId(id);
        for (qint64 &parent : v.lineage) {
            const auto real = storedId(parent);
            if (!real)
                return makeError(EditText::tr("area %1 comes from the new area %2, which is no longer among the edits.")
                                     .arg(id)
                                     .arg(parent));
            parent = *real;
        }
        auto geometry = geometryOf(shape);
        if (!geometry.ok())
            return geometry.error();
        return AreaLayer::Successor{v, std::move(*geometry)};
    };

    for (qint64 id : ids) {
        const AreaHistory history = m_histories.value(id);
        QSet<qsizetype> used; // new versions written as successors
        if (id > 0) {
            // Compare with what is stored: versions may only end earlier, none may be lost.
            AreaQuery query;
            query.ids = {id};
            query.status.reset();
            auto stored = m_store.areas(query);
            if (!stored.ok())
                return stored.error();
            QHash<qint64, AreaVersion> byFid;
            for (const AreaVersion &v : *stored)
                byFid.insert(v.fid, v);
            qsizetype known = 0;
            QSet<qint64> kept;
            for (const AreaShape &shape : history) {
                const AreaVersion &v = shape.version;
                if (v.fid <= 0)
                    continue;
                ++known;
                kept.insert(v.fid);
                const auto found = byFid.constFind(v.fid);
                if (found != byFid.cend() && found->status == AreaStatus::Proposed) {
                    // A planned version is a draft: its care type and note may change in place.
                    if (found->careType != v.careType || found->note != v.note) {
                        if (auto updated = layer.updatePlanned(v); !updated.ok())
                            return updated;
                        ++report.versionsInserted;
                    }
                    continue;
                }
                if (found == byFid.cend() || found->areaId != id || found->validFrom != v.validFrom)
                    return makeConflict(EditText::tr("area %1 was changed in the project after it was edited here (its "
                                                     "version from %2 is no longer there); discard the edits of this "
                                                     "area and make them again.")
                                            .arg(id)
                                            .arg(isoDate(v.validFrom)));
                const QDate base = m_baseValidTo.value(v.fid, found->validTo);
                auto end = editedEnd(v, base, EditText::tr("area %1").arg(id));
                if (!end.ok())
                    return end.error();
                if (!*end)
                    continue;
                // Closed on a date: the new versions of this area from that date take over.
                std::vector<AreaLayer::Successor> next;
                for (qsizetype i = 0; i < history.size(); ++i) {
                    const AreaShape &s = history.at(i);
                    if (s.version.fid > 0 || used.contains(i) || s.version.validFrom != **end ||
                        s.version.status != AreaStatus::Current)
                        continue;
                    auto successor = prepared(id, s);
                    if (!successor.ok())
                        return successor.error();
                    next.push_back(std::move(*successor));
                    used.insert(i);
                }
                if (auto superseded = layer.supersede(v.fid, **end, next, base); !superseded.ok())
                    return superseded;
                ++report.versionsClosed;
                report.versionsInserted += static_cast<int>(next.size());
            }
            // Planned versions that the edits dropped are deleted (drafts, not history).
            for (auto it = byFid.cbegin(); it != byFid.cend(); ++it) {
                if (it->status == AreaStatus::Proposed && !kept.contains(it.key())) {
                    if (auto deleted = layer.deletePlanned(it.key()); !deleted.ok())
                        return deleted;
                    ++known;
                }
            }
            if (known != byFid.size())
                return makeConflict(EditText::tr("area %1 was changed in the project after it was edited here (it has "
                                                 "%2 versions there, the edits know %3); discard the edits of this area "
                                                 "and make them again.")
                                        .arg(id)
                                        .arg(byFid.size())
                                        .arg(known));
        }
        for (qsizetype i = 0; i < history.size(); ++i) {
            const AreaShape &shape = history.at(i);
            if (shape.version.fid > 0 || used.contains(i))
                continue;
            auto successor = prepared(id, shape);
            if (!successor.ok())
                return successor.error();
            if (auto inserted = layer.insert(successor->version, successor->geometry); !inserted.ok())
                return inserted;
            ++report.versionsInserted;
        }
    }
    return {};
}

QSet<qint64> EditSession::editGroup(qint64 areaId) const
{
    // Edges: an edited area and each edited area it came from (split parts, merged areas).
    QHash<qint64, QSet<qint64>> links;
    for (auto it = m_histories.cbegin(); it != m_histories.cend(); ++it) {
        for (const AreaShape &shape : it.value()) {
            for (qint64 parent : shape.version.lineage) {
                if (parent != it.key() && m_histories.contains(parent)) {
                    links[it.key()].insert(parent);
                    links[parent].insert(it.key());
                }
            }
        }
    }
    QSet<qint64> group{areaId};
    QList<qint64> todo{areaId};
    while (!todo.isEmpty()) {
        const qint64 id = todo.takeLast();
        for (qint64 next : links.value(id)) {
            if (!group.contains(next)) {
                group.insert(next);
                todo << next;
            }
        }
    }
    return group;
}

std::optional<AreaShape> EditSession::readVersionAt(const AreaHistory &history, const QDate &date) const
{
    for (const AreaShape &shape : history) {
        const AreaVersion &v = shape.version;
        if (v.fid <= 0 || v.status != AreaStatus::Current)
            continue;
        AreaShape read = shape;
        read.version.validTo = m_baseValidTo.value(v.fid, v.validTo);
        if (read.version.isValidAt(date))
            return read;
    }
    return std::nullopt;
}

AreaChanges EditSession::myChanges(const AreaHistory &history, QDate *date, QString *careType) const
{
    AreaChanges changes;
    QDate first;
    for (const AreaShape &shape : history) {
        const AreaVersion &v = shape.version;
        if (v.status != AreaStatus::Current)
            continue;
        if (v.fid <= 0) {
            if (!first.isValid() || v.validFrom < first)
                first = v.validFrom;
            const auto read = readVersionAt(history, v.validFrom);
            if (!read)
                continue;
            if (v.careType != read->version.careType) {
                changes.careType = true;
                if (careType && careType->isEmpty())
                    *careType = v.careType;
            }
            changes.note |= v.note != read->version.note;
            changes.condition |= v.condition != read->version.condition;
            if (shape.wkb != read->wkb) {
                auto mineShape = Geometry::fromWkb(shape.wkb);
                auto readShape = Geometry::fromWkb(read->wkb);
                changes.shape |= !mineShape.ok() || !readShape.ok() || !mineShape->equalsExact(*readShape, 0.001);
            }
            continue;
        }
        // A stored version the edits end earlier, with nothing of theirs after it: the area ends.
        const QDate base = m_baseValidTo.value(v.fid, v.validTo);
        if (v.validTo.isValid() && v.validTo != base && (!base.isValid() || v.validTo < base)) {
            bool followed = false;
            for (const AreaShape &other : history)
                followed |= other.version.fid <= 0 && other.version.status == AreaStatus::Current &&
                            other.version.validFrom == v.validTo;
            if (!followed) {
                changes.ended = true;
                if (!first.isValid() || v.validTo < first)
                    first = v.validTo;
            }
        }
    }
    if (date)
        *date = first;
    return changes;
}

Result<std::optional<AreaConflict>> EditSession::findConflict(qint64 areaId) const
{
    const AreaHistory history = m_histories.value(areaId);
    AreaQuery query;
    query.ids = {areaId};
    query.status = AreaStatus::Current;
    auto stored = m_store.areas(query);
    if (!stored.ok())
        return stored.error();
    QHash<qint64, AreaVersion> byFid;
    for (const AreaVersion &v : *stored)
        byFid.insert(v.fid, v);
    std::optional<AreaShape> changedRead; // the first version read that is not as it was
    QSet<qint64> known;
    for (const AreaShape &shape : history) {
        const AreaVersion &v = shape.version;
        if (v.fid <= 0 || v.status != AreaStatus::Current)
            continue;
        known.insert(v.fid);
        const QDate base = m_baseValidTo.value(v.fid, v.validTo);
        const auto found = byFid.constFind(v.fid);
        if (found == byFid.cend() || found->validFrom != v.validFrom || found->validTo != base) {
            if (!changedRead) {
                changedRead = shape;
                changedRead->version.validTo = base;
            }
        }
    }
    bool unknownRow = false;
    for (const AreaVersion &v : *stored)
        unknownRow |= !known.contains(v.fid);
    if (!changedRead && !unknownRow)
        return std::optional<AreaConflict>();
    QDate date;
    QString careType;
    const AreaChanges mine = myChanges(history, &date, &careType);
    std::optional<AreaShape> read = date.isValid() ? readVersionAt(history, date) : std::nullopt;
    if (!read)
        read = changedRead;
    if (!read) {
        // Only a new row the edits do not know: the version read that it falls into.
        for (const AreaVersion &v : *stored) {
            if (!known.contains(v.fid) && (read = readVersionAt(history, v.validFrom)))
                break;
        }
    }
    if (!read)
        return std::optional<AreaConflict>(); // nothing read to compare with: the checks of saveAreas tell
    auto conflict = describeAreaConflict(m_store, *read, read->version.validTo, date.isValid() ? date : read->version.validFrom);
    if (!conflict.ok())
        return conflict.error();
    conflict->mine = mine;
    conflict->myCareType = careType;
    phraseAreaConflict(m_store, *conflict);
    return std::optional<AreaConflict>(std::move(*conflict));
}

Result<std::optional<PathConflict>> EditSession::findPathConflict(qint64 pathId) const
{
    const PathHistory history = m_paths.value(pathId);
    PathQuery query;
    query.ids = {pathId};
    query.status = AreaStatus::Current;
    auto stored = m_store.paths(query);
    if (!stored.ok())
        return stored.error();
    QHash<qint64, PathVersion> byFid;
    for (const PathVersion &v : *stored)
        byFid.insert(v.fid, v);
    std::optional<PathVersion> changedRead; // the first version read that is not as it was
    QDate myEnd;
    QSet<qint64> known;
    for (const PathShape &shape : history) {
        const PathVersion &v = shape.version;
        if (v.fid <= 0 || v.status != AreaStatus::Current)
            continue;
        known.insert(v.fid);
        const QDate base = m_basePathValidTo.value(v.fid, v.validTo);
        const QDate end = isReplaced(v) ? v.validFrom : v.validTo;
        if (end != base && end.isValid() && (!myEnd.isValid() || end < myEnd))
            myEnd = end;
        const auto found = byFid.constFind(v.fid);
        if (!changedRead && (found == byFid.cend() || found->validFrom != v.validFrom || found->validTo != base)) {
            changedRead = v;
            changedRead->validTo = base;
        }
    }
    for (const PathVersion &v : *stored) {
        if (changedRead || known.contains(v.fid))
            continue;
        // A version the edits do not know: compared with the version read that it falls into.
        for (const PathShape &shape : history) {
            const PathVersion &r = shape.version;
            const QDate base = m_basePathValidTo.value(r.fid, r.validTo);
            if (r.fid > 0 && r.status == AreaStatus::Current && r.validFrom <= v.validFrom &&
                (!base.isValid() || v.validFrom < base)) {
                changedRead = r;
                changedRead->validTo = base;
                break;
            }
        }
    }
    if (!changedRead)
        return std::optional<PathConflict>();
    auto conflict = describePathConflict(m_store, *changedRead, changedRead->validTo, myEnd);
    if (!conflict.ok())
        return conflict.error();
    return std::optional<PathConflict>(std::move(*conflict));
}

Result<void> EditSession::resolvePathConflict(qint64 pathId, ConflictChoice choice)
{
    const auto found = std::find_if(m_pathConflicts.cbegin(), m_pathConflicts.cend(),
                                    [pathId](const PathConflict &c) { return c.pathId == pathId; });
    if (found == m_pathConflicts.cend())
        return makeError(EditText::tr("Path %1 has no conflict to settle.").arg(pathId));
    const PathConflict conflict = *found;
    if (choice == ConflictChoice::Merge)
        return makeError(EditText::tr("Path %1 cannot be merged: a path edit only ends the path; keep theirs or keep "
                                      "mine.")
                             .arg(pathId));
    auto forget = [this, pathId] {
        for (const PathShape &shape : m_paths.value(pathId)) {
            if (shape.version.fid > 0)
                m_basePathValidTo.remove(shape.version.fid);
        }
        m_paths.remove(pathId);
        m_pathConflicts.erase(std::remove_if(m_pathConflicts.begin(), m_pathConflicts.end(),
                                             [pathId](const PathConflict &c) { return c.pathId == pathId; }),
                              m_pathConflicts.end());
    };
    if (choice == ConflictChoice::KeepMine && !conflict.mineApplies()) {
        if (conflict.gone || !conflict.myEnd.isValid())
            return makeError(EditText::tr("Path %1 is no longer as you read it in the project; your edit cannot be made on "
                                          "it again (keep theirs).")
                                 .arg(pathId));
        return makeError(EditText::tr("Path %1 already ends on %2 in the project, before %3, the date your edit ends it: "
                                      "nothing of your edit is left to make (keep theirs).")
                             .arg(pathId)
                             .arg(isoDate(conflict.theirEnd), isoDate(conflict.myEnd)));
    }
    // What to put back if keep mine fails: the session stays as it was.
    const PathHistory held = m_paths.value(pathId);
    const QHash<qint64, QDate> heldBase = m_basePathValidTo;
    const QList<PathConflict> heldConflicts = m_pathConflicts;
    forget();
    if (choice == ConflictChoice::KeepTheirs)
        return {};
    // Keep mine: the path as the project has it now, ended on this edit's date.
    auto fresh = pathHistory(pathId); // reads the stored versions (and their valid_to) again
    bool ended = false;
    if (fresh.ok()) {
        for (PathShape &shape : *fresh) {
            PathVersion &v = shape.version;
            if (v.status == AreaStatus::Current && v.isValidAt(conflict.myEnd)) {
                v.validTo = conflict.myEnd;
                ended = true;
            }
        }
    }
    if (!fresh.ok() || !ended) {
        m_paths.insert(pathId, held);
        m_basePathValidTo = heldBase;
        m_pathConflicts = heldConflicts;
        if (!fresh.ok())
            return fresh.error();
        return makeError(EditText::tr("Path %1 is not mown on %2 in the project (keep theirs).")
                             .arg(pathId)
                             .arg(isoDate(conflict.myEnd)));
    }
    m_paths.insert(pathId, *fresh);
    return {};
}

Result<SaveReport> EditSession::save()
{
    SaveReport report;
    if (!isModified())
        return report;
    auto failedWith = [](const Error &error) { return rephrased(error, EditText::tr("Nothing was saved: %1").arg(error.message)); };
    auto tx = m_store.begin();
    if (!tx.ok())
        return failedWith(tx.error());
    // Inside the transaction (which holds the write lock): the areas someone else changed since
    // they were read here are held back, with every edited area tied to them.
    QList<qint64> ids = m_histories.keys();
    std::sort(ids.begin(), ids.end());
    QSet<qint64> held;
    for (qint64 id : ids) {
        if (id <= 0)
            continue;
        auto conflict = findConflict(id);
        if (!conflict.ok())
            return failedWith(conflict.error());
        if (!*conflict)
            continue;
        report.conflicts << std::move(**conflict);
        held.unite(editGroup(id));
    }
    if (auto areas = saveAreas(report, held); !areas.ok())
        return failedWith(areas.error());
    // Paths the same way: one someone else changed since it was read is held back.
    QList<qint64> pathIds = m_paths.keys();
    std::sort(pathIds.begin(), pathIds.end());
    QSet<qint64> heldPaths;
    for (qint64 id : pathIds) {
        if (id <= 0)
            continue;
        auto conflict = findPathConflict(id);
        if (!conflict.ok())
            return failedWith(conflict.error());
        if (!*conflict)
            continue;
        report.pathConflicts << std::move(**conflict);
        heldPaths.insert(id);
    }
    if (auto paths = savePaths(report, heldPaths); !paths.ok())
        return failedWith(paths.error());
    const bool wrote = report.versionsClosed + report.versionsInserted > 0 || m_paths.size() > heldPaths.size();
    if (wrote) {
        if (auto committed = tx->commit(); !committed.ok())
            return failedWith(committed.error());
    } else {
        tx->rollback();
    }
    // What was saved leaves the session; the held-back edits stay with what they were read from.
    QHash<qint64, AreaHistory> pending;
    QHash<qint64, QDate> pendingBase;
    for (qint64 id : std::as_const(held)) {
        const auto found = m_histories.constFind(id);
        if (found == m_histories.cend())
            continue;
        pending.insert(id, found.value());
        for (const AreaShape &shape : found.value()) {
            if (shape.version.fid > 0 && m_baseValidTo.contains(shape.version.fid))
                pendingBase.insert(shape.version.fid, m_baseValidTo.value(shape.version.fid));
        }
        report.pendingAreaIds << id;
    }
    std::sort(report.pendingAreaIds.begin(), report.pendingAreaIds.end());
    m_histories = pending;
    m_baseValidTo = pendingBase;
    QHash<qint64, PathHistory> pendingPaths;
    QHash<qint64, QDate> pendingPathBase;
    for (qint64 id : std::as_const(heldPaths)) {
        const PathHistory history = m_paths.value(id);
        pendingPaths.insert(id, history);
        for (const PathShape &shape : history) {
            if (shape.version.fid > 0 && m_basePathValidTo.contains(shape.version.fid))
                pendingPathBase.insert(shape.version.fid, m_basePathValidTo.value(shape.version.fid));
        }
        report.pendingPathIds << id;
    }
    std::sort(report.pendingPathIds.begin(), report.pendingPathIds.end());
    m_paths = pendingPaths;
    m_basePathValidTo = pendingPathBase;
    m_conflicts = report.conflicts;
    m_pathConflicts = report.pathConflicts;
    return report;
}

Result<void> EditSession::rebase(qint64 areaId, ConflictChoice choice)
{
    const AreaHistory mine = m_histories.value(areaId);
    QDate date;
    QString careType;
    myChanges(mine, &date, &careType);
    // The area as the project has it now; what is read now is the base of the next save.
    AreaQuery query;
    query.ids = {areaId};
    query.status.reset();
    AreaHistory fresh;
    QHash<qint64, QDate> freshBase;
    auto done = m_store.forEachArea(query, true, [&](const AreaVersion &v, const Geometry *g) {
        if (g && !g->isEmpty())
            fresh << shapeOf(v, *g);
        freshBase.insert(v.fid, v.validTo);
        return true;
    });
    if (!done.ok())
        return done;
    sortHistory(fresh);
    QList<AreaShape> added;
    for (const AreaShape &shape : mine) {
        if (shape.version.fid <= 0 && shape.version.status == AreaStatus::Current)
            added << shape;
    }
    std::sort(added.begin(), added.end(),
              [](const AreaShape &a, const AreaShape &b) { return a.version.validFrom < b.version.validFrom; });
    // Someone else split or merged the area before the date this edit changes it from: keep mine
    // makes the edit on the areas that took its place.
    const QDate needed = added.isEmpty() ? date : added.first().version.validFrom;
    if (choice == ConflictChoice::KeepMine && needed.isValid() && versionAt(fresh, needed) < 0) {
        auto successors = successorsAt(areaId, mine.first().version.department, needed);
        if (!successors.ok())
            return successors.error();
        if (!successors->isEmpty())
            return rebaseOntoSuccessors(areaId, mine, added, date, *successors);
    }
    for (const AreaShape &next : added) {
        const QDate from = next.version.validFrom;
        const qsizetype index = versionAt(fresh, from);
        if (index < 0)
            return makeError(EditText::tr("Area %1 no longer exists on %2 in the project; your edit cannot be made on "
                                          "it again (keep theirs).")
                                 .arg(areaId)
                                 .arg(isoDate(from)));
        AreaShape result = next;
        if (choice == ConflictChoice::Merge) {
            // Theirs, with only what this edit changed in the version it was made on.
            result = fresh.at(index);
            if (const auto read = readVersionAt(mine, from))
                takeChanges(next, *read, result, true);
        }
        result.version.lineage = next.version.lineage;
        changeFrom(fresh, index, from, std::move(result));
    }
    // An area the edits end (retired, split, merged) ends on the project's current version too.
    if (added.isEmpty() && date.isValid()) {
        const qsizetype index = versionAt(fresh, date);
        if (index < 0)
            return makeError(EditText::tr("Area %1 no longer exists on %2 in the project (keep theirs).")
                                 .arg(areaId)
                                 .arg(isoDate(date)));
        endAt(fresh, index, date);
    }
    for (const AreaShape &shape : mine) {
        if (shape.version.fid > 0)
            m_baseValidTo.remove(shape.version.fid);
    }
    for (auto it = freshBase.cbegin(); it != freshBase.cend(); ++it)
        m_baseValidTo.insert(it.key(), it.value());
    m_histories.insert(areaId, fresh);
    return {};
}

Result<QList<qint64>> EditSession::successorsAt(qint64 areaId, const DepartmentKey &department, const QDate &date) const
{
    AreaQuery query;
    query.at = date;
    query.department = department;
    query.ordered = false;
    auto around = m_store.areas(query);
    if (!around.ok())
        return around.error();
    QList<qint64> ids;
    for (const AreaVersion &v : *around) {
        if (v.lineage.contains(areaId) && !ids.contains(v.areaId))
            ids << v.areaId;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<void> EditSession::rebaseOntoSuccessors(qint64 areaId, const AreaHistory &mine, const QList<AreaShape> &added,
                                               const QDate &endDate, const QList<qint64> &successors)
{
    const AreaChanges changes = myChanges(mine, nullptr, nullptr);
    if (changes.shape)
        return makeError(EditText::tr("Area %1 was split or merged into areas %2 by someone else; your new outline cannot "
                                      "be laid on them. Keep theirs, then draw the change on areas %2.")
                             .arg(areaId)
                             .arg(idList(successors)));
    QHash<qint64, AreaHistory> updated;
    for (qint64 id : successors) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        updated.insert(id, *history);
    }
    if (added.isEmpty()) {
        // This edit ends the area: the areas that took its place end on the same date.
        for (AreaHistory &history : updated) {
            const qsizetype index = versionAt(history, endDate);
            if (index >= 0)
                endAt(history, index, endDate);
        }
    }
    for (const AreaShape &next : added) {
        // Only what this edit changed in the version it was made on: care type (with the new
        // habitat's condition), condition and note; each part keeps its outline and lineage.
        const QDate from = next.version.validFrom;
        const auto read = readVersionAt(mine, from);
        if (!read)
            continue;
        for (AreaHistory &history : updated) {
            const qsizetype index = versionAt(history, from);
            if (index < 0)
                continue; // this part no longer exists on that date
            AreaShape result = history.at(index);
            takeChanges(next, *read, result, false);
            changeFrom(history, index, from, std::move(result));
        }
    }
    for (const AreaShape &shape : mine) {
        if (shape.version.fid > 0)
            m_baseValidTo.remove(shape.version.fid);
    }
    m_histories.remove(areaId);
    for (auto it = updated.cbegin(); it != updated.cend(); ++it)
        m_histories.insert(it.key(), it.value());
    return {};
}

Result<void> EditSession::resolveConflict(qint64 areaId, ConflictChoice choice)
{
    const auto found = std::find_if(m_conflicts.cbegin(), m_conflicts.cend(),
                                    [areaId](const AreaConflict &c) { return c.areaId == areaId; });
    if (found == m_conflicts.cend())
        return makeError(EditText::tr("Area %1 has no conflict to settle.").arg(areaId));
    if (choice == ConflictChoice::Merge && !found->canMerge())
        return makeError(EditText::tr("Area %1 cannot be merged: both edits changed %2.")
                             .arg(areaId)
                             .arg(found->theirs.ended || found->mine.ended ? EditText::tr("whether the area exists")
                                                                            : EditText::tr("the same thing")));
    if (choice == ConflictChoice::KeepTheirs) {
        for (qint64 id : editGroup(areaId)) {
            for (const AreaShape &shape : m_histories.value(id)) {
                if (shape.version.fid > 0)
                    m_baseValidTo.remove(shape.version.fid);
            }
            m_histories.remove(id);
            m_conflicts.erase(std::remove_if(m_conflicts.begin(), m_conflicts.end(),
                                             [id](const AreaConflict &c) { return c.areaId == id; }),
                              m_conflicts.end());
        }
        return {};
    }
    if (auto rebased = rebase(areaId, choice); !rebased.ok())
        return rebased;
    m_conflicts.erase(std::remove_if(m_conflicts.begin(), m_conflicts.end(),
                                     [areaId](const AreaConflict &c) { return c.areaId == areaId; }),
                      m_conflicts.end());
    return {};
}

void EditSession::discard()
{
    m_conflicts.clear();
    m_pathConflicts.clear();
    m_histories.clear();
    m_paths.clear();
    m_baseValidTo.clear();
    m_basePathValidTo.clear();
}

} // namespace engdrift
