#include "EmptyStateWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace badgedesk {

EmptyStateWidget::EmptyStateWidget(const QString& title, const QString& message, const QString& actionText,
                                   QWidget* parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_message(new QLabel(message, this)),
      m_action(new QPushButton(actionText, this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_message->setObjectName(QStringLiteral("emptyStateMessage"));
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_hint->setObjectName(QStringLiteral("emptyStateHint"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_action->setDefault(true);
    m_action->setMinimumHeight(32);
    m_action->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();

    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);

    // A column of bounded width, centred: word-wrapped labels need a real width to compute their
    // height, which they do not get when centred one by one.
    auto* column = new QWidget(this);
    column->setObjectName(QStringLiteral("emptyStateColumn"));
    column->setMaximumWidth(560);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(10);
    columnLayout->addWidget(m_message);
    columnLayout->addSpacing(20);
    columnLayout->addWidget(m_action, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_hint);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::message() const
{
    return m_message->text();
}

void EmptyStateWidget::disableAction(const QString& reason)
{
    m_action->setEnabled(false);
    m_action->setToolTip(reason);
    m_action->setAccessibleDescription(reason);
    // Also say it in plain sight: nobody hovers over a greyed button to learn why.
    m_hint->setText(reason);
    m_hint->show();
}

} // namespace badgedesk
