#pragma once

#include <QMainWindow>

namespace badgedesk {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace badgedesk
