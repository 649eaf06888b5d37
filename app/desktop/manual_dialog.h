#pragma once
// ManualDialog: the short manual of the Help menu (F1), in the program's language (Danish or
// English, data/help/manual_*.html built into the program).
//
// The manual names the program's own commands and keys through placeholders that are filled in
// from the window it describes: {{text:NAME}} is the text of the action, menu, button or dock
// whose object name is NAME, {{key:NAME}} the shortcut of that action, as the program shows it.
// So the manual says what the menus say and the keys the program really has. Its pictures of the
// map's symbols (symbol:NAME) are drawn with the map's own style.

#include <QDialog>
#include <QPointer>

class QTextBrowser;

namespace engdrift::gui {

class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    /// `program`: the window whose actions, menus and buttons the manual names.
    explicit ManualDialog(QWidget *program, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// Shows the manual in the program's current language.
    void reload();

    /// The manual in `language` ("da" or "en") with the names and keys of `program` filled in.
    static QString html(const QString &language, const QWidget *program);
    /// A picture of one of the map's symbols (lawn, meadow, planned, path, edge, plannedPath,
    /// selection, decorations); null for another name.
    static QImage symbol(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<QWidget> m_program;
    QTextBrowser *m_browser = nullptr;
};

} // namespace engdrift::gui
