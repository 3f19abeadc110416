#include "CatalogPage.h"

#include "EmptyStateWidget.h"
#include "catalog/CatalogTableModel.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace badgedesk {

CatalogPage::CatalogPage(Database& db, QWidget* parent)
    : Page(parent), m_repository(std::make_unique<CatalogRepository>(db.connection()))
{
    setObjectName(QStringLiteral("catalogPage"));
    auto* emptyState = new EmptyStateWidget(
        tr("The approved-assessment list is empty"),
        tr("Import the published Approved Assessment spreadsheet. BadgeDesk shows what is added, changed and "
           "retired before anything is saved, and maps each assessment to its Credly badge template."),
        tr("Import assessment list…"), this);
    emptyState->disableAction(tr("Catalog import from the app arrives with the catalog import step; until "
                                 "then the list cannot be read from a spreadsheet here."));
    setEmptyState(emptyState);

    m_undoStack = new QUndoStack(this);
    m_model = new CatalogTableModel(*m_repository, *m_undoStack, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("catalogContent"));
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search code, title, vendor, template… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    bar->addWidget(m_search, 1);

    auto addButton = [&](QAction* action, const QString& objectName) {
        action->setObjectName(objectName);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(m_content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    };
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
    auto* retire = new QAction(tr("Retire selected…"), this);
    retire->setToolTip(tr("Retire the selected assessments as of today. Retired entries stay in the list "
                          "and their history; rows for them are excluded from then on."));
    connect(retire, &QAction::triggered, this, &CatalogPage::retireSelected);
    addButton(retire, QStringLiteral("catalogRetire"));
    layout->addLayout(bar);

    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #7f1d1d; padding: 6px; }"));
    m_message->hide();
    layout->addWidget(m_message);
    connect(m_model, &CatalogTableModel::errorOccurred, this, &CatalogPage::showMessage);

    m_view = new QTableView(m_content);
    m_view->setObjectName(QStringLiteral("catalogTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogTableModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QByteArray header = QSettings().value(QStringLiteral("catalog/header")).toByteArray();
    m_headerRestored = !header.isEmpty() && m_view->horizontalHeader()->restoreState(header);
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("catalogSummary"));
    layout->addWidget(m_summary);

    this->layout()->addWidget(m_content);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogPage::updateContent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogPage::updateContent);
    connect(m_undoStack, &QUndoStack::indexChanged, m_message, &QWidget::hide);
    updateContent();
}

CatalogPage::~CatalogPage()
{
    QSettings().setValue(QStringLiteral("catalog/header"), m_view->horizontalHeader()->saveState());
}

void CatalogPage::reload()
{
    m_model->reload();
}

void CatalogPage::updateContent()
{
    const bool empty = m_model->rowCount() == 0;
    emptyState()->setVisible(empty);
    m_content->setVisible(!empty);
    if (!empty && !m_headerRestored && !m_columnsSized) {
        // First look at a filled catalog: fit the columns to their headers and values once;
        // after that the user's widths (remembered in QSettings) win.
        m_view->resizeColumnsToContents();
        m_view->setColumnWidth(CatalogTableModel::Title,
                               qMin(m_view->columnWidth(CatalogTableModel::Title), 320));
        m_columnsSized = true;
    }
    const int problems = m_model->problemCount();
    m_summary->setText(
        problems == 0
            ? tr("%n assessments", nullptr, m_model->rowCount())
            : tr("%n assessments", nullptr, m_model->rowCount()) + QStringLiteral(" · ") +
                  tr("%n need a Credly template or a fix (hover the red codes)", nullptr, problems));
}

void CatalogPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

QList<int> CatalogPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

void CatalogPage::retireSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty()) {
        showMessage(tr("Select the assessments to retire first."));
        return;
    }
    // Reversible with Undo, so no confirmation dialog.
    m_model->retire(rows, QDate::currentDate());
}

} // namespace badgedesk
