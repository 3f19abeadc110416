#include "OneShotUploadDevice.h"

#include <cstring>

namespace badgedesk {

OneShotUploadDevice::OneShotUploadDevice(const QByteArray& data, QObject* parent)
    : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly);
}

bool OneShotUploadDevice::reset()
{
    if (m_sent)
        return false;
    return QIODevice::reset();
}

qint64 OneShotUploadDevice::readData(char* data, qint64 maxSize)
{
    const qint64 position = pos();
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - position);
    if (count <= 0)
        return count == 0 && position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + position, static_cast<size_t>(count));
    if (position + count >= m_data.size())
        m_sent = true;
    return count;
}

} // namespace badgedesk
