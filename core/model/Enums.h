// Names of the model's enumerations as gpudeal/1 spells them, both ways.
#pragma once

#include "model/Deal.h"

#include <optional>
#include <span>
#include <string_view>

namespace gds {

std::string_view toString(CapexCategory v);
std::string_view toString(Rating v);
std::string_view toString(HedgeType v);
std::string_view toString(Profile v);
std::string_view toString(RateType v);
std::string_view toString(DayCount v);
std::string_view toString(TaxDepreciation v);

std::optional<CapexCategory> parseCapexCategory(std::string_view s);
std::optional<Rating> parseRating(std::string_view s);
std::optional<HedgeType> parseHedgeType(std::string_view s);
std::optional<Profile> parseProfile(std::string_view s);
std::optional<RateType> parseRateType(std::string_view s);
std::optional<DayCount> parseDayCount(std::string_view s);
std::optional<TaxDepreciation> parseTaxDepreciation(std::string_view s);

// Every value, in declaration order (for combo boxes and property tests).
std::span<const CapexCategory> allCapexCategories();
std::span<const Rating> allRatings();
std::span<const HedgeType> allHedgeTypes();
std::span<const Profile> allProfiles();
std::span<const DayCount> allDayCounts();
std::span<const TaxDepreciation> allTaxDepreciations();

} // namespace gds
