#include "CatalogPage.h"
#include "ThemeColors.h"

#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "catalog/CatalogDetailsPane.h"
#include "catalog/CatalogFilterProxyModel.h"
#include "catalog/CatalogImportDialog.h"
#include "catalog/CatalogItemDelegate.h"
#include "catalog/CatalogTableModel.h"
#include "domain/CatalogTableParser.h"
#include "importing/CatalogListReader.h"
#include "reports/CatalogListWriter.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace badgedesk {
namespace {

const auto kHeaderKey = QStringLiteral("catalog/header");
const auto kSplitterKey = QStringLiteral("catalog/splitter");
const auto kViewKey = QStringLiteral("catalog/view");
const auto kShowRetiredKey = QStringLiteral("catalog/showRetired");
const auto kFolderKey = QStringLiteral("catalog/folder");

} // namespace

CatalogPage::CatalogPage(Database& db, QWidget* parent) : CatalogPage(db, nullptr, parent) {}

CatalogPage::CatalogPage(Database& db, CatalogChangeNotifier* notifier, QWidget* parent)
    : Page(parent), m_db(db), m_repository(std::make_unique<CatalogRepository>(db.connection(), notifier))
{
    setObjectName(QStringLiteral("catalogPage"));
    auto* emptyState = new EmptyStateWidget(
        tr("The approved-assessment list is empty"),
        tr("Import the published Approved Assessment spreadsheet (.xlsx or .csv). BadgeDesk shows what is "
           "added, "
           "changed and retired before anything is saved; then map each assessment CareerTech badges to its "
           "Credly badge template."),
        tr("Import assessment list…"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this, &CatalogPage::importList);
    setEmptyState(emptyState);

    m_undoStack = new QUndoStack(this);
    m_model = new CatalogTableModel(*m_repository, *m_undoStack, this);
    m_model->setValidator(m_repository->validator(m_db.environment()));
    m_proxy = new CatalogFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    buildContent();
    updateContent();
}

CatalogPage::~CatalogPage()
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void CatalogPage::buildContent()
{
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("catalogContent"));
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    // Actions row: what the specialist does to the list.
    auto* actionsRow = new QHBoxLayout;
    auto addButton = [&](QAction* action, const QString& objectName) {
        action->setObjectName(objectName);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(m_content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actionsRow->addWidget(button);
        return button;
    };
    auto* add = new QAction(tr("Add entry…"), this);
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("Add an assessment by its code and title (%1)").arg(add->shortcut().toString()));
    connect(add, &QAction::triggered, this, &CatalogPage::showAddBar);
    addButton(add, QStringLiteral("catalogAdd"));
    auto* import = new QAction(tr("Import list…"), this);
    import->setToolTip(
        tr("Read the published Approved Assessment list (.xlsx or .csv) and preview what changes"));
    connect(import, &QAction::triggered, this, &CatalogPage::importList);
    addButton(import, QStringLiteral("catalogImport"));
    auto* exportAction = new QAction(tr("Export…"), this);
    exportAction->setToolTip(tr("Write the catalog to an .xlsx workbook or a .csv file that imports back "
                                "unchanged"));
    connect(exportAction, &QAction::triggered, this, &CatalogPage::exportList);
    addButton(exportAction, QStringLiteral("catalogExport"));
    actionsRow->addSpacing(16);

    // Short button labels; what would be undone goes in the tooltip (the stack's own actions put
    // the whole step text on the button, which does not fit).
    auto* undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) { undo->setToolTip(tr("Undo: %1").arg(text)); });
    addButton(undo, QStringLiteral("catalogUndo"));
    auto* redo = new QAction(tr("Redo"), this);
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString& text) { redo->setToolTip(tr("Redo: %1").arg(text)); });
    addButton(redo, QStringLiteral("catalogRedo"));
    actionsRow->addSpacing(16);

    m_selectionMenu = buildSelectionMenu();
    auto* selection = new QToolButton(m_content);
    selection->setObjectName(QStringLiteral("catalogSelectionButton"));
    selection->setText(tr("Selected rows"));
    selection->setToolTip(tr("Edit every selected row at once; each edit is one Undo step"));
    selection->setMenu(m_selectionMenu);
    selection->setPopupMode(QToolButton::InstantPopup);
    actionsRow->addWidget(selection);
    actionsRow->addStretch(1);
    layout->addLayout(actionsRow);

    // Filter bar: what the specialist looks at.
    auto* filterRow = new QHBoxLayout;
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search code, title, vendor, template… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalog"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CatalogFilterProxyModel::setSearchText);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &CatalogPage::focusSearch);
    addAction(find);
    filterRow->addWidget(m_search, 1);

    auto* showLabel = new QLabel(tr("&Show:"), m_content);
    m_viewFilter = new QComboBox(m_content);
    m_viewFilter->setObjectName(QStringLiteral("catalogView"));
    showLabel->setBuddy(m_viewFilter);
    m_viewFilter->addItem(tr("All assessments"), int(CatalogFilterProxyModel::View::All));
    m_viewFilter->addItem(tr("Problems only"), int(CatalogFilterProxyModel::View::Problems));
    m_viewFilter->addItem(tr("Badged by CareerTech"), int(CatalogFilterProxyModel::View::CareerTechBadged));
    m_viewFilter->addItem(tr("Badged by the vendor"), int(CatalogFilterProxyModel::View::VendorBadged));
    m_viewFilter->addItem(tr("Not badged"), int(CatalogFilterProxyModel::View::NotBadged));
    connect(m_viewFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        m_proxy->setView(CatalogFilterProxyModel::View(m_viewFilter->currentData().toInt()));
        QSettings().setValue(kViewKey, m_viewFilter->currentData().toInt());
        updateContent();
    });
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_viewFilter);
    m_showRetired = new QCheckBox(tr("Show &retired"), m_content);
    m_showRetired->setObjectName(QStringLiteral("catalogShowRetired"));
    m_showRetired->setChecked(true);
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setShowRetired(on);
        QSettings().setValue(kShowRetiredKey, on);
        updateContent();
    });
    filterRow->addWidget(m_showRetired);
    layout->addLayout(filterRow);

    // The banner sits above both the table and the empty state: an import that fails on an
    // empty catalog must be able to say why.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Tone::Error));
    m_message->hide();
    static_cast<QVBoxLayout*>(this->layout())->insertWidget(0, m_message);
    connect(m_model, &CatalogTableModel::errorOccurred, this, &CatalogPage::showMessage);
    // Queued: the stack drops a refused step and changes its index after the command returns,
    // which hides the banner; the refusal must be shown after that, not be hidden by it.
    connect(m_model, &CatalogTableModel::stepRefused, this, &CatalogPage::showMessage, Qt::QueuedConnection);

    // Add bar: code and title in place, no dialog; the rest is edited in the table.
    m_addBar = new QWidget(m_content);
    m_addBar->setObjectName(QStringLiteral("catalogAddBar"));
    auto* addRow = new QHBoxLayout(m_addBar);
    addRow->setContentsMargins(0, 0, 0, 0);
    m_addCode = new QLineEdit(m_addBar);
    m_addCode->setObjectName(QStringLiteral("catalogAddCode"));
    m_addCode->setPlaceholderText(tr("Code, e.g. 0911"));
    m_addCode->setMaximumWidth(140);
    m_addTitle = new QLineEdit(m_addBar);
    m_addTitle->setObjectName(QStringLiteral("catalogAddTitle"));
    m_addTitle->setPlaceholderText(tr("Title as the approved list names it"));
    auto* addConfirm = new QPushButton(tr("Add"), m_addBar);
    addConfirm->setObjectName(QStringLiteral("catalogAddConfirm"));
    auto* addCancel = new QPushButton(tr("Cancel"), m_addBar);
    addCancel->setObjectName(QStringLiteral("catalogAddCancel"));
    auto* newLabel = new QLabel(tr("New assessment:"), m_addBar);
    newLabel->setBuddy(m_addCode);
    m_addCode->setAccessibleName(tr("Code of the new assessment"));
    m_addTitle->setAccessibleName(tr("Title of the new assessment"));
    addRow->addWidget(newLabel);
    addRow->addWidget(m_addCode);
    addRow->addWidget(m_addTitle, 1);
    addRow->addWidget(addConfirm);
    addRow->addWidget(addCancel);
    connect(addConfirm, &QPushButton::clicked, this, &CatalogPage::addEntry);
    connect(m_addCode, &QLineEdit::returnPressed, this, &CatalogPage::addEntry);
    connect(m_addTitle, &QLineEdit::returnPressed, this, &CatalogPage::addEntry);
    connect(addCancel, &QPushButton::clicked, m_addBar, &QWidget::hide);
    auto* escape = new QAction(m_addBar);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, m_addBar, &QWidget::hide);
    m_addBar->addAction(escape);
    m_addBar->hide();
    layout->addWidget(m_addBar);

    m_splitter = new QSplitter(Qt::Horizontal, m_content);
    m_splitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("catalogTable"));
    // Tab leaves the table (arrows move between cells), so the keyboard is never trapped in it.
    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Approved assessments"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CatalogItemDelegate(*m_model, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogTableModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    // Template names share a long prefix ("CareerTech Testing Center - ..."): keep both ends.
    m_view->setTextElideMode(Qt::ElideMiddle);
    // Compact rows: a 600-row list should show as many of them as the screen allows.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_selectionMenu->popup(m_view->viewport()->mapToGlobal(pos)); });
    QSettings settings;
    const QByteArray header = settings.value(kHeaderKey).toByteArray();
    m_headerRestored = !header.isEmpty() && m_view->horizontalHeader()->restoreState(header);
    m_details = new CatalogDetailsPane(m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({760, 420});
    layout->addWidget(m_splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogPage::updateDetails);

    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("catalogSummary"));
    layout->addWidget(m_summary);

    this->layout()->addWidget(m_content);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogPage::updateContent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogPage::updateContent);
    connect(m_undoStack, &QUndoStack::indexChanged, m_message, &QWidget::hide);

    // Remembered filter state.
    const int view = settings.value(kViewKey, int(CatalogFilterProxyModel::View::All)).toInt();
    m_viewFilter->setCurrentIndex(qMax(0, m_viewFilter->findData(view)));
    m_showRetired->setChecked(settings.value(kShowRetiredKey, true).toBool());
}

