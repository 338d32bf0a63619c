// Binds form widgets (spin boxes, line edits, combo boxes, month edits) to fields of the document's
// deal. A user edit writes the field into a copy of the deal and hands it to DealDocument::setDeal
// (keystrokes in one field merge into one undo step until it loses focus); a document change refreshes
// the widgets. Issues whose JSON path names a bound field mark its widget (tooltip, red background).
// Spin boxes take a wide range so that an out-of-range entry reaches validation instead of being
// clamped.
#pragma once

#include "Format.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <functional>
#include <QObject>
#include <QString>
#include <span>
#include <vector>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace gds::ui {

class DealDocument;

class FormBinder : public QObject
{
    Q_OBJECT
public:
    enum class Scale { Plain, Percent };

    FormBinder(DealDocument *doc, QWidget *parent);

    QDoubleSpinBox *addDouble(const QString &path, const QString &label,
                              std::function<double &(gds::Deal &)> ref, Scale scale, const QString &unit,
                              int decimals = 2);
    // A money field: `unitTemplate` names the deal's currency as %1 ("%1/kWh", "%1"); the suffix
    // follows the deal's currency and the currency display.
    QDoubleSpinBox *addMoney(const QString &path, const QString &label,
                             std::function<double &(gds::Deal &)> ref, const QString &unitTemplate,
                             int decimals = 2);
    QSpinBox *addInt(const QString &path, const QString &label, std::function<int &(gds::Deal &)> ref,
                     const QString &unit);
    QLineEdit *addText(const QString &path, const QString &label,
                       std::function<std::string &(gds::Deal &)> ref);
    QDateEdit *addMonth(const QString &path, const QString &label,
                        std::function<gds::YearMonth &(gds::Deal &)> ref);
    // A combo box over the values of an enumeration (or any int-like choice).
    QComboBox *addChoice(const QString &path, const QString &label, const QStringList &texts,
                         std::function<int(const gds::Deal &)> get,
                         std::function<void(gds::Deal &, int)> set);

    template <class E>
    QComboBox *addEnum(const QString &path, const QString &label, std::span<const E> values,
                       QString (*text)(E), std::function<E &(gds::Deal &)> ref)
    {
        QStringList texts;
        for (E e : values)
            texts << text(e);
        std::vector<E> all(values.begin(), values.end());
        return addChoice(
            path, label, texts,
            [ref, all](const gds::Deal &d) {
                gds::Deal copy = d;
                const E v = ref(copy);
                for (std::size_t i = 0; i < all.size(); ++i)
                    if (all[i] == v)
                        return int(i);
                return -1;
            },
            [ref, all](gds::Deal &d, int i) {
                if (i >= 0 && std::size_t(i) < all.size())
                    ref(d) = all[std::size_t(i)];
            });
    }

    void refresh(); // widgets from the document
    void setCurrencyDisplay(CurrencyDisplay display);
    CurrencyDisplay currencyDisplay() const { return m_display; }
    void setIssues(const gds::Issues &issues);
    QWidget *widgetFor(const QString &path) const;
    // The label of the field bound to `path` (or to its nearest parent path); empty if none.
    QString labelFor(const QString &path) const;
    bool isPercent(const QString &path) const;

signals:
    void refreshed();
    // A key a number field cannot take (a letter): the message says so.
    void inputRejected(const QString &message);

protected:
    // Number fields say why a letter does not appear; Ctrl+Z/Ctrl+Shift+Z in any field undo the deal
    // (the window's Undo), not only the field's text.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding {
        QString path, label;
        QWidget *widget;
        std::function<void(const gds::Deal &)> load; // document -> widget (signals blocked)
        QString baseTip;
        QString unitTemplate; // money fields: the suffix with %1 for the currency
        bool percent = false; // shown in % (a decimal in the deal)
    };
    void edit(const Binding &b, const std::function<void(gds::Deal &)> &apply);
    Binding &add(const QString &path, const QString &label, QWidget *w);

    DealDocument *m_doc;
    QWidget *m_parent;
    std::vector<Binding> m_bindings;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
