// Internals of the workbook writer (XlsxExport.cpp): cell addressing, formats, the input list and the
// Periods sheet's column layout. Not part of the library's interface.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <functional>
#include <string>
#include <vector>
#include <xlsxwriter.h>

namespace gds::xlsx {

inline constexpr const char *kAssumptions = "Assumptions";
inline constexpr const char *kPeriods = "Periods";
inline constexpr const char *kMetrics = "Metrics";

std::string columnName(int col);                      // 0 -> "A", 26 -> "AA"
std::string cellRef(int row, int col, bool absolute); // zero-based row/col -> "B7" or "$B$7"
double excelDate(int year, int month, int day);       // serial day number (1900 date system)

enum class Fmt { Text, Integer, Money, Price, Percent, Decimal, Multiple, Date, Hours, Factor };

// Cell formats of the workbook, one set per role (input, formula, solved value).
struct Formats {
    lxw_format *title = nullptr, *subtitle = nullptr, *header = nullptr, *section = nullptr, *note = nullptr,
               *name = nullptr, *solvedLabel = nullptr;
    lxw_format *input[10] = {};   // blue: deal inputs, by Fmt
    lxw_format *formula[10] = {}; // black: live formulas, by Fmt
    lxw_format *solved[10] = {};  // on orange: values solved by the engine, by Fmt
    static int index(Fmt f) { return static_cast<int>(f); }
};
void createFormats(lxw_workbook *wb, Formats &f);
Fmt fmtForUnit(Unit unit);

// One scalar input of the deal, addressed by its JSON path.
struct Input {
    std::string section; // heading it is listed under
    std::string path;    // JSON path, e.g. "capex[0].unit_cost"
    Fmt fmt = Fmt::Decimal;
    std::string unit; // shown next to the value
    bool text = false;
    double number = 0.0;
    std::string string;
};
std::vector<Input> dealInputs(const Deal &deal);

// A column of the Periods sheet: its header, how it is computed in period p, and the engine's number
// (cached result, or the written value for solved columns).
struct Column {
    enum class Kind { Field, Helper, Solved };
    Column(std::string k, Fmt f, Kind kd = Kind::Field) : key(std::move(k)), fmt(f), kind(kd) {}
    std::string key;
    Fmt fmt = Fmt::Money;
    Kind kind = Kind::Field;
    std::function<std::string(int p)> formula; // empty: a plain value
    std::vector<double> values;                // NaN: blank / ""
    std::vector<std::string> texts;            // text results (phase)
    std::string comment;                       // what a helper column is
};

// A total of the Assumptions sheet computed by a formula, as a defined name.
struct Derived {
    std::string label, name, formula;
    double value;
    Fmt fmt;
};

class PeriodsLayout;

// (v2) Names of tranche t's rate inputs: "debt_rate_" (a single debt.rate) or "debt_tranches_t_rate_".
std::string ratePrefix(const Deal &deal, std::size_t t);
// The margin applied to tranche t as a spreadsheet expression: its input, the grid's solved value, or
// the margin by rating's derived total; empty for a fixed rate.
std::string marginName(const Deal &deal, std::size_t t);
// The Metrics' margin: the single rate's, or the share-weighted mean of the floating tranches'.
std::string marginMetricFormula(const Deal &deal);
// TV: net book values ((v2) the pledged items at the collateral's market value at N).
std::string terminalValueFormula(const Deal &deal, const PeriodsLayout &layout);
// (v2) Derived totals: margins by rating, the terminal tax, each tranche's amount and lender yield.
std::vector<Derived> v2Derived(const Deal &deal, const Result &result, const PeriodsLayout &layout);
// (v2) Metric formulas of the v2 metrics (terminal value and tax, prepaid, trapped, LTV, repayment).
std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
v2MetricFormulas(const Deal &deal, const PeriodsLayout &layout);

// The annual rate of tranche t (base + margin, or fixed) in the period whose model year is `modelYear`.
std::string trancheRateFormula(const Deal &deal, std::size_t t, const std::string &modelYear);
// The facility's rate: the single rate, or the share-weighted rates of the tranches' columns.
std::string facilityRateFormula(const Deal &deal, const std::function<std::string(const std::string &)> &col,
                                const std::string &modelYear);

class PeriodsLayout
{
public:
    PeriodsLayout(const Deal &deal, const Result &result);

    const std::vector<Column> &columns() const { return m_columns; }
    int column(const std::string &key) const; // -1 if absent
    int firstRow() const { return 1; }        // zero-based sheet row of period 0
    int row(int p) const { return firstRow() + p; }
    int periods() const { return m_n + 1; }

    std::string at(const std::string &key, int p) const;      // "M5"
    std::string range(const std::string &key) const;          // "$M$2:$M$77"
    std::string sheetRange(const std::string &key) const;     // "Periods!$M$2:$M$77"
    std::string rangeTo(const std::string &key, int p) const; // "$M$2:M5"

private:
    void add(Column c);
    void buildFields(const Deal &deal, const Result &result);
    void buildHelpers(const Deal &deal, const Result &result);
    void buildV2Helpers(const Deal &deal, const Result &result); // XlsxV2.cpp
    void buildWaterfallHelpers(const Deal &deal);                // XlsxWaterfall.cpp
    void addScheduledLoan(const Deal &deal);
    void addCashSteps();
    void addTestSteps(const Deal &deal);
    void addLoanEnd();
    using Formula = std::function<std::string(int p)>;
    std::vector<std::pair<std::string, Formula>> waterfallFields(const Deal &deal) const;
    void addHelper(std::string key, Fmt fmt, std::string comment, Formula formula);
    std::vector<Column> m_columns;
    int m_n = 0;
};

} // namespace gds::xlsx
