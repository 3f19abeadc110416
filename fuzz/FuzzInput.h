#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <sys/mman.h>
#include <unistd.h>

// The readers take file paths (they stream from disk), so each input becomes an in-memory file
// and is read through /proc/self/fd. One file, rewritten for every input.
class FuzzInput
{
public:
    FuzzInput() { m_fd = memfd_create("badgedesk-fuzz", 0); }
    ~FuzzInput()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    QString write(const uint8_t* data, size_t size)
    {
        if (ftruncate(m_fd, 0) != 0 || pwrite(m_fd, data, size, 0) != ssize_t(size))
            std::abort();
        return QStringLiteral("/proc/self/fd/%1").arg(m_fd);
    }

private:
    int m_fd = -1;
};
