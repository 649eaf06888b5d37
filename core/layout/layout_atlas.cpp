#include "layout/layout_atlas.h"

#include "layout/layout_engine.h"
#include "render/map_style.h"
#include "store/project_store.h"
#include "util/atomic_file.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>

#include <algorithm>
#include <cmath>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace engdrift {
namespace {

struct AtlasTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

/// The PDF's units: those of a QPicture, whose fonts are played back converted from its own
/// resolution to the device's; at the same resolution they keep their size. (The PDF stays
/// vector at any resolution: its coordinates are real numbers.)
int pdfResolution()
{
    return QPicture().logicalDpiY();
}

/// The contents: a line per department page, in columns, as many pages as it takes.
class Contents
{
public:
    Contents(const LayoutTemplate &layout, const QList<Department> &departments, const QHash<int, QString> &organisations)
        : m_departments(departments), m_organisations(organisations)
    {
        m_page = layout.pageSizeMm() * kLayoutUnitsPerMm;
        const double margin = 12 * kLayoutUnitsPerMm;
        m_body = QRectF(margin, margin + kHeading, m_page.width() - 2 * margin, m_page.height() - 2 * margin - kHeading);
        m_columns = m_page.width() > m_page.height() ? 2 : 1;
        m_rowsPerColumn = std::max(1, static_cast<int>(m_body.height() / kRow));
    }

    int pages() const
    {
        const int perPage = m_rowsPerColumn * m_columns;
        return m_departments.isEmpty() ? 0 : static_cast<int>((m_departments.size() + perPage - 1) / perPage);
    }

    void draw(QPainter &painter, int index, int firstDepartmentPage) const
    {
        const MapStyle style;
        const QPaintDevice *device = painter.device();
        painter.save();
        painter.scale(device->width() / m_page.width(), device->height() / m_page.height());
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setPen(style.labelText());
        painter.setFont(layoutFont(20, true));
        const double margin = m_body.left();
        painter.drawText(QRectF(margin, margin, m_body.width(), kHeading - 8), Qt::AlignLeft | Qt::AlignTop,
                         pages() > 1 ? AtlasTr::tr("Contents (%1 of %2)").arg(index + 1).arg(pages()) : AtlasTr::tr("Contents"));
        const QFont font = layoutFont(11);
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        const double gap = 10 * kLayoutUnitsPerMm;
        const double columnWidth = (m_body.width() - gap * (m_columns - 1)) / m_columns;
        const int perPage = m_rowsPerColumn * m_columns;
        for (int row = 0; row < perPage; ++row) {
            const qsizetype i = qsizetype(index) * perPage + row;
            if (i >= m_departments.size())
                break;
            const Department &d = m_departments[i];
            const int column = row / m_rowsPerColumn;
            const QRectF line(m_body.left() + column * (columnWidth + gap), m_body.top() + (row % m_rowsPerColumn) * kRow,
                              columnWidth, kRow);
            const QString number = QString::number(firstDepartmentPage + i);
            const double numberWidth = metrics.horizontalAdvance(number) + 6;
            QString text = QStringLiteral("%1 · %2 %3").arg(m_organisations.value(d.key.orgNo, QString::number(d.key.orgNo)),
                                                           d.key.deptText(), d.name);
            text = metrics.elidedText(text.trimmed(), Qt::ElideRight, line.width() - numberWidth - 8);
            painter.drawText(line.adjusted(0, 0, -numberWidth, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
        }
        painter.restore();
    }

private:
    static constexpr double kHeading = 60; ///< layout units
    static constexpr double kRow = 24;

    const QList<Department> &m_departments;
    const QHash<int, QString> &m_organisations;
    QSizeF m_page;
    QRectF m_body;
    int m_columns = 1;
    int m_rowsPerColumn = 1;
};

bool hasCharts(const LayoutTemplate &layout)
{
    return std::any_of(layout.elements().cbegin(), layout.elements().cend(),
                       [](const LayoutElement &e) { return e.type == LayoutElementType::Chart; });
}

/// The pages drawn by the workers, handed to the writer in page order.
class PageQueue
{
public:
    explicit PageQueue(int count) : m_pictures(count), m_errors(count), m_done(count, false) {}

    void put(int index, QPicture picture, std::optional<Error> error)
    {
        {
            std::lock_guard lock(m_mutex);
            m_pictures[index] = std::move(picture);
            m_errors[index] = std::move(error);
            m_done[index] = true;
        }
        m_ready.notify_all();
    }

    /// Waits for page `index`; its picture, or the error that stopped it.
    Result<QPicture> take(int index)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return bool(m_done[index]); });
        if (m_errors[index])
            return *m_errors[index];
        return std::move(m_pictures[index]);
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<QPicture> m_pictures;
    std::vector<std::optional<Error>> m_errors;
    std::vector<char> m_done;
};

} // namespace

