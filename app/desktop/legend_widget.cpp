#include "legend_widget.h"

#include "analysis/nature.h"
#include "analysis/statistics.h"
#include "background_task.h"
#include "project_document.h"
#include "render/map_style.h"
#include "render/nature_painter.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <functional>

namespace engdrift::gui {

QIcon careTypeIcon(const QColor &fill, const QColor &outline, Qt::BrushStyle hatch, const QColor &hatchColour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
    p.fillRect(r, fill);
    if (hatch != Qt::NoBrush)
        p.fillRect(r, QBrush(hatchColour, hatch));
    p.setPen(QPen(outline, 1));
    p.drawRect(r);
    return QIcon(pixmap);
}

QIcon careTypeIcon(const MapStyle &style, const QString &code)
{
    const CareStyle &s = style.careStyle(code);
    return careTypeIcon(s.fill, s.outline, s.hatch, s.hatchColour);
}

QString careTypeToolTip(const CareType &careType)
{
    return QStringLiteral("%1 / %2 · %3").arg(careType.name.da, careType.name.en, careType.fkgLabel);
}

LegendWidget::LegendWidget(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setHeaderLabels({tr("Care type"), tr("m²")});
}

QTreeWidgetItem *LegendWidget::careTypeItem(const QString &code) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == code)
            return topLevelItem(i);
    }
    return nullptr;
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setHeaderLabels({tr("Care type"), tr("m²")});
        reload();
    }
    QTreeWidget::changeEvent(event);
}

void LegendWidget::setDocument(ProjectDocument *document)
{
    m_document = document;
    reload();
}

void LegendWidget::setDate(const QDate &date)
{
    m_date = date;
    reload();
}

void LegendWidget::setDepartment(const std::optional<DepartmentKey> &department)
{
    m_department = department;
    reload();
}

void LegendWidget::setLanguage(const QString &language)
{
    m_language = language;
    reload();
}

void LegendWidget::reload()
{
    if (!m_document) {
        ++m_generation;
        m_busy = false;
        clear();
        return;
    }
    const quint64 generation = ++m_generation;
    const QDate date = m_date;
    const auto department = m_department;
    const MapContent content = m_document->mapContent(); // what the map shows, saved or not
    struct Legend
    {
        AreaStatistics areas;
        double pathM[2] = {0, 0}; ///< running metres of mown paths and of safety edges
    };
    m_busy = true;
    runInBackground<Legend>(
        m_document->path(), this,
        [date, department, content](const ProjectStore &store) -> Result<Legend> {
            auto areas = areaStatistics(store, date, AreaGrouping::CareType, department, content);
            if (!areas.ok())
                return areas.error();
            auto paths = MapSnapshot(store, content, date).pathLengths(department);
            if (!paths.ok())
                return paths.error();
            return Legend{std::move(areas).value(), {paths->mownPathM, paths->safetyEdgeM}};
        },
        [this, generation](const Result<Legend> &legend) {
            if (generation != m_generation || !m_document)
                return;
            m_busy = false;
            clear();
            if (!legend.ok())
                return;
            const AreaStatistics *stats = &legend->areas;
            const Catalogue &catalogue = m_document->store().catalogue();
            const MapStyle style(catalogue);
            const QLocale locale(m_language == QLatin1String("da") ? QLocale::Danish : QLocale::English);
            QHash<QString, double> byCare;
            for (const AreaTotal &t : stats->rows)
                byCare.insert(t.careType, t.areaM2);
            // Catalogue order (grass, meadow, woody, ...), only the types present.
            for (const CareType &ct : catalogue.careTypes()) {
                if (!byCare.contains(ct.code))
                    continue;
                auto *item = new QTreeWidgetItem(this);
                item->setIcon(0, careTypeIcon(style, ct.code));
                item->setText(0, ct.name.text(m_language));
                item->setToolTip(0, careTypeToolTip(ct));
                item->setData(0, Qt::UserRole, ct.code);
                item->setText(1, locale.toString(byCare.value(ct.code), 'f', 0));
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                byCare.remove(ct.code);
            }
            // Care types the project's catalogue lacks (store/project_audit.h warns of them on
            // open): listed under their code, so the rows still add up to the total.
            QStringList unknown = byCare.keys();
            unknown.sort();
            for (const QString &code : std::as_const(unknown)) {
                auto *item = new QTreeWidgetItem(this);
                item->setIcon(0, careTypeIcon(style, code));
                item->setText(0, code);
                item->setToolTip(0, tr("The care type \"%1\" is not in the project's catalogue.").arg(code));
                item->setData(0, Qt::UserRole, code);
                item->setText(1, locale.toString(byCare.value(code), 'f', 0));
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
            auto *total = new QTreeWidgetItem(this);
            total->setText(0, tr("Total"));
            total->setText(1, locale.toString(stats->totalAreaM2, 'f', 0));
            total->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            QFont bold = total->font(0);
            bold.setBold(true);
            total->setFont(0, bold);
            total->setFont(1, bold);
            // Mown paths and edges in running metres, drawn as on the map.
            const QColor fills[] = {style.pathFill(), style.safetyEdgeFill()};
            const QString names[] = {tr("Mown paths (m)"), tr("Safety edges (m)")};
            for (int k = 0; k < 2; ++k) {
                if (legend->pathM[k] <= 0)
                    continue;
                auto *item = new QTreeWidgetItem(this);
                item->setIcon(0, careTypeIcon(fills[k], style.pathEdge(), Qt::NoBrush, QColor()));
                item->setText(0, names[k]);
                item->setToolTip(0, tr("Running metres (lbm) mown on the map date"));
                item->setText(1, locale.toString(legend->pathM[k], 'f', 0));
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
            updateNatureItems();
        });
}

void LegendWidget::setNature(std::shared_ptr<const NatureResult> nature)
{
    m_nature = std::move(nature);
    updateNatureItems();
}

QTreeWidgetItem *LegendWidget::natureItem() const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("#nature"))
            return topLevelItem(i);
    return nullptr;
}

