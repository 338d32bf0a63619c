// gpudeal/1 deal files (deal-format.md): read with every problem reported at once, write, round-trip.
#pragma once

#include "model/Deal.h"
#include "model/Issue.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gds {

inline constexpr std::size_t kMaxDealFileBytes = 16u * 1024u * 1024u;

struct DealReadResult {
    std::optional<Deal> deal; // set only when there is no issue at all (no partial load)
    Issues issues;
};

// Parses and validates a gpudeal/1 document. Refuses (with a clear message, path "") input over
// 16 MiB, invalid UTF-8, invalid JSON, duplicate keys, non-finite or overflowing numbers; then reports
// unknown keys, wrong types, missing fields and every rule of validate().
DealReadResult readDeal(std::string_view bytes);

// Reads a file ("-" for standard input). I/O failures come back as one issue with path "" and
// ioError set.
struct DealFileResult : DealReadResult {
    bool ioError = false;
};
DealFileResult readDealFile(const std::string &path);

// Writes a deal as pretty gpudeal/1 JSON (two-space indent, every field written, numbers in
// shortest round-trip form). readDeal(writeDeal(d)) gives back d.
std::string writeDeal(const Deal &deal);

} // namespace gds
