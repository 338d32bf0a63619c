// The gpudeal-result/2 document (cli.md). Written by hand rather than through a JSON library so that
// the key order is the document's and numbers are the shortest round-trip form of the engine's doubles.
#include "io/ResultJson.h"

#include "io/MessageText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace gds {

std::string formatNumber(double v)
{
    if (!std::isfinite(v))
        return "null"; // NaN stands for null; JSON has no infinities either
    if (v == 0)
        return "0"; // also for -0.0: "-0" is valid JSON but surprises readers
    // Shortest round-trip digits; plain notation in the range where people read amounts and rates
    // (126000000, not 1.26e+08), exponent notation outside it (as JavaScript prints numbers).
    std::array<char, 64> buf{};
    const double a = std::fabs(v);
    const auto res = a >= 1e-6 && a < 1e21
                         ? std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed)
                         : std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return std::string(buf.data(), res.ptr);
}

std::string jsonString(std::string_view text)
{
    return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

std::string isoDate(int year, int month)
{
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d-01", year, month);
    return buf.data();
}

bool isIntegerUnit(Unit unit)
{
    return unit == Unit::Count || unit == Unit::Months;
}

std::string metricValue(const MetricField &field, const Metrics &metrics)
{
    const std::optional<double> v = field.get(metrics);
    if (!v || !std::isfinite(*v))
        return "null";
    if (isIntegerUnit(field.unit) && *v == std::trunc(*v) && std::fabs(*v) < 1e15)
        return std::to_string(static_cast<long long>(*v));
    return formatNumber(*v);
}

// The metrics object; `indent` < 0 writes it on one line, otherwise one key per line.
std::string metricsObject(const Metrics &metrics, int indent)
{
    const std::string pad = indent < 0 ? std::string() : std::string(std::size_t(indent) + 2, ' ');
    const char *sep = indent < 0 ? ", " : ",\n";
    std::string out = indent < 0 ? "{" : "{\n";
    bool first = true;
    for (const MetricField &field : metricFields()) {
        if (!first)
            out += sep;
        first = false;
        out += pad;
        out += '"';
        out += field.key;
        out += "\": ";
        out += metricValue(field, metrics);
    }
    if (indent >= 0) {
        out += '\n';
        out += std::string(std::size_t(indent), ' ');
    }
    out += '}';
    return out;
}

int seriesSize(const PeriodTable &t)
{
    // Defensive: never read past a short series, whatever the engine returned.
    std::size_t n = std::size_t(t.size());
    for (const auto *v : {&t.year, &t.month, &t.days})
        n = std::min(n, v->size());
    n = std::min(n, t.phase.size());
    for (const PeriodField &f : periodFields())
        n = std::min(n, (t.*f.series).size());
    return int(n);
}

std::string periodObject(const PeriodTable &t, int p)
{
    std::string out = "{\"period\": " + std::to_string(p);
    out += ", \"start\": \"" + periodStart(t, p) + '"';
    out += ", \"end\": \"" + periodEnd(t, p) + '"';
    out += ", \"days\": " + std::to_string(t.days[std::size_t(p)]);
    out += ", \"phase\": \"";
    out += phaseName(t.phase[std::size_t(p)]);
    out += '"';
    for (const PeriodField &f : periodFields()) {
        out += ", \"";
        out += f.key;
        out += "\": ";
        out += formatNumber((t.*f.series)[std::size_t(p)]);
    }
    out += '}';
    return out;
}

} // namespace

std::string periodStart(const PeriodTable &t, int p)
{
    return isoDate(t.year[std::size_t(p)], t.month[std::size_t(p)]);
}

std::string periodEnd(const PeriodTable &t, int p)
{
    const int year = t.year[std::size_t(p)];
    const int month = t.month[std::size_t(p)];
    if (p == 0)
        return isoDate(year, month);
    return month >= 12 ? isoDate(year + 1, 1) : isoDate(year, month + 1);
}

std::string_view phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Close:
        return "close";
    case Phase::Construction:
        return "construction";
    case Phase::Operation:
        return "operation";
    }
    return "operation";
}

std::string writeMetricsJson(const Metrics &metrics)
{
    return metricsObject(metrics, -1);
}

std::string writeResultJson(const Result &result)
{
    std::string out = "{\n  \"format\": \"gpudeal-result/2\",\n  \"metrics\": ";
    out += metricsObject(result.metrics, 2);
    out += ",\n  \"tranches\": [";
    for (std::size_t i = 0; i < result.tranches.size(); ++i) {
        const TrancheResult &t = result.tranches[i];
        out += i == 0 ? "\n    " : ",\n    ";
        out += "{\"name\": " + jsonString(t.name) + ", \"amount\": " + formatNumber(t.amount) +
               ", \"margin\": " + formatNumber(t.margin.value_or(kNull)) +
               ", \"lender_yield\": " + formatNumber(t.lenderYield.value_or(kNull)) + "}";
    }
    out += result.tranches.empty() ? "]" : "\n  ]";
    out += ",\n  \"periods\": [";
    const int n = seriesSize(result.periods);
    for (int p = 0; p < n; ++p) {
        out += p == 0 ? "\n    " : ",\n    ";
        out += periodObject(result.periods, p);
    }
    out += n > 0 ? "\n  ],\n  \"warnings\": [" : "],\n  \"warnings\": [";
    for (std::size_t i = 0; i < result.warnings.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += jsonString(warningText(result.warnings[i]));
    }
    out += result.warnings.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

} // namespace gds
