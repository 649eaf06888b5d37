#pragma once
// ImportDialog: brings the polygons of a GIS file into the project. Previews the source's layers
// and fields (with sample values), maps department and care type by drop-down, and imports on a
// thread of its own with a progress bar and Cancel. The import is written at once, in one
// transaction; a cancelled or failed import leaves the project as it was.

#include "io/vector_import.h"
#include "model/department.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace engdrift::gui {

class ProjectDocument;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(ProjectDocument *document, const std::optional<DepartmentKey> &department, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads the source's layers and fields into the dialog.
    void setSource(const QString &path);
    void setLayer(const QString &layer);
    /// The options the dialog would import with (for tests).
    ImportOptions options() const;
    /// Starts the import (what the Import button does); false if the options are incomplete.
    bool startImport();
    bool isRunning() const { return m_running; }
    /// The last import's result, as shown in the dialog.
    QString reportText() const;
    bool lastImportSucceeded() const { return m_succeeded; }

    /// Close; while an import runs: cancel it (it rolls back and reports that it was cancelled).
    void reject() override;

signals:
    void imported();
    void finished(bool succeeded);

private:
    void refreshLayer();
    void updateEnabled();
    void onProgress(double fraction, qint64 features);
    void onDone(const Result<ImportReport> &report);

    ProjectDocument *m_document;
    QLineEdit *m_path = nullptr;
    QComboBox *m_layer = nullptr;
    QLabel *m_layerInfo = nullptr;
    QTableWidget *m_fields = nullptr;
    QRadioButton *m_deptFixed = nullptr;
    QRadioButton *m_deptFields = nullptr;
    QSpinBox *m_org = nullptr;
    QSpinBox *m_dept = nullptr;
    QComboBox *m_orgField = nullptr;
    QComboBox *m_deptField = nullptr;
    QRadioButton *m_careFixed = nullptr;
    QRadioButton *m_careFromField = nullptr;
    QComboBox *m_care = nullptr;
    QComboBox *m_careField = nullptr;
    QLineEdit *m_careMap = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QLineEdit *m_assumeCrs = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    bool m_running = false;
    bool m_succeeded = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace engdrift::gui
