#include "fs/TerminalText.h"

#include <cstdio>

namespace gds::fs {

namespace {

std::string hex4(unsigned v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04x", v);
    return buf;
}

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 when it is not valid.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned c = b(i);
    std::size_t n = 0;
    unsigned min = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0)
        n = 2, min = 0x80;
    else if ((c & 0xF0) == 0xE0)
        n = 3, min = 0x800;
    else if ((c & 0xF8) == 0xF0)
        n = 4, min = 0x10000;
    else
        return 0;
    if (i + n > s.size())
        return 0;
    unsigned cp = c & (0x7Fu >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + k) & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

std::string escape(std::string_view text, bool keepNewlines)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = utf8Length(text, i);
        if (n == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
            out += buf;
            ++i;
            continue;
        }
        if (n == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            out += hex4(static_cast<unsigned char>(text[i + 1])); // C1 control U+0080..U+009F
        } else if (n > 1) {
            out.append(text.substr(i, n));
        } else if (c == '\n' && keepNewlines) {
            out += '\n';
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
            out += hex4(c);
        } else {
            out += static_cast<char>(c);
        }
        i += n;
    }
    return out;
}

} // namespace

std::string terminalSafe(std::string_view text)
{
    return escape(text, false);
}

std::string terminalSafeLines(std::string_view text)
{
    return escape(text, true);
}

} // namespace gds::fs
