#include "project_document.h"

#include "catalogue/catalogue.h"
#include "edit_commands.h"
#include "store/project_audit.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace engdrift::gui {

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store)), m_session(std::make_unique<EditSession>(*m_store))
{
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_clearingUndo)
            return;
        writeRecovery();
        emit contentChanged();
        if (m_lastModified != isModified()) {
            m_lastModified = isModified();
            emit modifiedChanged(m_lastModified);
        }
    });
}

QString ProjectDocument::editorPreference()
{
    return QSettings().value(QStringLiteral("editor/name")).toString();
}

ProjectDocument::~ProjectDocument()
{
    // The undo stack clears itself when it goes: that is no edit, and the edits must stay in the
    // recovery file (the program stops without the user choosing to drop them).
    m_undo.disconnect(this);
}

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::open(const QString &path)
{
    auto store = openStore(path, OpenMode::ReadWrite);
    if (!store.ok())
        return store.error();
    (*store)->setEditorName(editorPreference());
    // What the project file held that is not data, and what disagrees in it: the window shows it
    // (store/open_warnings.h).
    addAuditWarnings(**store);
    return std::unique_ptr<ProjectDocument>(new ProjectDocument(std::move(store).value()));
}

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::create(const QString &path, const Crs &crs)
{
    auto store = createStore(path, crs, Catalogue::builtIn());
    if (!store.ok())
        return store.error();
    (*store)->setEditorName(editorPreference());
    return std::unique_ptr<ProjectDocument>(new ProjectDocument(std::move(store).value()));
}

Result<EditStep> ProjectDocument::perform(Result<EditStep> step)
{
    if (!step.ok())
        return step;
    m_undo.push(new EditCommand(*m_session, step.value()));
    return step;
}

Result<SaveReport> ProjectDocument::save()
{
    auto report = m_session->save();
    if (!report.ok())
        return report;
    clearUndo(); // the steps refer to unsaved versions and temporary ids that no longer exist
    if (m_session->isModified())
        writeRecovery(); // the conflicting edits stay, on the project as it is saved now
    else
        dropRecovery(path());
    m_lastModified = m_session->isModified();
    emit modifiedChanged(m_lastModified);
    emit contentChanged();
    return report;
}

Result<void> ProjectDocument::resolveConflict(qint64 areaId, ConflictChoice choice)
{
    return settled(m_session->resolveConflict(areaId, choice));
}

Result<void> ProjectDocument::resolvePathConflict(qint64 pathId, ConflictChoice choice)
{
    return settled(m_session->resolvePathConflict(pathId, choice));
}

Result<void> ProjectDocument::settled(const Result<void> &resolved)
{
    if (!resolved.ok())
        return resolved;
    if (m_session->isModified())
        writeRecovery();
    else
        dropRecovery(path());
    if (m_lastModified != isModified()) {
        m_lastModified = isModified();
        emit modifiedChanged(m_lastModified);
    }
    emit contentChanged();
    return {};
}

void ProjectDocument::discardEdits()
{
    if (!m_session->isModified() && m_undo.count() == 0) {
        // Nothing to drop: the map stays as it is, and the panels need not count it again.
        dropRecovery(path());
        return;
    }
    m_session->discard();
    clearUndo();
    dropRecovery(path());
    m_lastModified = false;
    emit modifiedChanged(false);
    emit contentChanged();
}

void ProjectDocument::setProposal(const std::optional<qint64> &proposalId)
{
    if (m_session->proposal() == proposalId)
        return;
    m_session->setProposal(proposalId);
    emit contentChanged();
}

void ProjectDocument::storeChangedOutside()
{
    emit contentChanged();
}

QString ProjectDocument::recoveryPath(const QString &projectPath)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    const QByteArray key = QCryptographicHash::hash(displayLocation(projectPath).toUtf8(), QCryptographicHash::Sha1)
                               .toHex();
    return dir + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json");
}

bool ProjectDocument::hasRecovery(const QString &projectPath)
{
    return QFileInfo::exists(recoveryPath(projectPath));
}

bool ProjectDocument::dropRecovery(const QString &projectPath)
{
    const QString file = recoveryPath(projectPath);
    return QFile::remove(file) || !QFileInfo::exists(file);
}

QString ProjectDocument::setRecoveryAside(const QString &projectPath)
{
    const QString file = recoveryPath(projectPath);
    QString aside = file;
    aside.replace(QStringLiteral(".json"),
                  QStringLiteral("-%1.unused.json").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"))));
    if (QFile::rename(file, aside))
        return aside;
    QFile::remove(file);
    return {};
}

Result<void> ProjectDocument::restoreRecovery()
{
    QFile file(recoveryPath(path()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("The unsaved edits of %1 cannot be read: %2").arg(path(), file.errorString()));
    auto stamp = m_store->modifiedStamp();
    if (!stamp.ok())
        return stamp.error();
    auto restored = m_session->restore(file.readAll(), *stamp);
    if (!restored.ok())
        return restored.error();
    // One undoable step (already applied: the command's first redo does nothing). Pushing it
    // writes the recovery file again, tells the window the content changed and that it is modified.
    clearUndo();
    m_undo.push(new EditCommand(*m_session, std::move(restored).value()));
    return {};
}

void ProjectDocument::clearUndo()
{
    m_clearingUndo = true;
    m_undo.clear();
    m_clearingUndo = false;
}

void ProjectDocument::writeRecovery()
{
    const QString target = recoveryPath(path());
    if (!m_session->isModified()) {
        QFile::remove(target);
        return;
    }
    auto stamp = m_store->modifiedStamp();
    if (!stamp.ok())
        return;
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_session->serialize(*stamp));
        file.commit(); // atomic: a kill during the write leaves the previous recovery file
    }
}

} // namespace engdrift::gui
