#include "ReviewDetailsPane.h"
#include "ThemeColors.h"

#include "ReviewQueueModel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace badgedesk {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString section(const QString& title)
{
    return QStringLiteral("<h4 style='margin-top:12px; margin-bottom:4px'>%1</h4>").arg(esc(title));
}

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ReviewDetailsPane::ReviewDetailsPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewDetails"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The text wraps to the pane; a long address is cut at the edge rather than widening it.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(10, 4, 10, 10);
    m_title = new QLabel(inner);
    m_title->setObjectName(QStringLiteral("reviewDetailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_useSuggestion = new QPushButton(inner);
    m_useSuggestion->setObjectName(QStringLiteral("reviewUseSuggestion"));
    m_useSuggestion->hide();
    connect(m_useSuggestion, &QPushButton::clicked, this,
            [this] { emit useSuggestion(m_rowId, m_suggestion); });
    m_text = new QLabel(inner);
    m_text->setObjectName(QStringLiteral("reviewDetailsText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_title);
    layout->addWidget(m_useSuggestion, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    layout->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    showNothing(0);
}

QString ReviewDetailsPane::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->text();
}

void ReviewDetailsPane::showNothing(int selected)
{
    m_rowId = 0;
    m_suggestion.clear();
    m_useSuggestion->hide();
    m_title->setText(selected == 0 ? tr("No row selected") : tr("%n rows selected", nullptr, selected));
    m_text->setText(esc(selected == 0
                            ? tr("Select a row to see its cells as imported, why it has its status, "
                                 "and its history.")
                            : tr("A (approve), R (reject) and Override act on all of them at once.")));
}

void ReviewDetailsPane::showDetails(const ReviewRepository::Details& d)
{
    const ReviewRepository::Row& r = d.row;
    m_rowId = r.id;
    m_title->setText(ReviewQueueModel::displayName(r).isEmpty() ? tr("(no name)")
                                                                : ReviewQueueModel::displayName(r));

    QString html;
    QString status = ReviewQueueModel::statusText(r.status);
    if (r.reason)
        status += QStringLiteral(" — ") + ReviewQueueModel::reasonText(*r.reason);
    html += QStringLiteral("<p><b>%1</b>").arg(esc(status));
    if (!d.detail.isEmpty() && (r.status == RowStatus::Excluded || r.status == RowStatus::NeedsAttention ||
                                r.ruleChangedSinceApproval() || r.overridden))
        html += QStringLiteral("<br>%1").arg(esc(d.detail));
    if (r.ruleChangedSinceApproval())
        html += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(ThemeColors::text(ThemeColors::Tone::Warning).name(),
                         esc(tr("Approved before the rules changed. Reject it, or keep it by overriding with "
                                "a reason.")));
    html += QStringLiteral("</p>");

    // Email: what goes to Credly, and what the file said.
    html += QStringLiteral("<p>%1 <b>%2</b>")
                .arg(esc(tr("Email:")), esc(r.email.isEmpty() ? tr("(none)") : r.email));
    if (!d.emailOriginal.isEmpty() && d.emailOriginal != r.email)
        html +=
            QStringLiteral("<br>%1").arg(esc(tr("Imported as %1; fixed in review.").arg(d.emailOriginal)));
    html += QStringLiteral("</p>");
    m_suggestion = r.emailSuggestion;
    m_useSuggestion->setVisible(!m_suggestion.isEmpty() && r.status != RowStatus::Issued);
    m_useSuggestion->setText(tr("Use %1").arg(m_suggestion));
    m_useSuggestion->setToolTip(tr("Replace the address with the suggestion (E edits it by hand)"));

    if (!d.overrideReason.isEmpty() || !d.rejectReason.isEmpty() || !d.decidedBy.isEmpty()) {
        html += section(tr("Decision"));
        if (!d.overrideReason.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Override:")), esc(d.overrideReason));
        if (!d.rejectReason.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Rejected because:")), esc(d.rejectReason));
        if (!d.decidedBy.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("By %1, %2").arg(d.decidedBy, when(d.decidedAt))));
    }

    html += section(tr("Row as imported"));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1, row %2")
                             .arg(d.fileName.isEmpty() ? tr("(file unknown)") : d.fileName)
                             .arg(r.sourceRow)));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const qsizetype cells = std::max(d.header.size(), d.cells.size());
    for (qsizetype i = 0; i < cells; ++i) {
        const QString name =
            i < d.header.size() && !d.header.at(i).isEmpty() ? d.header.at(i) : tr("Column %1").arg(i + 1);
        html +=
            QStringLiteral("<tr><td style='color:palette(mid); padding-right:8px'>%1</td><td>%2</td></tr>")
                .arg(esc(name), esc(d.cells.value(i)));
    }
    html += QStringLiteral("</table>");
    if (!d.problems.isEmpty()) {
        html += section(tr("What the import flagged"));
        html += QStringLiteral("<ul style='margin-left:-20px'>");
        for (const QString& p : d.problems)
            html += QStringLiteral("<li>%1</li>").arg(esc(p));
        html += QStringLiteral("</ul>");
    }
    if (!d.sameBadge.isEmpty()) {
        html += section(tr("Same student and assessment"));
        html += QStringLiteral("<ul style='margin-left:-20px'>");
        for (const auto& o : d.sameBadge) {
            QString where = o.status + (o.reason.isEmpty() ? QString() : QStringLiteral(", ") + o.reason);
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("Row ID %1 (batch %2, file row %3): %4")
                                     .arg(o.id)
                                     .arg(o.month)
                                     .arg(o.sourceRow)
                                     .arg(where.replace(QLatin1Char('_'), QLatin1Char(' ')))));
        }
        html += QStringLiteral("</ul>");
    }
    html += section(tr("History"));
    if (d.history.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Imported; not changed since.")));
    } else {
        html += QStringLiteral("<ul style='margin-left:-20px'>");
        for (const auto& h : d.history)
            html += QStringLiteral("<li>%1 — %2: %3</li>").arg(esc(when(h.at)), esc(h.actor), esc(h.text));
        html += QStringLiteral("</ul>");
    }
    m_text->setText(html);
}

} // namespace badgedesk
