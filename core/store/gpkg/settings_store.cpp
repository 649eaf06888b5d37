// ProjectStore: project settings, kept in the meta table under "setting.<key>" (no schema change:
// meta is a key/value table from version 1, and the prefix keeps them apart from the schema's own
// keys).

#include "store/gpkg/gpkg_store.h"

#include "store/gpkg/gpkg_store_p.h"
#include "store/gpkg/schema.h"
#include "store/gpkg/sqlite_statement.h"

#include <QRegularExpression>

namespace engdrift {

namespace {

bool validKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.]{0,63}$"));
    return pattern.match(key).hasMatch();
}

QString metaKey(const QString &key)
{
    return QStringLiteral("setting.") + key;
}

} // namespace

Result<std::optional<QString>> GpkgStore::setting(const QString &key) const
{
    if (!validKey(key))
        return makeError(ProjectStoreText::tr("\"%1\" is not a setting's name.").arg(key));
    OGRLayer *layer = d->ds->GetLayerByName("meta");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no meta table.").arg(d->path));
    GdalErrorScope errors;
    const std::optional<qint64> row = store_detail::metaRow(*d->ds, metaKey(key)); // bound, never pasted
    std::unique_ptr<OGRFeature> f(row ? layer->GetFeature(*row) : nullptr);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the project setting %1").arg(key), errors);
    if (!f)
        return std::optional<QString>();
    return std::optional<QString>(store_detail::stringField(*f, f->GetFieldIndex("value")));
}

Result<QMap<QString, QString>> GpkgStore::settings() const
{
    OGRLayer *layer = d->ds->GetLayerByName("meta");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no meta table.").arg(d->path));
    GdalErrorScope errors;
    layer->SetAttributeFilter("key LIKE 'setting.%'");
    layer->ResetReading();
    QMap<QString, QString> values;
    const QString prefix = metaKey(QString());
    for (auto &f : *layer) {
        const QString key = store_detail::stringField(*f, f->GetFieldIndex("key"));
        if (key.startsWith(prefix)) // LIKE ignores case
            values.insert(key.mid(prefix.size()), store_detail::stringField(*f, f->GetFieldIndex("value")));
    }
    layer->SetAttributeFilter(nullptr);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the project settings"), errors);
    return values;
}

Result<QString> GpkgStore::createdStamp() const
{
    auto meta = schema::readMeta(*d->ds);
    if (!meta.ok())
        return rephrased(meta.error(), QStringLiteral("%1: %2").arg(d->path, meta.errorMessage()));
    return meta->created;
}

Result<void> GpkgStore::saveCreatedStamp(const QString &stamp)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    return schema::setMetaValue(*d->ds, QStringLiteral("created"), stamp);
}

Result<void> GpkgStore::saveSetting(const QString &key, const QString &value)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!validKey(key))
        return makeError(ProjectStoreText::tr("\"%1\" is not a setting's name.").arg(key));
    return schema::setMetaValue(*d->ds, metaKey(key), value);
}

} // namespace engdrift
