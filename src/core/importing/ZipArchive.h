#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace badgedesk {

// Read-only access to a zip archive through the system minizip (libminizip), the same zip code
// libxlsxwriter links. One entry is open at a time and is read in chunks, so memory stays flat.
//
// Why not QuaZip: libquazip1-qt6 exports minizip's C symbols (zipOpen, unzOpen2_64, ...) with
// different signatures, and in one process libxlsxwriter's calls then land in QuaZip's copies and
// crash. Using libminizip for reading keeps a single zip implementation in the process.
class ZipArchive
{
public:
    struct EntryInfo
    {
        QString name;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        bool encrypted = false;
    };

    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Opens the archive and lists its entries, refusing more than maxEntries.
    bool open(const QString& path, int maxEntries);
    void close();
    bool isOpen() const { return m_handle != nullptr; }

    QStringList entryNames() const { return m_names; }
    qint64 entryCount() const { return m_entryCount; }

    // Makes the entry current (names compared case-insensitively) and fills info.
    bool locate(const QString& name, EntryInfo* info);
    // Opens the current entry for reading.
    bool openCurrent();
    // Up to maxBytes of the open entry; empty at its end or on error (see error()).
    QByteArray read(qint64 maxBytes);
    void closeCurrent();

    // The last minizip error code, 0 when none.
    int error() const { return m_error; }

private:
    void* m_handle = nullptr;
    bool m_entryOpen = false;
    QStringList m_names;
    qint64 m_entryCount = 0;
    int m_error = 0;
};

} // namespace badgedesk
