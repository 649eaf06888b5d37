#pragma once
// ImportDialog: brings the polygons of a GIS file into the project. Previews the source's layers
// and fields (with sample values), maps department and care type by drop-down, and imports on a
// thread of its own with a progress bar and Cancel. The import is written at once, in one
// transaction; a cancelled or failed import leaves the project as it was.
//
// The department is never a silent default: it is the one chosen in the tree, else the one last
// imported into in this project (remembered per project), else empty, and Import stays disabled
// until one is given. Enter in a field never starts the import. A file already imported into the
// department is named and the user asked before it is imported again. The areas' start date is
// asked for (a date, or a date field of the source per area).

#include "io/vector_import.h"
#include "model/department.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace engdrift::gui {

class DateField;
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

    /// Asks whether to import a file again that was imported before (the question as text; true:
    /// import). By default a message box; tests answer themselves.
    void setRepeatQuestion(std::function<bool(const QString &)> ask) { m_askRepeat = std::move(ask); }
    /// True when Import can be pressed: a layer, and a department (or the fields that hold it).
    bool canImport() const;

signals:
    /// An import was written: its batch (to undo it) and what it brought.
    void imported(const engdrift::ImportReport &report);
    void finished(bool succeeded);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshLayer();
    void updateEnabled();
    void onProgress(double fraction, qint64 features);
    void onDone(const Result<ImportReport> &report);
    void updateDepartmentName();
    std::optional<DepartmentKey> fixedDepartment() const;
    QString settingsKey() const;
    void rememberDepartment();

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
    QLineEdit *m_deptName = nullptr;
    QLabel *m_deptState = nullptr;
    QComboBox *m_validFromField = nullptr;
    QRadioButton *m_careFixed = nullptr;
    QRadioButton *m_careFromField = nullptr;
    QComboBox *m_care = nullptr;
    QComboBox *m_careField = nullptr;
    QLineEdit *m_careMap = nullptr;
    DateField *m_validFrom = nullptr;
    QLineEdit *m_assumeCrs = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    bool m_running = false;
    bool m_succeeded = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::function<bool(const QString &)> m_askRepeat;
};

} // namespace engdrift::gui
