// The indicative term sheet (product.md "Outputs"): a PDF of real, searchable text with two vector
// charts (debt balance with DSCR; revenue stack), page headers and numbers, A4 or Letter.
// Needs a QGuiApplication (fonts); the CLI creates one on the offscreen platform.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>

namespace gds {

struct TermSheetOptions {
    enum class Paper { A4, Letter };
    Paper paper = Paper::A4;
    QDate date;           // printed on the sheet; callers pass today, tests a fixed date
    QString versionLabel; // the deal version shown in the header, e.g. "v3"
    // Number and date formatting (thousands separators, decimal point, "4,50 %"); the words follow the
    // installed translators (context "gds::TermSheet"). Defaults to English so that the CLI's sheet reads
    // the same wherever it is produced; the GUI passes its locale (QLocale()). The C locale reads as US
    // English.
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
};

// Writes the term sheet of a computed deal to `path` (fs::writeFile: the previous file survives any
// failure). Returns an empty string on success, else a message (result not ok, "cannot write 'PATH':
// REASON").
QString writeTermSheetPdf(const Deal &deal, const Result &result, const QString &path,
                          const TermSheetOptions &options);
// The same PDF in memory (for standard output); "" and *out set on success.
QString termSheetPdf(const Deal &deal, const Result &result, const TermSheetOptions &options,
                     QByteArray *out);

// The term sheet's body as HTML (without charts, headers and page numbers), for previews.
QString termSheetHtml(const Deal &deal, const Result &result, const TermSheetOptions &options);

} // namespace gds
