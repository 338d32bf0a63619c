// Range and cross-field rules of deal-format.md on a Deal value. Every problem is reported at once,
// each with its JSON path (e.g. "offtake[1].term_months: must be >= 1"). Type errors, unknown keys and
// missing fields are the file reader's business (io/DealJson.h), which calls this afterwards.
#pragma once

#include "model/Deal.h"
#include "model/Issue.h"

namespace gds {

Issues validate(const Deal &deal);

} // namespace gds
