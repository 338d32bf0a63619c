// gpudeal/1 reading, step one (internal to gds_io): bytes -> JSON tree, refusing what plain parsers
// accept (invalid UTF-8, duplicate keys, numbers that overflow a double, nesting deeper than
// kMaxDepth), and the JSON text helpers that reading and writing share (quoting, numbers, paths).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace gds::dealjson {

using Json = nlohmann::json;
inline constexpr std::size_t kMaxDepth = 64;

// Parses `bytes` into `root`. Returns the reason for refusing them ("not valid UTF-8 at byte 3",
// "duplicate key \"name\" at cluster.name", ...), or an empty string when `root` holds the document.
std::string parseTree(std::string_view bytes, Json &root);

// A JSON string literal. Invalid UTF-8 (possible only in a Deal built in memory; validate() reports
// it) becomes U+FFFD so that the output is always valid JSON.
void appendQuoted(std::string &out, std::string_view s);
std::string jsonQuoted(std::string_view s);

// The shortest text that reads back as the same double.
std::string shortest(double v);

// JSON paths as deal-format.md writes them: cluster.gpus, offtake[1].term_months; a key that is not
// a plain identifier is written as ["key"].
std::string memberPath(const std::string &parent, std::string_view key);
std::string elementPath(const std::string &parent, std::size_t i);

} // namespace gds::dealjson
