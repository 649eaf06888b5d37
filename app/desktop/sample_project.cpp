#include "sample_project.h"

#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace engdrift::gui {
namespace {

struct SampleText
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)
};

const QString kSampleName = QStringLiteral("hedehusene.engdrift.gpkg");

} // namespace

QString installedSampleProject()
{
    const QDir program(QCoreApplication::applicationDirPath());
    // Installed (bin/ → share/engdrift/sample/), run from the build (app/desktop/ → data/sample/),
    // and the tests of the build (tests/ → data/sample/).
    for (const char *folder : {"../share/engdrift/sample", "../../data/sample", "../data/sample"}) {
        const QString path = program.absoluteFilePath(QLatin1String(folder) + QLatin1Char('/') + kSampleName);
        if (QFileInfo(path).isFile())
            return QDir::cleanPath(path);
    }
    return {};
}

QString sampleCopyFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir() && QFileInfo(documents).isWritable())
        return documents;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<QString> copySampleProject(const QString &sample, const QString &folder)
{
    if (sample.isEmpty() || !QFileInfo(sample).isFile())
        return makeError(SampleText::tr("The sample project is not installed with this copy of Engdrift."));
    if (!QDir().mkpath(folder))
        return fileError(folder, FileAction::Write, SampleText::tr("The folder %1 cannot be made.").arg(folder), QString());
    const QDir dir(folder);
    QString copy = dir.filePath(QStringLiteral("Engdrift-eksempel.engdrift.gpkg"));
    for (int n = 2; QFileInfo::exists(copy); ++n)
        copy = dir.filePath(QStringLiteral("Engdrift-eksempel (%1).engdrift.gpkg").arg(n));
    QFile source(sample);
    if (!source.copy(copy)) {
        return fileError(copy, FileAction::Write, SampleText::tr("The sample project cannot be copied to %1.").arg(copy),
                         source.errorString());
    }
    // A copy of a read-only installed file is read-only too; this one is the user's to change.
    QFile::setPermissions(copy, QFile::permissions(copy) | QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

} // namespace engdrift::gui
