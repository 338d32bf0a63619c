#include "IssueText.h"

#include "Format.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gds::ui {

namespace {
QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gds::ui", s, disambiguation, n);
}

double at(const gds::Issue &issue, std::size_t i)
{
    return i < issue.values.size() ? issue.values[i] : 0.0;
}
} // namespace

QString issueMessageText(const gds::Issue &issue, bool percent, const gds::Deal &deal, const QLocale &locale)
{
    using gds::IssueCode;
    auto num = [&](double v) {
        if (percent)
            return locale.toString(v * 100.0, 'g', 6) + QStringLiteral(" %");
        return locale.toString(v, 'g', 12);
    };
    auto whole = [&](double v) { return locale.toString(static_cast<long long>(v)); };
    const QString text = QString::fromStdString(issue.text);
    switch (issue.code) {
    case IssueCode::Greater:
        return tr("must be greater than %1").arg(num(at(issue, 0)));
    case IssueCode::AtLeast:
        return tr("must be at least %1").arg(num(at(issue, 0)));
    case IssueCode::IntAtLeast:
        return tr("must be at least %1").arg(whole(at(issue, 0)));
    case IssueCode::Interval: {
        const bool loOpen = at(issue, 2) != 0.0, hiOpen = at(issue, 3) != 0.0;
        const QString lo = num(at(issue, 0)), hi = num(at(issue, 1));
        if (!loOpen && !hiOpen)
            return tr("must be between %1 and %2").arg(lo, hi);
        if (!loOpen)
            return tr("must be at least %1 and less than %2").arg(lo, hi);
        if (!hiOpen)
            return tr("must be greater than %1 and at most %2").arg(lo, hi);
        return tr("must be greater than %1 and less than %2").arg(lo, hi);
    }
    case IssueCode::IntRange:
    case IssueCode::IntRangeTenor:
    case IssueCode::IntRangeCloseOrBuild:
    case IssueCode::IntRangeOperating:
    case IssueCode::IntRangePeriod:
        return tr("must be a whole number from %1 to %2").arg(whole(at(issue, 0)), whole(at(issue, 1)));
    case IssueCode::NotUtf8:
        return tr("contains characters that are not text");
    case IssueCode::Empty:
    case IssueCode::EmptyCurve:
        return tr("must not be empty");
    case IssueCode::UnknownValue:
        return tr("is not one of the choices");
    case IssueCode::NotFinite:
        return tr("must be a number");
    case IssueCode::TooLarge:
        return tr("is too large (at most 10^12)");
    case IssueCode::NameTooLong:
    case IssueCode::TrancheNameTooLong:
        return tr("must be at most 200 characters");
    case IssueCode::Currency:
        return tr("must be a currency code of 3 capital letters, e.g. USD");
    case IssueCode::StartYear:
        return tr("the year must be from 1990 to 2200");
    case IssueCode::StartMonth:
        return tr("the month must be from 1 to 12");
    case IssueCode::NoItems:
        return tr("needs at least one row");
    case IssueCode::SharesSum:
        if (issue.path == "debt.tranches")
            return tr("the tranches' shares must add up to 100 % (they add up to %1 %)")
                .arg(locale.toString(at(issue, 0) * 100.0, 'g', 6));
        return tr("the spend shares must add up to 100 % (they add up to %1 %)")
            .arg(locale.toString(at(issue, 0) * 100.0, 'g', 6));
    case IssueCode::Capacity:
        return tr("the contracts active in %1 need %2 GPUs, more than the cluster's %3")
            .arg(periodText(deal, int(at(issue, 0)), locale), whole(at(issue, 1)), whole(at(issue, 2)));
    case IssueCode::PremiumNotZero:
        return tr("must be 0 for this hedge type");
    case IssueCode::MarginNotFutures:
        return tr("must be 0 unless the hedge is futures");
    case IssueCode::GridNoZero:
        return tr("needs a row with minimum coverage 0 %");
    case IssueCode::TrancheCount:
        return tr("needs 1 to 5 tranches");
    case IssueCode::TrancheNameTwice:
        return tr("must differ from the other tranches' names (same as tranche %1)")
            .arg(whole(at(issue, 0) + 1));
    case IssueCode::UnknownSizing:
        return tr("has an unknown sizing mode");
    case IssueCode::CovenantLtvNeeds:
        return tr("needs collateral and the cash waterfall");
    case IssueCode::ListedTwice:
        return tr("is listed twice");
    case IssueCode::BonusNeedsMacrs:
        return tr("must be 0 unless the tax depreciation is MACRS 5-year");
    case IssueCode::SculptedNoCfads:
        return tr("a sculpted loan needs positive CFADS in the tenor; there is none");
    case IssueCode::DebtAboveCapex:
        return tr("the debt is larger than the capex it funds (the draws would be %1 times the capex)")
            .arg(locale.toString(at(issue, 0), 'f', 2));
    case IssueCode::SeekTargetNotFinite:
        return tr("the target must be a number");
    case IssueCode::SeekNoPaths:
        return tr("the Monte Carlo needs at least one path");
    case IssueCode::SeekNoContracts:
        return tr("the deal has no offtake contracts");
    case IssueCode::SeekNoContract:
        return tr("there is no offtake row %1").arg(whole(at(issue, 0) + 1));
    case IssueCode::SeekScaleNotPositive:
        return tr("the lowest contract price tried must be above 0");
    case IssueCode::SeekNoHedges:
        return tr("the deal has no hedges");
    case IssueCode::SeekNoHedge:
        return tr("there is no hedge row %1").arg(whole(at(issue, 0) + 1));
    case IssueCode::SeekNegativeStrike:
        return tr("a strike cannot be negative");
    case IssueCode::SeekNoCapex:
        return tr("the deal has no capex for a debt to fund");
    case IssueCode::SeekDebtNotPositive:
        return tr("the smallest debt tried must be above 0");
    case IssueCode::SeekBracket:
        return tr("the lower end of the range must be below its upper end");
    case IssueCode::SeekSolverFailed:
        return tr("the solver failed (%1)").arg(text);
    case IssueCode::PastModelEnd:
    case IssueCode::SeveralIrrs:
    case IssueCode::SizingNotConverged:
    case IssueCode::NegativePrincipal:
    case IssueCode::AccountsUnbalanced:
        return warningText(issue, deal, locale);
    case IssueCode::CellTooLong:
        return tr("is too long for a workbook cell (%1 characters, at most %2)")
            .arg(whole(at(issue, 0)), whole(at(issue, 1)));
    case IssueCode::Text:
        break;
    }
    // The deal file's reader words its own problems (io/DealJson.h); the common ones in the user's words.
    if (text == QLatin1String("is required"))
        return tr("is missing");
    if (text == QLatin1String("unknown field"))
        return tr("is not a field of a deal file");
    if (text.startsWith(QLatin1String("must be a number")))
        return tr("must be a number");
    if (text.startsWith(QLatin1String("must be a whole number")))
        return tr("must be a whole number");
    if (text.startsWith(QLatin1String("must be a string")))
        return tr("must be text");
    return text;
}

