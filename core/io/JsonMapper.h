// Mapping a JSON tree onto deal types, for the gpudeal/1 reader (DealJsonRead.cpp): typed getters
// that report wrong types, missing and unknown fields under the field's path, and remember which
// paths did not map cleanly. Internal to gds_io.
#pragma once

#include "io/JsonTree.h"
#include "model/Enums.h"
#include "model/Issue.h"

#include <cstddef>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace gds::dealjson {

// A pathological file (millions of broken list items) must not turn into millions of messages.
constexpr std::size_t kMaxIssues = 1000;

// What a JSON value is, for messages ("a string", "an object"...).
std::string kindOf(const Json &v);

// The accepted spellings of an enumeration, quoted, for messages.
template <typename E> std::string choices(std::span<const E> values)
{
    std::string s;
    for (const E v : values)
        s += (s.empty() ? "" : ", ") + jsonQuoted(toString(v));
    return s;
}

// Collects mapping issues, and the paths that did not map cleanly ("tainted"), whose value in the
// Deal is therefore a stand-in that validate() must not judge.
class Mapper
{
public:
    Issues issues;
    std::size_t dropped = 0; // issues beyond kMaxIssues, counted only
    std::set<std::string> tainted;

    void issue(std::string path, std::string message); // the reader's own words (IssueCode::Text)
    void issue(Issue issue);
    void taint(std::string path) { tainted.insert(std::move(path)); }
    void fail(const std::string &path, std::string message)
    {
        issue(path, std::move(message));
        taint(path);
    }

    // The value at `path` as a number, whole number or string; false (with an issue) otherwise.
    bool number(const Json &v, const std::string &path, double &out);
    bool integer(const Json &v, const std::string &path, int &out);
    bool text(const Json &v, const std::string &path, std::string &out);
    bool boolean(const Json &v, const std::string &path, bool &out);

    template <typename E>
    bool enumeration(const Json &v, const std::string &path, E &out,
                     std::optional<E> (*parse)(std::string_view),
                     std::type_identity_t<std::span<const E>> all)
    {
        if (!v.is_string()) {
            fail(path, "must be one of " + choices(all) + ", not " + kindOf(v));
            return false;
        }
        const auto parsed = parse(v.get_ref<const std::string &>());
        if (!parsed) {
            fail(path, "must be one of " + choices(all) + " (is " +
                           jsonQuoted(v.get_ref<const std::string &>()) + ")");
            return false;
        }
        out = *parsed;
        return true;
    }
};

// One JSON object being read: each get() marks a key as known; the destructor reports the others
// as unknown fields.
class Obj
{
public:
    Obj(Mapper &m, const Json &j, std::string path) : m_mapper(m), m_json(j), m_path(std::move(path)) {}
    Obj(const Obj &) = delete;
    Obj &operator=(const Obj &) = delete;
    ~Obj();

    const std::string &path() const { return m_path; }
    std::string path(std::string_view key) const { return memberPath(m_path, key); }

    const Json *get(std::string_view key)
    {
        m_known.push_back(key);
        const auto it = m_json.find(key);
        return it == m_json.end() ? nullptr : &*it;
    }
    bool has(std::string_view key) const { return m_json.contains(key); }

    // Absent and no default: "is required". Present: converted, or an issue. Returns whether `out`
    // holds a clean value.
    bool number(std::string_view key, double &out, std::optional<double> def = std::nullopt)
    {
        return field(key, out, def,
                     [&](const Json &v, const std::string &p) { return m_mapper.number(v, p, out); });
    }
    bool integer(std::string_view key, int &out, std::optional<int> def = std::nullopt)
    {
        return field(key, out, def,
                     [&](const Json &v, const std::string &p) { return m_mapper.integer(v, p, out); });
    }
    bool text(std::string_view key, std::string &out, std::optional<std::string> def = std::nullopt)
    {
        return field(key, out, def,
                     [&](const Json &v, const std::string &p) { return m_mapper.text(v, p, out); });
    }
    bool boolean(std::string_view key, bool &out, std::optional<bool> def = std::nullopt)
    {
        return field(key, out, def,
                     [&](const Json &v, const std::string &p) { return m_mapper.boolean(v, p, out); });
    }
    template <typename E>
    bool enumeration(std::string_view key, E &out, std::optional<E> (*parse)(std::string_view),
                     std::type_identity_t<std::span<const E>> all,
                     std::type_identity_t<std::optional<E>> def = std::nullopt)
    {
        return field(key, out, def, [&](const Json &v, const std::string &p) {
            return m_mapper.enumeration(v, p, out, parse, all);
        });
    }

    // A member that is an object (or array); nullptr when absent (with "is required" if it must be
    // there) or of the wrong type.
    const Json *object(std::string_view key, bool required) { return container(key, required, true); }
    const Json *array(std::string_view key, bool required) { return container(key, required, false); }

private:
    template <typename T, typename D, typename Convert>
    bool field(std::string_view key, T &out, const std::optional<D> &def, Convert convert)
    {
        const Json *v = get(key);
        if (!v) {
            if (def) {
                out = *def;
                return true;
            }
            m_mapper.fail(path(key), "is required");
            return false;
        }
        return convert(*v, path(key));
    }

    const Json *container(std::string_view key, bool required, bool wantObject);

    Mapper &m_mapper;
    const Json &m_json;
    std::string m_path;
    std::vector<std::string_view> m_known;
};

// Maps each element of a list; an element that is not an object keeps its place (a default item),
// so that validate() reports the later ones under their own index.
template <typename T, typename Fn>
std::vector<T> mapList(Mapper &m, const Json &list, const std::string &path, Fn mapItem)
{
    std::vector<T> items(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string p = elementPath(path, i);
        if (!list[i].is_object()) {
            m.fail(p, "must be an object, not " + kindOf(list[i]));
            continue;
        }
        Obj o(m, list[i], p);
        mapItem(o, items[i]);
    }
    return items;
}

} // namespace gds::dealjson
