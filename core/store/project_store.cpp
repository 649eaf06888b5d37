#include "store/project_store.h"

#include "store/gpkg/gpkg_check.h"
#include "store/open_warnings.h"
#include "store/gpkg/gpkg_store.h"
#include "store/gpkg/schema.h"
#include "store/postgis/pg_connection.h"
#include "store/postgis/pg_store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace engdrift {
namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

} // namespace

bool isDatabaseLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")) ||
           location.startsWith(QLatin1String("PG:"));
}

QString displayLocation(const QString &location)
{
    if (!isDatabaseLocation(location))
        return QFileInfo(location).absoluteFilePath();
    auto parsed = PgLocation::parse(location);
    // A location libpq cannot read is not shown at all: it may hold a password in any spelling.
    return parsed.ok() ? parsed->display : QStringLiteral("postgresql://");
}

QStringList openWarnings(const ProjectStore &store)
{
    return store.m_openWarnings;
}

void addOpenWarnings(const ProjectStore &store, const QStringList &warnings)
{
    store.m_openWarnings += warnings;
}

ProjectStore::~ProjectStore() = default;

int ProjectStore::schemaVersion()
{
    return schema::currentVersion();
}

void ProjectStore::setEditorName(const QString &name)
{
    areaLayer().setEditorName(name);
    pathLayer().setEditorName(name);
    zoneLayer().setEditorName(name);
}

Result<std::optional<ProjectStore::Transaction>> ProjectStore::beginUnlessOpen()
{
    if (inTransaction())
        return std::optional<Transaction>();
    auto tx = begin();
    if (!tx.ok())
        return tx.error();
    return std::optional<Transaction>(std::move(tx).value());
}

Result<ProjectStore::Transaction> ProjectStore::begin()
{
    if (auto started = startTransaction(); !started.ok())
        return started.error();
    return Transaction(this);
}

ProjectStore::Transaction::Transaction(Transaction &&other) noexcept : m_store(other.m_store)
{
    other.m_store = nullptr;
}

ProjectStore::Transaction::~Transaction()
{
    rollback();
}

void ProjectStore::Transaction::rollback()
{
    if (!m_store)
        return;
    m_store->rollbackTransaction();
    m_store = nullptr;
}

Result<void> ProjectStore::Transaction::commit()
{
    if (!m_store)
        return makeError(StoreText::tr("Internal error: commit of a finished transaction."));
    if (auto committed = m_store->commitTransaction(); !committed.ok()) {
        rollback();
        return committed;
    }
    m_store = nullptr;
    return {};
}

Result<std::unique_ptr<ProjectStore>> openStore(const QString &location, OpenMode mode)
{
    if (PgLocation::isDatabaseLocation(location))
        return PgStore::open(location, mode);
    return GpkgStore::open(location, mode);
}

Result<QList<CheckFinding>> ProjectStore::checkStorage() const
{
    return QList<CheckFinding>();
}

Result<QStringList> ProjectStore::rebuildDerived(const QList<CheckFinding> &findings)
{
    Q_UNUSED(findings)
    return QStringList();
}

Result<QList<CheckFinding>> checkStorageAt(const QString &location)
{
    if (isDatabaseLocation(location))
        return QList<CheckFinding>();
    return checkGpkgFile(location);
}

Result<std::unique_ptr<ProjectStore>> createStore(const QString &location, const Crs &crs, const Catalogue &catalogue)
{
    if (PgLocation::isDatabaseLocation(location))
        return PgStore::create(location, crs, catalogue);
    return GpkgStore::create(location, crs, catalogue);
}

} // namespace engdrift
