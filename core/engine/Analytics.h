// Analytics over monthly cash-flow series (engine.md section 7): free functions, no state.
#pragma once

#include <optional>
#include <span>

namespace gds {

struct IrrResult {
    std::optional<double> annual; // (1 + m)^12 - 1, or empty when no root exists in (-0.99, 10]
    double monthly = 0.0;         // m
    bool multipleRoots = false;   // several roots: the one with the smallest |m| is reported
};

// The monthly rate m in (-0.99, 10] that zeroes sum_p cf[p] / (1+m)^p, p months after close,
// reported annual. When there are several roots, the one with the smallest |m|. With findAll false
// the search stops as soon as that root is known, and multipleRoots is not set (Monte Carlo paths).
IrrResult irr(std::span<const double> cf, bool findAll = true);

// sum_p cf[p] / (1 + annualRate)^(p/12).
double npvAnnual(std::span<const double> cf, double annualRate);

// sum_p cf[p] / (1 + m)^p, evaluated without overflow for long series.
double npvMonthly(std::span<const double> cf, double m);

} // namespace gds
