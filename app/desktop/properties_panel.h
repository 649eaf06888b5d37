#pragma once
// PropertiesPanel: the selected areas as the map shows them: how many, their m² and departments,
// and for more than one, their count and m² by care type and the list of them; their care type,
// which can be set for the whole selection from a date (a mixed selection shows no care type until
// one is chosen); their condition; for one area its biodiversity units as their formula with its
// numbers (analysis/nature.h) and its biofaktor; their note; and the history of one area (its
// versions' dates, care types and conditions, the care type's default marked as such).

#include "model/biodiversity.h"

#include <QDate>

#include <optional>
#include <QList>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace engdrift {
struct AreaShape;
}

namespace engdrift::gui {

class CareTypeTable;
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
    /// The care type chosen in the drop-down; empty while a mixed selection shows none.
    QString chosenCareType() const;
    /// The care type a new area gets: the one chosen, or the last one chosen before.
    QString careTypeForNewArea() const;
    /// The date typed in "From"; invalid while its text is not a date (the field shows why).
    QDate fromDate() const;
    /// For tests and scripting: choose a care type in the drop-down.
    void chooseCareType(const QString &code);
    void setFromDate(const QDate &date);
    /// For tests and scripting: choose a condition ("" : the care type's default).
    void chooseCondition(const QString &code);

signals:
    void retagRequested(const QList<qint64> &ids, const QString &careType, const QDate &from);
    void noteRequested(const QList<qint64> &ids, const QString &note, const QDate &from);
    /// Record the habitat condition from a date (unset: back to the care type's default).
    void conditionRequested(const QList<qint64> &ids, const std::optional<HabitatCondition> &condition, const QDate &from);
    void mergeRequested();
    void retireRequested();
    void splitRequested();
    /// An area of the list was clicked: show it on the map.
    void areaActivated(qint64 areaId);
    /// A care type of the summary was double-clicked: keep only these areas selected.
    void selectionNarrowed(const QSet<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCareTypes();
    /// The selected areas at the date as the map shows them (the proposal's plan in the proposal view).
    QList<AreaShape> shownAreas() const;
    /// The drop-down shows the selection's care type, or a placeholder for a mixed selection.
    void showCareTypes(const QStringList &careTypes);
    void fillSummary(const QList<AreaShape> &areas);
    void fillAreaList(const QList<AreaShape> &areas);
    void fillHistory();
    QString careTypeName(const QString &code) const;
    void updateApply();
    /// The condition drop-down shows the selection's condition, the care type's default marked.
    void showConditions(const QList<AreaShape> &areas);
    /// One area: its units formula and biofaktor; otherwise they are hidden.
    void showNatureValue(const QList<AreaShape> &areas);

    ProjectDocument *m_document = nullptr;
    QList<qint64> m_ids;
    QDate m_date;
    QString m_language = QStringLiteral("da");
    QList<qint64> m_shownIds;      ///< the selection and its care types the drop-down was last set for
    QStringList m_shownCareTypes; ///< (for the same ones, a choice made since stays)
    QString m_lastChosen;         ///< the last care type chosen or shown, for new areas

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    CareTypeTable *m_careSummary = nullptr;
    QLabel *m_careLabel = nullptr;
    QComboBox *m_care = nullptr;
    QLabel *m_fromLabel = nullptr;
    DateField *m_from = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_saveNote = nullptr;
    QLabel *m_conditionLabel = nullptr;
    QComboBox *m_condition = nullptr;
    QPushButton *m_setCondition = nullptr;
    QLabel *m_unitsLabel = nullptr;
    QLabel *m_units = nullptr;
    QLabel *m_biofaktorLabel = nullptr;
    QLabel *m_biofaktor = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTreeWidget *m_history = nullptr;
    QLabel *m_areasLabel = nullptr;
    QTreeWidget *m_areas = nullptr;
    QPushButton *m_split = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_retire = nullptr;
};

} // namespace engdrift::gui
