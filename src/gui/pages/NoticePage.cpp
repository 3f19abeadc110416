#include "NoticePage.h"

#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "issuing/IssueGate.h"
#include "notices/NoticeLanguage.h"
#include "notices/NoticeRepository.h"
#include "notices/NoticeTemplateRepository.h"
#include "storage/AuditLog.h"
#include "storage/BatchRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace badgedesk {

namespace {
const auto kSplitterKey = QStringLiteral("noticePage/splitter");
const auto kDirectoryKey = QStringLiteral("notice/lastDirectory");
const auto kLanguageKey = QStringLiteral("noticePage/language");

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

NoticePage::NoticePage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("noticePage"));
    auto* emptyState = new EmptyStateWidget(
        tr("The notice waits for a signed-off batch"),
        tr("Students are told about their badge before Credly writes to them, and only the approved "
           "students of a signed-off batch are. Review this month's rows and sign the batch off first."),
        tr("Go to Review"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Review); });
    setEmptyState(emptyState);
    buildContent();
    NoticeTemplateRepository templates(m_db.connection());
    for (const QString& language : NoticeLanguage::all())
        m_drafts.insert(language, templates.get(language));
    const QString remembered = QSettings().value(kLanguageKey).toString();
    showTemplate(NoticeLanguage::isKnown(remembered) ? remembered
                                                     : QString::fromLatin1(NoticeLanguage::kEnglish));
    refresh();
}

void NoticePage::buildContent()
{
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("noticeContent"));
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_noticeState = new QLabel(m_content);
    m_noticeState->setObjectName(QStringLiteral("noticeState"));
    m_noticeState->setWordWrap(true);
    m_noticeState->setTextFormat(Qt::PlainText);
    layout->addWidget(m_noticeState);

    auto* summaryRow = new QHBoxLayout;
    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("noticeSummary"));
    m_summary->setWordWrap(true);
    summaryRow->addWidget(m_summary, 1);
    auto* languageLabel = new QLabel(tr("Language of students without one:"), m_content);
    m_batchLanguage = new QComboBox(m_content);
    m_batchLanguage->setObjectName(QStringLiteral("noticeBatchLanguage"));
    m_batchLanguage->setAccessibleName(tr("Language of students without one"));
    for (const QString& language : NoticeLanguage::all())
        m_batchLanguage->addItem(NoticeLanguage::displayName(language), language);
    languageLabel->setBuddy(m_batchLanguage);
    connect(m_batchLanguage, &QComboBox::activated, this, [this] {
        if (m_batchId > 0)
            NoticeRepository(m_db.connection())
                .setBatchLanguage(m_batchId, m_batchLanguage->currentData().toString());
        refresh();
    });
    summaryRow->addWidget(languageLabel);
    summaryRow->addWidget(m_batchLanguage);
    layout->addLayout(summaryRow);

    auto* actions = new QHBoxLayout;
    m_exportButton = new QPushButton(tr("&Export Notice List…"), m_content);
    m_exportButton->setObjectName(QStringLiteral("noticeExportButton"));
    m_exportButton->setToolTip(
        tr("The mail-merge list (XLSX or CSV): names, email, badge, assessment, school, "
           "expected issue date and language of every approved student."));
    m_markButton = new QPushButton(tr("&Mark Notice as Sent"), m_content);
    m_markButton->setObjectName(QStringLiteral("noticeMarkSentButton"));
    m_markButton->setToolTip(tr("Record that the notice went out now; badges can be issued once the notice "
                                "wait is over."));
    connect(m_exportButton, &QPushButton::clicked, this, &NoticePage::exportList);
    connect(m_markButton, &QPushButton::clicked, this, &NoticePage::markSent);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_markButton);
    actions->addStretch(1);
    m_clearReason = new QLineEdit(m_content);
    m_clearReason->setObjectName(QStringLiteral("noticeClearReason"));
    m_clearReason->setPlaceholderText(tr("why the recorded notice is wrong (kept in the audit log)"));
    m_clearReason->setAccessibleName(tr("Reason to clear the notice"));
    m_clearReason->setMinimumWidth(320);
    m_clearButton = new QPushButton(tr("C&lear Notice"), m_content);
    m_clearButton->setObjectName(QStringLiteral("noticeClearButton"));
    connect(m_clearReason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_clearButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_clearReason, &QLineEdit::returnPressed, this, &NoticePage::clearSent);
    connect(m_clearButton, &QPushButton::clicked, this, &NoticePage::clearSent);
    actions->addWidget(m_clearReason);
    actions->addWidget(m_clearButton);
    layout->addLayout(actions);

    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("noticeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setObjectName(QStringLiteral("noticeSplitter"));
    splitter->addWidget(buildEditor());
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    if (!splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        splitter->setSizes({560, 480});
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(kSplitterKey, splitter->saveState()); });
    layout->addWidget(splitter, 1);

    static_cast<QVBoxLayout*>(Page::layout())->addWidget(m_content);
}

