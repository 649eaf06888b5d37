#include "import_dialog.h"

#include "error_text.h"
#include "background_task.h"
#include "date_field.h"
#include "io/import_batches.h"
#include "io/vector_source.h"
#include "legend_widget.h"
#include "project_document.h"
#include "render/map_style.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QSettings>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>


namespace engdrift::gui {
namespace {

/// The first features' values of each field, for the preview.
QList<QStringList> sampleValues(const QString &path, const QString &layerName, int rows)
{
    auto source = VectorSource::open(path);
    return source.ok() ? (*source)->sampleRows(layerName, rows) : QList<QStringList>();
}

} // namespace

ImportDialog::ImportDialog(ProjectDocument *document, const std::optional<DepartmentKey> &department, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Import areas"));
    resize(780, 840);
    auto *layout = new QVBoxLayout(this);

    // Source and layer.
    auto *sourceBox = new QGroupBox(tr("Source"), this);
    auto *sourceLayout = new QFormLayout(sourceBox);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(sourceBox);
    m_path->setObjectName(QStringLiteral("sourcePath"));
    auto *browse = new QPushButton(tr("Browse…"), sourceBox);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    sourceLayout->addRow(tr("File"), pathRow);
    m_layer = new QComboBox(sourceBox);
    sourceLayout->addRow(tr("Layer"), m_layer);
    m_layerInfo = new QLabel(sourceBox);
    m_layerInfo->setWordWrap(true);
    sourceLayout->addRow(QString(), m_layerInfo);
    m_fields = new QTableWidget(sourceBox);
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Type"), tr("First values")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setMaximumHeight(170);
    sourceLayout->addRow(tr("Fields"), m_fields);
    m_assumeCrs = new QLineEdit(sourceBox);
    m_assumeCrs->setPlaceholderText(QStringLiteral("EPSG:25832"));
    sourceLayout->addRow(tr("CRS if the file has none"), m_assumeCrs);
    layout->addWidget(sourceBox);

    // Department.
    auto *deptBox = new QGroupBox(tr("Department"), this);
    auto *deptLayout = new QFormLayout(deptBox);
    m_deptFixed = new QRadioButton(tr("All areas in department"), deptBox);
    auto *fixedRow = new QHBoxLayout;
    // Empty until chosen: no organisation or department is a silent default.
    m_org = new QSpinBox(deptBox);
    m_org->setObjectName(QStringLiteral("orgNumber"));
    m_org->setRange(0, 999999);
    m_org->setSpecialValueText(tr("org. –"));
    m_org->setPrefix(tr("org. "));
    m_dept = new QSpinBox(deptBox);
    m_dept->setObjectName(QStringLiteral("deptNumber"));
    m_dept->setRange(-1, 999);
    m_dept->setSpecialValueText(tr("dept. –"));
    m_dept->setPrefix(tr("dept. "));
    m_dept->setValue(-1);
    m_deptName = new QLineEdit(deptBox);
    m_deptName->setObjectName(QStringLiteral("deptName"));
    fixedRow->addWidget(m_org);
    fixedRow->addWidget(m_dept);
    fixedRow->addWidget(m_deptName, 1);
    deptLayout->addRow(m_deptFixed, fixedRow);
    m_deptState = new QLabel(deptBox);
    m_deptState->setWordWrap(true);
    deptLayout->addRow(QString(), m_deptState);
    m_deptFields = new QRadioButton(tr("From fields"), deptBox);
    auto *fieldsRow = new QHBoxLayout;
    m_orgField = new QComboBox(deptBox);
    m_deptField = new QComboBox(deptBox);
    fieldsRow->addWidget(m_orgField);
    fieldsRow->addWidget(m_deptField);
    deptLayout->addRow(m_deptFields, fieldsRow);
    auto *deptGroup = new QButtonGroup(this);
    deptGroup->addButton(m_deptFixed);
    deptGroup->addButton(m_deptFields);
    m_deptFixed->setChecked(true);
    // The department chosen in the tree, else the one last imported into in this project.
    std::optional<DepartmentKey> initial = department;
    if (!initial) {
        const QSettings settings;
        const int org = settings.value(settingsKey() + QStringLiteral("/org"), 0).toInt();
        const int dept = settings.value(settingsKey() + QStringLiteral("/dept"), -1).toInt();
        if (DepartmentKey{org, dept}.isValid())
            initial = DepartmentKey{org, dept};
    }
    if (initial) {
        m_org->setValue(initial->orgNo);
        m_dept->setValue(initial->deptNo);
    }
    layout->addWidget(deptBox);

    // Care type.
    auto *careBox = new QGroupBox(tr("Care type"), this);
    auto *careLayout = new QFormLayout(careBox);
    m_careFromField = new QRadioButton(tr("From field"), careBox);
    m_careField = new QComboBox(careBox);
    careLayout->addRow(m_careFromField, m_careField);
    m_careMap = new QLineEdit(careBox);
    m_careMap->setPlaceholderText(tr("optional CSV value,care_type (FKG codes map by themselves)"));
    careLayout->addRow(tr("Mapping file"), m_careMap);
    m_careFixed = new QRadioButton(tr("All areas"), careBox);
    m_care = new QComboBox(careBox);
    const Catalogue &catalogue = document->store().catalogue();
    const MapStyle style(catalogue);
    for (const CareType &ct : catalogue.careTypes()) {
        const CareStyle &s = style.careStyle(ct.code);
        m_care->addItem(careTypeIcon(s.fill, s.outline, s.hatch, s.hatchColour), ct.name.da + QStringLiteral(" / ") + ct.name.en,
                        ct.code);
    }
    careLayout->addRow(m_careFixed, m_care);
    auto *careGroup = new QButtonGroup(this);
    careGroup->addButton(m_careFromField);
    careGroup->addButton(m_careFixed);
    m_careFixed->setChecked(true);
    layout->addWidget(careBox);

    // When the areas start: they cannot be given another care type from any earlier date.
    auto *startBox = new QGroupBox(tr("Start"), this);
    auto *startLayout = new QFormLayout(startBox);
    m_validFrom = new DateField(QDate::currentDate(), startBox);
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_validFrom->setToolTip(tr("The date the areas already existed from: they cannot be given another care type from "
                               "an earlier date (a department's start can be corrected later)"));
    startLayout->addRow(tr("Areas start on"), m_validFrom);
    m_validFromField = new QComboBox(startBox);
    m_validFromField->setObjectName(QStringLiteral("validFromField"));
    m_validFromField->setToolTip(tr("A date field of the file that gives each area its own start; where it is empty, "
                                    "the date above"));
    startLayout->addRow(tr("or per area from field"), m_validFromField);
    layout->addWidget(startBox);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("What the import did, feature by feature, appears here."));
    layout->addWidget(m_report, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    // Enter in a field must not import: no button is the default one.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import areas"), QString(),
            tr("GIS files (*.gpkg *.shp *.zip *.geojson *.json *.gml *.kml *.dxf *.fgb *.osm *.pbf *.csv *.gdb);;All files (*)"));
        if (!path.isEmpty())
            setSource(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setSource(m_path->text()); });
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { refreshLayer(); });
    for (QRadioButton *b : {m_deptFixed, m_deptFields, m_careFixed, m_careFromField})
        connect(b, &QRadioButton::toggled, this, [this] { updateEnabled(); });
    for (QSpinBox *spin : {m_org, m_dept})
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            updateDepartmentName();
            updateEnabled();
        });
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    m_askRepeat = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };
    updateDepartmentName();
    updateEnabled();
}