void LegendWidget::updateNatureItems()
{
    delete natureItem();
    if (!m_nature)
        return;
    const NatureColours &colours = Symbology::active().nature();
    const QLocale locale(m_language == QLatin1String("da") ? QLocale::Danish : QLocale::English);
    auto *top = new QTreeWidgetItem(this);
    top->setData(0, Qt::UserRole, QStringLiteral("#nature"));
    top->setText(0, tr("Nature value (units per ha)"));
    top->setToolTip(0, tr("Biodiversity units per hectare: area × distinctiveness × condition × strategic "
                          "significance, divided by the area"));
    top->setText(1, locale.toString(m_nature->total.units, 'f', 2));
    top->setToolTip(1, tr("Units in all, of the areas computed"));
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    top->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    // The ramp: one row per stop.
    const qsizetype stops = colours.ramp.size();
    for (qsizetype i = 0; i < stops; ++i) {
        const double value = colours.rampMaximum * double(i) / double(stops - 1);
        auto *item = new QTreeWidgetItem(top);
        item->setIcon(0, careTypeIcon(colours.ramp.at(i), colours.ramp.at(i).darker(130), Qt::NoBrush, QColor()));
        item->setText(0, i + 1 == stops ? tr("%1 units/ha or more").arg(locale.toString(value, 'f', 0))
                                        : tr("%1 units/ha").arg(locale.toString(value, 'f', 0)));
    }
    auto symbolIcon = [](const std::function<void(QPainter &, const QRectF &)> &draw) {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing, true);
        draw(painter, QRectF(0, 0, 16, 16));
        return QIcon(pixmap);
    };
    auto *networks = new QTreeWidgetItem(top);
    networks->setIcon(0, symbolIcon([&colours](QPainter &p, const QRectF &r) {
        for (int k = 0; k < 3; ++k) {
            p.setPen(QPen(colours.networkColour(k), 2));
            p.drawLine(QPointF(r.left() + 2, r.top() + 3 + 5 * k), QPointF(r.right() - 2, r.top() + 3 + 5 * k));
        }
    }));
    networks->setText(0, tr("Network of patches (a colour each)"));
    networks->setText(1, locale.toString(m_nature->scopeNetworks.size()));
    networks->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    int isolatedCount = 0;
    for (int n : m_nature->scopeNetworks)
        if (n >= 0 && n < m_nature->networks.size() && m_nature->networks.at(n).patches.size() == 1)
            ++isolatedCount;
    auto *isolated = new QTreeWidgetItem(top);
    isolated->setIcon(0, symbolIcon([](QPainter &p, const QRectF &r) { drawIsolatedSwatch(p, r.adjusted(1, 1, -1, -1)); }));
    isolated->setText(0, tr("Isolated patch (no link)"));
    isolated->setText(1, locale.toString(isolatedCount));
    isolated->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    auto *links = new QTreeWidgetItem(top);
    links->setIcon(0, symbolIcon([&colours](QPainter &p, const QRectF &r) {
        p.setPen(QPen(colours.link, 2));
        p.drawLine(QPointF(r.left() + 3, r.bottom() - 3), QPointF(r.right() - 3, r.top() + 3));
    }));
    links->setText(0, tr("Link (at most %1 m)").arg(locale.toString(m_nature->linkDistanceM, 'f', 0)));
    links->setText(1, locale.toString(m_nature->links.size()));
    links->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    auto *suggestions = new QTreeWidgetItem(top);
    suggestions->setIcon(0, symbolIcon([&colours](QPainter &p, const QRectF &r) {
        p.setPen(QPen(colours.suggestion, 2, Qt::DashLine));
        p.drawRect(r.adjusted(2, 2, -2, -2));
    }));
    suggestions->setText(0, tr("Lawn suggested for nature-friendly care (rank)"));
    suggestions->setToolTip(0, tr("A lawn whose change to a nature-friendly care type would join two or more networks"));
    suggestions->setText(1, locale.toString(m_nature->suggestions.size()));
    suggestions->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    top->setExpanded(true);
}

} // namespace engdrift::gui
