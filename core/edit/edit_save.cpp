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

} // namespace

Result<void> EditSession::savePaths(SaveReport &report)
{
    PathLayer &layer = m_store.pathLayer();
    QList<qint64> ids = m_paths.keys();
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

Result<void> EditSession::saveAreas(SaveReport &report)
{
    AreaLayer &layer = m_store.areaLayer();
    // Stored areas first (by id), then the new ones in the order they were made (-1, -2, ...).
    QList<qint64> ids = m_histories.keys();
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

Result<SaveReport> EditSession::save()
{
    SaveReport report;
    if (!isModified())
        return report;
    auto failedWith = [](const Error &error) { return rephrased(error, EditText::tr("Nothing was saved: %1").arg(error.message)); };
    auto tx = m_store.begin();
    if (!tx.ok())
        return failedWith(tx.error());
    if (auto areas = saveAreas(report); !areas.ok())
        return failedWith(areas.error());
    if (auto paths = savePaths(report); !paths.ok())
        return failedWith(paths.error());
    if (auto committed = tx->commit(); !committed.ok())
        return failedWith(committed.error());
    m_histories.clear();
    m_paths.clear();
    m_baseValidTo.clear();
    m_basePathValidTo.clear();
    return report;
}

void EditSession::discard()
{
    m_histories.clear();
    m_paths.clear();
    m_baseValidTo.clear();
    m_basePathValidTo.clear();
}

} // namespace engdrift
