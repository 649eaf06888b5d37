#pragma once
// StartPanel: what to do first, in the middle of an empty map. Without a project: make one, open
// one, or open the sample project. In a project without areas: import areas, or open the sample
// project. It sits over the map canvas, centred, and goes once the project has areas.

#include <QFrame>

class QLabel;
class QPushButton;

namespace engdrift::gui {

class StartPanel : public QFrame
{
    Q_OBJECT
public:
    enum class Mode { Hidden, NoProject, EmptyProject };

    /// Lies over `canvas`, centred in it.
    explicit StartPanel(QWidget *canvas);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Whether "Open the sample project" can be offered (a sample is installed).
    void setSampleAvailable(bool available);

signals:
    void newProjectRequested();
    void openProjectRequested();
    void importRequested();
    void sampleRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void place();

    Mode m_mode = Mode::Hidden;
    bool m_sampleAvailable = false;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace engdrift::gui