QMenu* CatalogPage::buildSelectionMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("catalogSelectionMenu"));
    menu->setToolTipsVisible(true);
    auto addItem = [&](const QString& text, const QString& objectName, const QKeySequence& shortcut,
                       auto slot) {
        QAction* action = menu->addAction(text);
        action->setObjectName(objectName);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action); // the shortcut works on the page, not only while the menu is open
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addItem(tr("CareerTech badges them"), QStringLiteral("catalogSetAgencyBadges"), {},
            [this] { setFlagOnSelection(CatalogTableModel::AgencyBadges, true); });
    addItem(tr("CareerTech does not badge them"), QStringLiteral("catalogClearAgencyBadges"), {},
            [this] { setFlagOnSelection(CatalogTableModel::AgencyBadges, false); });
    addItem(tr("Their vendor badges them"), QStringLiteral("catalogSetVendorBadges"), {},
            [this] { setFlagOnSelection(CatalogTableModel::VendorBadges, true); });
    addItem(tr("Their vendor does not badge them"), QStringLiteral("catalogClearVendorBadges"), {},
            [this] { setFlagOnSelection(CatalogTableModel::VendorBadges, false); });
    menu->addSeparator();
    QAction* fill = addItem(tr("Copy the current cell to the selected rows"), QStringLiteral("catalogFill"),
                            QKeySequence(Qt::CTRL | Qt::Key_D), &CatalogPage::fillSelection);
    fill->setToolTip(tr("E.g. pick a template in one row, select the others, then Ctrl+D"));
    addItem(tr("Clear the current column in the selected rows"), QStringLiteral("catalogClear"),
            QKeySequence(Qt::Key_Delete), &CatalogPage::clearSelectedCells);
    addItem(tr("Copy as text"), QStringLiteral("catalogCopy"), QKeySequence::Copy,
            &CatalogPage::copySelection);
    menu->addSeparator();
    QAction* retire =
        addItem(tr("Retire as of today"), QStringLiteral("catalogRetire"), {}, &CatalogPage::retireSelected);
    retire->setToolTip(
        tr("Retired entries stay in the list and their history; rows for them are excluded from "
           "then on. Undo brings them back."));
    addItem(tr("Return to active"), QStringLiteral("catalogRestore"), {}, &CatalogPage::restoreSelected);
    QAction* remove = addItem(tr("Delete (only entries no imported row uses)"),
                              QStringLiteral("catalogDelete"), {}, &CatalogPage::deleteSelected);
    remove->setToolTip(
        tr("For an entry added by mistake. An entry imported rows refer to is retired instead."));
    return menu;
}

