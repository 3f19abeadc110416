#include "ImportRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <array>
#include <iterator>
#include <sqlite3.h>

namespace badgedesk {
namespace {

void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += text;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (u < 0x20) {
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
}

// NOT NULL text columns: a null QString would bind as NULL.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

// The normalised columns in the INSERT's order (email twice: email and email_original, which
// keeps what the file said when Review fixes the address).
constexpr ImportField kStoredFields[] = {
    ImportField::EntryId,      ImportField::EntryTime,      ImportField::EnteredBy,
    ImportField::DistrictCode, ImportField::DistrictName,   ImportField::SchoolCode,
    ImportField::SchoolName,   ImportField::ProgramCode,    ImportField::ProgramName,
    ImportField::StudentId,    ImportField::FirstName,      ImportField::MiddleName,
    ImportField::LastName,     ImportField::Email,          ImportField::Email,
    ImportField::DateOfBirth,  ImportField::AssessmentCode, ImportField::AssessmentTitle,
    ImportField::Vendor,       ImportField::TestDate,       ImportField::Result,
    ImportField::Score,        ImportField::Language,
};
static_assert(std::size(kStoredFields) == ImportRepository::StoredFieldCount);

struct ImportRepository::Statements
{
    sqlite3* db = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* lookup = nullptr;
    sqlite3_stmt* unreadable = nullptr;

    ~Statements()
    {
        for (sqlite3_stmt* statement : {insert, lookup, unreadable})
            sqlite3_finalize(statement);
    }
    bool prepare(sqlite3_stmt** statement, const char* sql)
    {
        return sqlite3_prepare_v2(db, sql, -1, statement, nullptr) == SQLITE_OK;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

ImportRepository::ImportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

ImportRepository::~ImportRepository() = default;

bool ImportRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<PreviousImport> ImportRepository::findBySha256(const QString& sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT f.id, f.batch_id, b.month, f.file_name, f.imported_at, f.rows_added "
                             "FROM import_files f JOIN batches b ON b.id = f.batch_id "
                             "WHERE f.sha256 = ? ORDER BY f.id DESC LIMIT 1"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return PreviousImport{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(),   q.value(5).toLongLong()};
}

QList<PreviousImport> ImportRepository::imports() const
{
    QList<PreviousImport> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT f.id, f.batch_id, b.month, f.file_name, f.imported_at, f.rows_added "
                               "FROM import_files f JOIN batches b ON b.id = f.batch_id ORDER BY f.id DESC")))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    return result;
}

qint64 ImportRepository::createBatch(const QString& month, const QString& label, const QString& createdAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO batches (month, label, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(month);
    q.addBindValue(nonNull(label));
    q.addBindValue(createdAt);
    if (!q.exec()) {
        fail(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool ImportRepository::setBatchMonth(qint64 batchId, const QString& month)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE batches SET month = ? WHERE id = ?"));
    q.addBindValue(month);
    q.addBindValue(batchId);
    return q.exec() || fail(q.lastError().text());
}

qint64 ImportRepository::createImportFile(const FileRecord& record)
{
    QJsonArray header;
    for (const QString& cell : record.header)
        header.append(cell);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_files (batch_id, file_name, sha256, imported_at, "
                             "mapping_json, file_size, format, "
                             "encoding, sheet_name, header_row, header_json, profile_name) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.batchId);
    q.addBindValue(nonNull(record.fileName));
    q.addBindValue(nonNull(record.sha256));
    q.addBindValue(nonNull(record.importedAt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(record.mapping).toJson(QJsonDocument::Compact)));
    q.addBindValue(record.fileSize);
    q.addBindValue(nonNull(record.format));
    q.addBindValue(nonNull(record.encoding));
    q.addBindValue(nonNull(record.sheetName));
    q.addBindValue(record.headerRow);
    q.addBindValue(QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Compact)));
    q.addBindValue(nonNull(record.profileName));
    if (!q.exec()) {
        fail(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool ImportRepository::finishImportFile(qint64 importFileId, const FileCounts& counts)
{
    QJsonObject problems;
    for (auto it = counts.problems.cbegin(); it != counts.problems.cend(); ++it)
        problems.insert(it.key(), it.value());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE import_files SET row_count = ?, rows_read = ?, rows_added = ?, rows_already_present = ?, "
        "rows_repeated_in_file = ?, rows_unreadable = ?, rows_skipped = ?, problems_json = ?, duration_ms = "
        "? "
        "WHERE id = ?"));
    q.addBindValue(counts.rowsAdded);
    q.addBindValue(counts.rowsRead);
    q.addBindValue(counts.rowsAdded);
    q.addBindValue(counts.rowsAlreadyPresent);
    q.addBindValue(counts.rowsRepeatedInFile);
    q.addBindValue(counts.rowsUnreadable);
    q.addBindValue(counts.rowsSkipped);
    q.addBindValue(QString::fromUtf8(QJsonDocument(problems).toJson(QJsonDocument::Compact)));
    q.addBindValue(counts.durationMs);
    q.addBindValue(importFileId);
    return q.exec() || fail(q.lastError().text());
}

QString ImportRepository::rawJson(const QStringList& cells)
{
    QString out;
    qsizetype size = 2;
    for (const QString& cell : cells)
        size += cell.size() + 3;
    out.reserve(size + 16);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendJsonString(out, cells.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

QString ImportRepository::problemsJson(const QList<ImportProblem>& problems)
{
    if (problems.isEmpty())
        return QStringLiteral("[]");
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const ImportProblem& problem = problems.at(i);
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1String("{\"kind\":");
        appendJsonString(out, ImportProblem::key(problem.kind));
        out += QLatin1String(",\"field\":");
        appendJsonString(out, FieldSynonyms::key(problem.field));
        out += QLatin1String(",\"value\":");
        appendJsonString(out, problem.value);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

qint64 ImportRepository::certificationCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM certifications")) && q.next() ? q.value(0).toLongLong()
                                                                                     : 0;
}

bool ImportRepository::deferIndexes()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                               "'certifications' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")))
        return fail(q.lastError().text());
    QList<QPair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto& index : std::as_const(indexes)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first)))
            return fail(drop.lastError().text());
        m_deferredIndexes << index.second;
    }
    return true;
}

