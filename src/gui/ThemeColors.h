#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace badgedesk {

// The few colours that carry meaning (error, warning, fine, information, muted), chosen against
// the palette in use so they read on the light, dark and high-contrast palettes of the platform:
// on a dark palette the lighter shade, and whenever a shade would not reach 4.5:1 against the
// palette's background (WCAG AA) the palette's own text colour instead. Meaning is never carried
// by these colours alone: the text or a symbol says it too.
class ThemeColors
{
public:
    enum class Tone
    {
        Error,
        Warning,
        Ok,
        Info,
        Muted
    };

    // Text of this tone on the palette's Base (table cells, edits) or Window (labels).
    static QColor text(Tone tone, const QPalette& palette = currentPalette());
    // A tinted panel background for a banner of this tone, and the text colour that goes on it.
    static QColor panel(Tone tone, const QPalette& palette = currentPalette());
    static QColor panelText(Tone tone, const QPalette& palette = currentPalette());
    // "QLabel { background: ...; color: ...; padding: 6px; border-left: ... }" for a banner.
    static QString bannerStyle(Tone tone, const QPalette& palette = currentPalette());
    static bool isDark(const QPalette& palette = currentPalette());
    // WCAG 2 contrast ratio between two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);

private:
    static QPalette currentPalette();
};

} // namespace badgedesk
