// Display of numbers, units and names in the user's locale. Rates and shares are decimals in the deal
// and percentages on screen; money is shown in the deal's currency.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <optional>
#include <QDate>
#include <QLocale>
#include <QString>

namespace gds::ui {

// How money names its currency on screen (Preferences: currency display): the symbol ("€ 126.00 m"
// style, "€126.00 m") or the ISO code ("EUR 126.00 m"). Views receive it from the main window; there
// is no global.
enum class CurrencyDisplay { Symbol, Code };

// The unit as a short suffix: "$", "%", "x", "months", "$/GPU-h", "h" (money units in `display`).
QString unitText(gds::Unit unit, const QString &currency, CurrencyDisplay display);
QString unitText(gds::Unit unit, const QString &currency); // display Symbol
// "$", "€", "£"; other ISO codes as they are.
QString currencySymbol(const QString &currency);
// The currency as a label shows it: currencySymbol() for Symbol, the ISO code for Code.
QString currencyText(const QString &currency, CurrencyDisplay display);
// The currency before an amount: "$", "€" (no space) or "EUR " (a code and a space).
QString currencyPrefix(const QString &currency, CurrencyDisplay display);

// A value for tables and panels: money with group separators and no decimals (or in millions when
// compact, with the currency in `display`), percentages with two decimals, multiples with two
// decimals and "x".
QString formatValue(std::optional<double> v, gds::Unit unit, const QLocale &locale, const QString &currency,
                    bool compact, CurrencyDisplay display);
QString formatValue(std::optional<double> v, gds::Unit unit, const QLocale &locale, const QString &currency,
                    bool compact = false); // display Symbol
// A number for the clipboard: full precision, no group separators, the locale's decimal point.
QString plainNumber(double v, const QLocale &locale);
// Locale-aware parse of what a user typed (group separators and a trailing "%" accepted).
std::optional<double> parseNumber(const QString &text, const QLocale &locale);

// Labels of the result's lines and metrics (by their document keys).
QString periodFieldLabel(const QString &key);
QString metricLabel(const QString &key);

// Calendar month of a model period (p >= 1; period 0 is the close, the start month).
QDate periodMonth(const gds::Deal &deal, int period);
QString periodText(const gds::Deal &deal, int period, const QLocale &locale);

QString categoryLabel(gds::CapexCategory c);
QString hedgeTypeLabel(gds::HedgeType t);
QString profileLabel(gds::Profile p);
QString dayCountLabel(gds::DayCount d);

} // namespace gds::ui
