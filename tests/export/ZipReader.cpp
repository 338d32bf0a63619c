#include "ZipReader.h"

#include <zlib.h>

namespace gds::test {

namespace {
quint32 le32(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}
quint16 le16(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

bool inflateRaw(const QByteArray &in, qsizetype size, QByteArray &out)
{
    out.resize(size);
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
        return false;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    return rc == Z_STREAM_END && qsizetype(s.total_out) == size;
}
} // namespace

bool readZip(const QByteArray &zip, QMap<QString, QByteArray> &entries, QString &error)
{
    qsizetype eocd = -1;
    for (qsizetype i = zip.size() - 22; i >= 0 && i >= zip.size() - 22 - 65535; --i)
        if (le32(zip, i) == 0x06054b50u) {
            eocd = i;
            break;
        }
    if (eocd < 0) {
        error = QStringLiteral("no end of central directory");
        return false;
    }
    const int count = le16(zip, eocd + 10);
    qsizetype at = le32(zip, eocd + 16);
    for (int e = 0; e < count; ++e) {
        if (at + 46 > zip.size() || le32(zip, at) != 0x02014b50u) {
            error = QStringLiteral("bad central directory entry");
            return false;
        }
        const int method = le16(zip, at + 10);
        const qsizetype packed = le32(zip, at + 20), size = le32(zip, at + 24);
        const int nameLen = le16(zip, at + 28), extraLen = le16(zip, at + 30),
                  commentLen = le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLen));
        at += 46 + nameLen + extraLen + commentLen;
        if (local + 30 > zip.size() || le32(zip, local) != 0x04034b50u) {
            error = QStringLiteral("bad local header for ") + name;
            return false;
        }
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        const QByteArray raw = zip.mid(data, packed);
        QByteArray content;
        if (method == 0)
            content = raw;
        else if (method != 8 || !inflateRaw(raw, size, content)) {
            error = QStringLiteral("cannot inflate ") + name;
            return false;
        }
        entries.insert(name, content);
    }
    return true;
}

} // namespace gds::test
