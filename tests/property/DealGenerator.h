// Random valid gpudeal/1 deals across the whole of deal-format.md, for the property tests and the
// export fuzz targets. The randomness comes from an Entropy: a seeded generator (property tests,
// reproducible from the seed) or the fuzzer's bytes (fuzz targets). Every deal is valid by
// construction; the property tests check that with validate().
#pragma once

#include "model/Deal.h"
#include "model/Enums.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace gds::test {

// A source of random 32-bit words with the helpers the generator needs. The mappings are written out
// (no <random> distributions) so that a seed gives the same deal with every standard library.
class Entropy
{
public:
    virtual ~Entropy() = default;
    virtual std::uint32_t next() = 0;

    // Uniform integer in [lo, hi] (hi >= lo).
    long long integer(long long lo, long long hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1u;
        const std::uint64_t wide = (std::uint64_t{next()} << 32) | next();
        return lo + static_cast<long long>(wide % span);
    }
    int integer(int lo, int hi)
    {
        return static_cast<int>(integer(static_cast<long long>(lo), static_cast<long long>(hi)));
    }
    // Uniform in [0, 1).
    double unit() { return next() / 4294967296.0; }
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    // Log-uniform in [lo, hi), lo > 0: spans orders of magnitude evenly.
    double logUniform(double lo, double hi) { return lo * std::pow(hi / lo, unit()); }
    bool chance(double p) { return unit() < p; }
    template <typename T> T pick(std::span<const T> values)
    {
        return values[static_cast<std::size_t>(integer(0, static_cast<int>(values.size()) - 1))];
    }
    template <typename T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[static_cast<std::size_t>(integer(0, static_cast<int>(i) - 1))]);
    }
};

// SplitMix64: tiny, fast, and every seed (0 included) gives a good stream.
class SeededEntropy final : public Entropy
{
public:
    explicit SeededEntropy(std::uint64_t seed) : m_state(seed) {}
    std::uint32_t next() override
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return static_cast<std::uint32_t>((z ^ (z >> 31)) >> 32);
    }

private:
    std::uint64_t m_state;
};

