#pragma once

#include <QSqlDatabase>

namespace badgedesk {

// RAII transaction: rolls back unless commit() succeeded, so an error or an exception part way
// through leaves nothing half-applied.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace badgedesk
