// The GUI's edge of core's messages (model/Issue.h): validation issues, engine warnings and tornado
// notes in the workbench's words, through tr(). The validator speaks JSON paths ("capex[1].unit_cost"),
// which the CLI keeps (io/MessageText.h); the GUI names the section, row and field as the user sees
// them ("Capex row 2, Unit cost: must be greater than 0", DealEditor::issueText), in the user's
// language, with percentages as the forms show them. One table of codes for this edge.
#pragma once

#include "engine/Sensitivity.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <functional>
#include <QLocale>
#include <QString>

namespace gds::ui {

// The issue's message without its field; `percent`: the field is shown in % (bounds scaled by 100).
QString issueMessageText(const gds::Issue &issue, bool percent, const gds::Deal &deal, const QLocale &locale);

// A path inside a table cell as the user reads it: "spend[1].share" -> "spend entry 2, share".
QString subFieldText(const QString &rest);

// An engine warning (Result::warnings) as a sentence: "Offtake row 1 runs to Mar 2032, past the
// model's last month Dec 2031: the months after it are cut off".
QString warningText(const gds::Issue &warning, const gds::Deal &deal, const QLocale &locale);

// A row of a deal list named as the editor's tables show it: "offtake[0]" -> "Offtake row 1"; empty
// when the path is not a row of a list.
QString rowText(const QString &path);

// A tornado bar's note; empty for None.
QString tornadoNoteText(gds::TornadoNote note);

// Names an issue's field as the user sees it and says its problem (the deal editor's issueText).
using IssueNamer = std::function<QString(const gds::Issue &)>;

// Without an editor at hand: the row named (rowText) or the message alone; never a JSON path.
QString issueTextWithoutEditor(const gds::Issue &issue, const gds::Deal &deal, const QLocale &locale);

} // namespace gds::ui