void CatalogPage::showEvent(QShowEvent* event)
{
    // The template sync may have run on another page since: names and problems follow it.
    reloadTemplates();
    Page::showEvent(event);
}

void CatalogPage::reload()
{
    m_model->reload();
}

void CatalogPage::reloadTemplates()
{
    m_model->setValidator(m_repository->validator(m_db.environment()));
}

void CatalogPage::updateContent()
{
    const bool empty = m_model->rowCount() == 0;
    emptyState()->setVisible(empty);
    m_content->setVisible(!empty);
    if (!empty && !m_headerRestored && !m_columnsSized) {
        // First look at a filled catalog: what decides badging comes right after the title, and
        // the columns fit their values once; after that the user's order and widths (remembered
        // in QSettings) win.
        QHeaderView* header = m_view->horizontalHeader();
        const int order[] = {CatalogTableModel::Code,
                             CatalogTableModel::Title,
                             CatalogTableModel::AgencyBadges,
                             CatalogTableModel::TemplateId,
                             CatalogTableModel::VendorBadges,
                             CatalogTableModel::Vendor,
                             CatalogTableModel::CredentialType,
                             CatalogTableModel::ProgramArea,
                             CatalogTableModel::EffectiveDate,
                             CatalogTableModel::RetiredDate,
                             CatalogTableModel::CredentialingBody,
                             CatalogTableModel::Notes};
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
        m_view->resizeColumnsToContents();
        m_view->setColumnWidth(CatalogTableModel::Title,
                               qMin(m_view->columnWidth(CatalogTableModel::Title), 260));
        for (int column : {int(CatalogTableModel::CredentialingBody), int(CatalogTableModel::Vendor),
                           int(CatalogTableModel::ProgramArea), int(CatalogTableModel::TemplateId)})
            m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 220));
        m_columnsSized = true;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int problems = m_model->problemCount();
    QStringList parts{tr("%n assessments", nullptr, total),
                      tr("%n retired", nullptr, m_model->retiredCount())};
    if (problems > 0)
        parts << tr("%n with a problem (to list them: Show › Problems only)", nullptr, problems);
    if (shown != total)
        parts << tr("%n shown", nullptr, shown);
    if (!m_model->validator().templatesSynced())
        parts << tr("Credly templates not synced yet for %1: template names cannot be shown or checked")
                     .arg(environmentLabel(m_db.environment()));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    updateDetails();
}

