#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace badgedesk {

// What a page shows while it has nothing to show: what is missing, what to do next, and the
// button that does it (or leads to the page that does).
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    EmptyStateWidget(const QString& title, const QString& message, const QString& actionText,
                     QWidget* parent = nullptr);

    QString title() const;
    QString message() const;
    QPushButton* actionButton() const { return m_action; }

    // For actions whose feature is not built yet: the button stays visible, greyed, and its
    // tooltip says which later step brings it.
    void disableAction(const QString& reason);

signals:
    void actionTriggered();

private:
    QLabel* m_title;
    QLabel* m_message;
    QPushButton* m_action;
    QLabel* m_hint;
};

} // namespace badgedesk
