#include "DashboardPage.h"

#include "EmptyStateWidget.h"
#include "domain/ReasonCode.h"
#include "reports/DashboardStats.h"
#include "review/ReviewQueueModel.h"
#include "storage/Database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>
#include <QValueAxis>

namespace badgedesk {

namespace {

const auto kMonthsKey = QStringLiteral("dashboard/months");
constexpr int kTopCount = 5;
constexpr int kExceptionsPerKind = 50;
constexpr int kCertificationRole = Qt::UserRole;
constexpr int kBatchRole = Qt::UserRole + 1;
constexpr int kPageRole = Qt::UserRole + 2;

QString number(int n)
{
    return QLocale().toString(n);
}

// "1 badge", "3 badges": both forms translated, as the review page does it.
QString plural(int n, const QString& one, const QString& many)
{
    return number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

QString percent(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QLocale().toString(100.0 * part / whole, 'f', 0) + QLatin1Char('%');
}

QString monthName(const QString& yearMonth, const QString& format)
{
    const QDate first = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? QLocale().toString(first, format) : yearMonth;
}

QGroupBox* group(const QString& title, const char* objectName, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(QString::fromLatin1(objectName));
    return box;
}

QLabel* textLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DashboardPage::DashboardPage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* emptyState =
        new EmptyStateWidget(tr("Welcome to BadgeDesk"),
                             tr("Each month follows one path: import the CTIMS export, review the rows, sign "
                                "off the batch, notify the students, issue the badges in Credly, and report. "
                                "Start by importing this month's export."),
                             tr("Go to Import"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Import); });
    setEmptyState(emptyState);
    const int remembered = QSettings().value(kMonthsKey, 12).toInt();
    m_months = remembered == 24 ? 24 : 12;
    buildContent();
    refresh();
}

void DashboardPage::buildContent()
{
    // The page scrolls as a whole, so a small window still reaches the exceptions.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = scroll;
    auto* inner = new QWidget(scroll);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);

