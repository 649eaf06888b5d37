#include "store/project_copy.h"

#include "render/wkb_paths.h"
#include "store/gpkg/gpkg_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace engdrift {
namespace {

struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCopy)
};

/// Reports progress every this many rows.
constexpr qint64 kProgressRows = 2000;

class Copier
{
public:
    Copier(const ProjectStore &source, ProjectStore &destination, const ProjectCopyProgress &progress)
        : m_source(source), m_dest(destination), m_progress(progress)
    {
    }

    Result<ProjectCopyCounts> run()
    {
        if (auto ok = copyRecords(); !ok.ok())
            return ok.error();
        if (auto ok = copyLayer(m_source.areaLayer(), m_dest.areaLayer(), m_counts.areaVersions, true); !ok.ok())
            return ok.error();
        if (auto ok = copyLayer(m_source.pathLayer(), m_dest.pathLayer(), m_counts.pathVersions, false); !ok.ok())
            return ok.error();
        if (auto ok = copyLayer(m_source.zoneLayer(), m_dest.zoneLayer(), m_counts.zoneVersions, false); !ok.ok())
            return ok.error();
        if (auto ok = copyAfterLayers(); !ok.ok())
            return ok.error();
        if (m_progress && !m_progress(1.0, m_rows))
            return cancelled();
        return m_counts;
    }

private:
    Error cancelled() const
    {
        return makeError(CopyText::tr("The copy to %1 was cancelled; nothing was written.").arg(m_dest.path()));
    }

    /// What is needed before the versions: organisations, departments, proposals and imports.
    Result<void> copyRecords()
    {
        // The areas' count, for the share done (the areas are nearly all of a project's rows).
        auto summary = m_source.summary(QDate::currentDate());
        if (!summary.ok())
            return summary.error();
        m_total = std::max<qint64>(1, summary->areaVersions);

        auto organisations = m_source.organisations();
        if (!organisations.ok())
            return organisations.error();
        for (const Organisation &o : *organisations) {
            if (auto ok = m_dest.saveOrganisation(o); !ok.ok())
                return ok;
            ++m_counts.organisations;
        }
        auto departments = m_source.departments();
        if (!departments.ok())
            return departments.error();
        for (const Department &d : *departments) {
            if (auto ok = m_dest.saveDepartment(d); !ok.ok())
                return ok;
            ++m_counts.departments;
        }
        m_departments = *departments;
        auto proposals = m_source.proposals();
        if (!proposals.ok())
            return proposals.error();
        for (const Proposal &p : *proposals) {
            if (auto ok = m_dest.insertProposalCopy(p); !ok.ok())
                return ok;
            ++m_counts.proposals;
        }
        auto batches = m_source.importBatches();
        if (!batches.ok())
            return batches.error();
        for (const ImportBatch &b : *batches) {
            if (auto ok = m_dest.insertImportBatchCopy(b); !ok.ok())
                return ok;
            ++m_counts.importBatches;
        }
        return {};
    }

    /// Every version of the layer, in any order, as it is stored.
    template <class Version>
    Result<void> copyLayer(const TemporalLayer<Version> &from, TemporalLayer<Version> &to, qint64 &count, bool bulk)
    {
        if (bulk) {
            if (auto ok = m_dest.beginBulkInsert(); !ok.ok())
                return ok;
        }
        VersionQuery all;
        all.status.reset(); // current and planned
        all.ordered = false;
        std::optional<Error> failure;
        bool stopped = false;
        auto read = from.forEachWkb(all, [&](const Version &v, const QByteArray &wkb) {
            const auto bounds = wkbEnvelope(reinterpret_cast<const unsigned char *>(wkb.constData()),
                                            static_cast<std::size_t>(wkb.size()));
            if (auto ok = to.insertCopy(v, wkb, bounds.value_or(QRectF())); !ok.ok()) {
                failure = ok.error();
                return false;
            }
            ++count;
            if (++m_rows % kProgressRows == 0 && m_progress &&
                !m_progress(std::min(1.0, static_cast<double>(m_counts.areaVersions) / static_cast<double>(m_total)), m_rows)) {
                stopped = true;
                return false;
            }
            return true;
        });
        if (failure)
            return *failure;
        if (!read.ok())
            return read;
        if (stopped)
            return cancelled();
        if (bulk) {
            if (auto ok = m_dest.endBulkInsert(); !ok.ok())
                return ok;
        }
        return {};
    }

