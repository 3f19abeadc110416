#pragma once

#include <QWidget>

class QLabel;

namespace badgedesk {

// The month as a path: Imported > Reviewed > Signed off > Notified > Issued > Done. Until batches
// exist every step shows as not started, with the batch name saying there is none yet.
class StepPathWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StepPathWidget(QWidget* parent = nullptr);

    QStringList stepNames() const;

private:
    QLabel* m_batchLabel;
    QList<QLabel*> m_steps;
};

} // namespace badgedesk
