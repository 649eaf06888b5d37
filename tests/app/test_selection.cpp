// The words of the editing actions (each says one thing); department names shown whole in the
// tree; and the selection: the panel with a mixed selection, its summary by care type and its list
// of areas, and select by care type; one area's units formula, biofaktor and the conditions of its
// history.
//
// With ENGDRIFT_SCREENSHOT_DIR set, the tests also write what they looked at as PNG files there.

#include "analysis/nature.h"
#include "care_type_table.h"
#include "department_tree.h"
#include "edit/condition.h"
#include "edit/departments.h"
#include "properties_panel.h"
#include "util/dates.h"
#include "util/translations.h"
#include "widget_colours.h"
#include "window_fixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

/// Writes a picture of a widget to ENGDRIFT_SCREENSHOT_DIR (if set), for a person to look at.
void keepPicture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ENGDRIFT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

/// An action's text as a person reads it: without the mnemonic's ampersand and the ellipsis.
QString plain(const QString &text)
{
    QString t = text;
    t.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    return t.trimmed();
}

/// Every action of the menus (not the list of recent projects) and of the tool bar.
QList<QAction *> windowActions(MainWindow &window)
{
    QList<QAction *> actions;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        if (menu->objectName() == QLatin1String("recentMenu"))
            return;
        for (QAction *a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (!a->isSeparator() && !actions.contains(a))
                actions << a;
        }
    };
    for (QAction *a : window.menuBar()->actions())
        if (a->menu())
            collect(a->menu());
    for (QAction *a : window.findChild<QToolBar *>(QStringLiteral("tools"))->actions())
        if (!a->isSeparator() && !a->text().isEmpty() && !actions.contains(a))
            actions << a;
    return actions;
}

QAction *actionNamed(const QList<QAction *> &actions, const QString &name)
{
    for (QAction *a : actions)
        if (a->objectName() == name)
            return a;
    return nullptr;
}

QAction *actionWithShortcut(const QList<QAction *> &actions, const QKeySequence &key)
{
    for (QAction *a : actions)
        if (!key.isEmpty() && a->shortcut() == key)
            return a;
    return nullptr;
}

const QString kLawn = QStringLiteral("brugsplaene");
const QString kMeadow = QStringLiteral("eng");
const QString kFlowers = QStringLiteral("blomstereng");
const DepartmentKey kStationsparken{123, 1};

class Selection : public test::SampleWindow
{
protected:
    /// The areas of department 123-001 at kDate as the map shows them.
    QList<AreaShape> departmentAreas()
    {
        auto areas = window->document()->session().areasAt(kDate, std::nullopt, kStationsparken);
        EXPECT_TRUE(areas.ok());
        return areas.ok() ? *areas : QList<AreaShape>();
    }
    /// The ids of a care type's areas in department 123-001, smallest first.
    QList<qint64> idsOf(const QString &care)
    {
        QList<qint64> ids;
        for (const AreaShape &a : departmentAreas())
            if (a.version.careType == care)
                ids << a.version.areaId;
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    QString careOf(qint64 id)
    {
        auto history = window->document()->session().history(id);
        for (const AreaShape &s : history.ok() ? *history : AreaHistory())
            if (s.version.status == AreaStatus::Current && s.version.isValidAt(kDate))
                return s.version.careType;
        return {};
    }
    QString careName(const QString &code)
    {
        const CareType *ct = window->document()->store().catalogue().find(code);
        return ct ? ct->name.text(window->language()) : QString();
    }
    template<typename T> T *panelChild(const char *name)
    {
        T *child = window->properties()->findChild<T *>(QString::fromLatin1(name));
        EXPECT_TRUE(child) << name;
        return child;
    }
};

class Words : public test::SampleWindow, public ::testing::WithParamInterface<const char *>
{
};

} // namespace

