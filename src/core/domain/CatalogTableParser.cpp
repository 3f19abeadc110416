#include "CatalogTableParser.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace badgedesk {
namespace {

QString headerKey(const QString& header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

// Header spellings seen in published lists, by field (compared without case, spaces or
// punctuation). The first list wins when a header could match two fields.
const QList<QPair<QString, QStringList>>& synonyms()
{
    static const QList<QPair<QString, QStringList>> list{
        {QStringLiteral("code"),
         {QStringLiteral("assessmentcode"), QStringLiteral("code"), QStringLiteral("testcode"),
          QStringLiteral("assessmentid"), QStringLiteral("certificationcode")}},
        {QStringLiteral("title"),
         {QStringLiteral("assessmenttitle"), QStringLiteral("title"), QStringLiteral("assessmentname"),
          QStringLiteral("certificationtitle")}},
        {QStringLiteral("credentialing_body"),
         {QStringLiteral("credentialingbody"), QStringLiteral("certifyingbody"),
          QStringLiteral("credentialingorganization")}},
        {QStringLiteral("vendor"), {QStringLiteral("testingvendor"), QStringLiteral("vendor")}},
        {QStringLiteral("credential_type"), {QStringLiteral("credentialtype"), QStringLiteral("type")}},
        {QStringLiteral("program_area"), {QStringLiteral("programarea")}},
        {QStringLiteral("effective_date"),
         {QStringLiteral("effectivefy"), QStringLiteral("effectivedate"), QStringLiteral("effective")}},
        {QStringLiteral("retired_date"),
         {QStringLiteral("retiredfy"), QStringLiteral("retireddate"), QStringLiteral("retired")}},
        {QStringLiteral("vendor_badges"),
         {QStringLiteral("vendorissuesdigitalbadge"), QStringLiteral("vendorbadges"),
          QStringLiteral("vendorissuesbadge")}},
        {QStringLiteral("careertech_badges"),
         {QStringLiteral("careertechbadges"), QStringLiteral("agencybadges")}},
        {QStringLiteral("credly_template_id"),
         {QStringLiteral("credlytemplateid"), QStringLiteral("badgetemplateid"),
          QStringLiteral("templateid")}},
        {QStringLiteral("notes"), {QStringLiteral("notes"), QStringLiteral("comments")}},
    };
    return list;
}

} // namespace

QString CatalogTableParser::cleanText(const QString& text)
{
    QString cleaned = text;
    cleaned.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return cleaned.simplified();
}

std::optional<bool> CatalogTableParser::parseFlag(const QString& text)
{
    const QString t = cleanText(text).toLower();
    if (t == QLatin1String("y") || t == QLatin1String("yes") || t == QLatin1String("true") ||
        t == QLatin1String("1") || t == QLatin1String("x"))
        return true;
    if (t.isEmpty() || t == QLatin1String("n") || t == QLatin1String("no") || t == QLatin1String("false") ||
        t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString CatalogTableParser::normaliseCode(const QString& text, bool* padded)
{
    QString code = cleanText(text);
    static const QRegularExpression numberWithZeroFraction(QStringLiteral("^(\\d+)\\.0+$"));
    const auto m = numberWithZeroFraction.match(code);
    if (m.hasMatch())
        code = m.captured(1);
    const bool numeric = !code.isEmpty() && code.size() < 4 &&
                         std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
    if (padded)
        *padded = numeric;
    return numeric ? code.rightJustified(4, QLatin1Char('0')) : code;
}

QDate CatalogTableParser::parseDate(const QString& text, bool* ok)
{
    const QString t = cleanText(text);
    if (ok)
        *ok = true;
    if (t.isEmpty())
        return {};
    static const QRegularExpression fiscalYear(QStringLiteral("^(?:FY\\s*)?(\\d{4})$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const auto m = fiscalYear.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt() - 1, 7, 1);
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("M/d/yyyy"), QStringLiteral("M/d/yy")}) {
        QDate date = QDate::fromString(t, format);
        if (date.isValid()) {
            if (format == QLatin1String("M/d/yy") && date.year() < 1950)
                date = date.addYears(100);
            return date;
        }
    }
    if (ok)
        *ok = false;
    return {};
}

QStringList CatalogTableParser::mappedFields() const
{
    QStringList fields;
    for (const QString& field : CatalogEntry::fieldNames()) {
        if (m_columns.contains(field))
            fields << field;
    }
    return fields;
}

bool CatalogTableParser::setHeader(const QStringList& header)
{
    m_columns.clear();
    for (int i = 0; i < header.size(); ++i) {
        const QString key = headerKey(header.at(i));
        if (key.isEmpty())
            continue;
        for (const auto& [field, names] : synonyms()) {
            if (!m_columns.contains(field) && names.contains(key)) {
                m_columns.insert(field, i);
                break;
            }
        }
    }
    QStringList missing;
    if (!m_columns.contains(QStringLiteral("code")))
        missing << QStringLiteral("AssessmentCode");
    if (!m_columns.contains(QStringLiteral("title")))
        missing << QStringLiteral("AssessmentTitle");
    if (!missing.isEmpty()) {
        m_error = QObject::tr("The list has no %1 column. Check that the first row of the sheet holds the "
                              "column names, or rename the column in the file.")
                      .arg(missing.join(QObject::tr(" or ")));
        return false;
    }
    m_error.clear();
    return true;
}

void CatalogTableParser::addRow(const QStringList& cells, qint64 rowNumber)
{
    auto cell = [&](const QString& field) {
        const int c = column(field);
        return c >= 0 && c < cells.size() ? cells.at(c) : QString();
    };
    bool allEmpty = true;
    for (const QString& c : cells) {
        if (!cleanText(c).isEmpty()) {
            allEmpty = false;
            break;
        }
    }
    if (allEmpty)
        return;

    bool padded = false;
    CatalogEntry entry;
    entry.code = normaliseCode(cell(QStringLiteral("code")), &padded);
    if (entry.code.isEmpty()) {
        m_problems << Problem{rowNumber, QStringLiteral("missing_code"),
                              QObject::tr("Row %1 has no assessment code and was skipped.").arg(rowNumber)};
        return;
    }
    if (padded)
        m_problems << Problem{rowNumber, QStringLiteral("code_padded"),
                              QObject::tr("Row %1: code %2 was stored as a number; read as %3.")
                                  .arg(rowNumber)
                                  .arg(cleanText(cell(QStringLiteral("code"))), entry.code)};
    if (const qint64 first = m_seenCodes.value(entry.code, 0)) {
        m_problems << Problem{rowNumber, QStringLiteral("duplicate_code"),
                              QObject::tr("Row %1 repeats code %2 from row %3; the first row was kept.")
                                  .arg(rowNumber)
                                  .arg(entry.code)
                                  .arg(first)};
        return;
    }
    m_seenCodes.insert(entry.code, rowNumber);

    entry.title = cleanText(cell(QStringLiteral("title")));
    if (entry.title.isEmpty()) {
        // Neither blank the title nor retire the entry over a damaged row: leave it alone.
        m_problems << Problem{rowNumber, QStringLiteral("missing_title"),
                              QObject::tr("Row %1: code %2 has no title, so the row was skipped; the "
                                          "catalog's entry for %2, if any, is left as it is.")
                                  .arg(rowNumber)
                                  .arg(entry.code)};
        m_heldCodes << entry.code;
        return;
    }
    entry.credentialingBody = cleanText(cell(QStringLiteral("credentialing_body")));
    entry.vendor = cleanText(cell(QStringLiteral("vendor")));
    entry.credentialType = cleanText(cell(QStringLiteral("credential_type")));
    entry.programArea = cleanText(cell(QStringLiteral("program_area")));
    entry.credlyTemplateId = cleanText(cell(QStringLiteral("credly_template_id"))).toLower();
    entry.notes = cleanText(cell(QStringLiteral("notes")));
    for (const QString& field : {QStringLiteral("vendor_badges"), QStringLiteral("careertech_badges")}) {
        const auto flag = parseFlag(cell(field));
        if (!flag)
            m_problems << Problem{rowNumber, QStringLiteral("bad_flag"),
                                  QObject::tr("Row %1: \"%2\" is not a yes/no value for %3; read as No.")
                                      .arg(rowNumber)
                                      .arg(cleanText(cell(field)), field)};
        (field == QLatin1String("vendor_badges") ? entry.vendorBadges : entry.careertechBadges) =
            flag.value_or(false);
    }
    for (const QString& field : {QStringLiteral("effective_date"), QStringLiteral("retired_date")}) {
        bool ok = true;
        const QDate date = parseDate(cell(field), &ok);
        if (!ok)
            m_problems << Problem{
                rowNumber, QStringLiteral("bad_date"),
                QObject::tr("Row %1: \"%2\" is not a date or fiscal year for %3; left empty.")
                    .arg(rowNumber)
                    .arg(cleanText(cell(field)), field)};
        (field == QLatin1String("effective_date") ? entry.effectiveDate : entry.retiredDate) = date;
    }
    m_entries << entry;
}

} // namespace badgedesk