void CatalogPage::updateDetails()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1) {
        m_details->showNothing(int(rows.size()));
        return;
    }
    const CatalogEntry& entry = m_model->entryAt(rows.first());
    m_details->showEntry(entry, m_model->usage(entry.code), m_model->validator(),
                         m_repository->history(entry.code));
}

void CatalogPage::showMessage(const QString& message)
{
    m_message->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Tone::Error));
    m_message->setText(message);
    m_message->show();
}

void CatalogPage::showInfo(const QString& message)
{
    m_message->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Tone::Info));
    m_message->setText(message);
    m_message->show();
}

QList<int> CatalogPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CatalogPage::selectCode(const QString& code)
{
    const int row = m_model->rowOfCode(code);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, CatalogTableModel::Title));
    if (!index.isValid())
        return; // filtered out
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CatalogPage::showAddBar()
{
    if (m_model->rowCount() == 0)
        m_content->show();
    m_addBar->show();
    m_addCode->setFocus(Qt::ShortcutFocusReason);
}

void CatalogPage::addEntry()
{
    const QString code = CatalogTableParser::normaliseCode(m_addCode->text());
    if (!m_model->addEntry(code, m_addTitle->text()))
        return; // the banner says why; what was typed stays
    m_addCode->clear();
    m_addTitle->clear();
    m_addBar->hide();
    // Show the new entry even if the filters would hide it, then edit the rest in place.
    m_search->clear();
    if (m_proxy->view() != CatalogFilterProxyModel::View::All)
        m_viewFilter->setCurrentIndex(0);
    selectCode(code);
    m_view->setFocus();
    showInfo(tr("Added %1. Fill in its other columns in the table; Undo removes it again.").arg(code));
}

void CatalogPage::setFlagOnSelection(int column, bool on)
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty()) {
        showMessage(tr("Select the assessments to change first."));
        return;
    }
    if (!m_model->setColumnValue(rows, column, on ? QStringLiteral("1") : QStringLiteral("0")))
        showInfo(tr("The selected rows already have that value."));
}

void CatalogPage::fillSelection()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QList<int> rows = selectedSourceRows();
    if (!current.isValid() || rows.size() < 2) {
        showMessage(
            tr("Select several rows and put the cursor on the cell whose value they should all get."));
        return;
    }
    if (current.column() == CatalogTableModel::Code) {
        showMessage(tr("Codes are unique; pick another column to copy."));
        return;
    }
    m_model->setColumnValue(rows, current.column(), current.data(CatalogTableModel::FieldRole).toString());
}

