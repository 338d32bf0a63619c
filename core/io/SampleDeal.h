#pragma once

#include "model/Deal.h"

#include <string_view>

namespace gds {

// The built-in sample deal (resources/sample-deal.json, embedded at build time): what
// `gpudeal-cli sample` prints and what the GUI opens on first start.
std::string_view sampleDealJson();
Deal sampleDeal();

// The gpudeal/2 sample (resources/sample-deal-ddtl.json): tranches, waterfall, collateral, US tax and
// offtaker credit; what `gpudeal-cli sample ddtl` prints.
std::string_view sampleDealDdtlJson();
Deal sampleDealDdtl();

} // namespace gds
