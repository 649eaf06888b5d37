#include "manual_dialog.h"

#include "catalogue/catalogue.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "util/translations.h"
#include "widget_colours.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace engdrift::gui {
namespace {

/// Shows the map's symbols (symbol:NAME) among the manual's text.
class ManualBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("symbol")) {
            const QImage image = ManualDialog::symbol(name.path());
            if (!image.isNull())
                return image;
        }
        return QTextBrowser::loadResource(type, name);
    }
};

/// What a placeholder names: an action, a menu, a button or a dock (its toggle's text).
QString textOf(const QObject *object)
{
    QString text;
    if (const auto *action = qobject_cast<const QAction *>(object))
        text = action->text();
    else if (const auto *menu = qobject_cast<const QMenu *>(object))
        text = menu->title();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(object))
        text = button->text();
    else if (const auto *dock = qobject_cast<const QDockWidget *>(object))
        text = dock->windowTitle();
    // "&Save" is "Save"; a "&&" stays one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    // "Import…" reads as "Import" in a sentence.
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

const QSize kSymbolSize(64, 30);

/// A patch of a care type, as the map fills it.
void fillCare(QPainter &painter, const QRectF &rect, const MapStyle &style, const QString &careType)
{
    const CareStyle &care = style.careStyle(careType);
    painter.fillRect(rect, care.fill);
    if (care.hatch != Qt::NoBrush)
        painter.fillRect(rect, QBrush(care.hatchColour, care.hatch));
    painter.setPen(QPen(care.outline, 1));
    painter.drawRect(rect);
}

/// A band along the middle of the picture, as the map draws a mown path or an edge.
void drawBand(QPainter &painter, const MapStyle &style, bool edge, bool planned)
{
    QPainterPath line;
    line.moveTo(4, kSymbolSize.height() * 0.75);
    line.cubicTo(24, 0, 40, kSymbolSize.height(), 60, kSymbolSize.height() * 0.25);
    const double width = 6.0;
    QPen casing(style.pathEdge(), width + 2.0, planned ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (planned)
        casing.setDashPattern({4.0 / (width + 2.0) * 3.0, 3.0 / (width + 2.0) * 3.0});
    painter.strokePath(line, casing);
    painter.strokePath(line, QPen(edge ? style.safetyEdgeFill() : style.pathFill(), width, Qt::SolidLine, Qt::FlatCap,
                                  Qt::RoundJoin));
    if (edge)
        painter.strokePath(line, QPen(style.pathEdge(), 1.0, Qt::DotLine, Qt::FlatCap, Qt::RoundJoin));
}

} // namespace

ManualDialog::ManualDialog(QWidget *program, QWidget *parent) : QDialog(parent), m_program(program)
{
    setObjectName(QStringLiteral("manual"));
    resize(760, 720);
    auto *layout = new QVBoxLayout(this);
    m_browser = new ManualBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenExternalLinks(true);
    // One look for both languages.
    m_browser->document()->setDefaultStyleSheet(QStringLiteral(
        "body { font-size: 10.5pt; }"
        "h1 { font-size: 16pt; margin-bottom: 4px; }"
        "h2 { font-size: 13pt; margin-top: 18px; margin-bottom: 4px; }"
        "h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 2px; }"
        "td { padding: 3px 8px 3px 0; vertical-align: middle; }"
        "td.key { white-space: nowrap; font-weight: bold; }"
        "p.lead { color: %1; }")
                                  .arg(uiColours().mutedText.name()));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

void ManualDialog::reload()
{
    m_browser->setHtml(html(currentLanguage(), m_program));
    setWindowTitle(m_browser->documentTitle());
}

void ManualDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QDialog::changeEvent(event);
}

QString ManualDialog::html(const QString &language, const QWidget *program)
{
    QFile file(QStringLiteral(":/help/manual_%1.html").arg(language == QLatin1String("da") ? language : QStringLiteral("en")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(text|key):([\\w.]+)\\}\\}"));
    // A row of the keys for an action without a key on this platform (Quit has none on some) goes.
    static const QRegularExpression row(QStringLiteral("<tr>.*?</tr>\\n?"));
    auto keyless = [program](const QString &rowText) {
        for (auto it = placeholder.globalMatch(rowText); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const auto *action = program ? program->findChild<QAction *>(match.captured(2)) : nullptr;
            if (match.captured(1) == QLatin1String("key") && action && action->shortcut().isEmpty())
                return true;
        }
        return false;
    };
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch match = row.match(text, from);
        if (!match.hasMatch())
            break;
        if (keyless(match.captured())) {
            text.remove(match.capturedStart(), match.capturedLength());
            from = match.capturedStart();
        } else {
            from = match.capturedEnd();
        }
    }
    QString filled;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QObject *object = program ? program->findChild<QObject *>(match.captured(2)) : nullptr;
        QString value;
        if (match.captured(1) == QLatin1String("key")) {
            if (const auto *action = qobject_cast<const QAction *>(object))
                value = action->shortcut().toString(QKeySequence::NativeText);
        } else if (object) {
            value = textOf(object);
        }
        if (value.isEmpty()) {
            qWarning("The manual names %s, which the program does not have", qPrintable(match.captured(0)));
            value = match.captured(2);
        }
        filled += QStringView(text).mid(last, match.capturedStart() - last);
        filled += value.toHtmlEscaped();
        last = match.capturedEnd();
    }
    filled += QStringView(text).mid(last);
    return filled;
}

QImage ManualDialog::symbol(const QString &name)
{
    static const MapStyle style(Catalogue::builtIn());
    const bool decorations = name == QLatin1String("decorations");
    QImage image(decorations ? QSize(160, 64) : kSymbolSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF patch = QRectF(QPointF(0, 0), QSizeF(kSymbolSize)).adjusted(0.5, 0.5, -0.5, -0.5);
    if (name == QLatin1String("lawn")) {
        fillCare(painter, patch, style, QStringLiteral("brugsplaene"));
    } else if (name == QLatin1String("meadow")) {
        fillCare(painter, patch, style, QStringLiteral("blomstereng"));
    } else if (name == QLatin1String("planned")) {
        const QRectF area = patch.adjusted(3, 3, -3, -3);
        fillCare(painter, area, style, QStringLiteral("eng"));
        QPainterPath outline;
        outline.addRect(area);
        painter.strokePath(outline, QPen(style.proposalOutline(), 1.6, Qt::DashLine)); // as the renderer draws it
    } else if (name == QLatin1String("path") || name == QLatin1String("edge") || name == QLatin1String("plannedPath")) {
        fillCare(painter, patch, style, QStringLiteral("eng"));
        drawBand(painter, style, name == QLatin1String("edge"), name == QLatin1String("plannedPath"));
    } else if (name == QLatin1String("selection")) {
        const QRectF area = patch.adjusted(3, 3, -3, -3);
        fillCare(painter, area, style, QStringLiteral("brugsplaene"));
        QPainterPath outline;
        outline.addRect(area);
        painter.fillPath(outline, style.selectionFill());
        painter.strokePath(outline, QPen(style.selectionOutline(), 2.5));
    } else if (decorations) {
        const QSize size = image.size();
        MapRenderer::drawDecorations(painter, MapView(QPointF(0, 0), 0.25, size), QRectF(QPointF(0, 0), QSizeF(size)));
    } else {
        return {};
    }
    return image;
}

} // namespace engdrift::gui
