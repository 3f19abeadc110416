#include "RowPipeline.h"

#include "RowNormalizer.h"
#include "SheetScanner.h"

namespace badgedesk {
namespace {

// The month a row belongs to: its entry time, else its test date (both ISO by now).
int monthOf(const ImportedRow& row)
{
    QString date = row.value(ImportField::EntryTime);
    if (date.size() < 7)
        date = row.value(ImportField::TestDate);
    if (date.size() < 7)
        return 0;
    return QStringView(date).left(4).toInt() * 100 + QStringView(date).mid(5, 2).toInt();
}

} // namespace

RowPipeline::RowPipeline(SheetScanner& scanner, const RowNormalizer& normalizer,
                         QList<QPair<qint64, QStringList>> head)
    : m_scanner(scanner), m_normalizer(normalizer), m_head(std::move(head))
{}

RowPipeline::~RowPipeline()
{
    stop();
}

void RowPipeline::start()
{
    m_thread = std::thread([this] { produce(); });
}

void RowPipeline::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_chunks.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

QString RowPipeline::error() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

bool RowPipeline::push(Chunk&& chunk)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_chunks.size() < MaxChunks; });
    if (m_stopped)
        return false;
    m_chunks.push_back(std::move(chunk));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RowPipeline::produce()
{
    Chunk chunk;
    chunk.items.reserve(ChunkRows);
    const auto add = [&](qint64 rowNumber, const QStringList& cells) {
        const ImportedRow row = m_normalizer.normalize(rowNumber, cells);
        Item item;
        item.encoded = ImportRepository::encode(row);
        item.unreadableReason = row.unreadableReason;
        for (const ImportProblem& problem : row.problems)
            item.problems.append(problem.kind);
        item.month = monthOf(row);
        chunk.items.append(std::move(item));
        m_lastRow.store(rowNumber);
        if (chunk.items.size() < ChunkRows)
            return true;
        chunk.bytesRead = m_scanner.bytesRead();
        const bool pushed = push(std::move(chunk));
        chunk = Chunk();
        chunk.items.reserve(ChunkRows);
        return pushed;
    };
    bool running = true;
    for (const auto& row : std::as_const(m_head)) {
        if (!(running = add(row.first, row.second)))
            break;
    }
    m_head.clear();
    qint64 rowNumber = 0;
    QStringList cells;
    while (running && m_scanner.next(&rowNumber, &cells))
        running = add(rowNumber, cells);
    if (running && !chunk.items.isEmpty()) {
        chunk.bytesRead = m_scanner.bytesRead();
        push(std::move(chunk));
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = m_scanner.errorString();
        m_finished = true;
    }
    m_changed.notify_all();
}

bool RowPipeline::next(Chunk* chunk)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_finished || !m_chunks.empty(); });
    if (m_stopped || m_chunks.empty())
        return false;
    *chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace badgedesk
