#include "ThemeColors.h"

#include <QApplication>

#include <cmath>

namespace badgedesk {

namespace {

constexpr double kMinimumContrast = 4.5; // WCAG AA for normal text

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

struct Shades
{
    QColor lightText, darkText, lightPanel, darkPanel;
};

Shades shades(ThemeColors::Tone tone)
{
    switch (tone) {
    case ThemeColors::Tone::Error:
        return {QColor(0xa5, 0x0e, 0x0e), QColor(0xf2, 0x8b, 0x82), QColor(0xfd, 0xec, 0xea),
                QColor(0x4a, 0x1c, 0x19)};
    case ThemeColors::Tone::Warning:
        return {QColor(0x8a, 0x4b, 0x00), QColor(0xfd, 0xd6, 0x63), QColor(0xff, 0xf4, 0xe5),
                QColor(0x45, 0x33, 0x10)};
    case ThemeColors::Tone::Ok:
        return {QColor(0x13, 0x73, 0x33), QColor(0x81, 0xc9, 0x95), QColor(0xe6, 0xf4, 0xea),
                QColor(0x17, 0x3d, 0x24)};
    case ThemeColors::Tone::Info:
        return {QColor(0x17, 0x4e, 0xa6), QColor(0x8a, 0xb4, 0xf8), QColor(0xe8, 0xf0, 0xfe),
                QColor(0x1c, 0x2f, 0x4f)};
    case ThemeColors::Tone::Muted:
        return {QColor(0x5f, 0x63, 0x68), QColor(0xbd, 0xc1, 0xc6), QColor(0xf1, 0xf3, 0xf4),
                QColor(0x30, 0x33, 0x36)};
    }
    return {};
}

// The shade when it reads against the background, else the fallback (the palette's text).
QColor readable(const QColor& wanted, const QColor& background, const QColor& fallback)
{
    return ThemeColors::contrast(wanted, background) >= kMinimumContrast ? wanted : fallback;
}

} // namespace

QPalette ThemeColors::currentPalette()
{
    return QApplication::palette();
}

bool ThemeColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

double ThemeColors::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::text(Tone tone, const QPalette& palette)
{
    const Shades s = shades(tone);
    const QColor wanted = isDark(palette) ? s.darkText : s.lightText;
    // Readable on both the cells (Base) and the labels (Window): the worse of the two decides.
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    if (contrast(wanted, base) >= kMinimumContrast && contrast(wanted, window) >= kMinimumContrast)
        return wanted;
    return palette.color(QPalette::Text);
}

QColor ThemeColors::panel(Tone tone, const QPalette& palette)
{
    const Shades s = shades(tone);
    const QColor wanted = isDark(palette) ? s.darkPanel : s.lightPanel;
    // A high-contrast palette (black on white or white on black) keeps its own background.
    if (contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 15.0)
        return palette.color(QPalette::Window);
    return wanted;
}

QColor ThemeColors::panelText(Tone tone, const QPalette& palette)
{
    const Shades s = shades(tone);
    const QColor background = panel(tone, palette);
    const QColor wanted = background.lightnessF() < 0.5 ? s.darkText : s.lightText;
    return readable(wanted, background, palette.color(QPalette::WindowText));
}

QString ThemeColors::bannerStyle(Tone tone, const QPalette& palette)
{
    // The left border repeats the tone for those who see colour; the banner's text says it anyway.
    return QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border-left: 4px solid %3; }")
        .arg(panel(tone, palette).name(), panelText(tone, palette).name(), text(tone, palette).name());
}

} // namespace badgedesk
