#include "model/Enums.h"

#include <array>
#include <cstddef>
#include <utility>

namespace gds {
namespace {

template <typename E, std::size_t N> using NameTable = std::array<std::pair<E, std::string_view>, N>;

constexpr NameTable<CapexCategory, 10> kCapexCategories{{
    {CapexCategory::Compute, "compute"},
    {CapexCategory::Networking, "networking"},
    {CapexCategory::Storage, "storage"},
    {CapexCategory::Cooling, "cooling"},
    {CapexCategory::Electrical, "electrical"},
    {CapexCategory::Facility, "facility"},
    {CapexCategory::Deployment, "deployment"},
    {CapexCategory::Spares, "spares"},
    {CapexCategory::SoftCosts, "soft_costs"},
    {CapexCategory::Other, "other"},
}};

constexpr NameTable<Rating, 8> kRatings{{
    {Rating::AAA, "AAA"},
    {Rating::AA, "AA"},
    {Rating::A, "A"},
    {Rating::BBB, "BBB"},
    {Rating::BB, "BB"},
    {Rating::B, "B"},
    {Rating::CCC, "CCC"},
    {Rating::NR, "NR"},
}};

constexpr NameTable<HedgeType, 3> kHedgeTypes{{
    {HedgeType::Swap, "swap"},
    {HedgeType::Floor, "floor"},
    {HedgeType::Futures, "futures"},
}};

constexpr NameTable<Profile, 4> kProfiles{{
    {Profile::Sculpted, "sculpted"},
    {Profile::Annuity, "annuity"},
    {Profile::StraightLine, "straight_line"},
    {Profile::Bullet, "bullet"},
}};

constexpr NameTable<RateType, 2> kRateTypes{{
    {RateType::Fixed, "fixed"},
    {RateType::Floating, "floating"},
}};

constexpr NameTable<DayCount, 3> kDayCounts{{
    {DayCount::Act360, "ACT/360"},
    {DayCount::Act365F, "ACT/365F"},
    {DayCount::Thirty360, "30/360"},
}};

constexpr NameTable<TaxDepreciation, 2> kTaxDepreciations{{
    {TaxDepreciation::StraightLine, "straight_line"},
    {TaxDepreciation::Macrs5, "macrs_5"},
}};

// Empty for a value outside the enumeration (a corrupted cast); validate() reports those.
template <typename E, std::size_t N> constexpr std::string_view nameOf(const NameTable<E, N> &table, E v)
{
    for (const auto &[value, name] : table)
        if (value == v)
            return name;
    return {};
}

// Exact, case-sensitive match: the file format spells each name one way.
template <typename E, std::size_t N>
constexpr std::optional<E> valueOf(const NameTable<E, N> &table, std::string_view s)
{
    for (const auto &[value, name] : table)
        if (name == s)
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N> constexpr std::array<E, N> valuesOf(const NameTable<E, N> &table)
{
    std::array<E, N> values{};
    for (std::size_t i = 0; i < N; ++i)
        values[i] = table[i].first;
    return values;
}

constexpr auto kAllCapexCategories = valuesOf(kCapexCategories);
constexpr auto kAllRatings = valuesOf(kRatings);
constexpr auto kAllHedgeTypes = valuesOf(kHedgeTypes);
constexpr auto kAllProfiles = valuesOf(kProfiles);
constexpr auto kAllDayCounts = valuesOf(kDayCounts);
constexpr auto kAllTaxDepreciations = valuesOf(kTaxDepreciations);

} // namespace

std::string_view toString(CapexCategory v)
{
    return nameOf(kCapexCategories, v);
}
std::string_view toString(Rating v)
{
    return nameOf(kRatings, v);
}
std::string_view toString(HedgeType v)
{
    return nameOf(kHedgeTypes, v);
}
std::string_view toString(Profile v)
{
    return nameOf(kProfiles, v);
}
std::string_view toString(RateType v)
{
    return nameOf(kRateTypes, v);
}
std::string_view toString(DayCount v)
{
    return nameOf(kDayCounts, v);
}
std::string_view toString(TaxDepreciation v)
{
    return nameOf(kTaxDepreciations, v);
}

std::optional<CapexCategory> parseCapexCategory(std::string_view s)
{
    return valueOf(kCapexCategories, s);
}
std::optional<Rating> parseRating(std::string_view s)
{
    return valueOf(kRatings, s);
}
std::optional<HedgeType> parseHedgeType(std::string_view s)
{
    return valueOf(kHedgeTypes, s);
}
std::optional<Profile> parseProfile(std::string_view s)
{
    return valueOf(kProfiles, s);
}
std::optional<RateType> parseRateType(std::string_view s)
{
    return valueOf(kRateTypes, s);
}
std::optional<DayCount> parseDayCount(std::string_view s)
{
    return valueOf(kDayCounts, s);
}
std::optional<TaxDepreciation> parseTaxDepreciation(std::string_view s)
{
    return valueOf(kTaxDepreciations, s);
}

std::span<const CapexCategory> allCapexCategories()
{
    return kAllCapexCategories;
}
std::span<const Rating> allRatings()
{
    return kAllRatings;
}
std::span<const HedgeType> allHedgeTypes()
{
    return kAllHedgeTypes;
}
std::span<const Profile> allProfiles()
{
    return kAllProfiles;
}
std::span<const DayCount> allDayCounts()
{
    return kAllDayCounts;
}
std::span<const TaxDepreciation> allTaxDepreciations()
{
    return kAllTaxDepreciations;
}

} // namespace gds