bool ImportRepository::restoreIndexes()
{
    while (!m_deferredIndexes.isEmpty()) {
        QSqlQuery create(m_db);
        if (!create.exec(m_deferredIndexes.first()))
            return fail(create.lastError().text());
        m_deferredIndexes.removeFirst();
    }
    return true;
}

bool ImportRepository::prepareRows(qint64 batchId, qint64 importFileId, const QString& now)
{
    m_batchId = batchId;
    m_importFileId = importFileId;
    m_now = now.toUtf8();
    m_statements.reset();
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(QStringLiteral("The database connection is not SQLite."));
    auto statements = std::make_unique<Statements>();
    statements->db = *static_cast<sqlite3* const*>(handle.constData());
    // ON CONFLICT DO NOTHING: a row already imported (same key) is left as it is.
    if (!statements->prepare(
            &statements->insert,
            "INSERT INTO certifications (batch_id, import_file_id, source_row, raw_json, row_key, "
            "entry_id, entered_at, entered_by, district_code, district_name, school_code, "
            "school_name, program_code, program_name, student_id, first_name, middle_name, last_name, "
            "email, email_original, date_of_birth, assessment_code, assessment_title, vendor, "
            "test_date, result, score, language, problems_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(row_key) DO NOTHING") ||
        !statements->prepare(&statements->lookup, "SELECT batch_id FROM certifications WHERE row_key = ?") ||
        !statements->prepare(&statements->unreadable, "INSERT INTO import_unreadable_rows (import_file_id, "
                                                      "source_row, raw_json, reason) VALUES (?, ?, ?, ?)"))
        return fail(QStringLiteral("Could not prepare the import: %1").arg(statements->error()));
    m_statements = std::move(statements);
    return true;
}

namespace {

// Appends text as UTF-8 without a temporary QByteArray; returns where it went.
ImportRepository::EncodedRow::Span appendUtf8(QByteArray& data, QStringView text)
{
    thread_local QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype offset = data.size();
    if (data.capacity() < offset + encoder.requiredSpace(text.size()))
        data.reserve(qMax(data.capacity() * 2, offset + encoder.requiredSpace(text.size())));
    data.resize(offset + encoder.requiredSpace(text.size()));
    char* end = encoder.appendToBuffer(data.data() + offset, text);
    data.resize(end - data.constData());
    return {offset, data.size() - offset};
}

// ["cell", ...] straight into the buffer: most cells need no escaping.
ImportRepository::EncodedRow::Span appendRawJson(QByteArray& data, const QStringList& cells)
{
    const qsizetype offset = data.size();
    data.append('[');
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            data.append(',');
        const QString& cell = cells.at(i);
        bool plain = true;
        for (const QChar c : cell) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == u'"' || u == u'\\') {
                plain = false;
                break;
            }
        }
        if (plain) {
            data.append('"');
            appendUtf8(data, cell);
            data.append('"');
        } else {
            QString escaped;
            appendJsonString(escaped, cell);
            appendUtf8(data, escaped);
        }
    }
    data.append(']');
    return {offset, data.size() - offset};
}

} // namespace