QString ImportDialog::settingsKey() const
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(m_document->path()).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex();
    return QStringLiteral("import/") + QString::fromLatin1(key);
}

void ImportDialog::rememberDepartment()
{
    if (const auto key = fixedDepartment()) {
        QSettings settings;
        settings.setValue(settingsKey() + QStringLiteral("/org"), key->orgNo);
        settings.setValue(settingsKey() + QStringLiteral("/dept"), key->deptNo);
    }
}

std::optional<DepartmentKey> ImportDialog::fixedDepartment() const
{
    const DepartmentKey key{m_org->value(), m_dept->value()};
    return key.isValid() ? std::optional<DepartmentKey>(key) : std::nullopt;
}

void ImportDialog::updateDepartmentName()
{
    const auto key = fixedDepartment();
    if (!key) {
        m_deptName->clear();
        m_deptName->setReadOnly(true);
        m_deptName->setPlaceholderText(QString());
        m_deptState->setText(tr("Give the organisation and department number the areas belong to."));
        return;
    }
    auto existing = m_document->store().department(*key);
    if (existing.ok() && existing->has_value()) {
        m_deptName->setText((**existing).name);
        m_deptName->setReadOnly(true);
        m_deptState->setText(tr("Department %1 is in the project.").arg(key->toString()));
    } else {
        if (m_deptName->isReadOnly())
            m_deptName->clear();
        m_deptName->setReadOnly(false);
        m_deptName->setPlaceholderText(tr("name of the new department"));
        m_deptState->setText(tr("Department %1 is new: the import creates it, with the name given.").arg(key->toString()));
    }
}