    // Row 1: the chart (with its numbers in words) and the current batch.
    auto* top = new QHBoxLayout;
    auto* chartBox = group(tr("Badges issued per month"), "dashboardChartBox", inner);
    auto* chartLayout = new QVBoxLayout(chartBox);
    auto* windowRow = new QHBoxLayout;
    auto* windowLabel = new QLabel(tr("&Show:"), chartBox);
    m_window = new QComboBox(chartBox);
    m_window->setObjectName(QStringLiteral("dashboardWindow"));
    m_window->addItem(tr("Last 12 months"), 12);
    m_window->addItem(tr("Last 24 months"), 24);
    m_window->setCurrentIndex(m_months == 24 ? 1 : 0);
    m_window->setToolTip(tr("The period of the chart, the acceptance figures and the top lists."));
    windowLabel->setBuddy(m_window);
    connect(m_window, &QComboBox::activated, this,
            [this](int index) { setMonths(m_window->itemData(index).toInt()); });
    windowRow->addWidget(windowLabel);
    windowRow->addWidget(m_window);
    windowRow->addStretch(1);
    chartLayout->addLayout(windowRow);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, chartBox);
    m_chartView->setObjectName(QStringLiteral("dashboardChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(230);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setAccessibleName(tr("Chart of badges issued per month"));
    chartLayout->addWidget(m_chartView, 1);
    m_chartText = textLabel("dashboardChartText", chartBox);
    chartLayout->addWidget(m_chartText);
    top->addWidget(chartBox, 3);

    auto* batchBox = group(tr("Current batch"), "dashboardBatchBox", inner);
    auto* batchLayout = new QVBoxLayout(batchBox);
    m_batchTitle = textLabel("dashboardBatchTitle", batchBox);
    QFont titleFont = m_batchTitle->font();
    titleFont.setBold(true);
    m_batchTitle->setFont(titleFont);
    m_batchProgress = new QProgressBar(batchBox);
    m_batchProgress->setObjectName(QStringLiteral("dashboardBatchProgress"));
    m_batchCounts = textLabel("dashboardBatchCounts", batchBox);
    batchLayout->addWidget(m_batchTitle);
    batchLayout->addWidget(m_batchProgress);
    batchLayout->addWidget(m_batchCounts);
    batchLayout->addStretch(1);
    top->addWidget(batchBox, 2);
    layout->addLayout(top, 3);

    // Row 2: acceptance, top assessments, top schools.
    auto* middle = new QHBoxLayout;
    auto* funnelBox = group(tr("Acceptance"), "dashboardFunnelBox", inner);
    auto* funnelLayout = new QGridLayout(funnelBox);
    const QStringList steps{tr("Issued"), tr("Pending"), tr("Accepted"), tr("Rejected"), tr("Revoked")};
    for (int i = 0; i < steps.size(); ++i) {
        auto* name = new QLabel(steps.at(i), funnelBox);
        auto* bar = new QProgressBar(funnelBox);
        bar->setObjectName(QStringLiteral("dashboardFunnelBar%1").arg(i));
        bar->setTextVisible(false);
        bar->setMaximumHeight(14);
        bar->setAccessibleName(steps.at(i));
        auto* count = new QLabel(funnelBox);
        count->setObjectName(QStringLiteral("dashboardFunnelCount%1").arg(i));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        funnelLayout->addWidget(name, i, 0);
        funnelLayout->addWidget(bar, i, 1);
        funnelLayout->addWidget(count, i, 2);
        m_funnelBars.append(bar);
        m_funnelCounts.append(count);
    }
    funnelLayout->setColumnStretch(1, 1);
    m_rate = textLabel("dashboardAcceptanceRate", funnelBox);
    funnelLayout->addWidget(m_rate, steps.size(), 0, 1, 3);
    middle->addWidget(funnelBox, 3);

    auto* assessmentsBox = group(tr("Top assessments"), "dashboardTopAssessmentsBox", inner);
    auto* assessmentsLayout = new QVBoxLayout(assessmentsBox);
    m_topAssessments = textLabel("dashboardTopAssessments", assessmentsBox);
    m_topAssessments->setTextFormat(Qt::RichText);
    m_topAssessments->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    assessmentsLayout->addWidget(m_topAssessments);
    middle->addWidget(assessmentsBox, 3);

    auto* schoolsBox = group(tr("Top schools"), "dashboardTopSchoolsBox", inner);
    auto* schoolsLayout = new QVBoxLayout(schoolsBox);
    m_topSchools = textLabel("dashboardTopSchools", schoolsBox);
    m_topSchools->setTextFormat(Qt::RichText);
    m_topSchools->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    schoolsLayout->addWidget(m_topSchools);
    middle->addWidget(schoolsBox, 3);
    layout->addLayout(middle, 2);

    // Row 3: what needs the specialist.
    auto* exceptionsBox = group(tr("Open exceptions"), "dashboardExceptionsBox", inner);
    auto* exceptionsLayout = new QVBoxLayout(exceptionsBox);
    m_exceptionsSummary = textLabel("dashboardExceptionsSummary", exceptionsBox);
    m_exceptions = new QListWidget(exceptionsBox);
    m_exceptions->setObjectName(QStringLiteral("dashboardExceptions"));
    m_exceptions->setAccessibleName(tr("Open exceptions"));
    m_exceptions->setAccessibleDescription(tr("Press Enter or double-click an exception to open its row."));
    m_exceptions->setMinimumHeight(120);
    m_exceptions->setUniformItemSizes(true);
    // Activation (Enter, double-click, or one click where the platform does that), not a plain
    // click: the page changes under the pointer, and a double click's second half would land on
    // the Review table.
    connect(m_exceptions, &QListWidget::itemActivated, this, &DashboardPage::openException);
    exceptionsLayout->addWidget(m_exceptionsSummary);
    exceptionsLayout->addWidget(m_exceptions, 1);
    layout->addWidget(exceptionsBox, 2);

    Page::layout()->addWidget(m_content);
    applyPalette();
}

void DashboardPage::setMonths(int months)
{
    months = months == 24 ? 24 : 12;
    QSettings().setValue(kMonthsKey, months);
    m_window->setCurrentIndex(months == 24 ? 1 : 0);
    if (months == m_months)
        return;
    m_months = months;
    refresh();
}

void DashboardPage::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void DashboardPage::setBatch(qint64 batchId)
{
    m_batch = batchId;
    batchesChanged();
}

void DashboardPage::batchesChanged()
{
    // Hidden, it reads again when shown (showEvent); no work for a page nobody looks at.
    if (isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    refresh();
    Page::showEvent(event);
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    Page::changeEvent(event);
}

void DashboardPage::applyPalette()
{
    // Qt Charts has its own light themes; the page follows the window's palette instead, so a dark
    // desktop gets a dark chart.
    if (!m_chart)
        return;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::Mid);
    for (QAbstractAxis* axis : m_chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setTitleBrush(text);
    }
    for (QAbstractSeries* s : m_chart->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets()) {
                set->setColor(pal.color(QPalette::Highlight));
                set->setBorderColor(pal.color(QPalette::Highlight));
                set->setLabelColor(text);
            }
        }
    }
    for (int i = 0; i < m_exceptions->count(); ++i)
        m_exceptions->item(i)->setForeground(pal.color(QPalette::Link));
}