// The fuzzer's input read four bytes at a time; zeros once it is used up (so every input gives a deal).
class ByteEntropy final : public Entropy
{
public:
    ByteEntropy(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}
    std::uint32_t next() override
    {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            v <<= 8;
            if (m_pos < m_size)
                v |= m_data[m_pos++];
        }
        return v;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

struct GeneratorOptions {
    int maxConstruction = 12;     // construction months 0..maxConstruction
    int maxOperating = 120;       // operating months, usually 1..maxOperating ...
    double longDealChance = 0.03; // ... and sometimes up to the format's 480
    int maxCapex = 6;
    int maxContracts = 5;
    int maxHedges = 4;
};

namespace detail {

// Names with what breaks naive writers: separators, quotes, non-ASCII, a right-to-left mark.
inline std::string randomText(Entropy &e, bool allowEmpty)
{
    static constexpr const char *kPieces[] = {
        "Cluster",
        "H100",
        "B200",
        "Nord",
        "\u00DCber",
        "\xE5\x8C\x97\xE4\xBA\xAC",
        ",",
        ";",
        "\"",
        "'",
        " ",
        "-",
        "\xE2\x80\x94",
        "=1+1",
        "\\",
        "/",
        "\xF0\x9F\x9A\x80",
        "%s",
        "<b>",
        "&amp;",
        "\xE2\x80\x8F",
        "\t",
        "\n",
        "0.5",
        "1e9",
        "#",
        "@",
        "\xC2\xA0",
    };
    const int parts = e.integer(allowEmpty ? 0 : 1, 6);
    std::string s;
    for (int i = 0; i < parts; ++i)
        s += e.pick(std::span<const char *const>(kPieces));
    if (!allowEmpty && s.find_first_not_of(" \t\n\xC2\xA0") == std::string::npos)
        s = "Deal " + s;
    return s;
}

// A rate-like value in [lo, hi], with the interval's ends and 0 (when inside) now and then.
inline double edgy(Entropy &e, double lo, double hi, double typicalLo, double typicalHi)
{
    const double roll = e.unit();
    if (roll < 0.04)
        return lo;
    if (roll < 0.08)
        return hi;
    if (roll < 0.14 && lo <= 0.0 && hi >= 0.0)
        return 0.0;
    if (roll < 0.20)
        return e.uniform(lo, hi);
    return e.uniform(typicalLo, typicalHi);
}

} // namespace detail

// A random valid deal. Every field of deal-format.md is exercised: all profiles, fixed and floating
// rates (flat base or a curve, flat margin or a grid), all day counts, the three hedge types (futures
// with initial margin), construction periods, spend schedules, prepayments, contracts and hedges that
// run past N, and debt sized by DSCR/LTV or as a fixed amount.
inline Deal randomDeal(Entropy &e, const GeneratorOptions &opt = {})
{
    using detail::edgy;
    Deal d;
    d.name = detail::randomText(e, false);
    d.sponsor = detail::randomText(e, true);
    d.notes = e.chance(0.3) ? detail::randomText(e, true) : std::string();
    static constexpr const char *kCurrencies[] = {"USD", "EUR", "GBP", "JPY", "CHF", "XAU"};
    d.currency = e.pick(std::span<const char *const>(kCurrencies));
    static constexpr int kEdgeYears[] = {1990, 2200};
    d.start.year = e.chance(0.1) ? e.pick(std::span<const int>(kEdgeYears)) : e.integer(2020, 2040);
    d.start.month = e.integer(1, 12);
    d.constructionMonths = e.integer(0, opt.maxConstruction);
    d.operatingMonths = e.chance(opt.longDealChance) ? e.integer(1, 480) : e.integer(1, opt.maxOperating);
    const int c = d.constructionMonths, n = d.periodCount();

    Cluster &cl = d.cluster;
    cl.gpuModel = e.chance(0.5) ? "H100 SXM" : detail::randomText(e, true);
    cl.gpus = e.chance(0.05) ? e.integer(1, 3) : static_cast<int>(std::lround(e.logUniform(1.0, 200000.0)));
    cl.availability = e.chance(0.15) ? 1.0 : std::min(1.0, e.uniform(0.5, 1.0) + 1e-9); // in (0, 1]
    cl.kwPerGpu = edgy(e, 0.0, 3.0, 0.7, 2.0);
    cl.pue = e.chance(0.1) ? 1.0 : e.uniform(1.0, 2.0);
    cl.powerPricePerKwh = edgy(e, 0.0, 0.5, 0.03, 0.15);
    cl.powerEscalation = edgy(e, -0.5, 1.0, -0.02, 0.05);
    cl.fixedOpexPerGpuMonth = edgy(e, 0.0, 2000.0, 20.0, 300.0);
    cl.opexEscalation = edgy(e, -0.5, 1.0, -0.02, 0.05);
    cl.variableOpexPctOfRevenue = e.chance(0.05) ? 0.99 : edgy(e, 0.0, 0.5, 0.0, 0.1);

    const int capexCount = e.integer(1, opt.maxCapex);
    for (int i = 0; i < capexCount; ++i) {
        CapexItem item;
        item.category = e.pick(allCapexCategories());
        item.description = detail::randomText(e, true);
        item.quantity = e.chance(0.8) ? static_cast<double>(e.integer(1, 5000)) : e.logUniform(0.01, 1000.0);
        item.unitCost = e.logUniform(10.0, 2e6);
        // One to four distinct spend periods in 0..C, shares from integer weights (they sum to 1). A
        // period already taken moves on to the next free one: one draw per period, so that a stream of
        // equal words (a fuzzer's input, used up) cannot loop forever.
        std::vector<int> periods;
        const int parts = e.integer(1, std::min(c + 1, 4));
        while (static_cast<int>(periods.size()) < parts) {
            int p = e.integer(0, c);
            while (std::find(periods.begin(), periods.end(), p) != periods.end())
                p = (p + 1) % (c + 1);
            periods.push_back(p);
        }
        std::vector<int> weights;
        int total = 0;
        for (std::size_t j = 0; j < periods.size(); ++j)
            total += weights.emplace_back(e.integer(1, 10));
        item.spend.clear();
        for (std::size_t j = 0; j < periods.size(); ++j)
            item.spend.push_back({periods[j], static_cast<double>(weights[j]) / total});
        item.usefulLifeMonths = e.chance(0.1) ? e.integer(1, 1000) : e.integer(12, 120);
        item.residualPct = e.chance(0.3) ? 0.0 : edgy(e, 0.0, 1.0, 0.0, 0.3);
        d.capex.push_back(std::move(item));
    }
    double totalCapex = 0.0;
    for (const CapexItem &item : d.capex)
        totalCapex += item.cost();

    // Contracts: each takes at most G / count GPUs, so that active contracts never exceed the cluster.
    const int contractCount = std::min(e.integer(0, opt.maxContracts), cl.gpus);
    static constexpr Rating kRatings[] = {Rating::AAA, Rating::AA, Rating::A,   Rating::BBB,
                                          Rating::BB,  Rating::B,  Rating::CCC, Rating::NR};
    for (int i = 0; i < contractCount; ++i) {
        OfftakeContract k;
        k.counterparty = detail::randomText(e, false);
        k.rating = e.pick(std::span<const Rating>(kRatings));
        k.startPeriod = e.integer(c + 1, n);
        // Mostly within the model, sometimes past N (cut off, with a warning).
        k.termMonths =
            e.chance(0.15) ? e.integer(1, 2 * d.operatingMonths + 12) : e.integer(1, n - k.startPeriod + 1);
        k.gpus = e.integer(1, std::max(1, cl.gpus / contractCount));
        k.pricePerGpuHour = e.chance(0.05) ? e.logUniform(1e-6, 100.0) : e.uniform(0.5, 4.0);
        k.escalation = edgy(e, -0.9, 1.0, -0.05, 0.05);
        k.prepaymentPct = e.chance(0.6) ? 0.0 : edgy(e, 0.0, 0.999, 0.0, 0.4);
        d.offtake.push_back(std::move(k));
    }

    Market &m = d.market;
    m.index = detail::randomText(e, true);
    m.spotPricePerGpuHour = e.chance(0.05) ? 0.0 : e.uniform(0.3, 4.0);
    m.annualChange = edgy(e, -0.99, 10.0, -0.3, 0.1);
    m.merchantUtilization = edgy(e, 0.0, 1.0, 0.3, 1.0);
    m.volatility = edgy(e, 0.0, 5.0, 0.0, 1.0);
    m.meanReversion = edgy(e, 0.0, 50.0, 0.0, 3.0);

    const int hedgeCount = e.integer(0, opt.maxHedges);
    for (int i = 0; i < hedgeCount; ++i) {
        Hedge h;
        h.type = e.pick(allHedgeTypes());
        h.startPeriod = e.integer(1, n);
        h.termMonths = e.chance(0.15) ? e.integer(1, 2 * n) : e.integer(1, n - h.startPeriod + 1);
        h.gpus = e.integer(1, std::max(1, cl.gpus / 2));
        h.strikePerGpuHour = edgy(e, 0.0, 10.0, 0.5, 3.0);
        h.premiumPerGpuHour = h.type == HedgeType::Floor ? edgy(e, 0.0, 1.0, 0.0, 0.3) : 0.0;
        h.initialMarginPerGpu = h.type == HedgeType::Futures ? edgy(e, 0.0, 10000.0, 100.0, 2000.0) : 0.0;
        h.feePerGpuHour = edgy(e, 0.0, 0.5, 0.0, 0.05);
        d.hedges.push_back(std::move(h));
    }

    Debt &debt = d.debt;
    debt.name = e.chance(0.2) ? detail::randomText(e, true) : std::string("Senior term loan");
    if (e.chance(0.75)) {
        debt.sizing.mode = Sizing::Mode::DscrLtv;
        debt.sizing.targetDscr = e.chance(0.05) ? e.logUniform(0.01, 100.0) : e.uniform(1.05, 2.0);
        debt.sizing.maxLtv = edgy(e, 0.0, 1.0, 0.4, 0.85);
    } else {
        // A fixed amount the capex can fund: draws never exceed capex (kappa <= 1) even with IDC at
        // the highest rate the generator uses.
        debt.sizing.mode = Sizing::Mode::Amount;
        debt.sizing.amount = e.chance(0.1) ? 0.0 : totalCapex * e.uniform(0.0, 0.8);
    }
    debt.tenorMonths = e.chance(0.2) ? d.operatingMonths : e.integer(1, d.operatingMonths);
    debt.profile = e.pick(allProfiles());
    Rate &r = debt.rate;
    if (e.chance(0.4)) {
        r.type = RateType::Fixed;
        r.fixedRate = edgy(e, -0.05, 0.2, 0.03, 0.12);
    } else {
        r.type = RateType::Floating;
        r.useBaseCurve = e.chance(0.5);
        if (r.useBaseCurve) {
            const int years = e.integer(1, n / 12 + 3);
            for (int y = 0; y < years; ++y)
                r.baseRateCurve.push_back(edgy(e, -0.05, 0.15, 0.0, 0.07));
        } else {
            r.baseRate = edgy(e, -0.05, 0.15, 0.0, 0.07);
        }
        r.useMarginGrid = e.chance(0.5);
        if (r.useMarginGrid) {
            const int steps = e.integer(1, 4);
            r.marginGrid.push_back({0.0, e.uniform(0.02, 0.1)});
            for (int s = 1; s < steps; ++s)
                r.marginGrid.push_back({e.chance(0.2) ? 1.0 : e.unit(), e.uniform(0.0, 0.1)});
            e.shuffle(r.marginGrid);
        } else {
            r.margin = edgy(e, -0.05, 0.05, 0.01, 0.06);
        }
    }
    debt.dayCount = e.pick(allDayCounts());
    debt.upfrontFee = edgy(e, 0.0, 0.2, 0.0, 0.03);
    debt.commitmentFee = edgy(e, 0.0, 0.2, 0.0, 0.01);
    debt.dsraMonths = e.chance(0.3) ? 0 : e.integer(1, e.chance(0.1) ? 24 : 9);
    debt.covenants.lockupDscr = e.uniform(1.0, 1.5);
    debt.covenants.defaultDscr = e.uniform(0.8, debt.covenants.lockupDscr);

    d.costOfEquity = edgy(e, 0.0, 2.0, 0.08, 0.25);
    d.taxRate = e.chance(0.2) ? 0.0 : edgy(e, 0.0, 0.99, 0.1, 0.35);
    return d;
}

// Every money amount of a deal times k (unit costs, prices, opex, power price, strikes, premiums,
// fees, initial margin per GPU, a fixed debt amount); quantities, rates and shares unchanged.
inline Deal scaledMoney(Deal d, double k)
{
    for (CapexItem &item : d.capex)
        item.unitCost *= k;
    d.cluster.fixedOpexPerGpuMonth *= k;
    d.cluster.powerPricePerKwh *= k;
    for (OfftakeContract &c : d.offtake)
        c.pricePerGpuHour *= k;
    d.market.spotPricePerGpuHour *= k;
    for (Hedge &h : d.hedges) {
        h.strikePerGpuHour *= k;
        h.premiumPerGpuHour *= k;
        h.initialMarginPerGpu *= k;
        h.feePerGpuHour *= k;
    }
    d.debt.sizing.amount *= k;
    return d;
}

// A deal at the format's limits: 120 + 480 months, 10,000,000 GPUs, 500 capex lines spent over the
// whole construction, 100 contracts and 100 hedges, a base-rate curve for every model year and a
// margin grid, sculpted debt over the whole operation with the longest DSRA.
inline Deal limitsDeal()
{
    Deal d;
    d.name = "Limits: 600 months, 10,000,000 GPUs, 500 capex lines, 100 contracts, 100 hedges";
    d.start = {2028, 2};
    d.constructionMonths = 120;
    d.operatingMonths = 480;
    const int c = d.constructionMonths, n = d.periodCount();
    d.cluster = {"GB300", 10'000'000, 0.97, 1.4, 1.3, 0.08, 0.02, 60.0, 0.03, 0.03};
    static constexpr CapexCategory kCats[] = {CapexCategory::Compute, CapexCategory::Networking,
                                              CapexCategory::Storage, CapexCategory::Cooling,
                                              CapexCategory::Electrical};
    for (int i = 0; i < 500; ++i) {
        CapexItem item;
        item.category = kCats[i % 5];
        item.description = "Line " + std::to_string(i);
        item.quantity = 2500.0 + i;
        item.unitCost = 280000.0 + 100.0 * i;
        // One to eight distinct periods spread over 0..C, equal shares, the rounding on the last one.
        item.spend.clear();
        const int parts = 1 + i % 8;
        double sum = 0.0;
        for (int j = 0; j < parts; ++j) {
            const double share = j + 1 < parts ? 1.0 / parts : 1.0 - sum;
            item.spend.push_back({(j * (c + 1)) / parts + (i % 7) * (parts == 1 ? 1 : 0), share});
            sum += share;
        }
        item.usefulLifeMonths = 60 + i % 400;
        item.residualPct = 0.05;
        d.capex.push_back(std::move(item));
    }
    // 100 contracts of 90,000 GPUs each: 9,000,000 at most, under the cluster in every period.
    for (int i = 0; i < 100; ++i) {
        OfftakeContract k;
        k.counterparty = "Lab " + std::to_string(i);
        k.rating = static_cast<Rating>(i % 8);
        k.startPeriod = c + 1 + (i * 37) % 480;
        k.termMonths = 24 + (i * 11) % 400; // some run past N
        k.gpus = 90'000;
        k.pricePerGpuHour = 2.0 + 0.01 * i;
        k.escalation = 0.01;
        k.prepaymentPct = i % 3 == 0 ? 0.1 : 0.0;
        d.offtake.push_back(std::move(k));
    }
    d.market = {"GPU rental index", 2.1, -0.05, 0.7, 0.5, 0.8};
    for (int i = 0; i < 100; ++i) {
        Hedge h;
        h.type = static_cast<HedgeType>(i % 3);
        h.startPeriod = 1 + (i * 53) % n;
        h.termMonths = 12 + (i * 17) % 300;
        h.gpus = 50'000;
        h.strikePerGpuHour = 1.8 + 0.005 * i;
        h.premiumPerGpuHour = h.type == HedgeType::Floor ? 0.05 : 0.0;
        h.initialMarginPerGpu = h.type == HedgeType::Futures ? 1500.0 : 0.0;
        h.feePerGpuHour = 0.01;
        d.hedges.push_back(std::move(h));
    }
    d.debt.sizing = {Sizing::Mode::DscrLtv, 1.3, 0.75, 0.0};
    d.debt.tenorMonths = 480;
    d.debt.profile = Profile::Sculpted;
    d.debt.rate.type = RateType::Floating;
    d.debt.rate.useBaseCurve = true;
    for (int y = 0; y < n / 12; ++y)
        d.debt.rate.baseRateCurve.push_back(0.03 + 0.0005 * y);
    d.debt.rate.useMarginGrid = true;
    d.debt.rate.marginGrid = {{0.0, 0.09}, {0.5, 0.06}, {0.8, 0.035}};
    d.debt.dayCount = DayCount::Act365F;
    d.debt.upfrontFee = 0.02;
    d.debt.commitmentFee = 0.005;
    d.debt.dsraMonths = 24;
    d.costOfEquity = 0.18;
    d.taxRate = 0.21;
    return d;
}

} // namespace gds::test
