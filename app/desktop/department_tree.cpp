#include "department_tree.h"

#include "analysis/adoption.h"
#include "analysis/statistics.h"
#include "background_task.h"
#include "project_document.h"

#include <algorithm>
#include <vector>

#include <QAbstractItemDelegate>
#include <QAbstractItemModel>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QStyleOptionViewItem>
#include <QTimer>

namespace engdrift::gui {
namespace {

struct DepartmentRow
{
    Department department;
    double green = 0;
    double natureFriendly = 0;
    QString status;
};

struct TreeData
{
    QList<Organisation> organisations;
    QList<DepartmentRow> rows;
};

constexpr int kExpandAllLimit = 500;
constexpr quintptr kOrganisationLevel = 0; ///< internal id of organisation rows; departments: org row + 1

} // namespace

/// Organisations (top level) and their departments, from one gathered TreeData.
class DepartmentModel : public QAbstractItemModel
{
public:
    struct Node
    {
        Organisation organisation;
        QList<DepartmentRow> departments;
    };

    explicit DepartmentModel(QObject *parent) : QAbstractItemModel(parent) {}

    void reset(TreeData data)
    {
        beginResetModel();
        m_nodes.clear();
        m_where.clear();
        QHash<int, int> orgRow;
        for (const Organisation &org : data.organisations) {
            orgRow.insert(org.orgNo, static_cast<int>(m_nodes.size()));
            m_nodes.append(Node{org, {}});
        }
        for (DepartmentRow &row : data.rows) {
            const int org = row.department.key.orgNo;
            if (!orgRow.contains(org)) { // a department whose organisation has no record
                orgRow.insert(org, static_cast<int>(m_nodes.size()));
                m_nodes.append(Node{Organisation{org, {}}, {}});
            }
            Node &node = m_nodes[orgRow.value(org)];
            m_where.insert(row.department.key, {orgRow.value(org), static_cast<int>(node.departments.size())});
            node.departments.append(std::move(row));
        }
        endResetModel();
    }

    void clear() { reset({}); }

    QModelIndex indexOf(const DepartmentKey &key) const
    {
        auto it = m_where.constFind(key);
        return it == m_where.constEnd() ? QModelIndex() : index(it->second, 0, index(it->first, 0));
    }

    /// The department row whose name column's text is the widest in `metrics`, or an invalid index.
    /// Only the longest names (by characters) are measured: shaping all of a national project's
    /// 7,100 names blocked the GUI thread for tens of milliseconds, and the widest name is among
    /// the longest.
    QModelIndex widestName(const QFontMetrics &metrics) const
    {
        constexpr qsizetype kMeasured = 64;
        std::vector<std::pair<qsizetype, QModelIndex>> names;
        for (int org = 0; org < m_nodes.size(); ++org) {
            const QModelIndex parent = index(org, 0);
            for (int row = 0; row < m_nodes[org].departments.size(); ++row) {
                const QModelIndex name = index(row, 0, parent);
                names.emplace_back(data(name, Qt::DisplayRole).toString().size(), name);
            }
        }
        const auto longest = names.begin() + std::min<qsizetype>(kMeasured, static_cast<qsizetype>(names.size()));
        std::partial_sort(names.begin(), longest, names.end(),
                          [](const auto &a, const auto &b) { return a.first > b.first; });
        QModelIndex widest;
        int most = -1;
        for (auto it = names.begin(); it != longest; ++it) {
            const int width = metrics.horizontalAdvance(data(it->second, Qt::DisplayRole).toString());
            if (width > most) {
                most = width;
                widest = it->second;
            }
        }
        return widest;
    }