    /// What refers to the versions or describes the whole: events, corrections, settings, the
    /// departments' extents and the created stamp.
    Result<void> copyAfterLayers()
    {
        auto events = m_source.adoptionEvents();
        if (!events.ok())
            return events.error();
        for (const AdoptionEvent &e : *events) {
            if (auto ok = m_dest.insertAdoptionEventCopy(e); !ok.ok())
                return ok;
            ++m_counts.adoptionEvents;
        }
        auto corrections = m_source.corrections();
        if (!corrections.ok())
            return corrections.error();
        for (const Correction &c : *corrections) {
            if (auto ok = m_dest.insertCorrectionCopy(c); !ok.ok())
                return ok;
            ++m_counts.corrections;
        }
        auto settings = m_source.settings();
        if (!settings.ok())
            return settings.error();
        for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
            if (auto ok = m_dest.saveSetting(it.key(), it.value()); !ok.ok())
                return ok;
            ++m_counts.settings;
        }
        for (const Department &d : std::as_const(m_departments)) {
            if (auto ok = m_dest.saveDepartmentExtent(d.key, d.extent); !ok.ok())
                return ok;
        }
        auto created = m_source.createdStamp();
        if (!created.ok())
            return created.error();
        return m_dest.saveCreatedStamp(*created);
    }

    const ProjectStore &m_source;
    ProjectStore &m_dest;
    const ProjectCopyProgress &m_progress;
    ProjectCopyCounts m_counts;
    QList<Department> m_departments;
    qint64 m_rows = 0;
    qint64 m_total = 1;
};

/// The same error, speaking of `shown` where it said `actual` (a temporary file's name).
Error speakingOf(Error error, const QString &actual, const QString &shown)
{
    error.message.replace(actual, shown);
    error.detail.replace(actual, shown);
    return error;
}

} // namespace

Result<ProjectCopyCounts> copyProjectContent(const ProjectStore &source, ProjectStore &destination,
                                             const ProjectCopyProgress &progress)
{
    if (!destination.inTransaction())
        return makeError(CopyText::tr("Internal error: a copy into %1 outside a transaction.").arg(destination.path()));
    return Copier(source, destination, progress).run();
}

Result<ProjectCopyCounts> copyProject(const QString &source, const QString &destination, const ProjectCopyProgress &progress)
{
    const bool toFile = !isDatabaseLocation(destination);
    if (toFile) {
        if (QFileInfo::exists(destination))
            return makeError(CopyText::tr("%1 exists already; a copy never replaces a project: give a new name, or "
                                          "remove it first.")
                                 .arg(destination));
        const QFileInfo target(destination);
        if (!target.absoluteDir().exists())
            return makeError(CopyText::tr("%1 cannot be created: the folder %2 does not exist.")
                                 .arg(destination, QDir::toNativeSeparators(target.absolutePath())));
    } else if (destination == source) {
        return makeError(CopyText::tr("%1 is the project being copied; give another place for the copy.").arg(destination));
    }
    auto from = openStore(source, OpenMode::ReadOnly);
    if (!from.ok())
        return from.error();

    // A file is made under a hidden name beside the destination and renamed into place when whole.
    QString target = destination;
    if (toFile) {
        target = gpkg_files::temporaryProjectPath(destination);
        if (target.isEmpty())
            return makeError(CopyText::tr("%1 cannot be created: no temporary name is free in its folder.").arg(destination));
    }
    auto discard = [&] {
        if (toFile)
            gpkg_files::removeDatabaseFiles(target);
    };
    auto to = createStore(target, (*from)->crs(), (*from)->catalogue());
    if (!to.ok()) {
        discard();
        return speakingOf(to.error(), target, destination);
    }
    Result<ProjectCopyCounts> counts = [&]() -> Result<ProjectCopyCounts> {
        auto tx = (*to)->begin();
        if (!tx.ok())
            return tx.error();
        auto copied = copyProjectContent(**from, **to, progress);
        if (!copied.ok())
            return copied.error(); // the transaction rolls back
        if (auto committed = tx->commit(); !committed.ok())
            return committed.error();
        return copied;
    }();
    to->reset(); // closes the destination: a file is whole on disk (its journal folded in)
    if (counts.ok() && toFile && QFileInfo::exists(target + QStringLiteral("-wal"))) {
        // The write-ahead log could not be folded into the file when it closed (a full disk).
        counts = makeError(CopyText::tr("%1 cannot be written completely (is the disk full?); nothing was copied.")
                               .arg(destination));
    }
    if (!counts.ok()) {
        discard();
        return speakingOf(counts.error(), target, destination);
    }
    if (toFile && !gpkg_files::renameWithoutReplacing(target, destination)) {
        const int osError = errno;
        discard();
        if (osError == EEXIST)
            return makeError(CopyText::tr("%1 was made by someone else during the copy; the copy was not put in its "
                                          "place.")
                                 .arg(destination));
        return makeError(CopyText::tr("%1 cannot be put in place: %2.").arg(destination, QString::fromLocal8Bit(strerror(osError))));
    }
    return counts;
}

} // namespace engdrift