void DashboardPage::refresh()
{
    DashboardStats stats(m_db.connection());
    const bool empty = !stats.hasData();
    emptyState()->setVisible(empty);
    m_content->setVisible(!empty);
    if (empty)
        return;
    showChart();
    showFunnel();
    showTopLists();
    showExceptions();
    showBatchProgress();
    applyPalette();
}

void DashboardPage::showChart()
{
    DashboardStats stats(m_db.connection());
    if (m_today.isValid())
        stats.setToday(m_today);
    const auto months = stats.issuedPerMonth(m_months);

    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // the chart gives the axis back to us
        delete axis;
    }

    auto* set = new QBarSet(tr("Badges issued"));
    QStringList categories;
    QStringList words;
    int total = 0;
    int most = 0;
    QString busiest;
    for (const auto& m : months) {
        *set << m.issued;
        // Two lines (month, year) keep 24 labels readable and unique.
        categories << monthName(m.month, QStringLiteral("MMM")) + QStringLiteral("<br>") +
                          monthName(m.month, QStringLiteral("yyyy"));
        words << tr("%1: %2").arg(monthName(m.month, QStringLiteral("MMM yyyy")), number(m.issued));
        total += m.issued;
        if (m.issued > most) {
            most = m.issued;
            busiest = monthName(m.month, QStringLiteral("MMMM yyyy"));
        }
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    m_chart->addSeries(series);

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax(4, most + most / 6 + 1)); // room for the labels above the bars
    y->applyNiceNumbers();
    y->setMinorTickCount(0);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    const QString period = m_months == 24 ? tr("the last 24 months") : tr("the last 12 months");
    QString summary = tr("%1 issued in %2").arg(plural(total, tr("badge"), tr("badges")), period);
    if (total > 0)
        summary += tr("; the most in %1 (%2)").arg(busiest, number(most));
    summary += QStringLiteral(". ") + words.join(QStringLiteral(" · ")) + QLatin1Char('.');
    m_chartText->setText(summary);
    m_chartView->setAccessibleDescription(summary);
}

