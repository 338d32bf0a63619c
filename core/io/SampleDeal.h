#pragma once

#include "model/Deal.h"

#include <string_view>

namespace gds {

// The built-in sample deal (resources/sample-deal.json, embedded at build time): what
// `gpudeal-cli sample` prints and what the GUI opens on first start.
std::string_view sampleDealJson();
Deal sampleDeal();

} // namespace gds
