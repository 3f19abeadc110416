#include "CredlySettingsDialog.h"
#include "ThemeColors.h"

#include "CredlySession.h"
#include "EnvironmentLabel.h"
#include "EnvironmentPreference.h"
#include "PracticeSession.h"
#include "secrets/TokenStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace badgedesk {

namespace {

QString okStyle()
{
    return QStringLiteral("QLabel { color: %1; }").arg(ThemeColors::text(ThemeColors::Tone::Ok).name());
}

QString errorStyle()
{
    return QStringLiteral("QLabel { color: %1; }").arg(ThemeColors::text(ThemeColors::Tone::Error).name());
}

// Amber box from the palette's tones (light or dark): the expiry warning and the keychain offer.
QString warningStyle()
{
    return QStringLiteral(
               "background-color: %1; color: %2; border: 1px solid %3; border-radius: 3px; padding: 6px;")
        .arg(ThemeColors::panel(ThemeColors::Tone::Warning).name(),
             ThemeColors::panelText(ThemeColors::Tone::Warning).name(),
             ThemeColors::text(ThemeColors::Tone::Warning).name());
}

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CredlySettingsDialog::CredlySettingsDialog(CredlySession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_shown(session.environment())
{
    setObjectName(QStringLiteral("credlySettingsDialog"));
    setWindowTitle(tr("Credly Settings"));
    setMinimumWidth(680);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    for (auto e : {CredlyEnvironment::Practice, CredlyEnvironment::Sandbox, CredlyEnvironment::Production}) {
        const QString name = e == CredlyEnvironment::Practice
                                 ? tr("Practice (built-in simulator, no account)")
                             : e == CredlyEnvironment::Sandbox ? tr("Sandbox (sandbox-api.credly.com)")
                                                               : tr("Production (api.credly.com)");
        m_environment->addItem(name, static_cast<int>(e));
    }
    m_environmentBadge = new EnvironmentLabel(m_shown, this);
    m_environmentBadge->setObjectName(QStringLiteral("settingsEnvironmentLabel"));
    auto* environmentRow = new QHBoxLayout;
    environmentRow->addWidget(m_environment, 1);
    environmentRow->addWidget(m_environmentBadge);

    m_switchNote = wrappingLabel(QStringLiteral("switchNote"), this);
    m_switchNote->setStyleSheet(warningStyle());

    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setPlaceholderText(tr("From Credly: Organization settings > Developers"));
    m_organization->setClearButtonEnabled(true);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setClearButtonEnabled(true);
    m_baseUrlHint = wrappingLabel(QStringLiteral("baseUrlHint"), this);
    m_baseUrlHint->setEnabled(false); // greyed: a hint

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_token->setAccessibleName(tr("Credly authorization token"));
    m_tokenState = wrappingLabel(QStringLiteral("tokenStateLabel"), this);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAutoDefault(false);
    m_result = wrappingLabel(QStringLiteral("connectionResultLabel"), this);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);

    m_expiry = wrappingLabel(QStringLiteral("tokenExpiryLabel"), this);

    m_keychainPanel = new QFrame(this);
    m_keychainPanel->setObjectName(QStringLiteral("keychainUnavailablePanel"));
    m_keychainPanel->setStyleSheet(
        QStringLiteral("QFrame#keychainUnavailablePanel { %1 }").arg(warningStyle()));
    m_keychainMessage = wrappingLabel(QStringLiteral("keychainUnavailableLabel"), m_keychainPanel);
    m_keepForSession = new QPushButton(tr("&Keep for this session only"), m_keychainPanel);
    m_keepForSession->setObjectName(QStringLiteral("keepForSessionButton"));
    m_keepForSession->setAutoDefault(false);
    auto* panelLayout = new QVBoxLayout(m_keychainPanel);
    panelLayout->addWidget(m_keychainMessage);
    panelLayout->addWidget(m_keepForSession, 0, Qt::AlignRight);
    m_keychainPanel->hide();

    m_message = wrappingLabel(QStringLiteral("settingsMessageLabel"), this);
    m_message->setStyleSheet(errorStyle());
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));

    // A grid rather than a QFormLayout: it sizes the wrapped hints by their real width.
    auto* form = new QGridLayout;
    m_form = form;
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addField = [this, form, &row](const QString& text, QWidget* buddy, QLayout* fieldLayout) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        if (fieldLayout)
            form->addLayout(fieldLayout, row, 1);
        else
            form->addWidget(buddy, row, 1);
        ++row;
    };
    const auto addHint = [form, &row](QWidget* hint) { form->addWidget(hint, row++, 1); };
    addField(tr("&Environment:"), m_environment, environmentRow);
    addHint(m_switchNote);
    addField(tr("&Organization id:"), m_organization, nullptr);
    addField(tr("&Address:"), m_baseUrl, nullptr);
    addHint(m_baseUrlHint);
    addField(tr("To&ken:"), m_token, nullptr);
    addHint(m_tokenState);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(testRow);
    layout->addWidget(m_expiry);
    layout->addWidget(m_keychainPanel);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { loadEnvironment(selectedEnvironment()); });
    // Whether a token is stored depends on the organization: looked up once typing pauses.
    m_tokenStateTimer.setSingleShot(true);
    m_tokenStateTimer.setInterval(400);
    connect(&m_tokenStateTimer, &QTimer::timeout, this, &CredlySettingsDialog::updateTokenState);
    connect(m_organization, &QLineEdit::textEdited, &m_tokenStateTimer, qOverload<>(&QTimer::start));
    connect(m_organization, &QLineEdit::editingFinished, this, &CredlySettingsDialog::updateTokenState);
    connect(m_test, &QPushButton::clicked, this, &CredlySettingsDialog::testConnection);
    connect(m_keepForSession, &QPushButton::clicked, this, [this] {
        m_session.tokens().keepForSession(selectedEnvironment(), m_organization->text().trimmed(),
                                          m_token->text());
        finishSave();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredlySettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(m_shown)));
    loadEnvironment(m_shown);
    resize(minimumWidth(), 0);
    fitToContents();
}

