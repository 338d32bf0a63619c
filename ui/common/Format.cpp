#include "Format.h"

#include "engine/Calendar.h"
#include "engine/Result.h"
#include "model/Enums.h"

#include <cmath>
#include <QCoreApplication>
#include <QHash>

namespace gds::ui {

namespace {
QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gds::ui", s, disambiguation, n);
}
} // namespace

QString currencySymbol(const QString &currency)
{
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    return currency;
}

QString currencyText(const QString &currency, CurrencyDisplay display)
{
    return display == CurrencyDisplay::Code ? currency : currencySymbol(currency);
}

QString currencyPrefix(const QString &currency, CurrencyDisplay display)
{
    const QString text = currencyText(currency, display);
    if (text.isEmpty())
        return {}; // unknown currency: the bare amount
    // A symbol sits on the number ("€126"); a code is a word ("EUR 126", also "CHF 126" by symbol).
    return text == currency ? text + QLatin1Char(' ') : text;
}

QString unitText(gds::Unit unit, const QString &currency)
{
    return unitText(unit, currency, CurrencyDisplay::Symbol);
}

QString unitText(gds::Unit unit, const QString &currency, CurrencyDisplay display)
{
    switch (unit) {
    case Unit::Money:
        return currencyText(currency, display);
    case Unit::Hours:
        return tr("GPU-h");
    case Unit::PricePerHour:
        return tr("%1/GPU-h", "currency symbol per GPU-hour").arg(currencyText(currency, display));
    case Unit::Count:
        return tr("#");
    case Unit::Days:
        return tr("days");
    case Unit::Ratio:
    case Unit::Multiple:
        return QStringLiteral("x");
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::Months:
        return tr("months");
    case Unit::Text:
        return {};
    }
    return {};
}

QString formatValue(std::optional<double> v, gds::Unit unit, const QLocale &locale, const QString &currency,
                    bool compact)
{
    return formatValue(v, unit, locale, currency, compact, CurrencyDisplay::Symbol);
}

QString formatValue(std::optional<double> v, gds::Unit unit, const QLocale &locale, const QString &currency,
                    bool compact, CurrencyDisplay display)
{
    if (!v || std::isnan(*v))
        return QStringLiteral("–");
    const double x = *v;
    const QString prefix = currencyPrefix(currency, display);
    switch (unit) {
    case Unit::Money:
        if (compact && x < 0 && std::abs(x) >= 0.5) // "−$23.20 m", not "$-23.20 m"
            return QStringLiteral("−") + formatValue(-x, unit, locale, currency, true, display);
        if (compact && std::abs(x) >= 1e6)
            return tr("%1%2 m", "currency symbol, amount in millions")
                .arg(prefix, locale.toString(x / 1e6, 'f', 2));
        if (compact && std::abs(x) >= 1e3)
            return tr("%1%2 k", "currency symbol, amount in thousands")
                .arg(prefix, locale.toString(x / 1e3, 'f', 1));
        return compact ? prefix + locale.toString(x, 'f', 0) : locale.toString(x, 'f', 0);
    case Unit::Percent:
        return locale.toString(x * 100.0, 'f', 2) + QStringLiteral(" %");
    case Unit::Ratio:
    case Unit::Multiple:
        return locale.toString(x, 'f', 2) + QStringLiteral("x");
    case Unit::PricePerHour: // the sign before the currency: "−$0.012", not "$-0.012"
        if (compact && x < 0 && std::abs(x) >= 0.0005)
            return QStringLiteral("−") + prefix + locale.toString(-x, 'f', 3);
        return compact ? prefix + locale.toString(x, 'f', 3) : locale.toString(x, 'f', 4);
    case Unit::Hours:
    case Unit::Count:
    case Unit::Days:
    case Unit::Months:
        return locale.toString(x, 'f', 0);
    case Unit::Text:
        return {};
    }
    return {};
}

QString plainNumber(double v, const QLocale &locale)
{
    if (std::isnan(v))
        return {};
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l.toString(v, 'g', 15);
}

