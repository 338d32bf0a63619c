// Range and cross-field rules of deal-format.md on a Deal value. Every problem is reported at once,
// each with its JSON path and a code with parameters (e.g. "offtake[1].term_months", IntAtLeast {1},
// which the CLI prints as "offtake[1].term_months: must be >= 1", io/MessageText.h). Type errors, unknown
// keys and missing fields are the file reader's business (io/DealJson.h), which calls this afterwards.
#pragma once

#include "model/Deal.h"
#include "model/Issue.h"

#include <cstddef>
#include <string_view>

namespace gds {

Issues validate(const Deal &deal);

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF): the byte offset of the
// first byte of the first invalid sequence, or std::string_view::npos when `s` is valid.
std::size_t invalidUtf8Offset(std::string_view s);

// Number of Unicode code points of valid UTF-8 text (what "<= 200 chars" counts).
std::size_t codePointCount(std::string_view s);

} // namespace gds
