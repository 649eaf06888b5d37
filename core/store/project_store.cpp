#include "store/project_store.h"

#include "store/gpkg/gpkg_store.h"
#include "store/gpkg/schema.h"
#include "store/postgis/pg_connection.h"
#include "store/postgis/pg_store.h"

#include <QCoreApplication>

namespace engdrift {
namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

} // namespace

ProjectStore::~ProjectStore() = default;

int ProjectStore::schemaVersion()
{
    return schema::currentVersion();
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

Result<std::unique_ptr<ProjectStore>> createStore(const QString &location, const Crs &crs, const Catalogue &catalogue)
{
    if (PgLocation::isDatabaseLocation(location))
        return PgStore::create(location, crs, catalogue);
    return GpkgStore::create(location, crs, catalogue);
}

} // namespace engdrift