void CredlySettingsDialog::fitToContents()
{
    // Top-level windows do not grow for wrapped text by themselves (height-for-width is not part of
    // the minimum size), so the dialog grows when a message, result or panel appears.
    // Labels just changed text; the grid's cached heights are stale (invalidate does not recurse).
    m_form->invalidate();
    layout()->invalidate();
    const int width = std::max(this->width(), minimumWidth());
    const int height = layout()->totalHeightForWidth(width);
    if (height > this->height())
        resize(width, height);
}

CredlySettingsDialog::~CredlySettingsDialog() = default;

CredlyEnvironment CredlySettingsDialog::selectedEnvironment() const
{
    return static_cast<CredlyEnvironment>(m_environment->currentData().toInt());
}

bool CredlySettingsDialog::environmentChanged() const
{
    return selectedEnvironment() != m_session.environment();
}

void CredlySettingsDialog::loadEnvironment(CredlyEnvironment environment)
{
    m_shown = environment;
    m_environmentBadge->setEnvironment(environment);
    const CredlyConnectionSettings s = m_session.settings(environment);
    const bool practice = environment == CredlyEnvironment::Practice;

    m_organization->setText(s.organizationId);
    m_organization->setReadOnly(practice);
    m_baseUrl->setReadOnly(practice);
    m_token->clear();
    m_token->setEnabled(!practice);
    if (practice) {
        const PracticeSession* running = m_session.practice();
        m_baseUrl->setText(running ? running->baseUrl().toString() : QString());
        m_baseUrl->setPlaceholderText(tr("The built-in simulator on this computer"));
        m_baseUrlHint->setText(
            tr("Practice runs a Credly simulator inside BadgeDesk: nothing reaches Credly or a "
               "student."));
        m_token->setPlaceholderText(tr("Not needed: Practice makes its own token for each session"));
    } else {
        m_baseUrl->setText(s.hasCustomBaseUrl() ? s.customBaseUrl.toString() : QString());
        m_baseUrl->setPlaceholderText(CredlyConnectionSettings::defaultBaseUrl(environment).toString());
        m_baseUrlHint->setText(
            tr("Leave empty for Credly's own address. A custom address must use https (plain "
               "http only for this computer, e.g. a credly-sim)."));
        m_token->setPlaceholderText(tr("Paste the token from Credly: Developers > Authorization Tokens"));
    }
    m_result->clear();
    m_keychainPanel->hide();
    m_message->hide();
    m_lastTest = {};
    if (!practice && s.tokenExpiresAt.isValid()) {
        CredlyTokenExpiry last;
        last.known = true;
        last.expiresAt = s.tokenExpiresAt;
        showExpiry(last, tr("Last checked: "));
    } else {
        m_expiry->clear();
        m_expiry->hide();
    }
    updateSwitchNote();
    updateTokenState();
}