std::optional<double> parseNumber(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = locale.toDouble(t, &ok);
    if (!ok) // a value pasted from a C-locale source ("1234.5")
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString periodFieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("capex"), QT_TRANSLATE_NOOP("gds::ui", "Capex")},
        {QStringLiteral("sellable_hours"), QT_TRANSLATE_NOOP("gds::ui", "Sellable hours")},
        {QStringLiteral("contract_revenue"), QT_TRANSLATE_NOOP("gds::ui", "Contract revenue")},
        {QStringLiteral("prepayment"), QT_TRANSLATE_NOOP("gds::ui", "Prepayment received")},
        {QStringLiteral("prepaid_release"), QT_TRANSLATE_NOOP("gds::ui", "Prepaid release")},
        {QStringLiteral("merchant_revenue"), QT_TRANSLATE_NOOP("gds::ui", "Merchant revenue")},
        {QStringLiteral("spot_price"), QT_TRANSLATE_NOOP("gds::ui", "Spot index")},
        {QStringLiteral("hedge"), QT_TRANSLATE_NOOP("gds::ui", "Hedge settlements")},
        {QStringLiteral("hedge_margin"), QT_TRANSLATE_NOOP("gds::ui", "Hedge margin flow")},
        {QStringLiteral("power"), QT_TRANSLATE_NOOP("gds::ui", "Power")},
        {QStringLiteral("fixed_opex"), QT_TRANSLATE_NOOP("gds::ui", "Fixed opex")},
        {QStringLiteral("variable_opex"), QT_TRANSLATE_NOOP("gds::ui", "Variable opex")},
        {QStringLiteral("ebitda"), QT_TRANSLATE_NOOP("gds::ui", "EBITDA")},
        {QStringLiteral("depreciation"), QT_TRANSLATE_NOOP("gds::ui", "Depreciation")},
        {QStringLiteral("fin_amort"), QT_TRANSLATE_NOOP("gds::ui", "Financing cost amortization")},
        {QStringLiteral("interest"), QT_TRANSLATE_NOOP("gds::ui", "Interest paid")},
        {QStringLiteral("tax"), QT_TRANSLATE_NOOP("gds::ui", "Tax")},
        {QStringLiteral("cfads"), QT_TRANSLATE_NOOP("gds::ui", "CFADS")},
        {QStringLiteral("draw"), QT_TRANSLATE_NOOP("gds::ui", "Debt draw")},
        {QStringLiteral("idc"), QT_TRANSLATE_NOOP("gds::ui", "Capitalized interest (IDC)")},
        {QStringLiteral("commitment_fee"), QT_TRANSLATE_NOOP("gds::ui", "Commitment fee")},
        {QStringLiteral("principal"), QT_TRANSLATE_NOOP("gds::ui", "Principal")},
        {QStringLiteral("debt_service"), QT_TRANSLATE_NOOP("gds::ui", "Debt service")},
        {QStringLiteral("balance"), QT_TRANSLATE_NOOP("gds::ui", "Debt balance")},
        {QStringLiteral("dscr"), QT_TRANSLATE_NOOP("gds::ui", "DSCR")},
        {QStringLiteral("dsra"), QT_TRANSLATE_NOOP("gds::ui", "DSRA balance")},
        {QStringLiteral("equity_flow"), QT_TRANSLATE_NOOP("gds::ui", "Equity cash flow")},
        // (v2) engine.md 5.1-5.3
        {QStringLiteral("prepay"), QT_TRANSLATE_NOOP("gds::ui", "Prepayment of debt")},
        {QStringLiteral("hist_dscr"), QT_TRANSLATE_NOOP("gds::ui", "Historic DSCR (test date)")},
        {QStringLiteral("cash_account"), QT_TRANSLATE_NOOP("gds::ui", "Distribution account")},
        {QStringLiteral("lockup_account"), QT_TRANSLATE_NOOP("gds::ui", "Lock-up account")},
        {QStringLiteral("distribution"), QT_TRANSLATE_NOOP("gds::ui", "Distribution to equity")},
        {QStringLiteral("support"), QT_TRANSLATE_NOOP("gds::ui", "Equity support")},
        {QStringLiteral("collateral_value"), QT_TRANSLATE_NOOP("gds::ui", "Collateral value")},
        {QStringLiteral("ltv"), QT_TRANSLATE_NOOP("gds::ui", "LTV (collateral)")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(it.value());
}

QString metricLabel(const QString &key)
{
    const gds::MetricField *field = gds::metricField(key.toStdString());
    return field ? QCoreApplication::translate("gds::MetricField", field->shortLabel) : key;
}

QDate periodMonth(const gds::Deal &deal, int period)
{
    if (!QDate(deal.start.year, deal.start.month, 1).isValid())
        return {};
    const gds::YearMonth month = gds::periodMonth(deal.start, period); // the engine's mapping
    return QDate(month.year, month.month, 1);
}

QString periodText(const gds::Deal &deal, int period, const QLocale &locale)
{
    const QDate d = periodMonth(deal, period);
    if (!d.isValid())
        return QString::number(period);
    if (period == 0)
        return tr("close");
    return locale.toString(d, QStringLiteral("MMM yyyy"));
}

QString categoryLabel(gds::CapexCategory c)
{
    switch (c) {
    case CapexCategory::Compute:
        return tr("Compute");
    case CapexCategory::Networking:
        return tr("Networking");
    case CapexCategory::Storage:
        return tr("Storage");
    case CapexCategory::Cooling:
        return tr("Cooling");
    case CapexCategory::Electrical:
        return tr("Electrical");
    case CapexCategory::Facility:
        return tr("Facility");
    case CapexCategory::Deployment:
        return tr("Deployment");
    case CapexCategory::Spares:
        return tr("Spares");
    case CapexCategory::SoftCosts:
        return tr("Soft costs");
    case CapexCategory::Other:
        return tr("Other");
    }
    return {};
}

QString hedgeTypeLabel(gds::HedgeType t)
{
    switch (t) {
    case HedgeType::Swap:
        return tr("Swap");
    case HedgeType::Floor:
        return tr("Floor");
    case HedgeType::Futures:
        return tr("Futures");
    }
    return {};
}

QString profileLabel(gds::Profile p)
{
    switch (p) {
    case Profile::Sculpted:
        return tr("Sculpted");
    case Profile::Annuity:
        return tr("Annuity");
    case Profile::StraightLine:
        return tr("Straight line");
    case Profile::Bullet:
        return tr("Bullet");
    }
    return {};
}

QString dayCountLabel(gds::DayCount d)
{
    return QString::fromUtf8(gds::toString(d).data(), qsizetype(gds::toString(d).size()));
}

} // namespace gds::ui
