// Numbers in plain-text messages and reports, locale independent (the engine's messages and
// gpudeal-cli's text output use the same spelling).
#pragma once

#include <string>

namespace gds {

// Fixed decimals, no grouping ("1234.50"); "n/a" when not finite.
std::string fixed(double v, int decimals);

// Fixed decimals with thousands separators ("1,234,567.89"); "n/a" when not finite; no minus sign when
// every digit shown is zero.
std::string grouped(double v, int decimals);

} // namespace gds
