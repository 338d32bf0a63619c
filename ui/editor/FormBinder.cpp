#include "FormBinder.h"

#include "DealDocument.h"
#include "IssueText.h"

#include <cmath>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolTip>

namespace gds::ui {

namespace {
const char *kErrorStyle = "background-color: #ffcdcd;";
}

FormBinder::FormBinder(DealDocument *doc, QWidget *parent) : QObject(parent), m_doc(doc), m_parent(parent)
{
    connect(doc, &DealDocument::dealChanged, this, &FormBinder::refresh);
}

FormBinder::Binding &FormBinder::add(const QString &path, const QString &label, QWidget *w)
{
    w->setObjectName(QString(path).replace(QLatin1Char('.'), QLatin1Char('_')));
    w->setAccessibleName(label);
    m_bindings.push_back({path, label, w, {}, {}, {}, false});
    w->installEventFilter(this);
    if (auto *inner = w->findChild<QLineEdit *>()) // a spin box's editor holds the focus
        inner->installEventFilter(this);
    return m_bindings.back();
}

bool FormBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
        key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
        if (event->type() == QEvent::ShortcutOverride) {
            event->ignore(); // not the field's: the window's Undo/Redo takes it
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress || key->text().isEmpty() ||
        (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return QObject::eventFilter(watched, event);
    for (const Binding &b : m_bindings) {
        if (b.widget != watched && b.widget != watched->parent())
            continue;
        auto *spin = qobject_cast<QAbstractSpinBox *>(b.widget);
        if (!spin || qobject_cast<QDateEdit *>(b.widget) || !key->text().front().isLetter())
            break;
        const QString message =
            tr("%1 takes a number: \"%2\" cannot be part of it").arg(b.label, key->text());
        spin->setProperty("gdsRejectedInput", message);
        QToolTip::showText(spin->mapToGlobal(QPoint(0, spin->height())), message, spin);
        emit inputRejected(message);
        break;
    }
    return QObject::eventFilter(watched, event);
}

void FormBinder::edit(const Binding &b, const std::function<void(gds::Deal &)> &apply)
{
    gds::Deal d = m_doc->deal();
    apply(d);
    m_doc->setDeal(d, tr("Edit %1").arg(b.label), b.path);
}

QDoubleSpinBox *FormBinder::addDouble(const QString &path, const QString &label,
                                      std::function<double &(gds::Deal &)> ref, Scale scale,
                                      const QString &unit, int decimals)
{
    auto *w = new QDoubleSpinBox(m_parent);
    const double k = scale == Scale::Percent ? 100.0 : 1.0;
    w->setDecimals(decimals);
    w->setRange(-1e13, 1e13);
    w->setGroupSeparatorShown(true);
    w->setKeyboardTracking(true);
    w->setButtonSymbols(QAbstractSpinBox::NoButtons);
    w->setAlignment(Qt::AlignRight);
    w->setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    if (!unit.isEmpty())
        w->setSuffix(QLatin1Char(' ') + unit);
    Binding &b = add(path, label, w);
    b.percent = scale == Scale::Percent;
    b.load = [w, ref, k](const gds::Deal &d) {
        gds::Deal copy = d;
        const double v = ref(copy) * k;
        const double step = std::pow(10.0, w->decimals());
        if (w->value() != std::round(v * step) / step) // never retype what the user is typing
            w->setValue(v);
    };
    const std::size_t i = m_bindings.size() - 1;
    connect(w, &QDoubleSpinBox::valueChanged, this, [this, i, ref, k](double v) {
        edit(m_bindings[i], [&](gds::Deal &d) {
            // Keep the stored value when the widget only shows it rounded (no silent change).
            double &field = ref(d);
            const auto *sb = static_cast<QDoubleSpinBox *>(m_bindings[i].widget);
            if (sb->textFromValue(field * k) != sb->textFromValue(v))
                field = v / k;
        });
    });
    connect(w, &QAbstractSpinBox::editingFinished, m_doc, &DealDocument::endMerge);
    return w;
}

QDoubleSpinBox *FormBinder::addMoney(const QString &path, const QString &label,
                                     std::function<double &(gds::Deal &)> ref, const QString &unitTemplate,
                                     int decimals)
{
    QDoubleSpinBox *w = addDouble(path, label, std::move(ref), Scale::Plain, {}, decimals);
    m_bindings.back().unitTemplate = unitTemplate;
    return w;
}

QSpinBox *FormBinder::addInt(const QString &path, const QString &label, std::function<int &(gds::Deal &)> ref,
                             const QString &unit)
{
    auto *w = new QSpinBox(m_parent);
    w->setRange(-1000000000, 1000000000);
    w->setGroupSeparatorShown(true);
    w->setKeyboardTracking(true);
    w->setButtonSymbols(QAbstractSpinBox::NoButtons);
    w->setAlignment(Qt::AlignRight);
    if (!unit.isEmpty())
        w->setSuffix(QLatin1Char(' ') + unit);
    Binding &b = add(path, label, w);
    b.load = [w, ref](const gds::Deal &d) {
        gds::Deal copy = d;
        if (w->value() != ref(copy))
            w->setValue(ref(copy));
    };
    const std::size_t i = m_bindings.size() - 1;
    connect(w, &QSpinBox::valueChanged, this,
            [this, i, ref](int v) { edit(m_bindings[i], [&](gds::Deal &d) { ref(d) = v; }); });
    connect(w, &QAbstractSpinBox::editingFinished, m_doc, &DealDocument::endMerge);
    return w;
}

QLineEdit *FormBinder::addText(const QString &path, const QString &label,
                               std::function<std::string &(gds::Deal &)> ref)
{
    auto *w = new QLineEdit(m_parent);
    Binding &b = add(path, label, w);
    b.load = [w, ref](const gds::Deal &d) {
        gds::Deal copy = d;
        const QString t = QString::fromStdString(ref(copy));
        if (w->text() != t)
            w->setText(t);
    };
    const std::size_t i = m_bindings.size() - 1;
    connect(w, &QLineEdit::textEdited, this, [this, i, ref](const QString &t) {
        edit(m_bindings[i], [&](gds::Deal &d) { ref(d) = t.toStdString(); });
    });
    connect(w, &QLineEdit::editingFinished, m_doc, &DealDocument::endMerge);
    return w;
}

QDateEdit *FormBinder::addMonth(const QString &path, const QString &label,
                                std::function<gds::YearMonth &(gds::Deal &)> ref)
{
    auto *w = new QDateEdit(m_parent);
    w->setDisplayFormat(w->locale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                            ? QStringLiteral("MMM yyyy")
                            : QStringLiteral("MMM yyyy"));
    w->setDateRange(QDate(1900, 1, 1), QDate(2300, 12, 1));
    w->setCalendarPopup(false);
    Binding &b = add(path, label, w);
    b.load = [w, ref](const gds::Deal &d) {
        gds::Deal copy = d;
        const gds::YearMonth ym = ref(copy);
        w->setDate(QDate(ym.year, ym.month, 1));
    };
    const std::size_t i = m_bindings.size() - 1;
    connect(w, &QDateEdit::dateChanged, this, [this, i, ref](QDate date) {
        edit(m_bindings[i], [&](gds::Deal &d) { ref(d) = gds::YearMonth{date.year(), date.month()}; });
    });
    connect(w, &QAbstractSpinBox::editingFinished, m_doc, &DealDocument::endMerge);
    return w;
}

QComboBox *FormBinder::addChoice(const QString &path, const QString &label, const QStringList &texts,
                                 std::function<int(const gds::Deal &)> get,
                                 std::function<void(gds::Deal &, int)> set)
{
    auto *w = new QComboBox(m_parent);
    w->addItems(texts);
    Binding &b = add(path, label, w);
    b.load = [w, get](const gds::Deal &d) { w->setCurrentIndex(get(d)); };
    const std::size_t i = m_bindings.size() - 1;
    connect(w, &QComboBox::activated, this,
            [this, i, set](int index) { edit(m_bindings[i], [&](gds::Deal &d) { set(d, index); }); });
    return w;
}

void FormBinder::refresh()
{
    const gds::Deal &d = m_doc->deal();
    const QString currency = currencyText(QString::fromStdString(d.currency), m_display);
    for (Binding &b : m_bindings) {
        const QSignalBlocker block(b.widget);
        b.load(d);
        if (!b.unitTemplate.isEmpty()) {
            auto *sb = static_cast<QDoubleSpinBox *>(b.widget);
            const QString suffix = QLatin1Char(' ') + b.unitTemplate.arg(currency);
            if (sb->suffix() != suffix)
                sb->setSuffix(suffix);
        }
    }
    emit refreshed();
}

void FormBinder::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    refresh();
}

void FormBinder::setIssues(const gds::Issues &issues)
{
    for (Binding &b : m_bindings) {
        QStringList messages;
        for (const gds::Issue &issue : issues) {
            const QString path = QString::fromStdString(issue.path);
            if (path == b.path || path.startsWith(b.path + QLatin1Char('.')) ||
                path.startsWith(b.path + QLatin1Char('[')) ||
                (!path.isEmpty() && b.path.startsWith(path + QLatin1Char('.'))))
                messages << tr("%1: %2", "field: problem")
                                .arg(path == b.path             ? b.label
                                     : labelFor(path).isEmpty() ? b.label
                                                                : labelFor(path),
                                     issueMessageText(issue, isPercent(path), m_doc->deal(),
                                                      m_parent->locale()));
        }
        const bool bad = !messages.isEmpty();
        if (bad != b.widget->property("gdsInvalid").toBool()) {
            b.widget->setProperty("gdsInvalid", bad);
            b.widget->setStyleSheet(bad ? QString::fromLatin1(kErrorStyle) : QString());
        }
        const QString tip = bad ? messages.join(QLatin1Char('\n')) : b.label;
        if (b.widget->toolTip() != tip)
            b.widget->setToolTip(tip);
    }
}

QString FormBinder::labelFor(const QString &path) const
{
    for (QString p = path; !p.isEmpty();
         p = p.contains(QLatin1Char('.')) ? p.section(QLatin1Char('.'), 0, -2) : QString())
        for (const Binding &b : m_bindings)
            if (b.path == p)
                return b.label;
    return {};
}

bool FormBinder::isPercent(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path == path)
            return b.percent;
    return false;
}

QWidget *FormBinder::widgetFor(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path == path)
            return b.widget;
    return nullptr;
}

} // namespace gds::ui
