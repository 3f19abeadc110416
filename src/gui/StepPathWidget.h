#pragma once

#include "domain/MonthProgress.h"
#include "storage/BatchRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace badgedesk {

// The month as a path (UI.md): the batch selector, then Imported > Reviewed > Signed off >
// Notified > Issued > Done, each step marked done (✓), current (●), blocked (⚠) or not started (○)
// with the why in its tooltip and accessible name, never by colour alone.
class StepPathWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StepPathWidget(QWidget* parent = nullptr);

    QStringList stepNames() const;
    // Fills the selector; the current batch is selected without emitting batchChosen.
    void setBatches(const QList<BatchRepository::Summary>& batches, qint64 currentBatchId);
    void setProgress(const QList<MonthProgress::StepState>& steps);

signals:
    void batchChosen(qint64 batchId);

private:
    QComboBox* m_batchSelector;
    QList<QLabel*> m_steps;
    QStringList m_names;
};

} // namespace badgedesk
