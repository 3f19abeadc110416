#pragma once

#include "credly/CredlyClient.h"
#include "credly/CredlyConnectionCheck.h"
#include "credly/CredlyConnectionSettings.h"
#include "domain/CredlyEnvironment.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace badgedesk {

class CredlySession;
class EnvironmentLabel;
class PracticeSession;

// Credly > Settings: the environment, its organization id and optional custom address, the token
// (masked, stored only in the keychain), "Test connection" with the organization's name, template
// count and the token's expiry (warned about from 30 days ahead), and the offer to keep the token
// for this session only when the keychain is unavailable. Choosing another environment is applied
// by the window after Save (Practice and the real environments use different database files).
class CredlySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CredlySettingsDialog(CredlySession& session, QWidget* parent = nullptr);
    ~CredlySettingsDialog() override;

    CredlyEnvironment selectedEnvironment() const;
    // True when Save means reopening BadgeDesk in another environment.
    bool environmentChanged() const;
    bool isTesting() const { return m_testing; }

public slots:
    void testConnection();
    void save();

signals:
    void connectionTested(bool ok);

private:
    void loadEnvironment(CredlyEnvironment environment);
    void updateSwitchNote();
    void updateTokenState();
    CredlyConnectionSettings formSettings() const;
    bool validateForm(CredlyConnectionSettings* settings);
    void runCheck(const QUrl& baseUrl, const QString& organization, const QString& token, bool typedToken);
    void showResult(const CredlyConnectionCheck::Result& result, bool typedToken);
    void showExpiry(const CredlyTokenExpiry& expiry, const QString& prefix);
    void showMessage(const QString& text);
    void finishSave();
    void setBusy(bool busy);
    void fitToContents();

    CredlySession& m_session;
    CredlyEnvironment m_shown;

    QComboBox* m_environment = nullptr;
    EnvironmentLabel* m_environmentBadge = nullptr;
    QLabel* m_switchNote = nullptr;
    QLineEdit* m_organization = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLabel* m_baseUrlHint = nullptr;
    QLineEdit* m_token = nullptr;
    QLabel* m_tokenState = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_expiry = nullptr;
    QFrame* m_keychainPanel = nullptr;
    QLabel* m_keychainMessage = nullptr;
    QPushButton* m_keepForSession = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QGridLayout* m_form = nullptr;

    // "Test connection" uses a client of its own: the values being edited are not saved yet, and
    // the app's client keeps serving the open environment meanwhile.
    std::unique_ptr<CredlyClient> m_testClient;
    std::unique_ptr<CredlyConnectionCheck> m_check;
    std::unique_ptr<PracticeSession> m_practicePreview; // Practice tested from another environment
    bool m_testing = false;
    int m_tokenLookup = 0;
    QTimer m_tokenStateTimer;

    struct Tested
    {
        bool valid = false;
        CredlyEnvironment environment = CredlyEnvironment::Practice;
        QString organization;
        QString typedToken;
        CredlyTokenExpiry expiry;
    } m_lastTest;
};

} // namespace badgedesk