void CatalogPage::clearSelectedCells()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QList<int> rows = selectedSourceRows();
    if (!current.isValid() || rows.isEmpty())
        return;
    const int column = current.column();
    if (column == CatalogTableModel::Code || column == CatalogTableModel::Title) {
        showMessage(tr("Every assessment needs a code and a title; type over the title to change it."));
        return;
    }
    if (column == CatalogTableModel::VendorBadges || column == CatalogTableModel::AgencyBadges) {
        m_model->setColumnValue(rows, column, QStringLiteral("0"));
        return;
    }
    m_model->setColumnValue(rows, column, QString());
}

void CatalogPage::copySelection()
{
    // Tab-separated, in view order, so it pastes into a spreadsheet as cells.
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    std::sort(indexes.begin(), indexes.end(), [this](const QModelIndex& a, const QModelIndex& b) {
        const int va = m_view->horizontalHeader()->visualIndex(a.column());
        const int vb = m_view->horizontalHeader()->visualIndex(b.column());
        return a.row() != b.row() ? a.row() < b.row() : va < vb;
    });
    QString text;
    int row = indexes.first().row();
    QStringList cells;
    for (const QModelIndex& index : std::as_const(indexes)) {
        if (m_view->isColumnHidden(index.column()))
            continue;
        if (index.row() != row) {
            text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
            cells.clear();
            row = index.row();
        }
        const QVariant check = index.data(Qt::CheckStateRole);
        cells << (check.isValid() ? (check.toInt() == Qt::Checked ? tr("Yes") : tr("No"))
                                  : index.data().toString());
    }
    text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    QApplication::clipboard()->setText(text);
}

void CatalogPage::retireSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty()) {
        showMessage(tr("Select the assessments to retire first."));
        return;
    }
    // Reversible with Undo, so no confirmation dialog; the banner says what happened.
    if (m_model->retire(rows, QDate::currentDate()))
        showInfo(tr("Retired the selected assessments (%n) as of today. Undo (Ctrl+Z) brings them back.",
                    nullptr, int(rows.size())));
}

void CatalogPage::restoreSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty()) {
        showMessage(tr("Select the retired assessments to return to active first."));
        return;
    }
    if (!m_model->setColumnValue(rows, CatalogTableModel::RetiredDate, QString()))
        showInfo(tr("The selected assessments are already active."));
}

void CatalogPage::deleteSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty()) {
        showMessage(tr("Select the assessments to delete first."));
        return;
    }
    if (m_model->removeEntries(rows))
        showInfo(tr("Deleted the selected assessments (%n). Undo (Ctrl+Z) restores them.", nullptr,
                    int(rows.size())));
}

QString CatalogPage::lastFolder() const
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void CatalogPage::rememberFolder(const QString& path)
{
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

void CatalogPage::importList()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import approved-assessment list"), lastFolder(),
                                    tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    previewImport(path);
}

CatalogImportDialog* CatalogPage::previewImport(const QString& path)
{
    CatalogListReader reader;
    if (!reader.read(path)) {
        showMessage(reader.errorMessage());
        return nullptr;
    }
    const CatalogDiff diff =
        CatalogDiff::compute(m_model->entries(), reader.entries(), reader.heldCodes(), reader.listedFields());
    const QString fileName = QFileInfo(path).fileName();
    auto* dialog =
        new CatalogImportDialog({fileName, reader.headerRow(), reader.dataRows(), reader.unlistedFields()},
                                diff, reader.problems(), m_model->validator(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fileName] {
        const CatalogDiff& accepted = dialog->diff();
        const QString summary = dialog->summary();
        if (m_model->applyImport(accepted, dialog->retireOn(), fileName))
            showInfo(tr("Imported %1: %2. Undo (Ctrl+Z) reverts the whole import.").arg(fileName, summary));
    });
    // Window-modal and non-blocking: the decision is the dialog's, the page waits for its signal.
    dialog->open();
    return dialog;
}

void CatalogPage::exportList()
{
    const QString suggested =
        QDir(lastFolder())
            .filePath(tr("approved-assessments-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = FileDialog::getSaveFileName(this, tr("Export the catalog"), suggested,
                                               tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    rememberFolder(path);
    exportTo(path);
}

bool CatalogPage::exportTo(const QString& path)
{
    CatalogListWriter writer;
    const QList<CatalogEntry> entries = m_model->entries();
    if (!writer.write(path, entries, m_model->validator())) {
        showMessage(writer.errorMessage());
        return false;
    }
    showInfo(tr("Exported the catalog (%n entries) to %1. Importing that file back changes nothing.", nullptr,
                int(entries.size()))
                 .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CatalogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

} // namespace badgedesk