bool ImportDialog::canImport() const
{
    if (m_running || m_layer->count() == 0)
        return false;
    if (m_deptFixed->isChecked())
        return fixedDepartment().has_value();
    return m_orgField->currentIndex() >= 0 && m_deptField->currentIndex() >= 0;
}

void ImportDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter finishes the field it was typed in (the file field reads the file), nothing more.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

ImportDialog::~ImportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportDialog::setSource(const QString &path)
{
    m_path->setText(path);
    const QSignalBlocker blocker(m_layer);
    m_layer->clear();
    m_fields->setRowCount(0);
    auto source = VectorSource::open(path);
    if (!source.ok()) {
        m_layerInfo->setText(errorText(source.error()));
        updateEnabled();
        return;
    }
    for (const SourceLayerInfo &info : (*source)->layers())
        m_layer->addItem(QStringLiteral("%1 (%2)").arg(info.name, info.geometryType), info.name);
    // The layer the import would choose by itself: the only one, or the only polygon layer.
    int polygonal = -1, count = 0;
    const QList<SourceLayerInfo> layers = (*source)->layers();
    for (int i = 0; i < layers.size(); ++i) {
        if (layers[i].polygonal) {
            polygonal = i;
            ++count;
        }
    }
    if (count == 1)
        m_layer->setCurrentIndex(polygonal);
    refreshLayer();
}

void ImportDialog::setLayer(const QString &layer)
{
    const int index = m_layer->findData(layer);
    if (index >= 0)
        m_layer->setCurrentIndex(index);
}

