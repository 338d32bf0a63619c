// Number and date formatting of the term sheet: the locale's separators, the deal's currency.
#pragma once

#include "model/Deal.h"

#include <optional>
#include <QDate>
#include <QLocale>
#include <QString>

namespace gds::report {

class Format
{
public:
    Format(QLocale locale, QString currency) : m_locale(std::move(locale)), m_currency(std::move(currency)) {}

    QString number(double v, int decimals = 0) const;                      // "1,234,567"
    QString money(double v) const { return m_currency + ' ' + number(v); } // "USD 1,234,567"
    QString moneyOpt(const std::optional<double> &v) const { return v ? money(*v) : na(); }
    QString price(double v) const;                     // "USD 2.35 per GPU-hour"
    QString percent(double v, int decimals = 2) const; // "4.50%"
    QString percentOpt(const std::optional<double> &v, int decimals = 2) const
    {
        return v ? percent(*v, decimals) : na();
    }
    QString multiple(double v) const { return number(v, 2) + 'x'; } // "1.53x"
    QString multipleOpt(const std::optional<double> &v) const { return v ? multiple(*v) : na(); }
    QString date(const QDate &d) const { return d.toString(Qt::ISODate); }
    static QString na() { return QStringLiteral("n/a"); }
    const QString &currency() const { return m_currency; }

private:
    QLocale m_locale;
    QString m_currency;
};

// Calendar helpers of the model's time line (engine.md section 1).
QDate closeDate(const Deal &deal);          // first day of the start month
QDate periodEnd(const Deal &deal, int p);   // end of period p (close for p = 0)
QDate periodStart(const Deal &deal, int p); // start of period p (close for p = 0)

} // namespace gds::report