Result<QList<Department>> atlasDepartments(const ProjectStore &store, const AtlasRequest &request, int *skipped)
{
    auto all = store.departments();
    if (!all.ok())
        return all.error();
    QList<Department> chosen;
    int without = 0;
    for (const Department &d : *all) {
        if (request.organisation && d.key.orgNo != *request.organisation)
            continue;
        if (!request.departments.isEmpty() && !request.departments.contains(d.key))
            continue;
        if (d.extent.isNull()) {
            ++without;
            continue;
        }
        chosen << d;
    }
    for (const DepartmentKey &key : request.departments) {
        const bool known = std::any_of(all->cbegin(), all->cend(), [&](const Department &d) { return d.key == key; });
        if (!known)
            return makeError(AtlasTr::tr("%1: there is no department %2.").arg(store.path(), key.toString()));
    }
    std::sort(chosen.begin(), chosen.end(), [](const Department &a, const Department &b) { return a.key < b.key; });
    if (skipped)
        *skipped = without;
    return chosen;
}

Result<AtlasResult> exportAtlas(const ProjectStore &store, const LayoutTemplate &layout, const AtlasRequest &request,
                                const QString &path, const LayoutExportOptions &options)
{
    auto format = layoutFormatOf(path);
    if (!format.ok())
        return format.error();
    if (*format != LayoutFormat::Pdf)
        return makeError(AtlasTr::tr("%1: an atlas is one PDF of many pages; write it as .pdf.").arg(path));
    AtlasResult result;
    auto departments = atlasDepartments(store, request, &result.skipped);
    if (!departments.ok())
        return departments.error();
    if (departments->isEmpty())
        return makeError(AtlasTr::tr("%1: none of the departments asked for has areas on %2; there is no page to write.")
                             .arg(path, request.page.at.toString(Qt::ISODate)));
    auto organisations = store.organisations();
    if (!organisations.ok())
        return organisations.error();
    QHash<int, QString> organisationNames;
    for (const Organisation &o : *organisations)
        organisationNames.insert(o.orgNo, o.name.isEmpty() ? QString::number(o.orgNo) : o.name);

    const Contents contents(layout, *departments, organisationNames);
    result.contentsPages = request.contents ? contents.pages() : 0;
    result.departmentPages = static_cast<int>(departments->size());
    const int total = result.contentsPages + result.departmentPages;

    AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.failure();
    QPdfWriter pdf(&file);
    pdf.setResolution(pdfResolution());
    pdf.setPageLayout(layout.pageLayout());
    pdf.setTitle(options.title.isEmpty() ? layout.title().text(request.page.language) : options.title);
    pdf.setCreator(QStringLiteral("Engdrift %1").arg(QCoreApplication::applicationVersion()));
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(AtlasTr::tr("%1 cannot be written: the PDF could not be started.").arg(path));
    // Pages are recorded in layout units (1/96 inch) and scaled onto the PDF page when played.
    const QSizeF pageUnits = layout.pageSizeMm() * kLayoutUnitsPerMm;
    const QRect pageRect(0, 0, static_cast<int>(std::lround(pageUnits.width())),
                         static_cast<int>(std::lround(pageUnits.height())));

    std::atomic_bool stop = false;
    auto cancelled = [&] { return stop.load() || (options.cancel && options.cancel->load()); };
    int written = 0;
    auto nextPage = [&]() -> Result<void> {
        if (written > 0 && !pdf.newPage())
            return makeError(AtlasTr::tr("%1 cannot be written: page %2 could not be started.").arg(path).arg(written + 1));
        return {};
    };
    auto pageDone = [&]() -> bool {
        ++written;
        if (options.progress && !options.progress(written, total))
            stop = true;
        return !cancelled();
    };
    auto finish = [&](Result<void> r) -> Result<AtlasResult> {
        painter.end();
        if (!r.ok())
            return r.error();
        if (cancelled())
            return makeError(AtlasTr::tr("The export of %1 was cancelled; nothing was written.").arg(path));
        if (auto committed = file.commit(); !committed.ok())
            return committed.error();
        return result;
    };

    for (int i = 0; i < result.contentsPages; ++i) {
        if (auto started = nextPage(); !started.ok())
            return finish(started);
        contents.draw(painter, i, result.contentsPages + 1);
        if (!pageDone())
            return finish({});
    }

    auto requestFor = [&](int i) {
        LayoutRequest r = request.page;
        r.department = (*departments)[i].key;
        r.withEffect = r.withEffect && layout.usesEffect();
        return r;
    };
    auto gather = [&](const ProjectStore &from, int i) -> Result<LayoutPage> {
        auto page = gatherLayoutPage(from, requestFor(i));
        if (!page.ok())
            return page.error();
        page->pageNumber = result.contentsPages + i + 1;
        page->pageCount = total;
        return page;
    };

    const int count = result.departmentPages;
    int threads = request.threads > 0 ? request.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    threads = std::min(threads, count);
    if (hasCharts(layout) || threads <= 1) {
        // One thread: straight onto the PDF (charts are drawn by widgets of this thread).
        const LayoutEngine engine(store, options.charts);
        for (int i = 0; i < count; ++i) {
            if (auto started = nextPage(); !started.ok())
                return finish(started);
            auto page = gather(store, i);
            if (!page.ok())
                return finish(page.error());
            if (auto drawn = engine.drawPage(painter, layout, *page, options.cancel); !drawn.ok())
                return finish(drawn);
            if (!pageDone())
                return finish({});
        }
        return finish({});
    }

    // Workers record pages as pictures of the PDF page's size; this thread writes them in order.
    PageQueue queue(count);
    std::atomic_int next = 0;
    auto work = [&]() {
        auto own = openStore(store.path(), OpenMode::ReadOnly);
        const LayoutEngine *engine = nullptr;
        std::optional<LayoutEngine> engineOwned;
        if (own.ok()) {
            engineOwned.emplace(**own, nullptr);
            engine = &*engineOwned;
        }
        for (int i = next++; i < count; i = next++) {
            if (!own.ok()) {
                queue.put(i, QPicture(), own.error());
                continue;
            }
            if (cancelled()) {
                queue.put(i, QPicture(), makeError(QString()));
                continue;
            }
            auto page = gather(**own, i);
            if (!page.ok()) {
                queue.put(i, QPicture(), page.error());
                continue;
            }
            QPicture picture;
            picture.setBoundingRect(pageRect);
            QPainter recorder(&picture);
            auto drawn = engine->drawPage(recorder, layout, *page, &stop);
            recorder.end();
            queue.put(i, std::move(picture), drawn.ok() ? std::nullopt : std::optional<Error>(drawn.error()));
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(threads);
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(work);
    Result<void> outcome;
    for (int i = 0; i < count; ++i) {
        auto picture = queue.take(i);
        if (!picture.ok()) {
            stop = true;
            if (!cancelled() || !picture.errorMessage().isEmpty())
                outcome = picture.error();
            break;
        }
        if (auto started = nextPage(); !started.ok()) {
            stop = true;
            outcome = started;
            break;
        }
        painter.save();
        painter.scale(pdf.width() / double(pageRect.width()), pdf.height() / double(pageRect.height()));
        painter.drawPicture(0, 0, *picture);
        painter.restore();
        if (!pageDone()) {
            stop = true;
            break;
        }
    }
    stop = stop || cancelled();
    for (std::thread &w : workers)
        w.join();
    return finish(outcome);
}

} // namespace engdrift
