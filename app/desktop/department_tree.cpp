#include "department_tree.h"

#include "analysis/adoption.h"
#include "analysis/statistics.h"
#include "background_task.h"
#include "project_document.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace engdrift::gui {
namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

struct DepartmentRow
{
    Department department;
    double green = 0;
    double natureFriendly = 0;
    QString status;
    QDate statusDate;
};

struct TreeData
{
    QList<Organisation> organisations;
    QList<DepartmentRow> rows;
};

} // namespace

DepartmentTree::DepartmentTree(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setMinimumSectionSize(40);
    setIndentation(14);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    retranslate();
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant key = item->data(0, kKeyRole);
        if (key.isValid())
            emit departmentActivated(DepartmentKey{key.toPoint().x(), key.toPoint().y()});
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this] { emit departmentSelected(currentDepartment()); });
}

void DepartmentTree::retranslate()
{
    setHeaderLabels({tr("Department"), tr("Status"), tr("Nature-friendly")});
    reload();
}

void DepartmentTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void DepartmentTree::setDocument(ProjectDocument *document)
{
    m_document = document;
    reload();
}

void DepartmentTree::setDate(const QDate &date)
{
    m_date = date;
    reload();
}

std::optional<DepartmentKey> DepartmentTree::currentDepartment() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || !item->data(0, kKeyRole).isValid())
        return std::nullopt;
    const QPoint key = item->data(0, kKeyRole).toPoint();
    return DepartmentKey{key.x(), key.y()};
}

void DepartmentTree::reload()
{
    if (!m_document) {
        clear();
        return;
    }
    const quint64 generation = ++m_generation;
    const QDate date = m_date;
    runInBackground<TreeData>(
        m_document->path(), this,
        [date](const ProjectStore &store) -> Result<TreeData> {
            TreeData tree;
            auto orgs = store.organisations();
            auto depts = store.departments();
            if (!orgs.ok())
                return orgs.error();
            if (!depts.ok())
                return depts.error();
            tree.organisations = *orgs;
            auto stats = areaStatistics(store, date, AreaGrouping::DepartmentAndCareType);
            QHash<DepartmentKey, std::pair<double, double>> shares;
            if (stats.ok()) {
                for (const AreaTotal &t : stats->rows) {
                    const CareType *ct = store.catalogue().find(t.careType);
                    if (!ct || !ct->green)
                        continue;
                    auto &s = shares[t.department];
                    s.first += t.areaM2;
                    if (ct->natureFriendly)
                        s.second += t.areaM2;
                }
            }
            auto events = store.adoptionEvents();
            QHash<DepartmentKey, QList<AdoptionEvent>> byDepartment;
            if (events.ok()) {
                for (const AdoptionEvent &e : *events)
                    byDepartment[e.department] << e;
            }
            for (const Department &d : *depts) {
                DepartmentRow row;
                row.department = d;
                const AdoptionStatus status = adoptionStatusAt(byDepartment.value(d.key), date);
                if (status.state != AdoptionStatus::State::NotProposed)
                    row.status = describeStatus(status);
                row.green = shares.value(d.key).first;
                row.natureFriendly = shares.value(d.key).second;
                tree.rows << row;
            }
            return tree;
        },
        [this, generation](const Result<TreeData> &result) {
            if (generation != m_generation || !result.ok())
                return;
            const auto selected = currentDepartment();
            clear();
            QHash<int, QTreeWidgetItem *> orgItems;
            const QLocale locale;
            for (const Organisation &org : result->organisations) {
                auto *item = new QTreeWidgetItem(this);
                item->setText(0, org.name.isEmpty() ? tr("Organisation %1").arg(org.orgNo)
                                                    : tr("%1 (org. %2)").arg(org.name).arg(org.orgNo));
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
                item->setFirstColumnSpanned(true); // the organisation's name gets the whole row
                orgItems.insert(org.orgNo, item);
            }
            for (const DepartmentRow &row : result->rows) {
                QTreeWidgetItem *parent = orgItems.value(row.department.key.orgNo);
                auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
                const Department &d = row.department;
                item->setText(0, d.name.isEmpty() ? d.key.deptText() : d.key.deptText() + QLatin1Char(' ') + d.name);
                item->setData(0, kKeyRole, QPoint(d.key.orgNo, d.key.deptNo));
                item->setText(1, row.status.isEmpty() ? tr("Not proposed") : row.status);
                if (row.green > 0) {
                    item->setText(2, QStringLiteral("%1 %").arg(locale.toString(100.0 * row.natureFriendly / row.green, 'f', 0)));
                    item->setToolTip(2, tr("%1 m² nature-friendly of %2 m² green area")
                                            .arg(locale.toString(row.natureFriendly, 'f', 0),
                                                 locale.toString(row.green, 'f', 0)));
                } else {
                    item->setText(2, QStringLiteral("–"));
                }
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(0, d.address.isEmpty() ? d.key.toString() : d.key.toString() + QStringLiteral(", ") + d.address);
                if (selected && *selected == d.key)
                    setCurrentItem(item);
            }
            expandAll();
        });
}

} // namespace engdrift::gui