ImportRepository::EncodedRow ImportRepository::encode(const ImportedRow& row)
{
    EncodedRow encoded;
    encoded.rowNumber = row.rowNumber;
    qsizetype estimate = 64;
    for (const QString& cell : row.cells)
        estimate += cell.size() + 3;
    encoded.data.reserve(estimate * 2 + 256);
    encoded.rawJson = appendRawJson(encoded.data, row.cells);
    if (row.isUnreadable()) {
        encoded.unreadableReason = appendUtf8(encoded.data, row.unreadableReason);
        return encoded;
    }
    encoded.rowKey = appendUtf8(encoded.data, row.rowKey);
    std::size_t i = 0;
    for (const ImportField field : kStoredFields) {
        const QString value = row.value(field);
        if (!value.isEmpty())
            encoded.values[i] = appendUtf8(encoded.data, value);
        ++i;
    }
    encoded.problemsJson = appendUtf8(encoded.data, problemsJson(row.problems));
    return encoded;
}

ImportRepository::Insert ImportRepository::insertRow(const ImportedRow& row, qint64* existingBatch)
{
    return insertEncoded(encode(row), existingBatch);
}

ImportRepository::Insert ImportRepository::insertEncoded(const EncodedRow& row, qint64* existingBatch)
{
    Statements& st = *m_statements;
    sqlite3_stmt* insert = st.insert;
    int column = 1;
    // The encoded bytes outlive the step below, so SQLite binds them without copying.
    const auto bindText = [&](const EncodedRow::Span& span) {
        if (span.size < 0)
            sqlite3_bind_null(insert, column++);
        else
            sqlite3_bind_text(insert, column++, row.data.constData() + span.offset, int(span.size),
                              SQLITE_STATIC);
    };
    sqlite3_bind_int64(insert, column++, m_batchId);
    sqlite3_bind_int64(insert, column++, m_importFileId);
    sqlite3_bind_int64(insert, column++, row.rowNumber);
    bindText(row.rawJson);
    bindText(row.rowKey);
    for (const EncodedRow::Span& value : row.values)
        bindText(value);
    bindText(row.problemsJson);
    sqlite3_bind_text(insert, column++, m_now.constData(), int(m_now.size()), SQLITE_STATIC);

    const int rc = sqlite3_step(insert);
    const int changes = sqlite3_changes(st.db);
    sqlite3_reset(insert);
    sqlite3_clear_bindings(insert);
    if (rc != SQLITE_DONE) {
        fail(QStringLiteral("Could not store row %1: %2").arg(row.rowNumber).arg(st.error()));
        return Insert::Failed;
    }
    if (changes > 0)
        return Insert::Added;

    sqlite3_bind_text(st.lookup, 1, row.data.constData() + row.rowKey.offset, int(row.rowKey.size),
                      SQLITE_STATIC);
    const int found = sqlite3_step(st.lookup);
    const qint64 batch = found == SQLITE_ROW ? sqlite3_column_int64(st.lookup, 0) : 0;
    sqlite3_reset(st.lookup);
    if (found != SQLITE_ROW) {
        fail(QStringLiteral("Could not look up row %1: %2").arg(row.rowNumber).arg(st.error()));
        return Insert::Failed;
    }
    if (existingBatch)
        *existingBatch = batch;
    return Insert::AlreadyPresent;
}

bool ImportRepository::insertUnreadable(const ImportedRow& row)
{
    return insertUnreadableEncoded(encode(row));
}

bool ImportRepository::insertUnreadableEncoded(const EncodedRow& row)
{
    Statements& st = *m_statements;
    sqlite3_bind_int64(st.unreadable, 1, m_importFileId);
    sqlite3_bind_int64(st.unreadable, 2, row.rowNumber);
    sqlite3_bind_text(st.unreadable, 3, row.data.constData() + row.rawJson.offset, int(row.rawJson.size),
                      SQLITE_STATIC);
    sqlite3_bind_text(st.unreadable, 4, row.data.constData() + row.unreadableReason.offset,
                      int(row.unreadableReason.size), SQLITE_STATIC);
    const int rc = sqlite3_step(st.unreadable);
    sqlite3_reset(st.unreadable);
    if (rc != SQLITE_DONE)
        return fail(
            QStringLiteral("Could not store unreadable row %1: %2").arg(row.rowNumber).arg(st.error()));
    return true;
}

} // namespace badgedesk
