#pragma once

#include <string>
#include <vector>

namespace gds {

// A problem found in a deal, addressed by its JSON path (deal-format.md), e.g.
// "offtake[1].term_months" with message "must be >= 1".
struct Issue {
    std::string path;
    std::string message;

    std::string text() const { return path.empty() ? message : path + ": " + message; }
    bool operator==(const Issue &) const = default;
};

using Issues = std::vector<Issue>;

} // namespace gds