void DashboardPage::showFunnel()
{
    DashboardStats stats(m_db.connection());
    if (m_today.isValid())
        stats.setToday(m_today);
    const auto f = stats.funnel(m_months);
    const QList<int> values{f.issued, f.pending, f.accepted, f.rejected, f.revoked};
    for (int i = 0; i < values.size(); ++i) {
        m_funnelBars[i]->setRange(0, qMax(1, f.issued));
        m_funnelBars[i]->setValue(values.at(i));
        const QString text = i == 0
                                 ? number(values.at(i))
                                 : tr("%1 (%2)").arg(number(values.at(i)), percent(values.at(i), f.issued));
        m_funnelCounts[i]->setText(text);
        m_funnelBars[i]->setAccessibleDescription(text);
    }
    const QString period = m_months == 24 ? tr("the last 24 months") : tr("the last 12 months");
    if (f.issued == 0) {
        m_rate->setText(tr("No badges were issued in %1.").arg(period));
        return;
    }
    QString rate = tr("%1 of the %2 issued in %3 were accepted (%4).")
                       .arg(percent(f.accepted, f.issued), plural(f.issued, tr("badge"), tr("badges")),
                            period, number(f.accepted));
    if (f.pending > 0)
        rate += QLatin1Char(' ') + tr("%1 still pending.").arg(number(f.pending));
    m_rate->setText(rate);
}

void DashboardPage::showTopLists()
{
    DashboardStats stats(m_db.connection());
    if (m_today.isValid())
        stats.setToday(m_today);
    const auto render = [](const QList<DashboardStats::Ranked>& list) {
        if (list.isEmpty())
            return tr("None issued in this period.");
        QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        for (int i = 0; i < list.size(); ++i) {
            const QString name = list.at(i).name.isEmpty() ? tr("(not given)") : list.at(i).name;
            html += QStringLiteral(
                        "<tr><td>%1.&nbsp;</td><td width=\"100%\">%2</td><td align=\"right\">%3</td></tr>")
                        .arg(i + 1)
                        .arg(name.toHtmlEscaped(), number(list.at(i).issued));
        }
        return html + QStringLiteral("</table>");
    };
    m_topAssessments->setText(render(stats.topAssessments(m_months, kTopCount)));
    m_topSchools->setText(render(stats.topSchools(m_months, kTopCount)));
}

void DashboardPage::showExceptions()
{
    DashboardStats stats(m_db.connection());
    if (m_today.isValid())
        stats.setToday(m_today);
    const auto ex = stats.exceptions(kExceptionsPerKind);
    m_exceptions->clear();
    using Kind = DashboardStats::ExceptionKind;
    const auto kindText = [](Kind kind) {
        switch (kind) {
        case Kind::FailedSend:
            return tr("Send failed");
        case Kind::NotIssued:
            return tr("Approved, not issued");
        case Kind::NeedsAttention:
            return tr("Needs attention");
        case Kind::BadgeRejected:
            return tr("Badge rejected");
        case Kind::PendingTooLong:
            return tr("Not accepted yet");
        }
        return QString();
    };
    QFont linkFont = m_exceptions->font();
    linkFont.setUnderline(true);
    for (const auto& e : ex.items) {
        const QString who = e.name.isEmpty() ? tr("Row %1").arg(e.certificationId) : e.name;
        QString what;
        PageId page = PageId::Review;
        switch (e.kind) {
        case Kind::FailedSend:
            what = e.detail.isEmpty() ? tr("Credly did not issue the badge") : e.detail;
            page = PageId::IssuanceLog;
            break;
        case Kind::NotIssued:
            what = tr("approved, but the batch's issuing finished without it; issue the batch again");
            break;
        case Kind::NeedsAttention: {
            const auto reason = reasonFromKey(e.reason);
            what = reason ? ReviewQueueModel::reasonText(*reason) : e.reason;
            if (!e.detail.isEmpty())
                what += QStringLiteral(" (") + e.detail + QLatin1Char(')');
            break;
        }
        case Kind::BadgeRejected:
            what = tr("the earner rejected the badge at Credly");
            page = PageId::IssuanceLog;
            break;
        case Kind::PendingTooLong:
            what = tr("the badge is still pending at Credly");
            page = PageId::IssuanceLog;
            break;
        }
        const QString text =
            tr("%1 · %2 · %3: %4")
                .arg(kindText(e.kind), monthName(e.batchMonth, QStringLiteral("MMM yyyy")), who, what);
        auto* item = new QListWidgetItem(text, m_exceptions);
        item->setData(kCertificationRole, e.certificationId);
        item->setData(kBatchRole, e.batchId);
        item->setData(kPageRole, static_cast<int>(page));
        item->setFont(linkFont);
        item->setToolTip(page == PageId::Review
                             ? tr("Open this row on the Review page (Enter or double-click)")
                             : tr("Open this badge in the Issuance Log (Enter or double-click)"));
    }

    const int total = ex.total();
    if (total == 0) {
        m_exceptionsSummary->setText(tr("Nothing needs you: no failed sends, no rows needing attention, no "
                                        "rejected or long-pending badges."));
        m_exceptions->hide();
        return;
    }
    m_exceptions->show();
    QStringList parts;
    const QList<QPair<Kind, QString>> kinds{
        {Kind::FailedSend, plural(ex.totals.value(Kind::FailedSend), tr("failed send"), tr("failed sends"))},
        {Kind::NotIssued, tr("%1 approved but not issued").arg(number(ex.totals.value(Kind::NotIssued)))},
        {Kind::NeedsAttention, tr("%1 needing attention").arg(number(ex.totals.value(Kind::NeedsAttention)))},
        {Kind::BadgeRejected,
         plural(ex.totals.value(Kind::BadgeRejected), tr("badge rejected"), tr("badges rejected"))},
        {Kind::PendingTooLong, tr("%1 pending too long").arg(number(ex.totals.value(Kind::PendingTooLong)))},
    };
    for (const auto& [kind, words] : kinds) {
        if (ex.totals.value(kind) > 0)
            parts << words;
    }
    QString summary = tr("%1 open: %2.").arg(number(total), parts.join(QStringLiteral(", ")));
    if (ex.items.size() < total)
        summary += QLatin1Char(' ') + tr("The first %1 of each kind are listed.").arg(kExceptionsPerKind);
    summary += QLatin1Char(' ') + tr("Press Enter or double-click one to open it.");
    m_exceptionsSummary->setText(summary);
}