void CredlySettingsDialog::updateSwitchNote()
{
    const CredlyEnvironment from = m_session.environment();
    const CredlyEnvironment to = selectedEnvironment();
    if (from == to) {
        m_switchNote->hide();
        return;
    }
    const QString target = environmentLabel(to);
    const QString file = QFileInfo(m_session.databasePathFor(to)).fileName();
    QString text;
    if (to == CredlyEnvironment::Practice)
        text = tr("Saving switches BadgeDesk to %1: it reopens on the Practice database (%2), where nothing "
                  "reaches "
                  "Credly or a student. Your real data stays in its own file.")
                   .arg(target, file);
    else if (from == CredlyEnvironment::Practice)
        text = tr("Saving switches BadgeDesk to %1: it closes the Practice database and reopens on your real "
                  "database (%2). Practice data stays in its own file for when you switch back.")
                   .arg(target, file);
    else
        text = tr("Saving switches BadgeDesk to %1 on the same database (%2).").arg(target, file);
    if (to == CredlyEnvironment::Production)
        text += QLatin1Char(' ') + tr("Production issues real badges and Credly emails the students.");
    m_switchNote->setText(text);
    m_switchNote->show();
    fitToContents();
}

void CredlySettingsDialog::updateTokenState()
{
    m_tokenStateTimer.stop();
    const CredlyEnvironment environment = selectedEnvironment();
    if (environment == CredlyEnvironment::Practice) {
        m_tokenState->setText(
            tr("Practice needs no keychain: a fresh token is made each time BadgeDesk starts."));
        return;
    }
    const QString organization = m_organization->text().trimmed();
    if (!CredlyConnectionSettings::isValidOrganizationId(organization)) {
        m_tokenState->setText(tr("Enter the organization id first; the token is kept per organization."));
        return;
    }
    m_tokenState->setText(tr("Looking in the keychain…"));
    const int lookup = ++m_tokenLookup;
    const QPointer<CredlySettingsDialog> self(this);
    m_session.tokens().lookup(environment, organization, [self, lookup](const TokenStore::Lookup& found) {
        if (!self || lookup != self->m_tokenLookup)
            return;
        QString text;
        if (found.source == TokenStore::Source::Keychain)
            text = tr("A token is stored in the keychain. Paste a new one to replace it.");
        else if (found.source == TokenStore::Source::Session)
            text = tr("A token is kept in memory for this session only (the keychain was not available).");
        else if (found.status == SecretStore::Status::Unavailable)
            text =
                tr("The system keychain is not available on this computer: a token can only be kept for this "
                   "session.");
        else if (!found.message.isEmpty())
            text = found.message;
        else
            text = tr("No token is stored for this organization yet.");
        self->m_tokenState->setText(text);
        self->fitToContents();
    });
}

CredlyConnectionSettings CredlySettingsDialog::formSettings() const
{
    CredlyConnectionSettings s = m_session.settings(selectedEnvironment());
    s.organizationId = m_organization->text().trimmed();
    const QString url = m_baseUrl->text().trimmed();
    s.customBaseUrl = selectedEnvironment() == CredlyEnvironment::Practice || url.isEmpty()
                          ? QUrl()
                          : QUrl(url, QUrl::StrictMode);
    return s;
}

bool CredlySettingsDialog::validateForm(CredlyConnectionSettings* settings)
{
    *settings = formSettings();
    QString why;
    if (!settings->validate(&why)) {
        showMessage(why);
        return false;
    }
    m_message->hide();
    return true;
}

void CredlySettingsDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    fitToContents();
}

void CredlySettingsDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_environment->setEnabled(!busy);
}

void CredlySettingsDialog::testConnection()
{
    if (m_testing)
        return;
    CredlyConnectionSettings s;
    if (!validateForm(&s))
        return;
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing…"));
    m_expiry->hide();
    m_testing = true;
    setBusy(true);

    const CredlyEnvironment environment = selectedEnvironment();
    if (environment == CredlyEnvironment::Practice) {
        PracticeSession* practice = m_session.practice();
        if (!practice) {
            // Practice chosen from another environment: a throwaway simulator answers the test.
            m_practicePreview = std::make_unique<PracticeSession>();
            QString why;
            if (!m_practicePreview->start({}, &why)) {
                m_testing = false;
                setBusy(false);
                m_result->setStyleSheet(errorStyle());
                m_result->setText(why);
                emit connectionTested(false);
                return;
            }
            practice = m_practicePreview.get();
        }
        runCheck(practice->baseUrl(), practice->organizationId(), practice->token(), false);
        return;
    }
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty()) {
        runCheck(s.baseUrl(), s.organizationId, typed, true);
        return;
    }
    const QPointer<CredlySettingsDialog> self(this);
    m_session.tokens().lookup(environment, s.organizationId, [self, s](const TokenStore::Lookup& found) {
        if (!self)
            return;
        if (!found.found()) {
            self->m_testing = false;
            self->setBusy(false);
            self->m_result->setStyleSheet(errorStyle());
            self->m_result->setText(
                found.message.isEmpty()
                    ? tr("No token is stored for this organization yet: paste the token from "
                         "Credly (Developers > Authorization Tokens) above.")
                    : found.message);
            emit self->connectionTested(false);
            return;
        }
        self->runCheck(s.baseUrl(), s.organizationId, found.token, false);
    });
}

