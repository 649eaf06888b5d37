#include "store/area_stream.h"

#include "store/project_store.h"

namespace engdrift {
namespace {

/// Any other store: through ProjectStore::forEachArea, on the store's thread.
class StoreAreaStream final : public AreaStream
{
public:
    explicit StoreAreaStream(const ProjectStore &store) : m_store(store) {}

    bool canOpenAnother() const override { return false; }
    QString path() const override { return m_store.path(); }
    QRectF dataExtent() const override { return {}; }

    Result<void> forEach(const AreaStreamQuery &query, const Visitor &visit) override
    {
        AreaQuery q;
        q.at = query.at;
        q.status = query.status;
        q.proposalId = query.proposalId;
        q.bounds = query.bounds;
        q.ordered = false;
        return m_store.forEachArea(q, true, [&](const AreaVersion &v, const Geometry *g) {
            if (!g || g->isNull() || g->isEmpty())
                return true;
            const QRectF envelope = g->envelope();
            if (query.minSize > 0 && envelope.width() < query.minSize && envelope.height() < query.minSize &&
                !query.anySizeIds.contains(v.areaId))
                return true;
            const QByteArray wkb = g->toWkb();
            const QByteArray careType = v.careType.toUtf8();
            StreamedArea area;
            area.areaId = v.areaId;
            area.careType = careType;
            area.areaM2 = v.areaM2;
            area.wkb = reinterpret_cast<const unsigned char *>(wkb.constData());
            area.wkbSize = static_cast<std::size_t>(wkb.size());
            area.envelope = envelope;
            return visit(area);
        });
    }

private:
    const ProjectStore &m_store;
};

} // namespace

std::unique_ptr<AreaStream> AreaStream::throughStore(const ProjectStore &store)
{
    return std::make_unique<StoreAreaStream>(store);
}

std::unique_ptr<AreaStream> ProjectStore::areaStream() const
{
    return AreaStream::throughStore(*this);
}

} // namespace engdrift