TEST_P(Words, EachWordSaysOneThing)
{
    window->setLanguage(QString::fromLatin1(GetParam()));
    QCoreApplication::processEvents(); // the panels' texts follow the language
    const QList<QAction *> actions = windowActions(*window);
    // No two actions share a text, and no action is named like a key of another ("Del").
    QHash<QString, QAction *> byText;
    QSet<QString> keys;
    for (QAction *a : actions) {
        if (!a->shortcut().isEmpty())
            keys << a->shortcut().toString(QKeySequence::NativeText);
    }
    for (QAction *a : actions) {
        const QString text = plain(a->text());
        if (text.isEmpty())
            continue;
        EXPECT_FALSE(byText.contains(text)) << GetParam() << ": two actions are called " << text.toStdString();
        byText.insert(text, a);
        EXPECT_FALSE(keys.contains(text)) << GetParam() << ": an action is called like the key " << text.toStdString();
    }
    // Quitting the program is one word that nothing else uses (retiring an area, finishing a line).
    QAction *quit = actionNamed(actions, QStringLiteral("quit"));
    QAction *retire = actionNamed(actions, QStringLiteral("retireSelection"));
    QAction *split = actionWithShortcut(actions, QKeySequence(Qt::Key_S));
    ASSERT_TRUE(quit && retire && split);
    const QString quitWord = plain(quit->text()).toLower();
    for (QAction *a : actions) {
        if (a == quit)
            continue;
        EXPECT_FALSE(plain(a->text()).toLower().contains(quitWord)) << a->text().toStdString();
        EXPECT_FALSE(a->toolTip().toLower().contains(quitWord)) << a->toolTip().toStdString();
    }
    // The panel's buttons say what the actions say.
    PropertiesPanel *panel = window->properties();
    QPushButton *splitButton = panel->findChild<QPushButton *>(QStringLiteral("splitSelection"));
    QPushButton *retireButton = panel->findChild<QPushButton *>(QStringLiteral("retireSelection"));
    ASSERT_TRUE(splitButton && retireButton);
    EXPECT_EQ(plain(splitButton->text()), plain(split->text()));
    EXPECT_TRUE(plain(retire->text()).startsWith(plain(retireButton->text())))
        << retire->text().toStdString() << " / " << retireButton->text().toStdString();
    EXPECT_FALSE(retireButton->text().toLower().contains(quitWord));
    EXPECT_FALSE(retireButton->toolTip().toLower().contains(quitWord));
    if (QLatin1String(GetParam()) == QLatin1String("da")) { // the words chosen
        EXPECT_EQ(plain(split->text()), QStringLiteral("Opdel"));
        EXPECT_EQ(plain(retireButton->text()), QStringLiteral("Nedlæg"));
        EXPECT_EQ(quitWord, QStringLiteral("afslut"));
    }
    window->setLanguage(QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(Languages, Words, ::testing::Values("da", "en"),
                         [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

namespace {

/// Waits until the department tree has gathered its rows again.
void waitForTree(MainWindow &window)
{
    (void)QTest::qWaitFor([&] { return !window.departments()->isBusy(); }, 20000);
    test::settle(window);
}

} // namespace

TEST_F(Selection, TheTreeShowsLongDepartmentNamesWhole)
{
    const QString longName = QStringLiteral("Kornmarken og Hedehusene Stationsby, afsnit Nord (blok 1-14)");
    auto department = window->document()->store().department({123, 3});
    ASSERT_TRUE(department.ok() && department->has_value());
    Department renamed = **department;
    renamed.name = longName;
    ASSERT_TRUE(saveDepartmentDetails(window->document()->store(), renamed, false).ok());
    window->document()->storeChangedOutside();
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        window->setLanguage(language);
        for (const QSize &size : {QSize(1280, 800), QSize(1600, 1000)}) {
            const std::string where = QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height()).toStdString();
            window->resize(size);
            waitForTree(*window);
            QTreeView *tree = window->departments();
            const QFontMetrics metrics(tree->font());
            QAbstractItemModel *model = tree->model();
            const QModelIndex org = model->index(0, 0);
            ASSERT_EQ(model->rowCount(org), 3) << where;
            bool sawLongName = false;
            for (int row = 0; row < model->rowCount(org); ++row) {
                const QModelIndex name = model->index(row, 0, org);
                const QString text = name.data().toString();
                sawLongName |= text.contains(longName);
                // The whole name fits its column (a long one scrolls sideways, it is not cut).
                EXPECT_GE(tree->visualRect(name).width(), metrics.horizontalAdvance(text) + 6) << where << " " << text.toStdString();
                EXPECT_TRUE(name.data(Qt::ToolTipRole).toString().contains(text.section(QLatin1Char(' '), 1)))
                    << where << " " << text.toStdString();
            }
            EXPECT_TRUE(sawLongName) << where;
            keepPicture(window.get(), QStringLiteral("tree-long-name-%1-%2").arg(language).arg(size.width()));
        }
    }
    // Short names again: the name column fills the room the other columns leave.
    renamed.name = QStringLiteral("Kornmarken");
    ASSERT_TRUE(saveDepartmentDetails(window->document()->store(), renamed, false).ok());
    window->document()->storeChangedOutside();
    waitForTree(*window);
    QTreeView *tree = window->departments();
    EXPECT_EQ(tree->header()->length(), tree->viewport()->width());
    window->setLanguage(QStringLiteral("en"));
}

TEST_F(Selection, AMixedSelectionShowsNoCareTypeButItsCareTypesWithCountAndArea)
{
    const QList<qint64> lawns = idsOf(kLawn), meadows = idsOf(kMeadow);
    ASSERT_GE(lawns.size(), 2);
    ASSERT_GE(meadows.size(), 1);
    const QSet<qint64> chosen{lawns[0], lawns[1], meadows[0]};
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        window->setLanguage(language);
        window->resize(1280, 800);
        // What the drop-down showed before: a care type none of the chosen areas has.
        window->properties()->chooseCareType(kFlowers);
        window->canvas()->setSelection(chosen);
        test::settle(*window);
        auto *combo = panelChild<QComboBox>("careTypeCombo");
        auto *apply = panelChild<QPushButton>("applyCareType");
        ASSERT_TRUE(combo && apply);
        EXPECT_TRUE(window->properties()->chosenCareType().isEmpty()) << window->properties()->chosenCareType().toStdString();
        for (const QString &code : {kLawn, kMeadow, kFlowers})
            EXPECT_FALSE(combo->currentText().contains(careName(code))) << combo->currentText().toStdString();
        EXPECT_TRUE(combo->currentText().contains(QLatin1Char('2'))) << combo->currentText().toStdString(); // 2 care types
        if (language == QLatin1String("da")) {
            EXPECT_EQ(combo->currentText(), QStringLiteral("(blandet: 2 plejetyper)"));
        }
        EXPECT_FALSE(apply->isEnabled()); // nothing to set until a care type is chosen
        QTest::mouseClick(apply, Qt::LeftButton);
        EXPECT_EQ(window->document()->undoStack()->count(), 0);

        // The summary: count and m² of each care type as the store has them, and the total.
        auto *summary = panelChild<CareTypeTable>("careSummary");
        ASSERT_TRUE(summary);
        EXPECT_TRUE(summary->isVisible());
        QHash<QString, std::pair<int, double>> expected;
        double total = 0;
        for (const AreaShape &a : departmentAreas()) {
            if (!chosen.contains(a.version.areaId))
                continue;
            expected[a.version.careType].first += 1;
            expected[a.version.careType].second += a.version.areaM2;
            total += a.version.areaM2;
        }
        ASSERT_EQ(summary->topLevelItemCount(), 3); // two care types and the total
        for (int row = 0; row < 2; ++row) {
            QTreeWidgetItem *item = summary->topLevelItem(row);
            const QString code = CareTypeTable::careType(item);
            ASSERT_TRUE(expected.contains(code)) << code.toStdString();
            EXPECT_EQ(item->text(0), careName(code)); // the name, never the code
            EXPECT_EQ(item->data(1, CareTypeTable::ValueRole).toInt(), expected.value(code).first);
            EXPECT_NEAR(item->data(2, CareTypeTable::ValueRole).toDouble(), expected.value(code).second, 1e-6);
            const QLocale locale(language == QLatin1String("da") ? QLocale::Danish : QLocale::English);
            EXPECT_EQ(item->text(2), locale.toString(expected.value(code).second, 'f', 0));
        }
        QTreeWidgetItem *sum = summary->topLevelItem(2);
        EXPECT_TRUE(CareTypeTable::careType(sum).isEmpty());
        EXPECT_EQ(sum->data(1, CareTypeTable::ValueRole).toInt(), 3);
        EXPECT_NEAR(sum->data(2, CareTypeTable::ValueRole).toDouble(), total, 1e-6);
        // Every row shown whole: the summary does not scroll.
        EXPECT_GE(summary->height(), summary->heightForRows(3));

        // The list of the selected areas, by id.
        auto *list = panelChild<QTreeWidget>("selectedAreas");
        ASSERT_TRUE(list);
        EXPECT_TRUE(list->isVisible());
        ASSERT_EQ(list->topLevelItemCount(), 3);
        QList<qint64> sorted(chosen.cbegin(), chosen.cend());
        std::sort(sorted.begin(), sorted.end());
        for (int row = 0; row < 3; ++row) {
            EXPECT_EQ(list->topLevelItem(row)->data(0, Qt::UserRole).toLongLong(), sorted[row]);
            EXPECT_EQ(list->topLevelItem(row)->text(1), careName(careOf(sorted[row])));
        }
        keepPicture(window->properties(), QStringLiteral("selection-mixed-%1").arg(language));
        keepPicture(window.get(), QStringLiteral("window-mixed-%1").arg(language));
    }

    // A care type chosen: the button sets it for all three (one step), and the drop-down shows it.
    window->properties()->chooseCareType(kFlowers);
    auto *apply = panelChild<QPushButton>("applyCareType");
    ASSERT_TRUE(apply);
    EXPECT_TRUE(apply->isEnabled());
    window->properties()->setFromDate(kDate);
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();
    for (qint64 id : chosen)
        EXPECT_EQ(careOf(id), kFlowers);
    EXPECT_EQ(window->properties()->chosenCareType(), kFlowers);
    EXPECT_EQ(panelChild<CareTypeTable>("careSummary")->topLevelItemCount(), 2); // one care type and the total
    // Undone: mixed again, and the drop-down shows no care type.
    window->document()->undoStack()->undo();
    test::settle(*window);
    EXPECT_TRUE(window->properties()->chosenCareType().isEmpty());
    // Drawing a new area meanwhile takes the care type chosen last.
    EXPECT_EQ(window->properties()->careTypeForNewArea(), kFlowers);
}

TEST_F(Selection, OneAreaShowsItsCareTypeAndHistoryNotTheSummary)
{
    const QList<qint64> meadows = idsOf(kMeadow);
    ASSERT_FALSE(meadows.isEmpty());
    window->canvas()->setSelection({meadows[0]});
    test::settle(*window);
    EXPECT_EQ(window->properties()->chosenCareType(), kMeadow);
    EXPECT_FALSE(panelChild<CareTypeTable>("careSummary")->isVisible());
    EXPECT_FALSE(panelChild<QTreeWidget>("selectedAreas")->isVisible());
    EXPECT_TRUE(panelChild<QPushButton>("applyCareType")->isEnabled());
}

namespace {

/// A condition other than `condition`.
HabitatCondition otherThan(HabitatCondition condition)
{
    return condition == HabitatCondition::Good ? HabitatCondition::Poor : HabitatCondition::Good;
}

} // namespace

TEST_F(Selection, OneAreaShowsItsUnitsFormulaWithItsNumbersAndItsBiofaktor)
{
    const QList<qint64> meadows = idsOf(kMeadow);
    ASSERT_FALSE(meadows.isEmpty());
    const qint64 id = meadows[0];
    // The area's figures as the nature value of the whole map gives them.
    NatureQuery query;
    query.at = kDate;
    auto nature = natureFigures(window->document()->store(), query);
    ASSERT_TRUE(nature.ok()) << nature.errorMessage().toStdString();
    const auto area = std::find_if(nature->areas.cbegin(), nature->areas.cend(),
                                   [id](const AreaNature &a) { return a.areaId == id; });
    ASSERT_NE(area, nature->areas.cend());
    ASSERT_GT(area->formula.units, 0);
    const CareType *meadow = window->document()->store().catalogue().find(kMeadow);
    ASSERT_TRUE(meadow);

    window->canvas()->setSelection({id});
    test::settle(*window);
    auto *units = panelChild<QLabel>("unitsFormula");
    auto *biofaktor = panelChild<QLabel>("biofaktor");
    ASSERT_TRUE(units && biofaktor);
    EXPECT_TRUE(units->isVisible());
    EXPECT_EQ(units->text(), unitsFormulaText(area->formula, QStringLiteral("en")));
    EXPECT_TRUE(units->text().contains(QStringLiteral(" ha × %1 (").arg(meadow->distinctiveness))) << units->text().toStdString();
    EXPECT_TRUE(units->text().endsWith(QStringLiteral("= %1 units").arg(area->formula.units, 0, 'f', 2)))
        << units->text().toStdString();
    EXPECT_EQ(biofaktor->text(), QString::number(meadow->biofaktor, 'f', 2));
    // Shown whole: as high as its wrapped text needs, within the panel's width.
    EXPECT_GE(units->height(), units->heightForWidth(units->width()));
    EXPECT_LE(units->mapTo(window->properties(), QPoint(units->width(), 0)).x(), window->properties()->width());
    test::grabForReview(window->properties(), QStringLiteral("properties-units"));

    // A condition recorded from the date: the formula takes it.
    const HabitatCondition condition = otherThan(area->formula.condition);
    window->properties()->chooseCondition(conditionCode(condition));
    auto *apply = panelChild<QPushButton>("applyCondition");
    ASSERT_TRUE(apply && apply->isEnabled());
    apply->click();
    test::settle(*window);
    UnitsFormula recorded = area->formula;
    recorded.condition = condition;
    recorded.conditionRecorded = true;
    recorded.units = recorded.hectares * recorded.distinctiveness * conditionScore(condition) *
                     significanceScore(recorded.significance);
    EXPECT_EQ(units->text(), unitsFormulaText(recorded, QStringLiteral("en")));
    EXPECT_NE(units->text(), unitsFormulaText(area->formula, QStringLiteral("en")));

    // Several areas: no one formula.
    window->canvas()->setSelection({id, idsOf(kLawn).value(0)});
    test::settle(*window);
    EXPECT_FALSE(units->isVisible());
    EXPECT_FALSE(biofaktor->isVisible());
}

TEST_F(Selection, TheHistoryShowsEachVersionsConditionAndMarksTheDefault)
{
    // An area of the department without a recorded condition at the date.
    qint64 id = 0;
    QString care;
    for (const AreaShape &a : departmentAreas()) {
        if (!a.version.condition && a.version.validFrom < kDate) {
            id = a.version.areaId;
            care = a.version.careType;
            break;
        }
    }
    ASSERT_NE(id, 0);
    const CareType *type = window->document()->store().catalogue().find(care);
    ASSERT_TRUE(type);
    window->canvas()->setSelection({id});
    test::settle(*window);
    auto *history = panelChild<QTreeWidget>("history");
    ASSERT_TRUE(history && history->isVisible());
    ASSERT_EQ(history->columnCount(), 4);
    EXPECT_EQ(history->headerItem()->text(3), QStringLiteral("Condition"));
    const int before = history->topLevelItemCount();
    ASSERT_GE(before, 1);
    QTreeWidgetItem *open = history->topLevelItem(before - 1);
    EXPECT_EQ(open->text(1), QStringLiteral("…"));
    EXPECT_EQ(open->text(3), conditionName(type->defaultCondition) + QStringLiteral(" (default)"));
    EXPECT_EQ(open->foreground(3).color(), uiColours().mutedText);

    // Recorded from the date: a new version with that condition, not muted; the one before keeps
    // the default.
    const HabitatCondition condition = otherThan(type->defaultCondition);
    window->properties()->chooseCondition(conditionCode(condition));
    panelChild<QPushButton>("applyCondition")->click();
    test::settle(*window);
    ASSERT_EQ(history->topLevelItemCount(), before + 1);
    QTreeWidgetItem *closed = history->topLevelItem(before - 1);
    QTreeWidgetItem *latest = history->topLevelItem(before);
    EXPECT_EQ(closed->text(1), isoDate(kDate));
    EXPECT_EQ(closed->text(3), conditionName(type->defaultCondition) + QStringLiteral(" (default)"));
    EXPECT_EQ(latest->text(0), isoDate(kDate));
    EXPECT_EQ(latest->text(3), conditionName(condition));
    EXPECT_NE(latest->foreground(3).color(), uiColours().mutedText);
    // The column is wide enough for its words, and within the list's width (no scrolling sideways).
    const int needed = history->fontMetrics().horizontalAdvance(closed->text(3));
    EXPECT_GE(history->columnWidth(3), needed);
    EXPECT_LE(history->header()->sectionPosition(3) + history->columnWidth(3), history->viewport()->width());
    test::grabForReview(window->properties(), QStringLiteral("properties-history"));

    // In Danish the default says "standard".
    window->setLanguage(QStringLiteral("da"));
    test::settle(*window);
    EXPECT_TRUE(history->topLevelItem(before - 1)->text(3).endsWith(QStringLiteral("(standard)")))
        << history->topLevelItem(before - 1)->text(3).toStdString();
    EXPECT_EQ(history->headerItem()->text(3), QStringLiteral("Tilstand"));
    window->setLanguage(QStringLiteral("en"));
}

TEST_F(Selection, ClickingAnAreaInTheListShowsItOnTheMap)
{
    const QList<qint64> lawns = idsOf(kLawn);
    ASSERT_GE(lawns.size(), 2);
    window->canvas()->setSelection({lawns[0], lawns[1]});
    test::settle(*window);
    auto *list = panelChild<QTreeWidget>("selectedAreas");
    ASSERT_TRUE(list && list->topLevelItemCount() == 2);
    // Far away first: the map is moved to the area.
    MapView away = window->canvas()->view();
    window->canvas()->setView(MapView(away.centre() + QPointF(5000, 5000), away.mapUnitsPerPixel(), away.size()));
    QTreeWidgetItem *item = list->topLevelItem(1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QRectF bounds;
    for (const AreaShape &a : departmentAreas())
        if (a.version.areaId == item->data(0, Qt::UserRole).toLongLong())
            bounds = a.bounds;
    ASSERT_FALSE(bounds.isNull());
    EXPECT_TRUE(window->canvas()->view().extent().contains(bounds));
    EXPECT_NEAR(window->canvas()->view().centre().x(), bounds.center().x(), 0.01);
    EXPECT_NEAR(window->canvas()->view().centre().y(), bounds.center().y(), 0.01);
    EXPECT_EQ(window->canvas()->selection(), QSet<qint64>({lawns[0], lawns[1]})); // the selection stays
}

TEST_F(Selection, DoubleClickingACareTypeOfTheSummaryKeepsOnlyItsAreas)
{
    const QList<qint64> lawns = idsOf(kLawn), meadows = idsOf(kMeadow);
    ASSERT_GE(lawns.size(), 2);
    ASSERT_GE(meadows.size(), 1);
    window->canvas()->setSelection({lawns[0], lawns[1], meadows[0]});
    test::settle(*window);
    auto *summary = panelChild<CareTypeTable>("careSummary");
    ASSERT_TRUE(summary);
    for (int row = 0; row < summary->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = summary->topLevelItem(row);
        if (CareTypeTable::careType(item) != kLawn)
            continue;
        const QRect rect = summary->visualItemRect(item);
        QTest::mouseClick(summary->viewport(), Qt::LeftButton, {}, rect.center()); // a double click's first click
        QTest::mouseDClick(summary->viewport(), Qt::LeftButton, {}, rect.center());
    }
    EXPECT_EQ(window->canvas()->selection(), QSet<qint64>({lawns[0], lawns[1]}));
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
}

TEST_F(Selection, SelectByCareTypeSelectsExactlyTheAreasOfTheDepartmentOrTheView)
{
    ASSERT_EQ(window->departments()->currentDepartment(), std::optional<DepartmentKey>(kStationsparken));
    const QList<qint64> lawns = idsOf(kLawn);
    ASSERT_GE(lawns.size(), 2);
    EXPECT_EQ(window->selectByCareType(kLawn), lawns.size());
    QList<qint64> selected(window->canvas()->selection().cbegin(), window->canvas()->selection().cend());
    std::sort(selected.begin(), selected.end());
    EXPECT_EQ(selected, lawns);
    // Selecting is not an edit.
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
    EXPECT_FALSE(window->document()->isModified());

    // Through the chooser: care types by name with their counts, adding to the selection.
    CareTypeChooser *chooser = window->showCareTypeChooser();
    ASSERT_TRUE(chooser);
    auto *table = chooser->findChild<CareTypeTable *>(QStringLiteral("careTypes"));
    ASSERT_TRUE(table);
    QSet<QString> codes;
    for (const AreaShape &a : departmentAreas())
        codes.insert(a.version.careType);
    ASSERT_EQ(table->topLevelItemCount(), codes.size());
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = table->topLevelItem(row);
        EXPECT_EQ(item->text(0), careName(CareTypeTable::careType(item)));
        EXPECT_FALSE(codes.contains(item->text(0))) << item->text(0).toStdString();
    }
    keepPicture(chooser, QStringLiteral("select-by-care-type-%1").arg(window->language()));
    chooser->chooseCareType(kMeadow);
    chooser->findChild<QCheckBox *>()->setChecked(true);
    chooser->accept();
    QList<qint64> both = lawns + idsOf(kMeadow);
    std::sort(both.begin(), both.end());
    selected = QList<qint64>(window->canvas()->selection().cbegin(), window->canvas()->selection().cend());
    std::sort(selected.begin(), selected.end());
    EXPECT_EQ(selected, both);
    EXPECT_EQ(window->document()->undoStack()->count(), 0);

    // No department chosen: the areas of the care type in the map view.
    window->departments()->setCurrentIndex(QModelIndex());
    ASSERT_FALSE(window->departments()->currentDepartment().has_value());
    window->zoomToAll();
    test::settle(*window);
    auto inView = window->document()->session().areasAt(kDate, window->canvas()->view().extent());
    ASSERT_TRUE(inView.ok());
    QSet<qint64> lawnsInView;
    QSet<DepartmentKey> departments;
    for (const AreaShape &a : *inView) {
        if (a.version.careType == kLawn) {
            lawnsInView.insert(a.version.areaId);
            departments.insert(a.version.department);
        }
    }
    EXPECT_GT(departments.size(), 1); // more than one department's lawns
    EXPECT_EQ(window->selectByCareType(kLawn), lawnsInView.size());
    EXPECT_EQ(window->canvas()->selection(), lawnsInView);
}

TEST_F(Selection, SelectByCareTypeIsInTheEditMenu)
{
    QAction *action = nullptr;
    for (QAction *a : windowActions(*window))
        if (a->objectName() == QLatin1String("selectByCareType"))
            action = a;
    ASSERT_TRUE(action);
    EXPECT_TRUE(action->isEnabled());
    action->trigger();
    CareTypeChooser *chooser = window->findChild<CareTypeChooser *>();
    ASSERT_TRUE(chooser);
    EXPECT_TRUE(chooser->isVisible());
    chooser->reject();
    EXPECT_TRUE(window->canvas()->selection().isEmpty());
}

TEST_P(Words, TheToolBarFitsAt1280WithEveryTool)
{
    window->setLanguage(QString::fromLatin1(GetParam()));
    window->resize(1280, 800);
    auto *bar = window->findChild<QToolBar *>(QStringLiteral("tools"));
    ASSERT_TRUE(bar);
    QToolButton *overflow = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    ASSERT_TRUE(overflow);
    using Tool = MainWindow::Tool;
    for (Tool tool : {Tool::Select, Tool::BoxSelect, Tool::PolygonSelect, Tool::ZoomBox, Tool::Draw, Tool::Split,
                      Tool::Vertices, Tool::Path}) {
        window->setTool(tool);
        test::settle(*window);
        EXPECT_FALSE(overflow->isVisible()) << GetParam() << " tool " << static_cast<int>(tool);
        if (tool == Tool::Path) {
            keepPicture(bar, QStringLiteral("toolbar-path-%1").arg(QString::fromLatin1(GetParam())));
            // The path's kind and width are on one button that says them.
            auto *options = bar->findChild<QToolButton *>(QStringLiteral("pathOptions"));
            ASSERT_TRUE(options);
            EXPECT_TRUE(options->isVisible());
            auto *menu = window->findChild<QMenu *>(QStringLiteral("pathOptionsMenu"));
            ASSERT_TRUE(menu);
            menu->popup(options->mapToGlobal(QPoint(0, options->height())));
            QCoreApplication::processEvents();
            keepPicture(menu, QStringLiteral("toolbar-path-menu-%1").arg(QString::fromLatin1(GetParam())));
            menu->hide();
            window->setPathWidth(2.5);
            EXPECT_TRUE(options->text().contains(languageLocale(window->language()).toString(2.5, 'f', 1)))
                << options->text().toStdString();
        }
    }
    window->setTool(Tool::Select);
    window->setLanguage(QStringLiteral("en"));
}
