#include "store/gpkg/qgis_layer_styles.h"

#include "style/qgis_style.h"
#include "util/gdal_error_scope.h"
#include "util/sql.h"

#include <QCoreApplication>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace engdrift::schema {
namespace {

struct LayerStylesText
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

struct Column
{
    const char *name;
    OGRFieldType type;
    int width = 0;
    OGRFieldSubType subType = OFSTNone;
    const char *defaultValue = nullptr;
};

/// The table as QGIS's OGR provider creates it (QgsOgrProviderMetadata::saveStyle).
Result<OGRLayer *> createTable(GDALDataset &ds)
{
    GdalErrorScope errors;
    const char *const options[] = {"FID=id", nullptr};
    OGRLayer *layer = ds.CreateLayer("layer_styles", nullptr, wkbNone, const_cast<char **>(options));
    if (!layer)
        return makeError(LayerStylesText::tr("cannot create the table layer_styles"), errors.detailText());
    const Column columns[] = {
        {"f_table_catalog", OFTString, 256},
        {"f_table_schema", OFTString, 256},
        {"f_table_name", OFTString, 256},
        {"f_geometry_column", OFTString, 256},
        {"styleName", OFTString, 30},
        {"styleQML", OFTString},
        {"styleSLD", OFTString},
        {"useAsDefault", OFTInteger, 0, OFSTBoolean},
        {"description", OFTString},
        {"owner", OFTString, 30},
        {"ui", OFTString, 30},
        {"update_time", OFTDateTime, 0, OFSTNone, "CURRENT_TIMESTAMP"},
    };
    for (const Column &c : columns) {
        OGRFieldDefn field(c.name, c.type);
        field.SetWidth(c.width);
        field.SetSubType(c.subType);
        if (c.defaultValue)
            field.SetDefault(c.defaultValue);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return makeError(LayerStylesText::tr("cannot create the column layer_styles.%1")
                                 .arg(QString::fromLatin1(c.name)),
                             errors.detailText());
    }
    return layer;
}

QString filterFor(const QgisLayerStyle &style)
{
    return QStringLiteral("f_table_schema = '' AND f_table_name = %1 AND f_geometry_column = %2")
        .arg(sql::quote(style.table), sql::quote(style.geometryColumn));
}

} // namespace

Result<void> writeQgisLayerStyles(GDALDataset &ds, const Catalogue &catalogue, const Symbology &symbology,
                                  const QString &now, const QString &language)
{
    GdalErrorScope errors;
    OGRLayer *styles = ds.GetLayerByName("layer_styles");
    if (!styles) {
        auto created = createTable(ds);
        if (!created.ok())
            return created.error();
        styles = *created;
    }
    for (const QgisLayerStyle &style : qgisLayerStyles(catalogue, symbology, language)) {
        const QByteArray table = style.table.toUtf8();
        if (!ds.GetLayerByName(table.constData()))
            continue;
        // Engdrift's earlier row is replaced; a default the user chose in QGIS stays the default.
        bool userDefault = false;
        std::unique_ptr<OGRFeature> own;
        styles->SetAttributeFilter(filterFor(style).toUtf8().constData());
        styles->ResetReading();
        while (OGRFeature *raw = styles->GetNextFeature()) {
            std::unique_ptr<OGRFeature> f(raw);
            if (QString::fromUtf8(f->GetFieldAsString("styleName")) == qgisStyleName() && !own)
                own = std::move(f);
            else if (f->GetFieldAsInteger("useAsDefault") != 0)
                userDefault = true;
        }
        styles->SetAttributeFilter(nullptr);
        if (!own) {
            own.reset(OGRFeature::CreateFeature(styles->GetLayerDefn()));
            own->SetField("f_table_catalog", "");
            own->SetField("f_table_schema", "");
            own->SetField("f_table_name", table.constData());
            own->SetField("f_geometry_column", style.geometryColumn.toUtf8().constData());
            own->SetField("styleName", qgisStyleName().toUtf8().constData());
            own->SetField("owner", "");
        }
        own->SetField("styleQML", style.qml.toUtf8().constData());
        own->SetField("styleSLD", style.sld.toUtf8().constData());
        own->SetField("useAsDefault", userDefault ? 0 : 1);
        own->SetField("description", style.description.toUtf8().constData());
        own->SetField("update_time", now.toUtf8().constData());
        const OGRErr err =
            own->GetFID() == OGRNullFID ? styles->CreateFeature(own.get()) : styles->SetFeature(own.get());
        if (err != OGRERR_NONE || errors.hasFailure())
            return makeError(LayerStylesText::tr("cannot write the QGIS style of %1").arg(style.table),
                             errors.detailText());
    }
    return {};
}

} // namespace engdrift::schema
