#include "catalogue/care_mapping.h"

#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace engdrift {
namespace {
struct CareMappingText
{
    Q_DECLARE_TR_FUNCTIONS(CareMapping)
};
} // namespace
namespace {


QString normalise(const QString &value)
{
    QString v = value.trimmed().toCaseFolded();
    // Numeric codes arrive as "102000", "102000.0" or " 102000 ".
    bool isNumber = false;
    const double number = v.toDouble(&isNumber);
    // Only a whole number that fits in 64 bits is a code: casting 1e300 (or nan) is undefined.
    if (isNumber && std::abs(number) < 9.0e18 && number == std::trunc(number))
        return QString::number(static_cast<qint64>(number));
    return v;
}

} // namespace

CareMapping::CareMapping(const Catalogue &catalogue) : m_catalogue(&catalogue)
{
    for (const CareType &ct : catalogue.careTypes()) {
        m_names.insert(normalise(ct.code), ct.code);
        m_names.insert(normalise(ct.name.da), ct.code);
        m_names.insert(normalise(ct.name.en), ct.code);
    }
}

Result<CareMapping> CareMapping::fromFile(const QString &path, const Catalogue &catalogue)
{
    CareMapping mapping(catalogue);
    if (!QFileInfo(path).isFile())
        return makeError(CareMappingText::tr("Care-type mapping %1 does not exist.").arg(path));
    initGdal();
    GdalErrorScope errors;
    const char *const drivers[] = {"CSV", nullptr};
    const char *const options[] = {"HEADERS=YES", "AUTODETECT_TYPE=NO", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                              options, nullptr));
    if (!ds || ds->GetLayerCount() != 1)
        return makeError(CareMappingText::tr("Care-type mapping %1 is not a CSV file: %2").arg(path, errors.failureText()));
    OGRLayer *layer = ds->GetLayer(0);
    const int valueIndex = layer->GetLayerDefn()->GetFieldIndex("value");
    const int careIndex = layer->GetLayerDefn()->GetFieldIndex("care_type");
    if (valueIndex < 0 || careIndex < 0)
        return makeError(CareMappingText::tr("Care-type mapping %1: the first line must be the header \"value,care_type\".").arg(path));
    qint64 line = 1;
    for (auto &f : *layer) {
        ++line;
        const QString value = QString::fromUtf8(f->GetFieldAsString(valueIndex));
        const QString care = QString::fromUtf8(f->GetFieldAsString(careIndex)).trimmed();
        if (value.trimmed().isEmpty() && care.isEmpty())
            continue;
        if (!catalogue.find(care))
            return makeError(CareMappingText::tr("Care-type mapping %1, line %2: \"%3\" is not a care type of the catalogue %4.")
                                 .arg(path)
                                 .arg(line)
                                 .arg(care, catalogue.id()));
        const QString key = normalise(value);
        if (mapping.m_explicit.contains(key) && mapping.m_explicit.value(key) != care)
            return makeError(CareMappingText::tr("Care-type mapping %1, line %2: \"%3\" is mapped twice (to %4 and %5).")
                                 .arg(path)
                                 .arg(line)
                                 .arg(value, mapping.m_explicit.value(key), care));
        mapping.m_explicit.insert(key, care);
    }
    if (errors.hasFailure())
        return makeError(CareMappingText::tr("Care-type mapping %1 cannot be read: %2").arg(path, errors.failureText()));
    return mapping;
}

std::optional<QString> CareMapping::map(const QString &value) const
{
    const QString key = normalise(value);
    if (key.isEmpty())
        return std::nullopt;
    if (auto it = m_explicit.constFind(key); it != m_explicit.cend())
        return *it;
    bool isNumber = false;
    const int code = key.toInt(&isNumber);
    if (isNumber) {
        if (const CareType *ct = m_catalogue->forFkgCode(code))
            return ct->code;
    }
    if (auto it = m_names.constFind(key); it != m_names.cend())
        return *it;
    return std::nullopt;
}

} // namespace engdrift