QWidget* NoticePage::buildEditor()
{
    auto* editor = new QWidget(m_content);
    editor->setObjectName(QStringLiteral("noticeEditor"));
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(sectionTitle(tr("Notice text"), editor));

    m_languageTabs = new QTabBar(editor);
    m_languageTabs->setObjectName(QStringLiteral("noticeLanguageTabs"));
    m_languageTabs->setAccessibleName(tr("Language of the notice text"));
    m_languageTabs->setExpanding(false);
    for (const QString& language : NoticeLanguage::all())
        m_languageTabs->setTabData(m_languageTabs->addTab(NoticeLanguage::displayName(language)), language);
    connect(m_languageTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_loading && index >= 0)
            showTemplate(m_languageTabs->tabData(index).toString());
    });
    layout->addWidget(m_languageTabs);

    auto* form = new QFormLayout;
    m_subject = new QLineEdit(editor);
    m_subject->setObjectName(QStringLiteral("noticeSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    form->addRow(tr("&Subject:"), m_subject);
    layout->addLayout(form);

    auto* bodyRow = new QHBoxLayout;
    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(QStringLiteral("noticeBody"));
    m_body->setAccessibleName(tr("Message"));
    m_body->setTabChangesFocus(true);
    bodyRow->addWidget(m_body, 1);
    auto* placeholderColumn = new QVBoxLayout;
    placeholderColumn->addWidget(new QLabel(tr("Placeholders (double-click to insert):"), editor));
    m_placeholders = new QListWidget(editor);
    m_placeholders->setObjectName(QStringLiteral("noticePlaceholders"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    for (const QString& name : NoticeTemplate::placeholders()) {
        auto* item = new QListWidgetItem(QStringLiteral("{{%1}}").arg(name), m_placeholders);
        item->setToolTip(NoticeTemplate::describe(name));
        item->setData(Qt::UserRole, name);
    }
    m_placeholders->setMaximumWidth(190);
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString text = QStringLiteral("{{%1}}").arg(item->data(Qt::UserRole).toString());
        if (m_subject->hasFocus())
            m_subject->insert(text);
        else
            m_body->insertPlainText(text);
    });
    placeholderColumn->addWidget(m_placeholders, 1);
    bodyRow->addLayout(placeholderColumn);
    layout->addLayout(bodyRow, 1);

    auto* buttons = new QHBoxLayout;
    m_editorState = new QLabel(editor);
    m_editorState->setObjectName(QStringLiteral("noticeEditorState"));
    m_editorState->setWordWrap(true);
    m_saveButton = new QPushButton(tr("Sa&ve Text"), editor);
    m_saveButton->setObjectName(QStringLiteral("noticeSaveButton"));
    m_restoreButton = new QPushButton(tr("&Restore Default"), editor);
    m_restoreButton->setObjectName(QStringLiteral("noticeRestoreButton"));
    m_restoreButton->setToolTip(tr("Put back BadgeDesk's own text for this language."));
    connect(m_saveButton, &QPushButton::clicked, this, &NoticePage::saveTemplate);
    connect(m_restoreButton, &QPushButton::clicked, this, &NoticePage::restoreDefault);
    buttons->addWidget(m_editorState, 1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_restoreButton);
    layout->addLayout(buttons);

    const auto edited = [this] {
        if (m_loading)
            return;
        keepEdits();
        updateEditorState();
        updatePreview();
    };
    connect(m_subject, &QLineEdit::textChanged, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, edited);
    return editor;
}

QWidget* NoticePage::buildPreview()
{
    auto* preview = new QWidget(m_content);
    preview->setObjectName(QStringLiteral("noticePreview"));
    auto* layout = new QVBoxLayout(preview);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Preview"), preview));
    auto* studentRow = new QHBoxLayout;
    auto* studentLabel = new QLabel(tr("S&tudent:"), preview);
    m_student = new QComboBox(preview);
    m_student->setObjectName(QStringLiteral("noticeStudent"));
    m_student->setAccessibleName(tr("Student to preview"));
    m_student->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_student->setMinimumContentsLength(30);
    studentLabel->setBuddy(m_student);
    connect(m_student, &QComboBox::currentIndexChanged, this, &NoticePage::updatePreview);
    studentRow->addWidget(studentLabel);
    studentRow->addWidget(m_student, 1);
    layout->addLayout(studentRow);
    m_previewSubject = new QLabel(preview);
    m_previewSubject->setObjectName(QStringLiteral("noticePreviewSubject"));
    m_previewSubject->setWordWrap(true);
    m_previewSubject->setTextFormat(Qt::PlainText);
    m_previewSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_previewSubject->font();
    subjectFont.setBold(true);
    m_previewSubject->setFont(subjectFont);
    layout->addWidget(m_previewSubject);
    m_previewBody = new QTextBrowser(preview);
    m_previewBody->setObjectName(QStringLiteral("noticePreviewBody"));
    m_previewBody->setAccessibleName(tr("Message preview"));
    m_previewBody->setOpenLinks(false);
    layout->addWidget(m_previewBody, 1);
    m_previewWarning = new QLabel(preview);
    m_previewWarning->setObjectName(QStringLiteral("noticePreviewWarning"));
    m_previewWarning->setWordWrap(true);
    m_previewWarning->setTextFormat(Qt::PlainText);
    layout->addWidget(m_previewWarning);
    return preview;
}

QString NoticePage::editedLanguage() const
{
    return m_language;
}

NoticeTemplate NoticePage::draft(const QString& language) const
{
    return m_drafts.contains(language) ? m_drafts.value(language) : NoticeTemplate::defaultFor(language);
}

void NoticePage::keepEdits()
{
    NoticeTemplate t = draft(m_language);
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    m_drafts.insert(m_language, t);
}

void NoticePage::showTemplate(const QString& language)
{
    // Edits of the other language are kept as drafts (shown as unsaved), never lost by a switch.
    m_loading = true;
    m_language = language;
    QSettings().setValue(kLanguageKey, language);
    for (int i = 0; i < m_languageTabs->count(); ++i) {
        if (m_languageTabs->tabData(i).toString() == language)
            m_languageTabs->setCurrentIndex(i);
    }
    const NoticeTemplate t = draft(language);
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    m_loading = false;
    // Preview a student who reads this language, when the current one does not.
    const int current = m_student->currentData().toInt();
    if (current < 0 || current >= m_list.rows().size() || m_list.rows().at(current).language != language) {
        for (int i = 0; i < m_student->count(); ++i) {
            const int row = m_student->itemData(i).toInt();
            if (row >= 0 && row < m_list.rows().size() && m_list.rows().at(row).language == language) {
                m_student->setCurrentIndex(i);
                break;
            }
        }
    }
    updateEditorState();
    updatePreview();
}

void NoticePage::updateEditorState()
{
    const NoticeTemplate t = draft(m_language);
    const NoticeTemplate saved = NoticeTemplateRepository(m_db.connection()).get(m_language);
    const bool dirty = t != saved;
    const bool isDefault = t == NoticeTemplate::defaultFor(m_language);
    QStringList parts;
    const QStringList unknown = t.unknownPlaceholders();
    if (!unknown.isEmpty()) {
        QStringList names;
        for (const QString& name : unknown)
            names << QStringLiteral("{{%1}}").arg(name);
        parts << tr("⚠ Not a placeholder BadgeDesk knows: %1. Fix the spelling; it would be sent as written.")
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (dirty)
        parts << tr("Unsaved changes.");
    else
        parts << (isDefault ? tr("BadgeDesk's default text.") : tr("Your own text, saved."));
    m_editorState->setText(parts.join(QLatin1Char(' ')));
    m_saveButton->setEnabled(dirty && !t.subject.trimmed().isEmpty() && !t.body.trimmed().isEmpty());
    m_restoreButton->setEnabled(!isDefault);
    for (int i = 0; i < m_languageTabs->count(); ++i) {
        const QString language = m_languageTabs->tabData(i).toString();
        const bool tabDirty = draft(language) != NoticeTemplateRepository(m_db.connection()).get(language);
        m_languageTabs->setTabText(i, NoticeLanguage::displayName(language) +
                                          (tabDirty ? QStringLiteral(" *") : QString()));
    }
}

void NoticePage::saveTemplate()
{
    keepEdits();
    NoticeTemplateRepository repo(m_db.connection());
    if (!repo.save(draft(m_language), AuditLog::currentActor())) {
        showMessage(repo.error(), true);
        return;
    }
    m_drafts.insert(m_language, repo.get(m_language));
    showMessage(tr("The %1 notice text is saved.").arg(NoticeLanguage::displayName(m_language)));
    updateEditorState();
}

void NoticePage::restoreDefault()
{
    NoticeTemplateRepository repo(m_db.connection());
    if (!repo.restoreDefault(m_language, AuditLog::currentActor())) {
        showMessage(repo.error(), true);
        return;
    }
    m_drafts.insert(m_language, NoticeTemplate::defaultFor(m_language));
    showTemplate(m_language);
    showMessage(
        tr("The %1 notice text is BadgeDesk's default again.").arg(NoticeLanguage::displayName(m_language)));
}

void NoticePage::setBatch(qint64 batchId)
{
    if (batchId == m_batchId)
        return;
    m_batchId = batchId;
    m_message->hide();
    m_clearReason->clear();
    refresh();
}

void NoticePage::refresh()
{
    NoticeList::Options options;
    options.environment = m_db.environment();
    m_list = m_batchId > 0 ? NoticeList::build(m_db.connection(), m_batchId, options) : NoticeList();
    const bool ready = m_batchId > 0 && m_list.isValid();
    emptyState()->setVisible(!ready);
    m_content->setVisible(ready);

    const int previous = m_student->currentIndex() >= 0 ? int(m_student->currentData().toLongLong()) : -1;
    const qint64 previousId =
        previous >= 0 && previous < m_list.rows().size() ? m_list.rows().at(previous).certificationId : 0;
    QSignalBlocker block(m_student);
    m_student->clear();
    int select = 0;
    for (int i = 0; i < m_list.rows().size(); ++i) {
        const NoticeList::Row& r = m_list.rows().at(i);
        m_student->addItem(
            tr("%1, %2 — %3 (%4)")
                .arg(r.lastName, r.firstName, r.email, NoticeLanguage::displayName(r.language)),
            i);
        if (r.certificationId == previousId)
            select = i;
    }
    m_student->setCurrentIndex(m_student->count() > 0 ? select : -1);
    if (!ready) {
        updatePreview();
        return;
    }
    const auto summary = BatchRepository(m_db.connection()).byId(m_batchId);
    m_title->setText(tr("Notice for %1").arg(summary ? summary->displayName() : QString::number(m_batchId)));
    const QHash<QString, int> counts = m_list.languageCounts();
    m_summary->setText(tr("%n approved student(s) to notify: %1 in English, %2 in Spanish.", nullptr,
                          int(m_list.rows().size()))
                           .arg(counts.value(QStringLiteral("en")))
                           .arg(counts.value(QStringLiteral("es"))));
    const QString batchLanguage = NoticeRepository(m_db.connection()).batchLanguage(m_batchId);
    m_batchLanguage->setCurrentIndex(m_batchLanguage->findData(batchLanguage));
    updateNoticeState();
    updatePreview();
}

void NoticePage::updateNoticeState()
{
    const NoticeRepository::Status status = NoticeRepository(m_db.connection()).status(m_batchId);
    const int wait = m_list.waitDays();
    const QLocale locale;
    const QDate issueDate = m_list.expectedIssueDate();
    if (status.sent) {
        m_noticeState->setText(tr("✓ Notice sent on %1 by %2 to %n student(s). Badges can be issued from %3 "
                                  "(a wait of %4 days).",
                                  nullptr, status.rows)
                                   .arg(locale.toString(status.sentAt.toLocalTime(), QLocale::ShortFormat),
                                        status.sentBy.isEmpty() ? tr("someone") : status.sentBy,
                                        locale.toString(issueDate, QLocale::LongFormat))
                                   .arg(wait));
    } else {
        m_noticeState->setText(
            tr("✗ No notice recorded yet. Send it with your mail merge, then mark it as sent: "
               "badges can go out %n day(s) later (from %1 if it goes out today).",
               nullptr, wait)
                .arg(locale.toString(issueDate, QLocale::LongFormat)));
    }
    m_markButton->setEnabled(!status.sent);
    m_clearReason->setVisible(status.sent);
    m_clearButton->setVisible(status.sent);
    m_clearButton->setEnabled(!m_clearReason->text().trimmed().isEmpty());
}

void NoticePage::updatePreview()
{
    const int index = m_student->currentData().toInt();
    if (m_student->currentIndex() < 0 || index < 0 || index >= m_list.rows().size()) {
        m_previewSubject->clear();
        m_previewBody->clear();
        m_previewWarning->clear();
        return;
    }
    const NoticeList::Row& row = m_list.rows().at(index);
    const NoticeTemplate::Rendered r = m_list.render(row, draft(row.language));
    m_previewSubject->setText(r.subject);
    m_previewBody->setPlainText(r.body);
    QStringList warnings;
    if (!r.unknown.isEmpty()) {
        QStringList names;
        for (const QString& name : r.unknown)
            names << QStringLiteral("{{%1}}").arg(name);
        warnings
            << tr("⚠ Left as written, not a known placeholder: %1.").arg(names.join(QStringLiteral(", ")));
    }
    if (!r.missing.isEmpty()) {
        QStringList names;
        for (const QString& name : r.missing)
            names << QStringLiteral("{{%1}}").arg(name);
        warnings << tr("⚠ This student has no value for %1: that part of the message is empty.")
                        .arg(names.join(QStringLiteral(", ")));
    }
    if (warnings.isEmpty() && row.language != m_language)
        warnings << tr("This student reads the %1 text.").arg(NoticeLanguage::displayName(row.language));
    m_previewWarning->setText(warnings.join(QLatin1Char('\n')));
}

void NoticePage::exportList()
{
    if (!m_list.isValid()) {
        showMessage(m_list.problem(), true);
        return;
    }
    QSettings settings;
    QString folder = settings.value(kDirectoryKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto summary = BatchRepository(m_db.connection()).byId(m_batchId);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("notice-list-%1.xlsx").arg(summary ? summary->month : QString()));
    QString path = FileDialog::getSaveFileName(this, tr("Export Notice List"), suggested,
                                               tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += QStringLiteral(".xlsx");
    settings.setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    QString error;
    const bool ok = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                        ? m_list.writeCsv(path, &error)
                        : m_list.writeXlsx(path, &error);
    if (!ok) {
        showMessage(tr("The notice list was not written: %1. Choose another folder or close the file if a "
                       "spreadsheet has it open.")
                        .arg(error),
                    true);
        return;
    }
    const QString text = tr("Notice list of %n student(s) written to %1.", nullptr, int(m_list.rows().size()))
                             .arg(QDir::toNativeSeparators(path));
    showMessage(text);
    emit statusMessage(text);
}

void NoticePage::markSent()
{
    NoticeRepository notices(m_db.connection());
    if (!notices.markSent(m_batchId, int(m_list.rows().size()), AuditLog::currentActor())) {
        showMessage(notices.error(), true);
        return;
    }
    refresh();
    const QString text = tr("The notice is recorded as sent. Badges can be issued from %1.")
                             .arg(QLocale().toString(m_list.expectedIssueDate(), QLocale::LongFormat));
    showMessage(text);
    emit statusMessage(text);
    emit batchesChanged();
}

void NoticePage::clearSent()
{
    NoticeRepository notices(m_db.connection());
    if (!notices.clear(m_batchId, m_clearReason->text(), AuditLog::currentActor())) {
        showMessage(notices.error(), true);
        return;
    }
    m_clearReason->clear();
    refresh();
    showMessage(tr("The recorded notice is cleared; mark it as sent again when it goes out."));
    emit batchesChanged();
}

void NoticePage::showMessage(const QString& text, bool problem)
{
    m_message->setText((problem ? QStringLiteral("✗ ") : QStringLiteral("✓ ")) + text);
    m_message->setProperty("kind", problem ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->setVisible(!text.isEmpty());
}

} // namespace badgedesk