void CredlySettingsDialog::runCheck(const QUrl& baseUrl, const QString& organization, const QString& token,
                                    bool typedToken)
{
    m_check.reset();
    m_testClient = std::make_unique<CredlyClient>();
    m_testClient->setBaseUrl(baseUrl);
    m_testClient->setOrganizationId(organization);
    m_testClient->setToken(token);
    // A quick answer matters more here than riding out a slow server.
    m_testClient->setTransferTimeout(15000);
    m_check = std::make_unique<CredlyConnectionCheck>(m_testClient.get());
    const CredlyEnvironment environment = selectedEnvironment();
    connect(m_check.get(), &CredlyConnectionCheck::finished, this,
            [this, typedToken, environment, organization] {
                const CredlyConnectionCheck::Result r = m_check->result();
                m_testing = false;
                setBusy(false);
                if (r.isOk()) {
                    m_lastTest = {true, environment, organization,
                                  typedToken ? m_token->text().trimmed() : QString(), r.tokenExpiry};
                    // The stored token's date is worth remembering for the warning at start.
                    if (!typedToken && r.tokenExpiry.known)
                        m_session.rememberTokenExpiry(environment, r.tokenExpiry.expiresAt);
                }
                showResult(r, typedToken);
            });
    m_check->start();
}

void CredlySettingsDialog::showResult(const CredlyConnectionCheck::Result& result, bool typedToken)
{
    Q_UNUSED(typedToken);
    m_result->setStyleSheet(result.isOk() ? okStyle() : errorStyle());
    m_result->setText(result.isOk() ? QStringLiteral("✔ ") + result.summary() : result.summary());
    if (result.isOk() && selectedEnvironment() != CredlyEnvironment::Practice)
        showExpiry(result.tokenExpiry, QString());
    else if (result.isOk())
        showExpiry(result.tokenExpiry, tr("Practice token: "));
    fitToContents();
    emit connectionTested(result.isOk());
}

void CredlySettingsDialog::showExpiry(const CredlyTokenExpiry& expiry, const QString& prefix)
{
    const bool warn = expiry.needsWarning(QDate::currentDate());
    m_expiry->setText(prefix + expiry.userText(QDate::currentDate()));
    m_expiry->setProperty("warning", warn);
    m_expiry->setStyleSheet(warn ? QStringLiteral("QLabel { %1 }").arg(warningStyle()) : QString());
    m_expiry->show();
}

void CredlySettingsDialog::save()
{
    CredlyConnectionSettings s;
    if (!validateForm(&s))
        return;
    QString why;
    if (!m_session.saveSettings(s, &why)) {
        showMessage(why);
        return;
    }
    const QString token = m_token->text().trimmed();
    if (s.environment == CredlyEnvironment::Practice || token.isEmpty()) {
        finishSave();
        return;
    }
    setBusy(true);
    const QPointer<CredlySettingsDialog> self(this);
    m_session.tokens().save(s.environment, s.organizationId, token, [self](const SecretStore::Result& r) {
        if (!self)
            return;
        self->setBusy(false);
        if (r.isOk()) {
            self->finishSave();
            return;
        }
        if (r.status == SecretStore::Status::Unavailable) {
            // Say so plainly and offer the session-only memory; nothing is written anywhere meanwhile.
            self->m_keychainMessage->setText(TokenStore::messageFor(r));
            self->m_keychainPanel->show();
            self->m_keepForSession->setFocus();
            self->fitToContents();
            return;
        }
        self->showMessage(TokenStore::messageFor(r));
    });
}

void CredlySettingsDialog::finishSave()
{
    const CredlyEnvironment environment = selectedEnvironment();
    if (m_lastTest.valid && m_lastTest.environment == environment &&
        m_lastTest.organization == m_organization->text().trimmed() &&
        m_lastTest.typedToken == m_token->text().trimmed() && m_lastTest.expiry.known)
        m_session.rememberTokenExpiry(environment, m_lastTest.expiry.expiresAt);
    m_token->clear(); // the dialog keeps no copy once it is stored
    accept();
}

} // namespace badgedesk
