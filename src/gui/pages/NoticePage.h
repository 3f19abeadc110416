#pragma once

#include "Page.h"
#include "notices/NoticeList.h"
#include "notices/NoticeTemplate.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QTextBrowser;
class QWidget;

namespace badgedesk {

class Database;

// The pre-issuance notice of the current batch (BRIEF step 5; issue 8 item 1, issue 9 item 2):
// the notice text per language (subject, body, the placeholders it may use, Restore default), a
// preview of one student's message as it will read, the mail-merge list exported to XLSX or CSV,
// and "Mark notice as sent", which records the date (audited) and shows the issue date it
// unlocks. Until the batch is validly signed off the page says so and leads to Review.
class NoticePage : public Page
{
    Q_OBJECT
public:
    explicit NoticePage(Database& db, QWidget* parent = nullptr);

    qint64 batch() const { return m_batchId; }
    const NoticeList& list() const { return m_list; }
    // The language being edited ("en", "es").
    QString editedLanguage() const;

public slots:
    void setBatch(qint64 batchId);
    void refresh();
    void exportList();
    void markSent();
    void clearSent();
    void saveTemplate();
    void restoreDefault();

signals:
    // The notice was recorded or cleared: the step path and the Issue page re-read the batch.
    void batchesChanged();
    void statusMessage(const QString& message);

private:
    void buildContent();
    QWidget* buildEditor();
    QWidget* buildPreview();
    void showTemplate(const QString& language);
    void keepEdits(); // the editor's text into m_drafts
    void updatePreview();
    void updateEditorState();
    void updateNoticeState();
    void showMessage(const QString& text, bool problem = false);
    NoticeTemplate draft(const QString& language) const;

    Database& m_db;
    qint64 m_batchId = 0;
    NoticeList m_list;
    QHash<QString, NoticeTemplate> m_drafts; // per language, as edited (unsaved edits included)
    QString m_language;                      // shown in the editor
    bool m_loading = false;

    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_noticeState = nullptr;
    QComboBox* m_batchLanguage = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_markButton = nullptr;
    QLineEdit* m_clearReason = nullptr;
    QPushButton* m_clearButton = nullptr;
    QLabel* m_message = nullptr;
    QTabBar* m_languageTabs = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QListWidget* m_placeholders = nullptr;
    QLabel* m_editorState = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QComboBox* m_student = nullptr;
    QLabel* m_previewSubject = nullptr;
    QTextBrowser* m_previewBody = nullptr;
    QLabel* m_previewWarning = nullptr;
};

} // namespace badgedesk