void DashboardPage::showBatchProgress()
{
    const auto p = DashboardStats(m_db.connection()).batchProgress(m_batch);
    if (!p) {
        m_batchTitle->setText(tr("No batch selected"));
        m_batchProgress->hide();
        m_batchCounts->setText(tr("Import a month's export to start a batch."));
        return;
    }
    m_batchTitle->setText(p->name);
    m_batchProgress->show();
    // Before anything is approved the bar is the review; after it, the issuing.
    if (p->approved == 0) {
        const int reviewed = p->rows - p->eligible - p->needsAttention;
        m_batchProgress->setRange(0, qMax(1, p->rows));
        m_batchProgress->setValue(qMax(0, reviewed));
        m_batchProgress->setFormat(
            tr("%1 of %2 rows decided").arg(number(qMax(0, reviewed)), number(p->rows)));
    } else {
        m_batchProgress->setRange(0, p->approved);
        m_batchProgress->setValue(p->issued);
        m_batchProgress->setFormat(
            tr("%1 of %2 approved rows issued").arg(number(p->issued), number(p->approved)));
    }
    m_batchProgress->setAccessibleName(m_batchProgress->format());
    QStringList counts{plural(p->rows, tr("row"), tr("rows")), tr("%1 eligible").arg(number(p->eligible))};
    if (p->needsAttention > 0)
        counts << tr("%1 needing attention").arg(number(p->needsAttention));
    counts << tr("%1 approved").arg(number(p->approved)) << tr("%1 issued").arg(number(p->issued))
           << tr("%1 failed").arg(number(p->failed));
    m_batchCounts->setText(counts.join(QStringLiteral(" · ")));
}

void DashboardPage::openException(QListWidgetItem* item)
{
    if (!item)
        return;
    emit rowRequested(static_cast<PageId>(item->data(kPageRole).toInt()), item->data(kBatchRole).toLongLong(),
                      item->data(kCertificationRole).toLongLong());
}

} // namespace badgedesk
