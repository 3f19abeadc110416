#pragma once

#include "storage/ReviewRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace badgedesk {

// The right-hand pane of the Review page: the selected row's status and why, its email (the
// suggestion, one click to use it, and the imported address when fixed), the decision, the raw
// cells under the file's own column names, the source file and row, the import's problems, other
// rows for the same person and assessment (this batch and earlier ones) and the row's history.
class ReviewDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewDetailsPane(QWidget* parent = nullptr);

    void showDetails(const ReviewRepository::Details& details);
    // Nothing or several rows selected.
    void showNothing(int selected);
    QString text() const;
    qint64 rowId() const { return m_rowId; }

signals:
    void useSuggestion(qint64 rowId, const QString& email);

private:
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_useSuggestion = nullptr;
    qint64 m_rowId = 0;
    QString m_suggestion;
};

} // namespace badgedesk
