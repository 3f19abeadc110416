#pragma once

#include "ImportedRow.h"
#include "storage/ImportRepository.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace badgedesk {

class RowNormalizer;
class SheetScanner;

// Reads, normalises and encodes rows on a thread of its own while the caller stores them: the
// two halves of an import take about as long as each other, so overlapping them nearly halves
// a large import. The SQLite connection stays with the caller (it belongs to the caller's
// thread); this thread touches only the file. At most MaxChunks chunks wait, so memory stays
// flat whatever the file's size.
class RowPipeline
{
public:
    // What the storing thread needs of a row; the rest (cells, QString values) is freed on the
    // reading thread that allocated it.
    struct Item
    {
        ImportRepository::EncodedRow encoded;
        QString unreadableReason;
        QVarLengthArray<ImportProblemKind, 8> problems;
        int month = 0; // year * 100 + month of the entry time (else test date); 0 when neither
    };
    struct Chunk
    {
        QList<Item> items;
        qint64 bytesRead = 0; // of the file, after the chunk's last row
    };

    static constexpr int ChunkRows = 256;
    static constexpr std::size_t MaxChunks = 8;

    // The head rows (already read to learn the date conventions) come first. The scanner and
    // normaliser must outlive the pipeline and are not used by the caller meanwhile.
    RowPipeline(SheetScanner& scanner, const RowNormalizer& normalizer,
                QList<QPair<qint64, QStringList>> head);
    ~RowPipeline();
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    void start();
    // The next chunk; false at the end, after stop(), or when reading failed (error()).
    bool next(Chunk* chunk);
    // Stops reading and waits for the thread; safe to call more than once.
    void stop();
    // Empty unless the file could not be read to its end.
    QString error() const;
    // The last file row read (for messages).
    qint64 lastRowNumber() const { return m_lastRow.load(); }

private:
    void produce();
    bool push(Chunk&& chunk);

    SheetScanner& m_scanner;
    const RowNormalizer& m_normalizer;
    QList<QPair<qint64, QStringList>> m_head;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks;
    bool m_finished = false;
    bool m_stopped = false;
    QString m_error;
    std::atomic<qint64> m_lastRow{0};
};

} // namespace badgedesk
