#include "IssueText.h"

#include "Format.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gds::ui {

namespace {
QString tr(const char *s, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("gds::ui", s, disambiguation);
}
} // namespace

QString issueMessageText(const std::string &message, bool percent, const gds::Deal &deal,
                         const QLocale &locale, const QString &path)
{
    const QString m = QString::fromStdString(message);
    auto num = [&](const QString &text) {
        const double v = text.toDouble();
        if (percent)
            return locale.toString(v * 100.0, 'g', 6) + QStringLiteral(" %");
        return locale.toString(v, 'g', 12);
    };
    static const QRegularExpression greater(QStringLiteral("^must be > (\\S+)$"));
    static const QRegularExpression atLeast(QStringLiteral("^must be >= (\\S+)$"));
    static const QRegularExpression interval(QStringLiteral("^must be in ([\\[(])(\\S+), (\\S+)([\\])])$"));
    static const QRegularExpression intRange(
        QStringLiteral("^must be in (-?\\d+)\\.\\.(-?\\d+)( \\(.*\\))?$"));
    static const QRegularExpression shares(QStringLiteral("^shares must sum to 1 \\(they sum to (\\S+)\\)$"));
    static const QRegularExpression capacity(QStringLiteral(
        "^contracts active in period (\\d+) need (\\d+) GPUs, more than cluster.gpus \\((-?\\d+)\\)$"));
    QRegularExpressionMatch x;
    if ((x = greater.match(m)).hasMatch())
        return tr("must be greater than %1").arg(num(x.captured(1)));
    if ((x = atLeast.match(m)).hasMatch())
        return tr("must be at least %1").arg(num(x.captured(1)));
    if ((x = interval.match(m)).hasMatch()) {
        const bool loClosed = x.captured(1) == QLatin1String("["),
                   hiClosed = x.captured(4) == QLatin1String("]");
        const QString lo = num(x.captured(2)), hi = num(x.captured(3));
        if (loClosed && hiClosed)
            return tr("must be between %1 and %2").arg(lo, hi);
        if (loClosed)
            return tr("must be at least %1 and less than %2").arg(lo, hi);
        if (hiClosed)
            return tr("must be greater than %1 and at most %2").arg(lo, hi);
        return tr("must be greater than %1 and less than %2").arg(lo, hi);
    }
    if ((x = intRange.match(m)).hasMatch())
        return tr("must be a whole number from %1 to %2")
            .arg(locale.toString(x.captured(1).toLongLong()), locale.toString(x.captured(2).toLongLong()));
    if ((x = shares.match(m)).hasMatch() && path == QLatin1String("debt.tranches"))
        return tr("the tranches' shares must add up to 100 % (they add up to %1 %)")
            .arg(locale.toString(x.captured(1).toDouble() * 100.0, 'g', 6));
    if ((x = shares.match(m)).hasMatch())
        return tr("the spend shares must add up to 100 % (they add up to %1 %)")
            .arg(locale.toString(x.captured(1).toDouble() * 100.0, 'g', 6));
    if ((x = capacity.match(m)).hasMatch())
        return tr("the contracts active in %1 need %2 GPUs, more than the cluster's %3")
            .arg(periodText(deal, x.captured(1).toInt(), locale), locale.toString(x.captured(2).toLongLong()),
                 locale.toString(x.captured(3).toLongLong()));
    if (m == QLatin1String("must not be empty"))
        return tr("must not be empty");
    if (m == QLatin1String("must be a finite number"))
        return tr("must be a number");
    if (m == QLatin1String("must have at least one item"))
        return tr("needs at least one row");
    if (m == QLatin1String("must be valid UTF-8 text"))
        return tr("contains characters that are not text");
    if (m == QLatin1String("must be 0 unless the hedge is futures"))
        return tr("must be 0 unless the hedge is futures");
    return m; // a rare message: as the validator words it
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

} // namespace gds::ui
