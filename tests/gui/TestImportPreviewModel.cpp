#include "import/ImportPreviewModel.h"
#include "importing/Importer.h"
#include "reports/CsvWriter.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

// The preview table's model over a real Importer::preview(): raw cells, the field each column
// feeds, problems on the cells they concern, unreadable rows.
class TestImportPreviewModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(m_dir.filePath(s("preview.sqlite"))), qPrintable(m_db.errorMessage()));
    }

    void showsRowsFieldsAndProblems()
    {
        const QList<QStringList> rows{
            {s("Entry ID"), s("Student ID"), s("First Name"), s("Last Name"), s("Email"),
             s("Assessment Code"), s("Test Date"), s("Notes")},
            {s("E-1"), s("1001"), s("Ana"), s("Lopez"), s("ana.lopez@example.com"), s("0911"),
             s("10/01/2026"), s("")},
            {s("E-2"), s("1002"), s("Ben"), s("Ortiz"), s("ben.ortiz@example"), s("0911"), s("10/02/2026"),
             s("retake")},
        };
        const QString path = m_dir.filePath(s("small.csv"));
        CsvWriter writer;
        QVERIFY(writer.writeFile(path, rows));
        ImportOptions options;
        options.filePath = path;
        const ImportPreview preview = Importer(m_db.connection()).preview(options);
        QVERIFY2(preview.ok, qPrintable(preview.error));

        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setPreview(preview);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 10); // the row number, its problems, then the file's eight columns

        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), s("Row"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), s("Problems"));
        QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), s("Email\n→ Email"));
        QCOMPARE(model.headerData(9, Qt::Horizontal).toString(), s("Notes\n(kept raw)"));
        QVERIFY(model.headerData(9, Qt::Horizontal, Qt::ToolTipRole).toString().contains(s("kept raw")));

        QCOMPARE(model.index(0, 0).data().toLongLong(), 2); // the header is row 1
        QCOMPARE(model.index(1, 6).data().toString(), s("ben.ortiz@example"));
        QCOMPARE(model.index(1, 9).data().toString(), s("retake"));
        QCOMPARE(model.index(0, 1).data().toString(), QString());
        QCOMPARE(model.index(1, 1).data().toString(), s("Email")); // the fields with a problem

        // The invalid email: tinted, and the tooltip says what is wrong; its neighbours are plain.
        const QStringList problems = model.index(1, 6).data(ImportPreviewModel::ProblemsRole).toStringList();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(s("Email \"ben.ortiz@example\": Not a valid email address")),
                 qPrintable(problems.first()));
        QCOMPARE(model.index(1, 6).data(Qt::ToolTipRole).toString(), problems.first());
        QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(), problems.first());
        QVERIFY(model.index(1, 6).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QVERIFY(model.index(1, 1).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QVERIFY(!model.index(1, 5).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 6).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.problemCellCount(), 1);
        QCOMPARE(model.problemRowCount(), 1);
        model.setOnlyProblemRows(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toLongLong(), 3); // Ben's row
        QCOMPARE(model.index(0, 6).data(ImportPreviewModel::ProblemsRole).toStringList(), problems);
        model.setOnlyProblemRows(false);
        QCOMPARE(model.rowCount(), 2);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.problemCellCount(), 0);
    }

    void unreadableRowsAreGreyedWithTheReason()
    {
        const QList<QStringList> rows{
            {s("Student ID"), s("First Name"), s("Last Name"), s("Email"), s("Assessment Code"),
             s("Test Date")},
            {s("1001"), s("Ana"), s("Lopez"), s("ana.lopez@example.com"), s("0911"), s("10/01/2026")},
            {s("\x01\x02\x03"), s(""), s(""), s(""), s(""), s("")},
        };
        const QString path = m_dir.filePath(s("junk.csv"));
        CsvWriter writer;
        QVERIFY(writer.writeFile(path, rows));
        ImportOptions options;
        options.filePath = path;
        const ImportPreview preview = Importer(m_db.connection()).preview(options);
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview(preview);
        int unreadable = -1;
        for (int row = 0; row < preview.rows.size(); ++row) {
            if (preview.rows.at(row).isUnreadable())
                unreadable = row;
        }
        QVERIFY2(unreadable >= 0, "the junk row should be unreadable");
        const QString tip = model.index(unreadable, 3).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(s("cannot be read as an entry")), qPrintable(tip));
        QCOMPARE(model.index(unreadable, 1).data(ImportPreviewModel::ProblemsRole).toStringList(),
                 QStringList{preview.rows.at(unreadable).unreadableReason});
        QCOMPARE(model.index(unreadable, 1).data().toString(), s("cannot be read"));
        QVERIFY(model.index(unreadable, 2).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestImportPreviewModel)
#include "TestImportPreviewModel.moc"
