#include "HeaderDetector.h"

#include "FieldSynonyms.h"

#include <QRegularExpression>
#include <QSet>

namespace badgedesk {

namespace {

QString cleaned(const QString& cell)
{
    QString text = cell;
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.trimmed();
}

// Numbers, dates and times are data, not column names.
bool looksLikeValue(const QString& text)
{
    static const QRegularExpression value(
        QStringLiteral("^[-+$]?[\\d.,:/ %E+-]+(AM|PM)?$|^\\d{4}-\\d{2}-\\d{2}"),
        QRegularExpression::CaseInsensitiveOption);
    return value.match(text).hasMatch();
}

} // namespace

bool HeaderDetector::isBlankRow(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cleaned(cell).isEmpty())
            return false;
    }
    return true;
}

bool HeaderDetector::detect(const QList<Row>& rows)
{
    m_headerIndex = -1;
    m_headerRowNumber = 0;
    m_headerCells.clear();
    m_columns.clear();
    m_synonymMatches = 0;

    double bestScore = 0;
    const int limit = static_cast<int>(qMin<qsizetype>(rows.size(), RowsToScan));
    for (int r = 0; r < limit; ++r) {
        int filled = 0;
        int text = 0;
        int matches = 0;
        QSet<QString> distinct;
        for (const QString& raw : rows.at(r).cells) {
            const QString cell = cleaned(raw);
            if (cell.isEmpty())
                continue;
            ++filled;
            if (!looksLikeValue(cell))
                ++text;
            distinct.insert(cell.toLower());
            if (FieldSynonyms::match(cell))
                ++matches;
        }
        // One filled cell is a title, not a header; a header is mostly text and has no repeats.
        if (filled < 2 || text * 10 < filled * 8 || distinct.size() * 10 < filled * 9)
            continue;
        // Synonym matches dominate; filled cells break ties between unknown layouts. Strictly
        // greater keeps the earliest row when a data row looks just as good.
        const double score = matches * 10.0 + distinct.size();
        if (score > bestScore) {
            bestScore = score;
            m_headerIndex = r;
            m_synonymMatches = matches;
        }
    }
    if (m_headerIndex < 0)
        return false;
    const Row& header = rows.at(m_headerIndex);
    m_headerRowNumber = header.rowNumber;
    m_headerCells = header.cells;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString name = cleaned(header.cells.at(i));
        if (!name.isEmpty())
            m_columns.append({i, name});
    }
    return true;
}

bool HeaderDetector::isFooterRow(const QStringList& cells, int headerWidth)
{
    QStringList filled;
    for (const QString& raw : cells) {
        const QString cell = cleaned(raw);
        if (!cell.isEmpty())
            filled << cell;
    }
    if (filled.isEmpty())
        return false;
    // A footer is sparse; a data row with a student named "Total" still fills most columns.
    const int sparse = qMax(2, headerWidth / 2);
    if (filled.size() > sparse)
        return false;
    static const QRegularExpression footer(
        QStringLiteral("^(grand\\s+)?(sub)?totals?\\b|^(record|row|entry|line)?\\s*counts?\\b|"
                       "^(total\\s+)?(records|rows|entries)\\b|^end\\s+of\\s+(report|file|data)\\b|"
                       "^report\\s+(generated|run|printed)\\b|^(generated|printed|run)\\s+(on|by|at)\\b|"
                       "^page\\s+\\d+(\\s+of\\s+\\d+)?$|^\\d+\\s+(records?|rows?|entries)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (footer.match(filled.first()).hasMatch())
        return true;
    // Only a count, e.g. the sum under the last column.
    static const QRegularExpression count(QStringLiteral("^\\d[\\d,]*$"));
    return filled.size() == 1 && headerWidth >= 3 && count.match(filled.first()).hasMatch();
}

} // namespace badgedesk
