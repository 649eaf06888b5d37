// EditSession: the unsaved edits as JSON, written beside the project while editing and offered
// back after a crash (serialize / restore).

#include "edit/edit_session.h"

#include "edit/edit_history_p.h"
#include "util/dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace engdrift {

using namespace edit_detail;

namespace {

constexpr int kFormatVersion = 1;

QString statusText(AreaStatus status)
{
    return status == AreaStatus::Proposed ? QStringLiteral("proposed") : QStringLiteral("current");
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonObject versionToJson(const AreaShape &shape)
{
    const AreaVersion &v = shape.version;
    QJsonArray lineage;
    for (qint64 id : v.lineage)
        lineage.append(id);
    QJsonObject o;
    o.insert(QStringLiteral("fid"), v.fid);
    o.insert(QStringLiteral("area_id"), v.areaId);
    o.insert(QStringLiteral("valid_from"), dateValue(v.validFrom));
    o.insert(QStringLiteral("valid_to"), dateValue(v.validTo));
    o.insert(QStringLiteral("org_no"), v.department.orgNo);
    o.insert(QStringLiteral("dept_no"), v.department.deptNo);
    o.insert(QStringLiteral("care_type"), v.careType);
    o.insert(QStringLiteral("status"), statusText(v.status));
    o.insert(QStringLiteral("proposal_id"), v.proposalId ? QJsonValue(*v.proposalId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("lineage"), lineage);
    o.insert(QStringLiteral("note"), v.note);
    o.insert(QStringLiteral("area_m2"), v.areaM2);
    o.insert(QStringLiteral("source"), v.source);
    o.insert(QStringLiteral("source_fid"), v.sourceFid);
    o.insert(QStringLiteral("condition"), v.condition ? QJsonValue(conditionCode(*v.condition)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("wkb"), QString::fromLatin1(shape.wkb.toHex()));
    return o;
}

/// Reads the fields of the serialized edits, remembering the first thing that is wrong.
class JsonReader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QJsonValue field(const QJsonObject &o, const QString &where, const QString &key, QJsonValue::Type type,
                     bool nullable = false)
    {
        const QJsonValue value = o.value(key);
        if (value.isUndefined())
            fail(EditText::tr("%1 has no \"%2\"").arg(where, key));
        else if (!(nullable && value.isNull()) && value.type() != type)
            fail(EditText::tr("\"%2\" of %1 has the wrong type").arg(where, key));
        return value;
    }
    qint64 integer(const QJsonObject &o, const QString &where, const QString &key)
    {
        const QJsonValue value = field(o, where, key, QJsonValue::Double);
        const double d = value.toDouble();
        if (!failed() && (d != std::floor(d) || std::abs(d) > 9007199254740992.0))
            fail(EditText::tr("\"%2\" of %1 is not a whole number").arg(where, key));
        return value.toInteger();
    }
    QString text(const QJsonObject &o, const QString &where, const QString &key)
    {
        return field(o, where, key, QJsonValue::String).toString();
    }
    QDate date(const QJsonObject &o, const QString &where, const QString &key, bool nullable)
    {
        const QJsonValue value = field(o, where, key, QJsonValue::String, nullable);
        if (failed() || value.isNull())
            return {};
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid())
            fail(EditText::tr("\"%2\" of %1 is not a date (YYYY-MM-DD): \"%3\"").arg(where, key, value.toString()));
        return d;
    }

private:
    QString m_error;
};

std::optional<AreaShape> versionFromJson(JsonReader &r, const QJsonObject &o, const QString &where)
{
    AreaShape shape;
    AreaVersion &v = shape.version;
    v.fid = r.integer(o, where, QStringLiteral("fid"));
    v.areaId = r.integer(o, where, QStringLiteral("area_id"));
    v.validFrom = r.date(o, where, QStringLiteral("valid_from"), false);
    v.validTo = r.date(o, where, QStringLiteral("valid_to"), true);
    v.department.orgNo = static_cast<int>(r.integer(o, where, QStringLiteral("org_no")));
    v.department.deptNo = static_cast<int>(r.integer(o, where, QStringLiteral("dept_no")));
    v.careType = r.text(o, where, QStringLiteral("care_type"));
    const QString status = r.text(o, where, QStringLiteral("status"));
    const QJsonValue proposal = r.field(o, where, QStringLiteral("proposal_id"), QJsonValue::Double, true);
    const QJsonValue lineage = r.field(o, where, QStringLiteral("lineage"), QJsonValue::Array);
    v.note = r.text(o, where, QStringLiteral("note"));
    v.areaM2 = r.field(o, where, QStringLiteral("area_m2"), QJsonValue::Double).toDouble();
    v.source = r.text(o, where, QStringLiteral("source"));
    v.sourceFid = r.text(o, where, QStringLiteral("source_fid"));
    const QString wkbHex = r.text(o, where, QStringLiteral("wkb"));
    if (r.failed())
        return std::nullopt;

    if (status == QLatin1String("current"))
        v.status = AreaStatus::Current;
    else if (status == QLatin1String("proposed"))
        v.status = AreaStatus::Proposed;
    else
        r.fail(EditText::tr("\"status\" of %1 is \"%2\", not \"current\" or \"proposed\"").arg(where, status));
    if (!proposal.isNull())
        v.proposalId = proposal.toInteger();
    for (const QJsonValue &id : lineage.toArray()) {
        if (!id.isDouble())
            r.fail(EditText::tr("\"lineage\" of %1 holds something that is not an area id").arg(where));
        v.lineage << id.toInteger();
    }
    // Absent in recovery files written before conditions were recorded: the care type's default.
    if (const QJsonValue condition = o.value(QStringLiteral("condition")); condition.isString()) {
        v.condition = conditionFromCode(condition.toString());
        if (!v.condition)
            r.fail(EditText::tr("\"condition\" of %1 is \"%2\", which is not a condition").arg(where, condition.toString()));
    } else if (!condition.isUndefined() && !condition.isNull()) {
        r.fail(EditText::tr("\"%2\" of %1 has the wrong type").arg(where, QStringLiteral("condition")));
    }
    if (v.fid < 0)
        r.fail(EditText::tr("\"fid\" of %1 is negative").arg(where));
    if (v.validTo.isValid() && v.validTo < v.validFrom)
        r.fail(EditText::tr("%1 ends before it begins").arg(where));
    shape.wkb = QByteArray::fromHex(wkbHex.toLatin1());
    auto geometry = Geometry::fromWkb(shape.wkb);
    if (!geometry.ok() || !geometry->isPolygonal())
        r.fail(EditText::tr("\"wkb\" of %1 is not a polygon").arg(where));
    else
        shape.bounds = geometry->envelope();
    if (r.failed())
        return std::nullopt;
    return shape;
}

} // namespace

QByteArray EditSession::serialize(const QString &baseModified) const
{
    QList<qint64> ids = m_histories.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray areas;
    for (qint64 id : ids) {
        QJsonArray versions;
        for (const AreaShape &shape : m_histories.value(id))
            versions.append(versionToJson(shape));
        QJsonObject area;
        area.insert(QStringLiteral("area_id"), id);
        area.insert(QStringLiteral("history"), versions);
        areas.append(area);
    }
    QJsonArray paths;
    for (auto it = m_paths.cbegin(); it != m_paths.cend(); ++it) {
        QJsonArray versions;
        for (const PathShape &shape : it.value()) {
            const PathVersion &v = shape.version;
            QJsonObject o;
            o.insert(QStringLiteral("fid"), v.fid);
            o.insert(QStringLiteral("path_id"), v.pathId);
            o.insert(QStringLiteral("valid_from"), isoDate(v.validFrom));
            o.insert(QStringLiteral("valid_to"), v.validTo.isValid() ? QJsonValue(isoDate(v.validTo)) : QJsonValue());
            o.insert(QStringLiteral("org_no"), v.department.orgNo);
            o.insert(QStringLiteral("dept_no"), v.department.deptNo);
            o.insert(QStringLiteral("kind"), pathKindCode(v.kind));
            o.insert(QStringLiteral("width_m"), v.widthM);
            o.insert(QStringLiteral("status"), statusText(v.status));
            o.insert(QStringLiteral("proposal_id"), v.proposalId ? QJsonValue(*v.proposalId) : QJsonValue());
            o.insert(QStringLiteral("note"), v.note);
            o.insert(QStringLiteral("wkb"), QString::fromLatin1(shape.wkb.toHex()));
            versions.append(o);
        }
        paths.append(QJsonObject{{QStringLiteral("path_id"), it.key()}, {QStringLiteral("history"), versions}});
    }
    QJsonObject root;
    root.insert(QStringLiteral("paths"), paths);
    root.insert(QStringLiteral("format"), QStringLiteral("engdrift-edits"));
    root.insert(QStringLiteral("format_version"), kFormatVersion);
    root.insert(QStringLiteral("base_modified"), baseModified);
    root.insert(QStringLiteral("last_temporary_id"), m_lastTemporaryId);
    root.insert(QStringLiteral("areas"), areas);
    // valid_to of each stored version as it was read: edits held back by a conflict were read
    // before the project changed, and must still meet that conflict after a restore.
    QJsonObject baseValidTo;
    for (qint64 id : ids) {
        for (const AreaShape &shape : m_histories.value(id)) {
            const qint64 fid = shape.version.fid;
            if (fid > 0 && m_baseValidTo.contains(fid)) {
                const QDate to = m_baseValidTo.value(fid);
                baseValidTo.insert(QString::number(fid), to.isValid() ? QJsonValue(isoDate(to)) : QJsonValue());
            }
        }
    }
    root.insert(QStringLiteral("base_valid_to"), baseValidTo);
    QJsonObject basePathValidTo; // the same for the paths' stored versions
    for (const PathHistory &history : m_paths) {
        for (const PathShape &shape : history) {
            const qint64 fid = shape.version.fid;
            if (fid > 0 && m_basePathValidTo.contains(fid)) {
                const QDate to = m_basePathValidTo.value(fid);
                basePathValidTo.insert(QString::number(fid), to.isValid() ? QJsonValue(isoDate(to)) : QJsonValue());
            }
        }
    }
    root.insert(QStringLiteral("base_path_valid_to"), basePathValidTo);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<EditStep> EditSession::restore(const QByteArray &json, const QString &currentModified)
{
    auto damaged = [](const QString &what) {
        return makeError(EditText::tr("The saved edits cannot be read: %1.").arg(what));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(EditText::tr("broken JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return damaged(EditText::tr("the text is not a JSON object"));
    const QJsonObject root = doc.object();
    JsonReader r;
    const QString top = EditText::tr("the file");
    const QString format = r.text(root, top, QStringLiteral("format"));
    const qint64 version = r.integer(root, top, QStringLiteral("format_version"));
    const QString base = r.text(root, top, QStringLiteral("base_modified"));
    const qint64 lastTemporaryId = r.integer(root, top, QStringLiteral("last_temporary_id"));
    const QJsonArray areas = r.field(root, top, QStringLiteral("areas"), QJsonValue::Array).toArray();
    if (r.failed())
        return damaged(r.error());
    if (format != QLatin1String("engdrift-edits"))
        return damaged(EditText::tr("it is not a file of Engdrift edits (format \"%1\")").arg(format));
    if (version != kFormatVersion)
        return damaged(EditText::tr("it has format version %1; this program reads version %2").arg(version).arg(kFormatVersion));
    if (base != currentModified)
        return makeError(EditText::tr("The project was saved after these edits were made (they were made on the project "
                                      "as saved at %1, it is now as saved at %2); they cannot be applied.")
                             .arg(base, currentModified));

    QHash<qint64, AreaHistory> histories;
    qint64 lowest = std::min<qint64>(lastTemporaryId, 0);
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const QString where = QStringLiteral("areas[%1]").arg(i);
        if (!areas.at(i).isObject())
            return damaged(EditText::tr("%1 is not an object").arg(where));
        const QJsonObject area = areas.at(i).toObject();
        const qint64 areaId = r.integer(area, where, QStringLiteral("area_id"));
        const QJsonArray versions = r.field(area, where, QStringLiteral("history"), QJsonValue::Array).toArray();
        if (r.failed())
            return damaged(r.error());
        if (areaId == 0 || histories.contains(areaId))
            return damaged(EditText::tr("%1 has the area id %2 twice or an id of 0").arg(where).arg(areaId));
        if (versions.isEmpty())
            return damaged(EditText::tr("%1 has no versions").arg(where));
        AreaHistory history;
        for (qsizetype j = 0; j < versions.size(); ++j) {
            const QString at = QStringLiteral("%1.history[%2]").arg(where).arg(j);
            if (!versions.at(j).isObject())
                return damaged(EditText::tr("%1 is not an object").arg(at));
            auto shape = versionFromJson(r, versions.at(j).toObject(), at);
            if (!shape)
                return damaged(r.error());
            if (shape->version.areaId != areaId)
                return damaged(EditText::tr("%1 belongs to area %2, not to area %3").arg(at).arg(shape->version.areaId).arg(areaId));
            if (areaId < 0 && shape->version.fid != 0)
                return damaged(EditText::tr("%1 is a new area but has a stored version (fid %2)").arg(at).arg(shape->version.fid));
            history << *shape;
        }
        sortHistory(history);
        histories.insert(areaId, history);
        lowest = std::min(lowest, areaId);
    }
    QHash<qint64, PathHistory> pathHistories;
    const QJsonArray paths = root.value(QStringLiteral("paths")).toArray();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QJsonObject path = paths.at(i).toObject();
        const qint64 pathId = path.value(QStringLiteral("path_id")).toInteger();
        PathHistory history;
        for (const QJsonValue &value : path.value(QStringLiteral("history")).toArray()) {
            const QJsonObject o = value.toObject();
            PathShape shape;
            PathVersion &v = shape.version;
            v.fid = o.value(QStringLiteral("fid")).toInteger();
            v.pathId = o.value(QStringLiteral("path_id")).toInteger();
            v.validFrom = QDate::fromString(o.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
            v.validTo = QDate::fromString(o.value(QStringLiteral("valid_to")).toString(), Qt::ISODate);
            v.department = DepartmentKey{o.value(QStringLiteral("org_no")).toInt(), o.value(QStringLiteral("dept_no")).toInt()};
            v.kind = pathKindFromCode(o.value(QStringLiteral("kind")).toString()).value_or(PathKind::MownPath);
            v.widthM = o.value(QStringLiteral("width_m")).toDouble();
            v.status = o.value(QStringLiteral("status")).toString() == QLatin1String("proposed") ? AreaStatus::Proposed
                                                                                                : AreaStatus::Current;
            if (!o.value(QStringLiteral("proposal_id")).isNull())
                v.proposalId = o.value(QStringLiteral("proposal_id")).toInteger();
            v.note = o.value(QStringLiteral("note")).toString();
            shape.wkb = QByteArray::fromHex(o.value(QStringLiteral("wkb")).toString().toLatin1());
            auto line = Geometry::fromWkb(shape.wkb);
            if (!v.validFrom.isValid() || !line.ok() || v.pathId != pathId)
                return damaged(EditText::tr("paths[%1] is not a path version").arg(i));
            v.lengthM = line->length();
            shape.bounds = line->envelope();
            history << shape;
        }
        if (pathId == 0 || history.isEmpty())
            return damaged(EditText::tr("paths[%1] has no path id or no versions").arg(i));
        pathHistories.insert(pathId, history);
        lowest = std::min(lowest, pathId);
    }
    // One step from the edits before to the restored ones, for the undo stack.
    EditStep step;
    step.description = EditText::tr("Recovered edits");
    auto before = [](const auto &current, qint64 id) {
        const auto found = current.constFind(id);
        return found == current.cend() ? std::nullopt : std::make_optional(found.value());
    };
    for (const QHash<qint64, AreaHistory> *side : {&m_histories, &histories}) {
        for (auto it = side->cbegin(); it != side->cend(); ++it) {
            step.before.insert(it.key(), before(m_histories, it.key()));
            step.after.insert(it.key(), before(histories, it.key()));
        }
    }
    for (const QHash<qint64, PathHistory> *side : {&m_paths, &pathHistories}) {
        for (auto it = side->cbegin(); it != side->cend(); ++it) {
            step.pathsBefore.insert(it.key(), before(m_paths, it.key()));
            step.pathsAfter.insert(it.key(), before(pathHistories, it.key()));
        }
    }
    const QHash<qint64, QDate> savedBase = m_baseValidTo;
    const QHash<qint64, QDate> savedPathBase = m_basePathValidTo;
    auto takeBase = [&root](const char *key, QHash<qint64, QDate> &base) {
        const QJsonObject stored = root.value(QLatin1String(key)).toObject();
        for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
            const qint64 fid = it.key().toLongLong();
            if (fid > 0)
                base.insert(fid, it.value().isString() ? QDate::fromString(it.value().toString(), Qt::ISODate) : QDate());
        }
    };
    takeBase("base_valid_to", m_baseValidTo);
    takeBase("base_path_valid_to", m_basePathValidTo);
    if (auto read = readBaseValidTo(histories, pathHistories); !read.ok()) {
        m_baseValidTo = savedBase;
        m_basePathValidTo = savedPathBase;
        return damaged(read.errorMessage());
    }
    m_histories = histories;
    m_paths = pathHistories;
    m_lastTemporaryId = lowest;
    return step;
}

Result<void> EditSession::readBaseValidTo(const QHash<qint64, AreaHistory> &areas, const QHash<qint64, PathHistory> &paths)
{
    auto read = [](const auto &layer, qint64 fid, QHash<qint64, QDate> &base) -> Result<void> {
        if (fid <= 0 || base.contains(fid))
            return {};
        auto stored = layer.version(fid);
        if (!stored.ok())
            return stored.error();
        if (!stored->has_value())
            return makeError(EditText::tr("version %1 is no longer in the project").arg(fid));
        base.insert(fid, (*stored)->validTo);
        return {};
    };
    for (const AreaHistory &history : areas) {
        for (const AreaShape &shape : history) {
            if (auto ok = read(m_store.areaLayer(), shape.version.fid, m_baseValidTo); !ok.ok())
                return ok;
        }
    }
    for (const PathHistory &history : paths) {
        for (const PathShape &shape : history) {
            if (auto ok = read(m_store.pathLayer(), shape.version.fid, m_basePathValidTo); !ok.ok())
                return ok;
        }
    }
    return {};
}

} // namespace engdrift
