#include "PracticeSession.h"

#include "credly/CredlyConnectionSettings.h"

#include <QFileInfo>
#include <QRandomGenerator>

namespace badgedesk {

PracticeSession::PracticeSession(QObject* parent) : QObject(parent)
{
    // 128 random bits from the system source: another local program cannot guess it.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    m_token = QStringLiteral("practice-");
    for (quint32 w : words)
        m_token += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
}

bool PracticeSession::start(const QString& stateFile, QString* error)
{
    m_simulator.setOrganizationId(QString::fromLatin1(CredlyConnectionSettings::kPracticeOrganizationId));
    m_simulator.setToken(m_token);
    if (!stateFile.isEmpty()) {
        QString why;
        if (!m_simulator.setStateFile(stateFile, &why)) {
            if (error)
                *error =
                    tr("The Practice simulator's state file %1 cannot be used: %2. Move it away to start "
                       "the Practice organization afresh.")
                        .arg(stateFile, why);
            return false;
        }
    }
    if (m_simulator.listen(0) == 0) {
        if (error)
            *error = tr("The Practice simulator could not listen on this computer (127.0.0.1).");
        return false;
    }
    return true;
}

QString PracticeSession::stateFileFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral(".credly-sim.json");
}

} // namespace badgedesk
