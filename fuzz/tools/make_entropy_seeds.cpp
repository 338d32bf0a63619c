// Writes the seed corpus of the generator-driven fuzz targets (fuzz_export, fuzz_term_sheet): byte
// strings that tests/property/DealGenerator.h (through ByteEntropy) turns into valid, computable
// deals, chosen so that together they cover every debt profile, rate form, day count, hedge type,
// sizing mode, construction or none, prepayments, contracts and hedges past N and a long deal. Each
// file holds exactly the bytes the generator consumes. Not part of the build; run by hand after the
// generator changes (from the repository root, with a normal build in build/dev; the options must stay those
// of the fuzz targets):
//   g++ -std=c++20 -O1 -Icore -Itests fuzz/tools/make_entropy_seeds.cpp -o /tmp/make_entropy_seeds
//       build/dev/core/engine/libgds_engine.a build/dev/core/model/libgds_model.a
//   /tmp/make_entropy_seeds fuzz/corpus/fuzz_export fuzz/corpus/fuzz_term_sheet
#include "engine/Engine.h"
#include "model/Validation.h"
#include "property/DealGenerator.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <vector>

using namespace gds;

namespace {

// ByteEntropy over a fixed SplitMix64 byte stream that remembers how many bytes were read.
class CountingEntropy final : public test::Entropy
{
public:
    explicit CountingEntropy(std::uint64_t seed)
    {
        test::SeededEntropy words(seed);
        for (int i = 0; i < 4096; ++i) {
            const std::uint32_t w = words.next();
            for (int b = 3; b >= 0; --b)
                m_bytes.push_back(static_cast<std::uint8_t>(w >> (8 * b)));
        }
    }
    std::uint32_t next() override
    {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            v <<= 8;
            if (m_pos < m_bytes.size())
                v |= m_bytes[m_pos++];
        }
        return v;
    }
    std::vector<std::uint8_t> consumed() const
    {
        return {m_bytes.begin(), m_bytes.begin() + static_cast<long>(m_pos)};
    }

private:
    std::vector<std::uint8_t> m_bytes;
    std::size_t m_pos = 0;
};

std::set<std::string> features(const Deal &d)
{
    std::set<std::string> f;
    f.insert("profile" + std::to_string(static_cast<int>(d.debt.profile)));
    f.insert("daycount" + std::to_string(static_cast<int>(d.debt.dayCount)));
    if (d.debt.rate.type == RateType::Fixed)
        f.insert("fixed");
    else
        f.insert(std::string(d.debt.rate.useBaseCurve ? "curve" : "base") +
                 (d.debt.rate.useMarginGrid ? "+grid" : "+margin"));
    f.insert(d.debt.sizing.mode == Sizing::Mode::Amount ? "amount" : "dscr-ltv");
    f.insert(d.constructionMonths > 0 ? "construction" : "no-construction");
    f.insert(d.operatingMonths > 120 ? "long" : "short");
    f.insert(d.offtake.empty() ? "merchant-only" : "contracts");
    for (const OfftakeContract &k : d.offtake) {
        if (k.prepaymentPct > 0)
            f.insert("prepayment");
        if (k.startPeriod + k.termMonths - 1 > d.periodCount())
            f.insert("contract-past-n");
    }
    for (const Hedge &h : d.hedges) {
        f.insert("hedge" + std::to_string(static_cast<int>(h.type)));
        if (h.startPeriod + h.termMonths - 1 > d.periodCount())
            f.insert("hedge-past-n");
    }
    if (d.debt.dsraMonths > 0)
        f.insert("dsra");
    if (d.taxRate > 0)
        f.insert("tax");
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: make_entropy_seeds DIR...\n");
        return 64;
    }
    std::set<std::string> covered;
    std::vector<std::vector<std::uint8_t>> chosen;
    for (std::uint64_t seed = 1; seed < 20000 && chosen.size() < 24; ++seed) {
        CountingEntropy e(seed);
        test::GeneratorOptions options; // as the fuzz targets use it
        options.maxOperating = 60;
        options.longDealChance = 0.01;
        const Deal deal = test::randomDeal(e, options);
        if (!validate(deal).empty() || !compute(deal).ok())
            continue;
        bool adds = false;
        for (const std::string &f : features(deal))
            adds = covered.insert(f).second || adds;
        if (adds)
            chosen.push_back(e.consumed());
    }
    for (int d = 1; d < argc; ++d)
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "/seed-%02zu.bin", i);
            std::ofstream out(std::string(argv[d]) + name, std::ios::binary);
            out.write(reinterpret_cast<const char *>(chosen[i].data()),
                      static_cast<std::streamsize>(chosen[i].size()));
        }
    std::printf("%zu seeds cover:", chosen.size());
    for (const std::string &f : covered)
        std::printf(" %s", f.c_str());
    std::printf("\n");
    return 0;
}
