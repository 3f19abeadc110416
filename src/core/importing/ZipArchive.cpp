#include "ZipArchive.h"

#include <QFile>

#include <unzip.h>

namespace badgedesk {

namespace {

unzFile handle(void* h)
{
    return static_cast<unzFile>(h);
}

constexpr int MaxNameBytes = 4096;

} // namespace

ZipArchive::~ZipArchive()
{
    close();
}

bool ZipArchive::open(const QString& path, int maxEntries)
{
    close();
    m_error = 0;
    const QByteArray encoded = QFile::encodeName(path);
    m_handle = unzOpen64(encoded.constData());
    if (!m_handle) {
        m_error = UNZ_BADZIPFILE;
        return false;
    }
    unz_global_info64 global{};
    m_error = unzGetGlobalInfo64(handle(m_handle), &global);
    if (m_error != UNZ_OK) {
        close();
        return false;
    }
    m_entryCount = static_cast<qint64>(global.number_entry);
    if (m_entryCount > maxEntries)
        return true; // the caller refuses by entryCount(); names are not listed
    QByteArray name(MaxNameBytes, '\0');
    for (int status = unzGoToFirstFile(handle(m_handle)); status == UNZ_OK;
         status = unzGoToNextFile(handle(m_handle))) {
        unz_file_info64 info{};
        m_error = unzGetCurrentFileInfo64(handle(m_handle), &info, name.data(), MaxNameBytes, nullptr, 0,
                                          nullptr, 0);
        if (m_error != UNZ_OK) {
            close();
            return false;
        }
        m_names.append(QString::fromUtf8(name.constData()));
        if (m_names.size() > maxEntries)
            break;
    }
    return true;
}

void ZipArchive::close()
{
    if (!m_handle)
        return;
    closeCurrent();
    unzClose(handle(m_handle));
    m_handle = nullptr;
    m_names.clear();
    m_entryCount = 0;
}

bool ZipArchive::locate(const QString& name, EntryInfo* info)
{
    if (!m_handle)
        return false;
    closeCurrent();
    // 2 = case-insensitive comparison in minizip's unzLocateFile.
    const QByteArray encoded = name.toUtf8();
    m_error = unzLocateFile(handle(m_handle), encoded.constData(), 2);
    if (m_error != UNZ_OK)
        return false;
    unz_file_info64 raw{};
    QByteArray found(MaxNameBytes, '\0');
    m_error =
        unzGetCurrentFileInfo64(handle(m_handle), &raw, found.data(), MaxNameBytes, nullptr, 0, nullptr, 0);
    if (m_error != UNZ_OK)
        return false;
    if (info) {
        info->name = QString::fromUtf8(found.constData());
        info->compressedSize = raw.compressed_size;
        info->uncompressedSize = raw.uncompressed_size;
        info->encrypted = (raw.flag & 1U) != 0;
    }
    return true;
}

bool ZipArchive::openCurrent()
{
    if (!m_handle)
        return false;
    closeCurrent();
    m_error = unzOpenCurrentFile(handle(m_handle));
    m_entryOpen = m_error == UNZ_OK;
    return m_entryOpen;
}

QByteArray ZipArchive::read(qint64 maxBytes)
{
    if (!m_entryOpen || maxBytes <= 0)
        return {};
    QByteArray chunk(static_cast<int>(qMin<qint64>(maxBytes, 1 << 30)), Qt::Uninitialized);
    const int n = unzReadCurrentFile(handle(m_handle), chunk.data(), static_cast<unsigned>(chunk.size()));
    if (n < 0) {
        m_error = n;
        return {};
    }
    chunk.truncate(n);
    return chunk;
}

void ZipArchive::closeCurrent()
{
    if (!m_entryOpen)
        return;
    const int status = unzCloseCurrentFile(handle(m_handle));
    // UNZ_CRCERROR when the entry was read to its end and its checksum does not match.
    if (status != UNZ_OK && m_error == UNZ_OK)
        m_error = status;
    m_entryOpen = false;
}

} // namespace badgedesk