    const DepartmentRow *departmentAt(const QModelIndex &index) const
    {
        if (!index.isValid() || index.internalId() == kOrganisationLevel)
            return nullptr;
        return &m_nodes[static_cast<int>(index.internalId() - 1)].departments[index.row()];
    }

    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, 2);
        if (!m_nodes.isEmpty())
            emit layoutChanged(); // the texts are made when asked for
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (row < 0 || column < 0 || column > 2)
            return {};
        if (!parent.isValid())
            return row < m_nodes.size() ? createIndex(row, column, kOrganisationLevel) : QModelIndex();
        if (parent.internalId() != kOrganisationLevel || row >= m_nodes[parent.row()].departments.size())
            return {};
        return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid() || child.internalId() == kOrganisationLevel)
            return {};
        return createIndex(static_cast<int>(child.internalId() - 1), 0, kOrganisationLevel);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (!parent.isValid())
            return static_cast<int>(m_nodes.size());
        if (parent.internalId() == kOrganisationLevel && parent.column() == 0)
            return static_cast<int>(m_nodes[parent.row()].departments.size());
        return 0;
    }

    int columnCount(const QModelIndex & = {}) const override { return 3; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::ToolTipRole && section == 2)
            return DepartmentTree::tr("The nature-friendly share of the green area at the map date");
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return DepartmentTree::tr("Department");
        case 1:
            return DepartmentTree::tr("Status");
        case 2:
            return DepartmentTree::tr("Share");
        }
        return {};
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (index.internalId() == kOrganisationLevel) {
            const Organisation &org = m_nodes[index.row()].organisation;
            if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == 0)
                return org.name.isEmpty() ? DepartmentTree::tr("Organisation %1").arg(org.orgNo)
                                          : DepartmentTree::tr("%1 (org. %2)").arg(org.name).arg(org.orgNo);
            if (role == Qt::FontRole) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        }
        const DepartmentRow &row = *departmentAt(index);
        const Department &d = row.department;
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case 0:
                return d.name.isEmpty() ? d.key.deptText() : d.key.deptText() + QLatin1Char(' ') + d.name;
            case 1:
                return row.status.isEmpty() ? DepartmentTree::tr("Not proposed") : row.status;
            case 2:
                return row.green > 0 ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * row.natureFriendly / row.green, 'f', 0))
                                     : QStringLiteral("–");
            }
            return {};
        case Qt::ToolTipRole:
            // The whole text of a cell the column may cut short, with the department's number.
            if (index.column() == 0) {
                QString tip = d.name.isEmpty() ? d.key.toString() : d.key.toString() + QLatin1Char(' ') + d.name;
                if (!d.address.isEmpty())
                    tip += QLatin1Char('\n') + d.address;
                return tip;
            }
            if (index.column() == 1)
                return row.status.isEmpty() ? DepartmentTree::tr("Not proposed") : row.status;
            if (index.column() == 2 && row.green > 0)
                return DepartmentTree::tr("%1 m² nature-friendly of %2 m² green area")
                    .arg(QLocale().toString(row.natureFriendly, 'f', 0), QLocale().toString(row.green, 'f', 0));
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == 2 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        }
        return {};
    }

private:
    QList<Node> m_nodes;
    QHash<DepartmentKey, std::pair<int, int>> m_where; ///< department → (organisation row, row)
};

DepartmentTree::DepartmentTree(QWidget *parent) : QTreeView(parent), m_model(new DepartmentModel(this))
{
    setModel(m_model);
    m_dateTimer = new QTimer(this);
    m_dateTimer->setSingleShot(true);
    m_dateTimer->setInterval(300);
    connect(m_dateTimer, &QTimer::timeout, this, &DepartmentTree::reload);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    // The name column is as wide as the longest name, or wider to fill the room (fitNameColumn);
    // a long name scrolls sideways rather than being cut short.
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->setMinimumSectionSize(40);
    setIndentation(14);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setResizeContentsPrecision(200); // sample rows; a national tree has thousands
    connect(this, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const DepartmentRow *row = m_model->departmentAt(index))
            emit departmentActivated(row->department.key);
    });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit departmentSelected(currentDepartment()); });
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != 0)
            fitNameColumn();
    });
}

