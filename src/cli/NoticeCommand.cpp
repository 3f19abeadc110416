#include "NoticeCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "notices/NoticeLanguage.h"
#include "notices/NoticeList.h"
#include "notices/NoticeRepository.h"
#include "notices/NoticeTemplateRepository.h"
#include "storage/AuditLog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace badgedesk {

int runNoticeCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the pre-issuance notice of a signed-off batch: notice-list.xlsx and notice-list.csv for "
        "the mail merge (first and last name, email, badge name, assessment, school, expected issue "
        "date, language) and messages.csv with every student's message rendered from the template of "
        "their language. --mark-sent records that the notice went out now; issuing waits "
        "issuing.notice_wait_days after it."));
    parser.addPositionalArgument(QStringLiteral("BATCH"),
                                 QStringLiteral("A batch number or a month (YYYY-MM)."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("The folder to write the files into (made if missing)."),
        QStringLiteral("DIR"));
    const QCommandLineOption markOption(QStringLiteral("mark-sent"),
                                        QStringLiteral("Record the notice as sent now (audited)."));
    const QCommandLineOption clearOption(
        QStringLiteral("clear-sent"),
        QStringLiteral("Forget a recorded notice (sent by mistake, wrong date); the reason is audited."),
        QStringLiteral("REASON"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Help."));
    parser.addOptions({outOption, markOption, clearOption, jsonOption, helpOption});
    if (!parser.parse(arguments)) {
        context.printUsageError(parser.errorText(), QStringLiteral("badgedesk-cli notice --help"));
        return ExitUsage;
    }
    if (parser.isSet(jsonOption))
        context.setJson(true);
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText();
        context.out().flush();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.printError(
            positional.isEmpty()
                ? QStringLiteral("notice needs the batch: badgedesk-cli notice BATCH --out DIR")
                : QStringLiteral("notice takes one batch, a number or a month (got \"%1\")")
                      .arg(positional.join(QLatin1Char(' '))));
        return ExitUsage;
    }
    const bool clearing = parser.isSet(clearOption);
    if (clearing && parser.isSet(markOption)) {
        context.printError(QStringLiteral("--mark-sent and --clear-sent cannot go together"));
        return ExitUsage;
    }
    if (!clearing && !parser.isSet(outOption)) {
        context.printError(QStringLiteral("notice needs the folder to write to: --out DIR"));
        return ExitUsage;
    }
    const qint64 batchId = context.batch(positional.first());
    if (batchId == 0)
        return ExitBadInput;
    Database* db = context.database();
    NoticeRepository notices(db->connection());
    const QString actor = AuditLog::currentActor();

    if (clearing) {
        const NoticeRepository::Status before = notices.status(batchId);
        if (!notices.clear(batchId, parser.value(clearOption), actor)) {
            context.printError(notices.error());
            return ExitBadInput;
        }
        if (context.json()) {
            context.printJson({{QStringLiteral("batch"), batchId},
                               {QStringLiteral("cleared"), true},
                               {QStringLiteral("was_sent_at"), before.sentAt.toUTC().toString(Qt::ISODate)}});
        } else {
            context.out() << "The notice of batch " << batchId << " recorded on "
                          << before.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          << " is cleared; record it again when it goes out.\n";
            context.out().flush();
        }
        return ExitOk;
    }

    NoticeList::Options options;
    options.environment = db->environment();
    const NoticeList list = NoticeList::build(db->connection(), batchId, options);
    if (!list.isValid()) {
        context.printError(list.problem());
        return ExitBadInput;
    }
    const QString dirPath = parser.value(outOption);
    if (!QDir().mkpath(dirPath)) {
        context.printError(
            QStringLiteral("Cannot make the folder %1: choose a folder you can write to.").arg(dirPath));
        return ExitBadInput;
    }
    const QDir dir(dirPath);
    const QString xlsxPath = dir.filePath(QStringLiteral("notice-list.xlsx"));
    const QString csvPath = dir.filePath(QStringLiteral("notice-list.csv"));
    const QString messagesPath = dir.filePath(QStringLiteral("messages.csv"));
    QHash<QString, NoticeTemplate> templates;
    NoticeTemplateRepository templateRepo(db->connection());
    QStringList unknown;
    for (const QString& language : NoticeLanguage::all()) {
        templates.insert(language, templateRepo.get(language));
        for (const QString& name : templates.value(language).unknownPlaceholders())
            unknown << QStringLiteral("{{%1}} (%2)").arg(name, language);
    }
    QString error;
    if (!list.writeXlsx(xlsxPath, &error) || !list.writeCsv(csvPath, &error) ||
        !list.writeMessagesCsv(messagesPath, templates, &error)) {
        context.printError(error);
        return ExitBadInput;
    }

    bool marked = false;
    if (parser.isSet(markOption)) {
        if (!notices.markSent(batchId, int(list.rows().size()), actor)) {
            context.printError(QStringLiteral("The files are written, but the notice is not recorded: %1")
                                   .arg(notices.error()));
            return ExitPartlyDone;
        }
        marked = true;
    }
    const NoticeRepository::Status status = notices.status(batchId);
    const QDate issueDate =
        status.sent ? NoticeRepository::expectedIssueDate(status.sentAt.toLocalTime().date(), list.waitDays())
                    : list.expectedIssueDate();
    const QHash<QString, int> languages = list.languageCounts();
    if (context.json()) {
        QJsonObject languageJson;
        for (const QString& language : NoticeLanguage::all())
            languageJson.insert(language, languages.value(language));
        QJsonObject out{
            {QStringLiteral("batch"), batchId},
            {QStringLiteral("rows"), int(list.rows().size())},
            {QStringLiteral("languages"), languageJson},
            {QStringLiteral("files"), QJsonArray{xlsxPath, csvPath, messagesPath}},
            {QStringLiteral("expected_issue_date"), issueDate.toString(Qt::ISODate)},
            {QStringLiteral("wait_days"), list.waitDays()},
            {QStringLiteral("marked_sent"), marked},
            {QStringLiteral("notice_sent_at"),
             status.sent ? QJsonValue(status.sentAt.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
        if (!unknown.isEmpty())
            out.insert(QStringLiteral("unknown_placeholders"), QJsonArray::fromStringList(unknown));
        context.printJson(out);
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "Notice list of batch " << batchId << ": " << list.rows().size() << " students ("
        << languages.value(QStringLiteral("en")) << " English, " << languages.value(QStringLiteral("es"))
        << " Spanish)\n";
    for (const QString& path : {xlsxPath, csvPath, messagesPath})
        out << "  " << QDir::toNativeSeparators(path) << '\n';
    if (!unknown.isEmpty())
        out << "Warning: the templates use placeholders BadgeDesk does not know, left as written: "
            << unknown.join(QStringLiteral(", ")) << ". Fix them on the Notice page.\n";
    if (marked)
        out << "The notice is recorded as sent now; badges can be issued from "
            << issueDate.toString(Qt::ISODate) << " (" << list.waitDays() << " days later).\n";
    else if (status.sent)
        out << "The notice was recorded as sent on "
            << status.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << "; badges can be issued from " << issueDate.toString(Qt::ISODate) << ".\n";
    else
        out << "Send the notice, then record it: badgedesk-cli notice " << batchId
            << " --out DIR --mark-sent (issuing waits " << list.waitDays() << " days after it).\n";
    out.flush();
    return ExitOk;
}

} // namespace badgedesk
