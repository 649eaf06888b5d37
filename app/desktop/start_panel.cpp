#include "start_panel.h"

#include "widget_colours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace engdrift::gui {
namespace {

constexpr int kWidth = 470; ///< wide enough for the text in both languages, narrow enough to read

} // namespace

StartPanel::StartPanel(QWidget *canvas) : QFrame(canvas)
{
    setObjectName(QStringLiteral("startPanel"));
    // Calm: a white card with a thin border over the map's paper colour.
    setStyleSheet(QStringLiteral("#startPanel { background: %1; border: 1px solid %2; border-radius: 8px; }")
                      .arg(uiColours().panelBackground.name(), uiColours().panelBorder.name()));
    setAttribute(Qt::WA_StyledBackground, true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("startNewProject"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("startOpenProject"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("startImport"));
    m_sample = new QPushButton(this);
    m_sample->setObjectName(QStringLiteral("startSample"));
    for (QPushButton *b : {m_new, m_open, m_import, m_sample})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &StartPanel::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPanel::openProjectRequested);
    connect(m_import, &QPushButton::clicked, this, &StartPanel::importRequested);
    connect(m_sample, &QPushButton::clicked, this, &StartPanel::sampleRequested);
    canvas->installEventFilter(this);
    retranslate();
    hide();
}

void StartPanel::setMode(Mode mode)
{
    m_mode = mode;
    m_new->setVisible(mode == Mode::NoProject);
    m_open->setVisible(mode == Mode::NoProject);
    m_import->setVisible(mode == Mode::EmptyProject);
    m_import->setDefault(mode == Mode::EmptyProject);
    m_sample->setVisible(m_sampleAvailable);
    retranslate();
    setVisible(mode != Mode::Hidden);
    place();
}

void StartPanel::setSampleAvailable(bool available)
{
    m_sampleAvailable = available;
    setMode(m_mode);
}

void StartPanel::retranslate()
{
    m_new->setText(tr("New project…"));
    m_open->setText(tr("Open…"));
    m_import->setText(tr("Import areas…"));
    m_sample->setText(tr("Open the sample project"));
    m_sample->setToolTip(tr("Three estates near Hedehusene, 2019–2026, opened as a copy of your own"));
    const QString sample = m_sampleAvailable
                               ? QLatin1Char(' ') + tr("Or look around in the sample project first: three estates near "
                                                       "Hedehusene with their care types from 2019 to 2026, "
                                                       "opened as a copy you may change.")
                               : QString();
    if (m_mode == Mode::EmptyProject) {
        m_title->setText(tr("This project has no areas yet"));
        m_text->setText(tr("Start by importing the areas of a department from a GIS file: a GeoPackage, a "
                           "shapefile or GeoJSON, such as the municipality's FKG data.") +
                        sample);
    } else {
        m_title->setText(tr("Welcome to Engdrift"));
        m_text->setText(tr("Make a new project for your departments' outdoor areas, or open one.") + sample);
    }
    adjustSize();
    place();
}

void StartPanel::place()
{
    const QWidget *canvas = parentWidget();
    if (!canvas || isHidden())
        return;
    // As wide as reads well, narrower in a small window, never narrower than its buttons.
    const int width = std::max(std::min(kWidth, canvas->width() - 40), minimumSizeHint().width());
    resize(width, heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    move((canvas->width() - this->width()) / 2, std::max(10, (canvas->height() - height()) / 2));
    raise();
}

bool StartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QFrame::eventFilter(watched, event);
}

void StartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace engdrift::gui
