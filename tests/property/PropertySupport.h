// Helpers of the property tests: how many cases and which seed, collecting the problems of one case,
// and printing a failing case so that it can be replayed.
#pragma once

#include "DealGenerator.h"
#include "engine/Engine.h"
#include "io/DealJson.h"
#include "model/Validation.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define GDS_PROPERTY_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define GDS_PROPERTY_SANITIZED 1
#endif
#endif
#ifndef GDS_PROPERTY_SANITIZED
#define GDS_PROPERTY_SANITIZED 0
#endif

namespace gds::test {

// GDS_PROPERTY_CASES (default 2000, 300 under sanitizers) and GDS_PROPERTY_SEED (default fixed, so that
// CI is deterministic; set it to explore). Case i uses seed + i: a failure prints its own seed, and
// GDS_PROPERTY_SEED=<that seed> GDS_PROPERTY_CASES=1 replays exactly that deal.
struct PropertyConfig {
    int cases = GDS_PROPERTY_SANITIZED ? 300 : 2000;
    std::uint64_t seed = 20260101;

    static PropertyConfig fromEnvironment()
    {
        PropertyConfig c;
        if (const char *v = std::getenv("GDS_PROPERTY_CASES"); v && *v)
            c.cases = std::max(1, std::atoi(v));
        if (const char *v = std::getenv("GDS_PROPERTY_SEED"); v && *v)
            c.seed = std::strtoull(v, nullptr, 10);
        return c;
    }
};

// The problems found on one case.
class Findings
{
public:
    void check(bool ok, const std::string &what)
    {
        if (!ok)
            m_items.push_back(what);
    }
    bool empty() const { return m_items.empty(); }
    std::string text() const
    {
        std::string s;
        for (const std::string &i : m_items)
            s += "  - " + i + "\n";
        return s;
    }

private:
    std::vector<std::string> m_items;
};

inline std::string num(double v)
{
    std::ostringstream s;
    s.precision(17);
    s << v;
    return s.str();
}

inline std::string num(const std::optional<double> &v)
{
    return v ? num(*v) : std::string("null");
}

// |a - b| within abs + rel * max(|a|, |b|).
inline bool near(double a, double b, double rel, double abs = 0.0)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= abs + rel * std::max(std::abs(a), std::abs(b));
}

// The deal of case `seed`: the first valid deal the generator draws from that seed (the generator
// makes valid deals by construction; a redraw is a generator or validation defect, counted).
struct Case {
    std::uint64_t seed = 0;
    Deal deal;
    int redraws = 0;
};

inline Case makeCase(std::uint64_t seed, const GeneratorOptions &options = {})
{
    Case c{seed, {}, 0};
    SeededEntropy e(seed);
    c.deal = randomDeal(e, options);
    while (!validate(c.deal).empty() && c.redraws < 100) {
        ++c.redraws;
        c.deal = randomDeal(e, options);
    }
    return c;
}

// Runs `body` on every case and returns a report of the failing ones (the first three printed in
// full with their deal), empty when all pass.
inline std::string runCases(const PropertyConfig &config,
                            const std::function<void(const Case &, Findings &)> &body)
{
    int failing = 0;
    std::string report;
    for (int i = 0; i < config.cases; ++i) {
        const Case c = makeCase(config.seed + static_cast<std::uint64_t>(i));
        Findings f;
        body(c, f);
        if (f.empty())
            continue;
        ++failing;
        if (failing <= 3) {
            const std::string text = "case seed " + std::to_string(c.seed) +
                                     " (replay: GDS_PROPERTY_SEED=" + std::to_string(c.seed) +
                                     " GDS_PROPERTY_CASES=1)\n" + f.text() + "deal:\n" + writeDeal(c.deal) +
                                     "\n";
            std::fputs(text.c_str(), stderr);
            report += "case seed " + std::to_string(c.seed) + ":\n" + f.text();
        }
    }
    if (failing > 0)
        report = std::to_string(failing) + " of " + std::to_string(config.cases) + " cases fail (seed " +
                 std::to_string(config.seed) + "); first:\n" + report;
    return report;
}

} // namespace gds::test