QString subFieldText(const QString &rest)
{
    static const QRegularExpression entry(QStringLiteral("^(\\w+)\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch x = entry.match(rest);
    if (!x.hasMatch())
        return rest;
    const QString list = x.captured(1), field = x.captured(3);
    const QString what = field == QLatin1String("share")    ? tr("share")
                         : field == QLatin1String("period") ? tr("period")
                                                            : field;
    if (list == QLatin1String("spend"))
        return tr("spend entry %1, %2").arg(x.captured(2).toInt() + 1).arg(what);
    return tr("%1 entry %2, %3", "list, entry number, field")
        .arg(list)
        .arg(x.captured(2).toInt() + 1)
        .arg(what);
}

QString rowText(const QString &path)
{
    static const QRegularExpression row(QStringLiteral("^(\\w+(?:\\.\\w+)?)\\[(\\d+)\\]"));
    const QRegularExpressionMatch x = row.match(path);
    if (!x.hasMatch())
        return {};
    const int n = x.captured(2).toInt() + 1;
    const QString list = x.captured(1);
    if (list == QLatin1String("capex"))
        return tr("Capex row %1").arg(n);
    if (list == QLatin1String("offtake"))
        return tr("Offtake row %1").arg(n);
    if (list == QLatin1String("hedges"))
        return tr("Hedges row %1").arg(n);
    if (list == QLatin1String("debt.tranches"))
        return tr("Tranche row %1").arg(n);
    return {};
}

QString warningText(const gds::Issue &w, const gds::Deal &deal, const QLocale &locale)
{
    using gds::IssueCode;
    const QString path = QString::fromStdString(w.path);
    switch (w.code) {
    case IssueCode::PastModelEnd: {
        const QString row = rowText(path);
        return tr("%1 runs to %2, past the model's last month %3: the months after it are cut off")
            .arg(row.isEmpty() ? path : row, periodText(deal, int(at(w, 0)), locale),
                 periodText(deal, int(at(w, 1)), locale));
    }
    case IssueCode::SeveralIrrs: {
        QString metric = metricLabel(path);
        if (!w.text.empty())
            metric = tr("%1 of %2", "metric of tranche").arg(metric, QString::fromStdString(w.text));
        return tr("%1: the flows have several IRRs; the one closest to 0 is shown").arg(metric);
    }
    case IssueCode::SizingNotConverged:
        return tr("The debt sizing did not converge in %1 rounds; the last round is shown")
            .arg(locale.toString(static_cast<long long>(at(w, 0))));
    case IssueCode::NegativePrincipal:
        return tr("Sculpted debt service falls below interest in some months (negative principal)");
    case IssueCode::AccountsUnbalanced:
        return tr("The waterfall's accounts do not balance (internal error)");
    default:
        return issueMessageText(w, false, deal, locale);
    }
}

QString tornadoNoteText(gds::TornadoNote note)
{
    switch (note) {
    case gds::TornadoNote::None:
        return {};
    case gds::TornadoNote::MonteCarloOnly:
        return tr("moves only the Monte Carlo (offtaker defaults)");
    case gds::TornadoNote::NoCreditBlock:
        return tr("the deal has no credit block: no effect");
    case gds::TornadoNote::NoContracts:
        return tr("the deal has no offtake contracts: no effect");
    case gds::TornadoNote::NoCapex:
        return tr("the deal has no capex rows: no effect");
    }
    return {};
}

QString issueTextWithoutEditor(const gds::Issue &issue, const gds::Deal &deal, const QLocale &locale)
{
    const QString message = issueMessageText(issue, false, deal, locale);
    const QString path = QString::fromStdString(issue.path);
    if (path.isEmpty() ||
        (issue.code >= gds::IssueCode::SeekTargetNotFinite && issue.code <= gds::IssueCode::SeekSolverFailed))
        return message;
    const QString row = rowText(path);
    if (!row.isEmpty())
        return tr("%1: %2", "section: problem").arg(row, message);
    // The field's own name in words ("cluster.power_price_per_kwh" -> "Power price per kwh"): only where no
    // editor names it (a panel on its own); the workbench's panels get the editor's names.
    QString field = path.section(QLatin1Char('.'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!field.isEmpty())
        field[0] = field[0].toUpper();
    return tr("%1: %2", "section: problem").arg(field, message);
}

} // namespace gds::ui
