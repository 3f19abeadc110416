#pragma once

#include <QDialog>

namespace badgedesk {

class Database;

// First run (issue 9): what Practice mode is, where the data lives, and the two ways on: try a
// sample month in Practice, or connect to Credly. Non-modal; Help > Welcome shows it again.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    WelcomeDialog(const Database& db, QWidget* parent = nullptr);

    // True until the welcome has been shown once (QSettings "welcome/shown").
    static bool isFirstRun();
    static void markShown();

signals:
    void loadSampleMonthRequested();
    void connectToCredlyRequested();
};

} // namespace badgedesk
