// Human-readable output shows control characters instead of obeying them (README "Files and the
// workspace"): a deal name with ESC cannot retitle or recolour the user's terminal, and one with a
// newline cannot forge a row of a listing. JSON output is exact JSON and does not use this.
#pragma once

#include <string>
#include <string_view>

namespace gds::fs {

// Every C0 control character (U+0000..U+001F), DEL and the C1 controls (U+0080..U+009F) written as
// "\uXXXX" (tab, newline and carriage return as "\t", "\n", "\r"). Bytes that are not valid UTF-8 become
// "\xHH". Everything else (any printable UTF-8) is kept.
std::string terminalSafe(std::string_view text);

// The same for multi-line messages: newlines are kept, every other control character escaped.
std::string terminalSafeLines(std::string_view text);

} // namespace gds::fs
