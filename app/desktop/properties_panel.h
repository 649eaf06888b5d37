#pragma once
// PropertiesPanel: the selected areas: how many, their m² and departments; their care type, which
// can be set for the whole selection from a date; their note; and the history of one area.

#include <QDate>
#include <QList>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace engdrift::gui {

class DateField;
class ProjectDocument;

class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesPanel(QWidget *parent = nullptr);
    void setDocument(ProjectDocument *document);
    void setSelection(const QSet<qint64> &ids, const QDate &date);
    void setLanguage(const QString &language);
    /// Re-reads the selection (after an edit).
    void reload();
    QString chosenCareType() const;
    /// The date typed in "From"; invalid while its text is not a date (the field shows why).
    QDate fromDate() const;
    /// For tests and scripting: choose a care type in the drop-down.
    void chooseCareType(const QString &code);
    void setFromDate(const QDate &date);

signals:
    void retagRequested(const QList<qint64> &ids, const QString &careType, const QDate &from);
    void noteRequested(const QList<qint64> &ids, const QString &note, const QDate &from);
    void mergeRequested();
    void retireRequested();
    void splitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCareTypes();

    ProjectDocument *m_document = nullptr;
    QList<qint64> m_ids;
    QDate m_date;
    QString m_language = QStringLiteral("da");

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_careLabel = nullptr;
    QComboBox *m_care = nullptr;
    QLabel *m_fromLabel = nullptr;
    DateField *m_from = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_saveNote = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_split = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_retire = nullptr;
};

} // namespace engdrift::gui
