#include "EnvironmentLabel.h"

#include <QPalette>

namespace badgedesk {

EnvironmentLabel::EnvironmentLabel(CredlyEnvironment environment, QWidget* parent)
    : QLabel(parent), m_environment(environment)
{
    setAlignment(Qt::AlignCenter);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setEnvironment(environment);
}

void EnvironmentLabel::setEnvironment(CredlyEnvironment environment)
{
    m_environment = environment;
    setText(environmentLabel(environment));

    const QColor background = backgroundColor(environment);
    const QColor foreground = textColor(environment);
    // The palette carries the colours for anyone reading them back (tests, accessibility
    // tools); the style sheet draws them, with padding and rounded corners, on every style.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, foreground);
    setPalette(pal);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; font-weight: bold;"
                                 " border-radius: 3px; padding: 2px 10px; }")
                      .arg(background.name(), foreground.name()));

    switch (environment) {
    case CredlyEnvironment::Practice:
        setToolTip(tr("Practice: badges go to the built-in Credly simulator on this computer. "
                      "Nothing reaches Credly or any student."));
        break;
    case CredlyEnvironment::Sandbox:
        setToolTip(tr("Sandbox: badges go to Credly's sandbox. Students are not notified."));
        break;
    case CredlyEnvironment::Production:
        setToolTip(tr("Production: badges are issued for real in Credly and students are emailed."));
        break;
    }
    setAccessibleName(tr("Credly environment: %1").arg(text()));
    setAccessibleDescription(toolTip());
}

QColor EnvironmentLabel::backgroundColor(CredlyEnvironment environment)
{
    switch (environment) {
    case CredlyEnvironment::Practice:
        return QColor(0x2e, 0x7d, 0x32);
    case CredlyEnvironment::Sandbox:
        return QColor(0xf9, 0xa8, 0x25);
    case CredlyEnvironment::Production:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor EnvironmentLabel::textColor(CredlyEnvironment environment)
{
    // Black on amber: white on #f9a825 fails contrast.
    return environment == CredlyEnvironment::Sandbox ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace badgedesk
