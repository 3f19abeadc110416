#pragma once

#include <QDialog>

namespace badgedesk {

// Help > About: what this is, which version, which database, which Qt.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString& databasePath, QWidget* parent = nullptr);
};

} // namespace badgedesk
