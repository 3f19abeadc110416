#include "../IssuingFixture.h"
#include "AppIdentity.h"
#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "importing/CsvReader.h"
#include "notices/NoticeTemplateRepository.h"
#include "pages/IssuePage.h"
#include "pages/NoticePage.h"
#include "storage/Database.h"
#include "support/Screenshot.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

// The Notice page in the real MainWindow: the empty state before a sign-off, one student's
// message previewed in their language, the text edited (unknown placeholders flagged), saved and
// restored, the list exported through the FileDialog seam, and the notice marked as sent (the
// step path and the Issue page follow).
class TestNoticePage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T* find(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }
    void makeBatchOf(bool signOff)
    {
        BatchSpec spec;
        spec.rows = 6;
        spec.templateIds = {seedTemplate(false).id, seedTemplate(false, 1).id};
        spec.signOff = false;
        spec.noticeDaysAgo = -1;
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QVERIFY(exec(*m_db, s("UPDATE certifications SET school_name = 'Tulsa Tech', assessment_title = "
                              "'Welding ' || assessment_code")));
        QVERIFY(exec(*m_db, s("UPDATE certifications SET language = 'es', first_name = 'María', last_name = "
                              "'Núñez' WHERE id = 4")));
        if (signOff)
            QVERIFY(SignOffRepository(m_db->connection()).signOff(1, s("tester")));
    }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setCurrentBatch(1);
        m_window->setCurrentPage(PageId::Notice);
    }
    QString currentPageName() const { return find<QStackedWidget>("pages")->currentWidget()->objectName(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
    }
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(s("practice.sqlite"))));
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        m_dir.reset();
    }

    void waitsForASignOff()
    {
        makeBatchOf(false);
        openWindow();
        QCOMPARE(currentPageName(), s("noticePage"));
        auto* empty = m_window->noticePage()->emptyState();
        QVERIFY(empty->isVisible());
        QVERIFY(!find<QWidget>("noticeContent")->isVisible());
        QTest::mouseClick(empty->actionButton(), Qt::LeftButton);
        QCOMPARE(currentPageName(), s("reviewPage"));
        QVERIFY(!find<QAction>("actionExportNoticeList")->text().isEmpty());
    }

    void previewEditExportAndMarkSent()
    {
        makeBatchOf(true);
        openWindow();
        NoticePage* page = m_window->noticePage();
        QVERIFY(!page->emptyState()->isVisible());
        QVERIFY(find<QWidget>("noticeContent")->isVisible());
        QCOMPARE(page->list().rows().size(), 6);
        QVERIFY2(find<QLabel>("noticeSummary")->text().contains(s("to notify: 5 in English, 1 in Spanish.")),
                 qPrintable(find<QLabel>("noticeSummary")->text()));
        QVERIFY(find<QLabel>("noticeState")->text().startsWith(s("✗ No notice recorded yet")));

        // The Spanish student's message, as María will read it.
        auto* student = find<QComboBox>("noticeStudent");
        QCOMPARE(student->count(), 6);
        const int maria = student->findText(s("Núñez, María — student4@example.org (Spanish (Español))"));
        QVERIFY(maria >= 0);
        student->setCurrentIndex(maria);
        auto* subject = find<QLabel>("noticePreviewSubject");
        auto* body = find<QTextBrowser>("noticePreviewBody");
        const QString issueDate = QLocale(QLocale::Spanish, QLocale::UnitedStates)
                                      .toString(QDate::currentDate().addDays(3), s("d 'de' MMMM 'de' yyyy"));
        QCOMPARE(subject->text(), s("Su insignia digital Assessment T001 está en camino"));
        QVERIFY(body->toPlainText().startsWith(s("Estimado/a María Núñez:")));
        QVERIFY2(body->toPlainText().contains(s("A partir del ") + issueDate),
                 qPrintable(body->toPlainText()));
        QVERIFY(find<QLabel>("noticePreviewWarning")->text().contains(s("Spanish")));

        // The page as the specialist first sees it: the English text, María's message in Spanish.
        test::saveScreenshot(m_window.get(), s("notice-page"));

        // Editing the Spanish text: the preview follows at once; an unknown placeholder is flagged.
        auto* tabs = find<QTabBar>("noticeLanguageTabs");
        tabs->setCurrentIndex(1);
        QCOMPARE(page->editedLanguage(), s("es"));
        auto* subjectEdit = find<QLineEdit>("noticeSubject");
        subjectEdit->selectAll();
        QTest::keyClicks(subjectEdit, s("Hola {{first_name}}: {{insignia}}"));
        QCOMPARE(subject->text(), s("Hola María: {{insignia}}"));
        QVERIFY2(find<QLabel>("noticeEditorState")->text().contains(s("{{insignia}}")),
                 qPrintable(find<QLabel>("noticeEditorState")->text()));
        QVERIFY(find<QLabel>("noticePreviewWarning")->text().contains(s("{{insignia}}")));
        QVERIFY(tabs->tabText(1).endsWith(s(" *")));
        subjectEdit->selectAll();
        QTest::keyClicks(subjectEdit, s("Hola {{first_name}}: su insignia {{badge_name}}"));
        QCOMPARE(subject->text(), s("Hola María: su insignia Assessment T001"));
        // A placeholder double-clicked in the list goes into the message.
        find<QPlainTextEdit>("noticeBody")->moveCursor(QTextCursor::End);
        auto* placeholders = find<QListWidget>("noticePlaceholders");
        emit placeholders->itemActivated(
            placeholders->item(NoticeTemplate::placeholders().indexOf(s("school_name"))));
        QVERIFY(body->toPlainText().endsWith(s("Tulsa Tech")));
        auto* save = find<QPushButton>("noticeSaveButton");
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        NoticeTemplateRepository templates(m_db->connection());
        QVERIFY(templates.isCustomised(s("es")));
        QCOMPARE(templates.get(s("es")).subject, s("Hola {{first_name}}: su insignia {{badge_name}}"));
        QVERIFY(templates.get(s("es")).body.endsWith(s("{{school_name}}")));
        QVERIFY(!save->isEnabled());
        QVERIFY(!tabs->tabText(1).endsWith(s(" *")));
        QVERIFY(!templates.isCustomised(s("en")));

        // Export through the seam, as CSV: the rows read back.
        const QString csv = m_dir->filePath(s("notice-october.csv"));
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(find<QPushButton>("noticeExportButton"), Qt::LeftButton);
        QVERIFY(QFile::exists(csv));
        CsvReader reader(csv);
        QVERIFY(reader.open());
        QList<QStringList> table;
        QStringList record;
        while (reader.readRow(&record))
            table << record;
        QCOMPARE(table.size(), 7);
        QCOMPARE(table.at(6).mid(0, 3), (QStringList{s("María"), s("Núñez"), s("student4@example.org")}));
        QVERIFY(find<QLabel>("noticeMessage")->text().contains(s("Notice list of 6 student")));
        // And from the Batch menu, as XLSX.
        const QString xlsx = m_dir->filePath(s("notice-october.xlsx"));
        FileDialog::setNextFileName(xlsx);
        find<QAction>("actionExportNoticeList")->trigger();
        QVERIFY(QFile::exists(xlsx));
        QCOMPARE(currentPageName(), s("noticePage"));

        // Mark as sent: recorded, the step path shows the wait, the Issue page knows.
        auto* mark = find<QPushButton>("noticeMarkSentButton");
        QVERIFY(mark->isEnabled());
        QTest::mouseClick(mark, Qt::LeftButton);
        QCOMPARE(
            count(*m_db,
                  s("SELECT count(*) FROM batches WHERE notice_sent_at IS NOT NULL AND notice_rows = 6")),
            1);
        QCOMPARE(count(*m_db, s("SELECT count(*) FROM audit_log WHERE action = 'notice_sent'")), 1);
        const QString state = find<QLabel>("noticeState")->text();
        QVERIFY2(state.startsWith(s("✓ Notice sent on")) && state.contains(s("to 6 student")) &&
                     state.contains(QLocale().toString(QDate::currentDate().addDays(3), QLocale::LongFormat)),
                 qPrintable(state));
        QVERIFY(!mark->isEnabled());
        auto* notified = find<QLabel>("step_notified");
        QVERIFY(notified);
        QVERIFY2(notified->toolTip().contains(s("Notice wait: 3 day")), qPrintable(notified->toolTip()));
        QVERIFY2(find<QLabel>("issueNotice")->text().contains(s("The notice went out on")),
                 qPrintable(find<QLabel>("issueNotice")->text()));
        test::saveScreenshot(m_window.get(), s("notice-page-sent"));

        // Cleared with a reason: the wait is gone again.
        auto* reason = find<QLineEdit>("noticeClearReason");
        auto* clear = find<QPushButton>("noticeClearButton");
        QVERIFY(reason->isVisible() && !clear->isEnabled());
        QTest::keyClicks(reason, s("sent to the wrong list"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(count(*m_db, s("SELECT count(*) FROM batches WHERE notice_sent_at IS NULL")), 1);
        QVERIFY(mark->isEnabled());
        QVERIFY(!reason->isVisible());
        QVERIFY(find<QLabel>("step_notified")->toolTip().contains(s("Send the students the notice")));
    }

    void restoreDefaultAndBatchLanguage()
    {
        makeBatchOf(true);
        NoticeTemplate custom = NoticeTemplate::defaultFor(s("en"));
        custom.subject = s("Custom {{badge_name}}");
        QVERIFY(NoticeTemplateRepository(m_db->connection()).save(custom, s("ana")));
        openWindow();
        auto* restore = find<QPushButton>("noticeRestoreButton");
        QCOMPARE(find<QLineEdit>("noticeSubject")->text(), s("Custom {{badge_name}}"));
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(find<QLineEdit>("noticeSubject")->text(), NoticeTemplate::defaultFor(s("en")).subject);
        QVERIFY(!NoticeTemplateRepository(m_db->connection()).isCustomised(s("en")));
        QVERIFY(!restore->isEnabled());

        // Students without a language follow the batch's choice.
        auto* language = find<QComboBox>("noticeBatchLanguage");
        language->setCurrentIndex(language->findData(s("es")));
        emit language->activated(language->currentIndex());
        QCOMPARE(m_window->noticePage()->list().languageCounts().value(s("es")), 6);
        QVERIFY(find<QLabel>("noticeSummary")->text().contains(s("0 in English, 6 in Spanish")));
    }
};

QTEST_MAIN(TestNoticePage)
#include "TestNoticePage.moc"
