// Encodings of the small values kept beside a version: times, tags, cached metrics; and the file
// helpers the workspace needs to create files without ever replacing one.
#include "storage/WorkspaceImpl.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace gds {

MetricValues MetricValues::fromMetrics(const Metrics &metrics)
{
    MetricValues m;
    m.m_values.reserve(metricFields().size());
    for (const MetricField &f : metricFields()) {
        std::optional<double> v = f.get(metrics);
        if (v && !std::isfinite(*v))
            v.reset();
        m.m_values.push_back(v);
    }
    return m;
}

std::string_view MetricValues::key(std::size_t i) const
{
    return metricFields()[i].key;
}

std::optional<double> MetricValues::value(std::string_view key) const
{
    for (std::size_t i = 0; i < m_values.size(); ++i)
        if (metricFields()[i].key == key)
            return m_values[i];
    return std::nullopt;
}

bool MetricValues::set(std::string_view key, std::optional<double> value)
{
    const auto &fields = metricFields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].key == key) {
            setAt(i, value);
            return true;
        }
    return false;
}

void MetricValues::setAt(std::size_t i, std::optional<double> value)
{
    m_values.resize(metricFields().size());
    m_values.at(i) = value && std::isfinite(*value) ? value : std::nullopt;
}

namespace storage_detail {

std::int64_t toMs(TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

TimePoint fromMs(std::int64_t ms)
{
    // A stored time outside what a TimePoint holds (about 1678..2262 with nanosecond ticks) can only
    // come from a damaged or foreign file: refuse it rather than let the conversion wrap around.
    using Limits = std::numeric_limits<TimePoint::duration::rep>;
    constexpr auto ticksPerMs =
        std::chrono::duration_cast<TimePoint::duration>(std::chrono::milliseconds(1)).count();
    if (ms > Limits::max() / ticksPerMs || ms < Limits::min() / ticksPerMs)
        throw WorkspaceError(WorkspaceError::Kind::Io,
                             "the workspace stores a time that cannot be represented (" + std::to_string(ms) +
                                 " ms since 1970): the file is damaged");
    return TimePoint(std::chrono::duration_cast<TimePoint::duration>(std::chrono::milliseconds(ms)));
}

bool isValidUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int extra = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (s.size() - i <= static_cast<std::size_t>(extra))
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

std::string encodeMetrics(const MetricValues &metrics)
{
    if (metrics.empty())
        return {};
    std::string out = "{";
    char buf[64];
    for (std::size_t i = 0; i < metrics.size(); ++i) {
        const std::optional<double> value = metrics.at(i);
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += metrics.key(i); // engine keys: ASCII identifiers, nothing to escape
        out += "\":";
        if (value && std::isfinite(*value)) {
            const auto r = std::to_chars(buf, buf + sizeof buf, *value);
            out.append(buf, r.ptr);
        } else {
            out += "null";
        }
    }
    out += '}';
    return out;
}

namespace {

// Exactly what encodeMetrics writes; nullopt for anything else. Keys are matched against the engine's
// fields in order first, so a row costs no lookups and one allocation.
std::optional<MetricValues> decodeFast(std::string_view t)
{
    MetricValues m;
    const auto &fields = metricFields();
    std::size_t next = 0; // the field expected next
    std::size_t i = 0;
    if (t.empty() || t[i++] != '{')
        return std::nullopt;
    if (i < t.size() && t[i] == '}')
        return i + 1 == t.size() ? std::optional<MetricValues>(m) : std::nullopt;
    while (i < t.size()) {
        if (t[i++] != '"')
            return std::nullopt;
        const std::size_t end = t.find('"', i);
        if (end == std::string_view::npos)
            return std::nullopt;
        const std::string_view key = t.substr(i, end - i);
        if (key.find('\\') != std::string_view::npos)
            return std::nullopt;
        i = end + 1;
        if (i >= t.size() || t[i++] != ':')
            return std::nullopt;
        std::optional<double> value;
        if (t.substr(i, 4) == "null") {
            i += 4;
        } else {
            double v = 0;
            const auto r = std::from_chars(t.data() + i, t.data() + t.size(), v);
            if (r.ec != std::errc())
                return std::nullopt;
            i = static_cast<std::size_t>(r.ptr - t.data());
            value = v;
        }
        if (next < fields.size() && fields[next].key == key)
            m.setAt(next++, value);
        else
            m.set(key, value);
        if (i >= t.size())
            return std::nullopt;
        const char c = t[i++];
        if (c == '}')
            return i == t.size() ? std::optional<MetricValues>(std::move(m)) : std::nullopt;
        if (c != ',')
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

MetricValues decodeMetrics(std::string_view text)
{
    if (text.empty())
        return {};
    if (auto fast = decodeFast(text))
        return std::move(*fast);
    // Anything else (whitespace, escapes) written by another tool: parse it in full, keep what fits.
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object())
        return {};
    MetricValues m;
    for (const auto &[key, value] : j.items())
        m.set(key, value.is_number() ? std::optional<double>(value.get<double>()) : std::nullopt);
    return m;
}

namespace {

constexpr std::string_view kContentCheckKey = "\"content_check\":";

std::uint64_t contentCheck(std::string_view content)
{
    std::uint64_t h = 14695981039346656037ull; // FNV-1a, 64 bits
    for (char c : content) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h & ((std::uint64_t{1} << 53) - 1);
}

} // namespace

std::string withContentCheck(std::string metrics, std::string_view content)
{
    if (metrics.size() < 2 || metrics.back() != '}')
        return metrics; // no metrics: nothing that could go stale
    metrics.pop_back();
    metrics += (metrics.size() > 1 ? "," : "") + std::string(kContentCheckKey) +
               std::to_string(contentCheck(content)) + "}";
    return metrics;
}

bool metricsMatchContent(std::string_view metrics, std::string_view content)
{
    const std::size_t at = metrics.find(kContentCheckKey);
    if (at == std::string_view::npos)
        return true; // saved before the check existed (or by another tool): taken as it is
    std::uint64_t stored = 0;
    const char *begin = metrics.data() + at + kContentCheckKey.size();
    const auto r = std::from_chars(begin, metrics.data() + metrics.size(), stored);
    return r.ec == std::errc() && stored == contentCheck(content);
}

std::string encodeTags(const std::vector<std::string> &tags)
{
    return nlohmann::json(tags).dump();
}

std::vector<std::string> decodeTags(std::string_view text)
{
    if (text.empty() || text == "[]")
        return {};
    const auto j = nlohmann::json::parse(text, nullptr, false);
    std::vector<std::string> tags;
    if (j.is_array())
        for (const auto &t : j)
            if (t.is_string())
                tags.push_back(t.get<std::string>());
    return tags;
}

bool fileExists(const std::string &path)
{
    struct stat st {
    };
    return ::lstat(path.c_str(), &st) == 0;
}

bool renameNoReplace(const std::string &from, const std::string &to)
{
    int rc = ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // A file system without RENAME_NOREPLACE: a hard link is just as exclusive.
        rc = ::link(from.c_str(), to.c_str());
        if (rc == 0)
            ::unlink(from.c_str());
    }
    if (rc != 0)
        return false;
    const std::size_t slash = to.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : to.substr(0, slash));
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    return true;
}

void removeDatabaseFiles(const std::string &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        ::unlink((path + suffix).c_str());
}

std::string uniqueSuffix()
{
    unsigned char bytes[8];
    sqlite3_randomness(sizeof bytes, bytes);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    for (unsigned char b : bytes) {
        s += kHex[b >> 4];
        s += kHex[b & 15];
    }
    return s;
}

} // namespace storage_detail
} // namespace gds