void ImportDialog::refreshLayer()
{
    m_fields->setRowCount(0);
    for (QComboBox *c : {m_orgField, m_deptField, m_careField, m_validFromField})
        c->clear();
    m_validFromField->addItem(tr("(none: the date above)"), QString());
    auto source = VectorSource::open(m_path->text());
    if (!source.ok() || m_layer->currentIndex() < 0) {
        updateEnabled();
        return;
    }
    SourceLayerInfo info;
    bool found = false;
    for (const SourceLayerInfo &l : (*source)->layers()) {
        if (l.name == m_layer->currentData().toString()) {
            info = l;
            found = true;
        }
    }
    if (!found) {
        updateEnabled();
        return;
    }
    const QLocale locale;
    m_layerInfo->setText(tr("%1 · %2 · %3")
                             .arg(info.featureCount >= 0 ? tr("%n feature(s)", "", static_cast<int>(info.featureCount))
                                                         : tr("number of features unknown"),
                                  info.geometryType,
                                  info.crs ? info.crs->displayName() : tr("no coordinate reference system")));
    m_assumeCrs->setEnabled(!info.crs.has_value());
    const QList<QStringList> samples = sampleValues(m_path->text(), info.name, 3);
    m_fields->setRowCount(static_cast<int>(info.fields.size()));
    for (int i = 0; i < info.fields.size(); ++i) {
        const SourceField &field = info.fields.at(i);
        m_fields->setItem(i, 0, new QTableWidgetItem(field.name));
        m_fields->setItem(i, 1, new QTableWidgetItem(field.type));
        QStringList values;
        for (const QStringList &row : samples)
            values << (i < row.size() ? row.at(i) : QString());
        m_fields->setItem(i, 2, new QTableWidgetItem(values.join(QStringLiteral(" · "))));
        for (QComboBox *c : {m_orgField, m_deptField, m_careField})
            c->addItem(field.name, field.name);
        // Start dates: date fields, and text fields that hold dates.
        const bool dateType = field.type == QLatin1String("Date") || field.type == QLatin1String("DateTime");
        const bool dateText = field.type == QLatin1String("String") && !samples.isEmpty() && i < samples.first().size() &&
                              QDate::fromString(samples.first().at(i).left(10), Qt::ISODate).isValid();
        if (dateType || dateText)
            m_validFromField->addItem(field.name, field.name);
    }
    // A file with one date field: offer it as each area's start.
    int dateFields = 0, dateField = -1;
    for (int i = 0; i < info.fields.size(); ++i) {
        const QString &type = info.fields.at(i).type;
        if (type == QLatin1String("Date") || type == QLatin1String("DateTime")) {
            ++dateFields;
            dateField = m_validFromField->findData(info.fields.at(i).name);
        }
    }
    if (dateFields == 1 && dateField > 0)
        m_validFromField->setCurrentIndex(dateField);
    // Guess the usual names.
    auto guess = [](QComboBox *combo, const QStringList &names) {
        for (const QString &name : names) {
            for (int i = 0; i < combo->count(); ++i) {
                if (combo->itemData(i).toString().compare(name, Qt::CaseInsensitive) == 0) {
                    combo->setCurrentIndex(i);
                    return true;
                }
            }
        }
        return false;
    };
    const bool orgGuess = guess(m_orgField, {QStringLiteral("org_no"), QStringLiteral("org"), QStringLiteral("organisation")});
    const bool deptGuess = guess(m_deptField, {QStringLiteral("dept_no"), QStringLiteral("afd"), QStringLiteral("afdeling"),
                                               QStringLiteral("afd_nr")});
    if (orgGuess && deptGuess)
        m_deptFields->setChecked(true);
    if (guess(m_careField, {QStringLiteral("vedlhold_f_type_kode"), QStringLiteral("care_type"), QStringLiteral("plejetype")}))
        m_careFromField->setChecked(true);
    updateEnabled();
}

void ImportDialog::updateEnabled()
{
    const bool fields = m_layer->count() > 0 && m_orgField->count() > 0;
    m_deptFields->setEnabled(fields && !m_running);
    m_careFromField->setEnabled(fields && !m_running);
    if (!fields) {
        m_deptFixed->setChecked(true);
        m_careFixed->setChecked(true);
    }
    m_org->setEnabled(m_deptFixed->isChecked() && !m_running);
    m_dept->setEnabled(m_deptFixed->isChecked() && !m_running);
    m_orgField->setEnabled(m_deptFields->isChecked() && !m_running);
    m_deptField->setEnabled(m_deptFields->isChecked() && !m_running);
    m_care->setEnabled(m_careFixed->isChecked() && !m_running);
    m_careField->setEnabled(m_careFromField->isChecked() && !m_running);
    m_careMap->setEnabled(m_careFromField->isChecked() && !m_running);
    m_deptName->setEnabled(m_deptFixed->isChecked() && !m_running);
    m_validFromField->setEnabled(m_validFromField->count() > 1 && !m_running);
    m_import->setEnabled(canImport());
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.sourcePath = m_path->text();
    o.layer = m_layer->currentData().toString();
    if (m_deptFixed->isChecked()) {
        o.department = fixedDepartment();
        if (!m_deptName->isReadOnly())
            o.departmentName = m_deptName->text().trimmed();
    } else {
        o.orgField = m_orgField->currentData().toString();
        o.deptField = m_deptField->currentData().toString();
    }
    if (m_careFixed->isChecked()) {
        o.careType = m_care->currentData().toString();
    } else {
        o.careField = m_careField->currentData().toString();
        o.careMapFile = m_careMap->text().trimmed();
    }
    if (m_assumeCrs->isEnabled())
        o.assumeCrs = m_assumeCrs->text().trimmed();
    o.validFrom = m_validFrom->date();
    o.validFromField = m_validFromField->currentData().toString();
    return o;
}