void DepartmentTree::measureNames()
{
    const QModelIndex widest = m_model->widestName(QFontMetrics(font()));
    m_nameWidth = 0;
    if (widest.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const int depth = 1 + (rootIsDecorated() ? 1 : 0); // a department is under its organisation
        m_nameWidth = itemDelegateForIndex(widest)->sizeHint(option, widest).width() + depth * indentation();
    }
    fitNameColumn();
}

void DepartmentTree::fitNameColumn()
{
    const int others = header()->sectionSize(1) + header()->sectionSize(2);
    const int width = std::max({m_nameWidth, viewport()->width() - others, header()->minimumSectionSize()});
    if (header()->sectionSize(0) != width)
        header()->resizeSection(0, width);
}

void DepartmentTree::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitNameColumn();
}

void DepartmentTree::retranslate()
{
    m_model->retranslate();
    reload();
}

void DepartmentTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        measureNames();
}

void DepartmentTree::setDocument(ProjectDocument *document)
{
    m_document = document;
    reload();
}

void DepartmentTree::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    m_dateTimer->start(); // a slider drag reloads once, after the last step
}

std::optional<DepartmentKey> DepartmentTree::currentDepartment() const
{
    const DepartmentRow *row = m_model->departmentAt(currentIndex());
    return row ? std::optional<DepartmentKey>(row->department.key) : std::nullopt;
}

void DepartmentTree::selectDepartment(const DepartmentKey &key)
{
    const QModelIndex index = m_model->indexOf(key);
    if (!index.isValid()) {
        m_pendingSelection = key;
        return;
    }
    m_pendingSelection.reset();
    expand(index.parent());
    setCurrentIndex(index);
    scrollTo(index);
}

int DepartmentTree::organisationCount() const
{
    return m_model->rowCount();
}

int DepartmentTree::departmentCount(int organisationRow) const
{
    return m_model->rowCount(m_model->index(organisationRow, 0));
}

QString DepartmentTree::text(const DepartmentKey &key, int column) const
{
    const QModelIndex index = m_model->indexOf(key);
    return index.isValid() ? m_model->data(index.siblingAtColumn(column), Qt::DisplayRole).toString() : QString();
}

void DepartmentTree::reload()
{
    if (!m_document) {
        ++m_generation;
        m_busy = false;
        m_model->clear();
        return;
    }
    m_dateTimer->stop();
    const quint64 generation = ++m_generation;
    const QDate date = m_date;
    const MapContent content = m_document->mapContent(); // the shares of the map as it is drawn
    m_busy = true;
    runInBackground<TreeData>(
        m_document->path(), this,
        [date, content](const ProjectStore &store) -> Result<TreeData> {
            TreeData tree;
            auto orgs = store.organisations();
            auto depts = store.departments();
            if (!orgs.ok())
                return orgs.error();
            if (!depts.ok())
                return depts.error();
            tree.organisations = *orgs;
            auto stats = areaStatistics(store, date, AreaGrouping::DepartmentAndCareType, std::nullopt, content);
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
            if (generation != m_generation)
                return;
            m_busy = false;
            if (!result.ok())
                return;
            const auto before = currentDepartment();
            const auto selected = m_pendingSelection ? m_pendingSelection : before;
            m_pendingSelection.reset();
            const bool hadSignals = selectionModel()->blockSignals(true); // the same department stays current
            m_model->reset(*result);
            for (int r = 0; r < m_model->rowCount(); ++r)
                setFirstColumnSpanned(r, QModelIndex(), true); // the organisation's name gets the whole row
            // A small project opens expanded; a national one by organisation (expanding thousands of
            // rows costs the GUI thread half a second), with the current department's open.
            int departments = 0;
            for (int r = 0; r < m_model->rowCount(); ++r)
                departments += departmentCount(r);
            if (departments <= kExpandAllLimit)
                expandAll();
            measureNames();
            if (selected)
                selectDepartment(*selected);
            m_pendingSelection.reset(); // the rows are here: a department not among them stays unselected
            selectionModel()->blockSignals(hadSignals);
            if (currentDepartment() != before)
                emit departmentSelected(currentDepartment());
            emit reloaded();
        });
}

} // namespace engdrift::gui
