#include "EarnerId.h"

#include "storage/SettingsRepository.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace badgedesk {

QByteArray EarnerId::keyFor(QSqlDatabase db, QString* error)
{
    SettingsRepository settings(db);
    const QString key = QString::fromLatin1(kSettingKey);
    QByteArray stored = QByteArray::fromBase64(settings.value(key).toLatin1());
    if (stored.size() >= 32)
        return stored;
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(fresh.data()),
                                         reinterpret_cast<quint32*>(fresh.data() + fresh.size()));
    // INSERT OR IGNORE: when another connection made a key at the same moment, its key stays and
    // is the one both read back.
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO settings(key, value) VALUES(?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(QString::fromLatin1(fresh.toBase64()));
    if (!insert.exec()) {
        if (error)
            *error = QStringLiteral("The key for earner ids could not be saved in the database.");
        return {};
    }
    stored = QByteArray::fromBase64(settings.value(key).toLatin1());
    if (stored.size() < 32) {
        if (error)
            *error =
                QStringLiteral("The key for earner ids in the database is damaged (setting %1).").arg(key);
        return {};
    }
    return stored;
}

EarnerId::EarnerId(QByteArray key) : m_key(std::move(key)) {}

QString EarnerId::of(const QString& studentId, const QString& email, const QString& firstName,
                     const QString& lastName, const QString& schoolCode) const
{
    QString subject;
    if (!studentId.trimmed().isEmpty())
        subject = QStringLiteral("student:") + studentId.trimmed();
    else if (!email.trimmed().isEmpty())
        subject = QStringLiteral("email:") + email.trimmed().toLower();
    else
        subject = QStringLiteral("name:%1|%2|%3")
                      .arg(firstName.trimmed().toLower(), lastName.trimmed().toLower(), schoolCode.trimmed());
    const QByteArray mac =
        QMessageAuthenticationCode::hash(subject.toUtf8(), m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex().left(32));
}

} // namespace badgedesk
