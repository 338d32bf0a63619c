// Bytes -> JSON tree (see JsonTree.h).
#include "io/JsonTree.h"

#include "model/Validation.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>
#include <vector>

namespace gds::dealjson {
namespace {

void appendEscapedValid(std::string &out, std::string_view s)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
}

// Builds the tree like nlohmann's DOM parser, but refuses duplicate keys, non-finite numbers and
// nesting deeper than kMaxDepth (stopping the parse at once, so a huge nesting costs nothing).
class TreeBuilder
{
public:
    explicit TreeBuilder(Json &root) : root_(root) {}

    const std::string &error() const { return error_; }

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool v) { return put(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return put(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return put(Json(v)); }
    bool number_float(Json::number_float_t v, const std::string &text)
    {
        if (!std::isfinite(v))
            return fail("number " + text + " is out of range (numbers must be finite)");
        return put(Json(v));
    }
    bool string(std::string &v) { return put(Json(std::move(v))); }
    bool binary(Json::binary_t &) { return fail("binary values are not JSON"); }
    bool start_object(std::size_t) { return open(Json(Json::value_t::object)); }
    bool start_array(std::size_t) { return open(Json(Json::value_t::array)); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string &k)
    {
        const Frame &top = stack_.back();
        if (top.node->contains(k))
            return fail("duplicate key " + jsonQuoted(k) + " at " + memberPath(top.path, k));
        key_ = std::move(k);
        return true;
    }
    bool parse_error(std::size_t position, const std::string &token, const nlohmann::detail::exception &ex)
    {
        if (ex.id == 406) { // out_of_range.406: a number that overflows a double, such as 1e999
            error_ = "number " + token + " at byte " + std::to_string(position) +
                     " is out of range (numbers must be finite)";
            return false;
        }
        const std::string what = ex.what();
        const auto colon = what.find(": ");
        error_ = "not valid JSON at byte " + std::to_string(position) + ": " +
                 (colon == std::string::npos ? what : what.substr(colon + 2));
        return false;
    }

private:
    struct Frame {
        Json *node;
        std::string path;
    };

    bool fail(std::string message)
    {
        error_ = std::move(message);
        return false;
    }

    // Places a value where the parser is; returns the stored value and its path.
    std::pair<Json *, std::string> place(Json &&v)
    {
        if (stack_.empty()) {
            root_ = std::move(v);
            return {&root_, std::string()};
        }
        Frame &top = stack_.back();
        if (top.node->is_object()) {
            std::string path = memberPath(top.path, key_);
            Json &slot = (*top.node)[key_];
            slot = std::move(v);
            return {&slot, std::move(path)};
        }
        std::string path = elementPath(top.path, top.node->size());
        top.node->push_back(std::move(v));
        return {&top.node->back(), std::move(path)};
    }

    bool put(Json &&v)
    {
        place(std::move(v));
        return true;
    }

    bool open(Json &&container)
    {
        if (stack_.size() >= kMaxDepth)
            return fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
        auto [node, path] = place(std::move(container));
        stack_.push_back({node, std::move(path)});
        return true;
    }

    bool close()
    {
        stack_.pop_back();
        return true;
    }

    Json &root_;
    std::vector<Frame> stack_;
    std::string key_;
    std::string error_;
};

} // namespace

void appendQuoted(std::string &out, std::string_view s)
{
    out += '"';
    while (true) {
        const std::size_t bad = invalidUtf8Offset(s);
        appendEscapedValid(out, s.substr(0, bad));
        if (bad == std::string_view::npos)
            break;
        out += "\xEF\xBF\xBD";
        s.remove_prefix(bad + 1);
    }
    out += '"';
}

std::string jsonQuoted(std::string_view s)
{
    std::string out;
    appendQuoted(out, s);
    return out;
}

std::string shortest(double v)
{
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string memberPath(const std::string &parent, std::string_view key)
{
    const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!plain)
        return parent + "[" + jsonQuoted(key) + "]";
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string elementPath(const std::string &parent, std::size_t i)
{
    return parent + "[" + std::to_string(i) + "]";
}

std::string parseTree(std::string_view bytes, Json &root)
{
    if (const auto bad = invalidUtf8Offset(bytes); bad != std::string_view::npos)
        return "not valid UTF-8 at byte " + std::to_string(bad + 1); // 1-based, as the parser counts
    TreeBuilder builder(root);
    if (!Json::sax_parse(bytes.begin(), bytes.end(), &builder))
        return builder.error().empty() ? std::string("not valid JSON") : builder.error();
    return {};
}

} // namespace gds::dealjson