bool ImportDialog::startImport()
{
    if (!canImport())
        return false;
    if (!m_validFrom->checkDate()) {
        m_report->setPlainText(tr("Valid from: %1").arg(m_validFrom->errorText()));
        return false;
    }
    const ImportOptions opts = options();
    // The same file into the same department again: say so, and ask.
    auto previous = previousImports(m_document->store(), opts.sourcePath, opts.department);
    if (previous.ok() && !previous->isEmpty()) {
        QStringList lines;
        for (const PreviousImport &p : *previous)
            lines << describePreviousImport(opts.sourcePath, p) + QLatin1Char('.');
        const QString question = lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Import it again?");
        if (!m_askRepeat || !m_askRepeat(question)) {
            m_report->setPlainText(tr("Not imported.") + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
            return false;
        }
    }
    rememberDepartment();
    const QString projectPath = m_document->path();
    m_running = true;
    m_succeeded = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_report->setPlainText(tr("Importing %1 …").arg(opts.sourcePath));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    updateEnabled();

    auto cancel = m_cancel;
    QPointer<ImportDialog> self(this);
    // On the background pool: the main window waits for it when it closes (a cancelled import rolls back).
    backgroundPool().start([projectPath, opts, cancel, self] {
        Result<ImportReport> result = makeError(QString());
        {
            auto store = openStore(projectPath, OpenMode::ReadWrite);
            if (!store.ok()) {
                result = store.error();
            } else {
                result = importVectorFile(**store, opts, [cancel, self](double fraction, qint64 n) {
                    if (self)
                        QMetaObject::invokeMethod(self.data(), [self, fraction, n] {
                            if (self)
                                self->onProgress(fraction, n);
                        }, Qt::QueuedConnection);
                    return !cancel->load();
                });
            }
        }
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, result] {
                if (self)
                    self->onDone(result);
            }, Qt::QueuedConnection);
    });
    return true;
}

void ImportDialog::onProgress(double fraction, qint64 features)
{
    if (fraction < 0) {
        m_progress->setRange(0, 0); // busy: the total is unknown
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(static_cast<int>(fraction * 100));
    }
    m_progress->setFormat(tr("%p % · %1 features").arg(features));
}

void ImportDialog::onDone(const Result<ImportReport> &report)
{
    m_running = false;
    m_cancel.reset();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_progress->setRange(0, 100);
    if (!report.ok()) {
        m_progress->setValue(0);
        m_report->setPlainText(tr("Nothing was imported.") + QStringLiteral("\n\n") + errorText(report.error()));
        updateEnabled();
        emit finished(false);
        return;
    }
    m_succeeded = true;
    m_progress->setValue(100);
    const QLocale locale;
    QStringList lines;
    lines << tr("Imported %n area(s) (%1 m²) from %2, layer %3.", "", static_cast<int>(report->areasImported))
                 .arg(locale.toString(report->areaM2, 'f', 0), report->source, report->layer);
    lines << tr("Coordinates: %1 → %2.").arg(report->sourceCrs, m_document->store().crs().displayName());
    for (const QString &line : report->describe())
        lines << QStringLiteral("• ") + line;
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    updateDepartmentName(); // a department the import created is in the project now
    updateEnabled();
    emit imported(*report);
    emit finished(true);
}

QString ImportDialog::reportText() const
{
    return m_report->toPlainText();
}

void ImportDialog::reject()
{
    if (m_running && m_cancel) {
        m_cancel->store(true); // the import rolls back and reports that it was cancelled
        return;
    }
    rememberDepartment(); // also when closed without importing: it is what the user typed last
    QDialog::reject();
}

} // namespace engdrift::gui
