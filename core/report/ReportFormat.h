// Number and date formatting of the term sheet: the locale's separators, the deal's currency. The words
// ("n/a", "per GPU-hour") and the patterns around numbers ("4.50%", "1.53x") follow the installed
// translators (context "gds::report::Format").
#pragma once

#include "model/Deal.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace gds::report {

class Format
{
    Q_DECLARE_TR_FUNCTIONS(gds::report::Format)

public:
    // The C locale (no locale, e.g. LC_ALL=C) reads as US English: a report is for people.
    Format(QLocale locale, QString currency);

    QString number(double v, int decimals = 0) const;                      // "1,234,567"
    QString money(double v) const { return m_currency + ' ' + number(v); } // "USD 1,234,567"
    QString moneyOpt(const std::optional<double> &v) const { return v ? money(*v) : na(); }
    QString price(double v) const;                     // "USD 2.35 per GPU-hour"
    QString percent(double v, int decimals = 2) const; // "4.50%" ("4,50 %" in German)
    QString percentOpt(const std::optional<double> &v, int decimals = 2) const
    {
        return v ? percent(*v, decimals) : na();
    }
    QString multiple(double v) const; // "1.53x"
    QString multipleOpt(const std::optional<double> &v) const { return v ? multiple(*v) : na(); }
    // ISO 8601 in English ("2026-03-02"), else the locale's short date with a four-digit year
    // ("02.03.2026", "02/03/2026", "2026/3/2").
    QString date(const QDate &d) const;
    static QString na(); // "n/a"
    const QString &currency() const { return m_currency; }
    const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale;
    QString m_currency;
};

// Calendar helpers of the model's time line (engine.md section 1).
QDate closeDate(const Deal &deal);          // first day of the start month
QDate periodEnd(const Deal &deal, int p);   // end of period p (close for p = 0)
QDate periodStart(const Deal &deal, int p); // start of period p (close for p = 0)

// A "nice" axis step for the reports' charts (1, 2, 2.5 or 5 times a power of ten) for about `ticks`
// intervals over `range`.
double niceStep(double range, int ticks);

} // namespace gds::report
