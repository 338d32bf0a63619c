// Validation messages in the words of the workbench: the validator (model/Validation) speaks JSON
// ("capex[1].unit_cost: must be > 0"), which the CLI keeps; the GUI names the section, row and field as
// the user sees them ("Capex row 2, Unit cost: must be greater than 0"), in the user's language, with
// percentages as the forms show them.
#pragma once

#include "model/Deal.h"

#include <QLocale>
#include <QString>
#include <string>

namespace gds::ui {

// The validator's message translated; `percent`: the field is shown in % (bounds scaled by 100);
// `path`: the issue's JSON path where the words depend on it (the shares of "debt.tranches").
QString issueMessageText(const std::string &message, bool percent, const gds::Deal &deal,
                         const QLocale &locale, const QString &path = {});

// A path inside a table cell as the user reads it: "spend[1].share" -> "spend entry 2, share".
QString subFieldText(const QString &rest);

} // namespace gds::ui
