// The CLI's edge of core's messages: the English words of cli.md for the codes with parameters that
// validation, the engine's warnings, goal seek and the tornado produce (model/Issue.h). One table
// for this edge; the GUI has its own, through tr() (ui/common/MessageText.h).
#pragma once

#include "engine/GoalSeek.h"
#include "engine/Sensitivity.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <string>

namespace gds {

// The issue's message without its path: "must be >= 1".
std::string issueMessage(const Issue &issue);
// The issue as the CLI prints it: "offtake[1].term_months: must be >= 1" (the message alone when the
// issue has no path).
std::string issueText(const Issue &issue);
// An engine warning (Result::warnings) as the result document and the summary carry it.
std::string warningText(const Issue &warning);
// Goal seek's answer in a sentence, e.g. "at a strike of 2.4500 per GPU-hour the min DSCR is 1.3000x".
std::string seekMessage(const SeekResult &result, const Deal &deal, const SeekRequest &request);
// A tornado bar's note ("the deal has no offtake contracts: no effect"); empty for None.
std::string tornadoNoteText(TornadoNote note);

} // namespace gds
