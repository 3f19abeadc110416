#include "ReportScope.h"

#include <QLocale>
#include <QRegularExpression>

namespace badgedesk {

ReportScope ReportScope::forBatch(qint64 batchId, const QString& month)
{
    ReportScope s;
    s.m_kind = Kind::Batch;
    s.m_batchId = batchId;
    s.m_month = month;
    return s;
}

std::optional<ReportScope> ReportScope::forMonth(const QString& month, QString* error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(month.trimmed());
    if (!match.hasMatch() || match.captured(2).toInt() < 1 || match.captured(2).toInt() > 12) {
        if (error)
            *error = QStringLiteral("\"%1\" is not a month: write it as YYYY-MM, e.g. 2026-10.").arg(month);
        return std::nullopt;
    }
    ReportScope s;
    s.m_kind = Kind::Month;
    s.m_month = month.trimmed();
    return s;
}

std::optional<ReportScope> ReportScope::forRange(const QDate& from, const QDate& to, QString* error)
{
    if (!from.isValid() || !to.isValid()) {
        if (error)
            *error = QStringLiteral("A date range needs two dates, written as YYYY-MM-DD (e.g. 2026-07-01).");
        return std::nullopt;
    }
    if (from > to) {
        if (error)
            *error = QStringLiteral("The range starts (%1) after it ends (%2): swap the dates.")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }
    ReportScope s;
    s.m_kind = Kind::DateRange;
    s.m_from = from;
    s.m_to = to;
    return s;
}

QDate ReportScope::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("M/d/yyyy"));
    return d;
}

QString ReportScope::description() const
{
    switch (m_kind) {
    case Kind::Batch:
        return m_month.isEmpty() ? QStringLiteral("Batch %1").arg(m_batchId)
                                 : QStringLiteral("Batch %1 (%2)").arg(m_batchId).arg(m_month);
    case Kind::Month: {
        const QDate first = QDate::fromString(m_month + QStringLiteral("-01"), Qt::ISODate);
        return QLocale(QLocale::English).toString(first, QStringLiteral("MMMM yyyy"));
    }
    case Kind::DateRange:
        return QStringLiteral("%1 to %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    }
    return {};
}

QString ReportScope::fileStem() const
{
    switch (m_kind) {
    case Kind::Batch:
        return m_month.isEmpty() ? QStringLiteral("batch-%1").arg(m_batchId)
                                 : QStringLiteral("batch-%1-%2").arg(m_batchId).arg(m_month);
    case Kind::Month:
        return m_month;
    case Kind::DateRange:
        return QStringLiteral("%1_%2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    }
    return {};
}

} // namespace badgedesk
