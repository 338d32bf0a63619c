#include "io/JsonMapper.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

namespace gds::dealjson {

std::string kindOf(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    default:
        return "a number";
    }
}

void Mapper::issue(Issue issue)
{
    if (issues.size() < kMaxIssues)
        issues.push_back(std::move(issue));
    else
        ++dropped;
}

void Mapper::issue(std::string path, std::string message)
{
    if (issues.size() < kMaxIssues)
        issues.push_back({std::move(path), IssueCode::Text, {}, std::move(message)});
    else
        ++dropped;
}

bool Mapper::number(const Json &v, const std::string &path, double &out)
{
    if (!v.is_number()) {
        fail(path, "must be a number, not " + kindOf(v));
        return false;
    }
    out = v.get<double>();
    return true;
}

bool Mapper::integer(const Json &v, const std::string &path, int &out)
{
    constexpr auto lo = std::numeric_limits<int>::min(), hi = std::numeric_limits<int>::max();
    if (!v.is_number()) {
        fail(path, "must be a whole number, not " + kindOf(v));
        return false;
    }
    bool inRange = false;
    if (v.is_number_unsigned()) {
        inRange = v.get<std::uint64_t>() <= static_cast<std::uint64_t>(hi);
    } else if (v.is_number_integer()) {
        const auto x = v.get<std::int64_t>();
        inRange = x >= lo && x <= hi;
    } else {
        const double x = v.get<double>();
        if (std::floor(x) != x) {
            fail(path, "must be a whole number (is " + shortest(x) + ")");
            return false;
        }
        inRange = x >= lo && x <= hi;
    }
    if (!inRange) {
        fail(path,
             "is out of range: must be a whole number in " + std::to_string(lo) + ".." + std::to_string(hi));
        return false;
    }
    out = static_cast<int>(v.get<double>());
    return true;
}

bool Mapper::text(const Json &v, const std::string &path, std::string &out)
{
    if (!v.is_string()) {
        fail(path, "must be a string, not " + kindOf(v));
        return false;
    }
    out = v.get<std::string>();
    return true;
}

bool Mapper::boolean(const Json &v, const std::string &path, bool &out)
{
    if (!v.is_boolean()) {
        fail(path, "must be true or false, not " + kindOf(v));
        return false;
    }
    out = v.get<bool>();
    return true;
}

Obj::~Obj()
{
    try {
        for (const auto &[k, v] : m_json.items())
            if (std::find(m_known.begin(), m_known.end(), k) == m_known.end())
                m_mapper.issue(memberPath(m_path, k), "unknown field");
    } catch (...) { // out of memory while reporting: nothing sensible is left to do here
    }
}

const Json *Obj::container(std::string_view key, bool required, bool wantObject)
{
    const Json *v = get(key);
    if (!v) {
        if (required)
            m_mapper.fail(path(key), "is required");
        return nullptr;
    }
    if (wantObject ? !v->is_object() : !v->is_array()) {
        m_mapper.fail(path(key), std::string(wantObject ? "must be an object" : "must be a list") + ", not " +
                                     kindOf(*v));
        return nullptr;
    }
    return v;
}

} // namespace gds::dealjson
