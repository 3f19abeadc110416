#include "MigrationSet.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace badgedesk {

MigrationSet::MigrationSet(const QString& resourceDir)
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QStringList files = QDir(resourceDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = namePattern.match(file);
        if (!match.hasMatch()) {
            m_error = QStringLiteral("Migration file name %1 does not follow NNNN_name.sql").arg(file);
            return;
        }
        QFile f(resourceDir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("Cannot read migration %1: %2").arg(file, f.errorString());
            return;
        }
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.statements = splitStatements(QString::fromUtf8(f.readAll()));
        if (m.version != m_migrations.size() + 1) {
            m_error = QStringLiteral("Migration %1 is out of sequence: expected number %2")
                          .arg(file)
                          .arg(m_migrations.size() + 1, 4, 10, QLatin1Char('0'));
            return;
        }
        m_migrations.append(m);
    }
    if (m_migrations.isEmpty())
        m_error = QStringLiteral("No migrations found under %1").arg(resourceDir);
}

QStringList MigrationSet::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        current += line;
        current += QLatin1Char('\n');
        const QByteArray utf8 = current.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            const QString statement = current.trimmed();
            // A chunk of only comments is "complete" too; keep just real statements.
            QString withoutComments = statement;
            withoutComments.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
            if (!withoutComments.trimmed().isEmpty() && withoutComments.trimmed() != QLatin1String(";"))
                statements << statement;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        QString rest = current;
        rest.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
        if (!rest.trimmed().isEmpty())
            statements << current.trimmed(); // an unterminated last statement still runs
    }
    return statements;
}

} // namespace badgedesk
