#include "engine/NumberText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <system_error>

namespace gds {

std::string fixed(double v, int decimals)
{
    if (!std::isfinite(v))
        return "n/a";
    std::array<char, 400> buf{};
    const auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, decimals);
    return res.ec == std::errc() ? std::string(buf.data(), res.ptr) : "n/a";
}

std::string grouped(double v, int decimals)
{
    if (!std::isfinite(v))
        return "n/a";
    std::array<char, 512> buf{};
    const auto [ptr, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(v), std::chars_format::fixed, decimals);
    if (ec != std::errc()) { // wider than the buffer (hundreds of decimals): the shortest form
        const auto shortest = std::to_chars(buf.data(), buf.data() + buf.size(), v);
        return std::string(buf.data(), shortest.ptr);
    }
    const std::string digits(buf.data(), ptr);
    const std::size_t intEnd = std::min(digits.find('.'), digits.size());
    std::string out = v < 0 && digits.find_first_of("123456789") != std::string::npos ? "-" : "";
    for (std::size_t i = 0; i < intEnd; ++i) {
        if (i > 0 && (intEnd - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out + digits.substr(intEnd);
}

} // namespace gds
