#pragma once
// CareMapping: turns the values of a source's care-type field into catalogue care types.
//
// Out of the box, FKG/GeoFA element codes (vedlhold_f_type_kode, e.g. 102000 = GR2 Brugsplæne)
// map through the catalogue's fkg.import lists, and catalogue codes and names map to themselves.
// A mapping file (CSV with the header `value,care_type`) maps any other values.

#include "catalogue/catalogue.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace engdrift {

class CareMapping
{
public:
    /// FKG codes, catalogue codes and Danish/English names.
    explicit CareMapping(const Catalogue &catalogue);
    /// The built-in rules plus the rows of a CSV file (value,care_type), which take precedence.
    static Result<CareMapping> fromFile(const QString &path, const Catalogue &catalogue);

    /// The care type code for a field value, or nothing if the value is not mapped.
    std::optional<QString> map(const QString &value) const;
    qsizetype fileRows() const { return m_explicit.size(); }

private:
    const Catalogue *m_catalogue = nullptr;
    QHash<QString, QString> m_explicit; ///< from the file, keys trimmed and case-folded
    QHash<QString, QString> m_names;    ///< catalogue codes and names, case-folded
};

} // namespace engdrift
