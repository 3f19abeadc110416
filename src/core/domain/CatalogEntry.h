#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace badgedesk {

// One row of the Approved Assessment list. Codes are text: "0911" keeps its leading zero.
struct CatalogEntry
{
    qint64 id = 0; // 0 until stored
    QString code;
    QString title;
    QString credentialingBody;
    QString vendor;
    QString credentialType;
    QString programArea;
    QDate effectiveDate;
    QDate retiredDate;             // null while active; the entry no longer counts from this date on
    bool vendorBadges = false;     // the testing vendor issues its own digital badge
    bool careertechBadges = false; // the agency badges it itself
    QString credlyTemplateId;
    QString notes;

    bool isRetiredOn(const QDate& date) const { return retiredDate.isValid() && date >= retiredDate; }

    // Field names as stored in history and JSON ("code", "title", "vendor_badges", ...), in
    // display order. Values are compared and recorded as text.
    static QStringList fieldNames();
    QString fieldValue(const QString& field) const;
    bool setFieldValue(const QString& field, const QString& value);

    // Fields whose values differ (id is not a field).
    QStringList differingFields(const CatalogEntry& other) const;

    QJsonObject toJson() const;
    static CatalogEntry fromJson(const QJsonObject& object);
};

} // namespace badgedesk
