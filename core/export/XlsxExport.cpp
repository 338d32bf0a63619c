// Writes the auditable workbook: Assumptions (inputs as defined names, the engine's solved values,
// derived totals), Periods (PeriodsLayout) and Metrics.
#include "export/XlsxExport.h"

#include "export/XlsxInternal.h"
#include "fs/SafeFile.h"
#include "io/MessageText.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <stdexcept>

namespace gds {

namespace {

using namespace xlsx;

struct Writer {
    lxw_workbook *wb = nullptr;
    Formats f;
    bool cache = true;
    std::string error;

    void check(lxw_error e, const std::string &what)
    {
        if (e != LXW_NO_ERROR && error.empty())
            error = what + ": " + lxw_strerror(e);
    }
    void define(const std::string &name, const std::string &ref)
    {
        check(workbook_define_name(wb, name.c_str(), ref.c_str()), "defined name " + name);
    }

    // A formula with the engine's number as cached result (NaN: an empty text result).
    void formula(lxw_worksheet *ws, int row, int col, const std::string &text, lxw_format *fmt, double value)
    {
        const std::string fx = "=" + text;
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(col);
        if (!cache)
            check(worksheet_write_formula(ws, r, c, fx.c_str(), fmt), "formula " + cellRef(row, col, false));
        else if (std::isnan(value))
            check(worksheet_write_formula_str(ws, r, c, fx.c_str(), fmt, ""),
                  "formula " + cellRef(row, col, false));
        else
            check(worksheet_write_formula_num(ws, r, c, fx.c_str(), fmt, value),
                  "formula " + cellRef(row, col, false));
    }
    void formulaText(lxw_worksheet *ws, int row, int col, const std::string &text, lxw_format *fmt,
                     const std::string &value)
    {
        const std::string fx = "=" + text;
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(col);
        if (!cache)
            check(worksheet_write_formula(ws, r, c, fx.c_str(), fmt), "formula " + cellRef(row, col, false));
        else
            check(worksheet_write_formula_str(ws, r, c, fx.c_str(), fmt, value.c_str()), "formula");
    }
    void number(lxw_worksheet *ws, int row, int col, double v, lxw_format *fmt)
    {
        if (std::isnan(v))
            check(worksheet_write_blank(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), fmt),
                  "blank");
        else
            check(
                worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), v, fmt),
                "number");
    }
    void text(lxw_worksheet *ws, int row, int col, const std::string &s, lxw_format *fmt)
    {
        const std::string cell = xlsxCellText(s);
        check(worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                     cell.c_str(), fmt),
              "text");
    }
};

double orNan(const std::optional<double> &v)
{
    return v ? *v : std::nan("");
}

std::string assumptionsRef(int row)
{
    return std::string("=") + kAssumptions + "!" + cellRef(row, 2, true);
}

void writeAssumptions(Writer &w, lxw_worksheet *ws, const Deal &deal, const Result &result,
                      const PeriodsLayout &layout)
{
    const Formats &f = w.f;
    worksheet_set_column(ws, 0, 0, 44, nullptr);
    worksheet_set_column(ws, 1, 1, 42, nullptr);
    worksheet_set_column(ws, 2, 2, 20, nullptr);
    worksheet_set_column(ws, 3, 3, 46, nullptr);
    worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
    w.text(ws, 0, 0, deal.name + ": assumptions", f.title);
    w.text(ws, 1, 0,
           "Blue: inputs of the deal file (gpudeal/1), each a defined name (its JSON path with . and [i] as "
           "_ and "
           "_i). Orange: values solved by the engine. Black: formulas.",
           f.subtitle);
    int row = 3;
    const char *headers[] = {"Input (JSON path)", "Defined name", "Value", "Unit"};
    for (int c = 0; c < 4; ++c)
        w.text(ws, row, c, headers[c], f.header);
    worksheet_freeze_panes(ws, static_cast<lxw_row_t>(row + 1), 0);
    ++row;

    std::string section, listName;
    int listFirst = -1;
    std::map<std::string, std::string> lists;
    for (const Input &in : dealInputs(deal)) {
        if (in.section != section) {
            section = in.section;
            ++row;
            w.text(ws, row, 0, section, f.section);
            for (int c = 1; c < 4; ++c)
                w.text(ws, row, c, "", f.section);
            ++row;
        }
        const std::string name = definedNameForPath(in.path);
        w.text(ws, row, 0, in.path, f.name);
        w.text(ws, row, 1, name, f.name);
        if (in.text)
            w.text(ws, row, 2, in.string, f.input[Formats::index(Fmt::Text)]);
        else
            w.number(ws, row, 2, in.number, f.input[Formats::index(in.fmt)]);
        w.text(ws, row, 3, in.unit, f.note);
        w.define(name, assumptionsRef(row));
        // A list of scalars (a base rate curve, the collateral's categories) is also one named range.
        if (!in.path.empty() && in.path.back() == ']') {
            const std::string list = definedNameForPath(in.path.substr(0, in.path.rfind('[')));
            if (list != listName) {
                listName = list;
                listFirst = row;
            }
            lists[list] = assumptionsRef(listFirst) + ":" + cellRef(row, 2, true);
        }
        ++row;
    }
    for (const auto &[list, ref] : lists)
        w.define(list, ref);

    // Values the engine solves (circular in a spreadsheet): written as numbers, referenced by formulas.
    const Metrics &m = result.metrics;
    row += 1;
    w.text(ws, row, 0, "Solved by the engine (values, not formulas)", f.solvedLabel);
    for (int c = 1; c < 4; ++c)
        w.text(ws, row, c, "", f.solvedLabel);
    ++row;
    struct Solved {
        std::string label, name;
        double value;
        Fmt fmt;
        std::string note;
    };
    std::vector<Solved> solved = {
        {"Senior debt at COD, B", "solved_debt", m.debt, Fmt::Money,
         "DSCR/LTV sizing with the tax-interest circularity solved as a fixed point"},
        {"Draw ratio kappa (draws = kappa x capex)", "solved_kappa",
         m.totalCapex > 0 ? m.debtDrawn / m.totalCapex : 0.0, Fmt::Factor,
         "so that the balance with capitalized interest reaches B at COD"},
    };
    const std::vector<Tranche> tranches = effectiveTranches(deal.debt);
    for (std::size_t t = 0; t < tranches.size(); ++t) {
        const Rate &r = tranches[t].rate;
        if (r.type != RateType::Floating || r.useMarginByRating || !r.useMarginGrid)
            continue;
        const int step = tranches.size() == 1 ? m.marginStep : -1;
        const double margin = t < result.tranches.size() ? orNan(result.tranches[t].margin) : orNan(m.margin);
        std::string label = "Margin applied (grid step by coverage)";
        if (!deal.debt.tranches.empty())
            label += ", tranche " + std::to_string(t);
        std::string note = "the largest min_coverage <= coverage";
        if (step >= 0)
            note = "grid entry " + std::to_string(step) + ": " + note;
        solved.push_back({label, marginName(deal, t), margin, Fmt::Percent, note});
    }
    solved.push_back({"Spot headroom", "solved_spot_headroom", orNan(m.spotHeadroom), Fmt::Percent,
                      "largest fall of the spot curve keeping min DSCR >= 1.00 (bisection)"});
    solved.push_back({"Sizing iterations", "solved_sizing_iterations", double(m.sizingIterations),
                      Fmt::Integer, "rounds of the fixed point (informative)"});
    if (deal.debt.profile == Profile::Sculpted)
        solved.push_back({"Sculpted debt service", "", std::nan(""), Fmt::Text,
                          deal.debt.waterfall
                              ? "per period: column solved_debt_service of the Periods sheet (the "
                                "scheduled loan's, before prepayments)"
                              : "per period: column solved_debt_service of the Periods sheet"});
    if (deal.debt.waterfall)
        solved.push_back(
            {"Waterfall (engine.md 5.1)", "", std::nan(""), Fmt::Text,
             "no value solved: the scheduled loan (sched_ columns) follows from the values above and "
             "each period's waterfall steps (wf_ columns) from the previous period's accounts, all "
             "formulas; only the tax-interest fixed point is held at the engine's values"});
    for (const Solved &s : solved) {
        w.text(ws, row, 0, s.label, f.name);
        w.text(ws, row, 1, s.name, f.name);
        if (!s.name.empty()) {
            w.number(ws, row, 2, s.value, f.solved[Formats::index(s.fmt)]);
            w.define(s.name, assumptionsRef(row));
        }
        w.text(ws, row, 3, s.note, f.note);
        ++row;
    }

    // Totals derived by formulas (sources and uses, terminal value, coverage).
    row += 1;
    w.text(ws, row, 0, "Derived (formulas)", f.section);
    for (int c = 1; c < 4; ++c)
        w.text(ws, row, c, "", f.section);
    ++row;
    const std::string tv = terminalValueFormula(deal, layout);
    const PeriodTable &t = result.periods;
    std::vector<Derived> derived = {
        {"Financial close", "calc_close_date", "DATE(VALUE(LEFT(start,4)),VALUE(MID(start,6,2)),1)",
         excelDate(deal.start.year, deal.start.month, 1), Fmt::Date},
        {"Periods N = C + O", "calc_n", "construction_months+operating_months", double(t.n), Fmt::Integer},
        {"Total capex", "calc_total_capex", "SUM(" + layout.sheetRange("capex") + ")", m.totalCapex,
         Fmt::Money},
        {"Debt drawn in cash", "calc_debt_drawn", "SUM(" + layout.sheetRange("draw") + ")", m.debtDrawn,
         Fmt::Money},
        {"Interest during construction", "calc_idc", "solved_debt-calc_debt_drawn", m.idc, Fmt::Money},
        {"Upfront fee", "calc_upfront_fee", "debt_upfront_fee*solved_debt", m.upfrontFee, Fmt::Money},
        {"Commitment fees", "calc_commitment_fees", "SUM(" + layout.sheetRange("commitment_fee") + ")",
         m.commitmentFees, Fmt::Money},
        {"Initial DSRA (at COD)", "calc_dsra_initial",
         "INDEX(" + layout.sheetRange("dsra") + ",construction_months+1)", m.dsraInitial, Fmt::Money},
        {"Total uses", "calc_total_uses",
         "calc_total_capex+calc_idc+calc_upfront_fee+calc_commitment_fees+calc_dsra_initial", m.totalUses,
         Fmt::Money},
        {"Equity", "calc_equity",
         "calc_total_capex-calc_debt_drawn+calc_upfront_fee+calc_commitment_fees+calc_dsra_initial", m.equity,
         Fmt::Money},
        {"Total sources (debt + equity)", "calc_total_sources", "solved_debt+calc_equity", m.debt + m.equity,
         Fmt::Money},
        {"Terminal value (net book value at N; (v2) collateral at market value)", "calc_terminal_value", tv,
         m.terminalValue, Fmt::Money},
        {"Coverage (contracted or hedged share of tenor hours)", "calc_coverage",
         "IF(SUM(" + layout.sheetRange("tenor_gpu_hours") + ")>0,SUM(" +
             layout.sheetRange("covered_gpu_hours") + ")/SUM(" + layout.sheetRange("tenor_gpu_hours") +
             "),0)",
         m.coverage, Fmt::Percent},
    };
    for (const Derived &d : v2Derived(deal, result, layout))
        derived.push_back(d);
    for (const Derived &d : derived) {
        w.text(ws, row, 0, d.label, f.name);
        w.text(ws, row, 1, d.name, f.name);
        w.formula(ws, row, 2, d.formula, f.formula[Formats::index(d.fmt)], d.value);
        w.define(d.name, assumptionsRef(row));
        ++row;
    }
}

void writePeriods(Writer &w, lxw_worksheet *ws, const PeriodsLayout &layout)
{
    const Formats &f = w.f;
    const auto &cols = layout.columns();
    worksheet_freeze_panes(ws, 1, 5);
    worksheet_set_row(ws, 0, 30, nullptr);
    for (std::size_t ci = 0; ci < cols.size(); ++ci) {
        const Column &c = cols[ci];
        const int col = static_cast<int>(ci);
        const double width = c.key == "period" || c.key == "days" ? 7 : c.fmt == Fmt::Date ? 11 : 15;
        worksheet_set_column(ws, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col), width, nullptr);
        lxw_format *hdr = c.kind == Column::Kind::Solved ? f.solvedLabel : f.header;
        w.text(ws, 0, col, c.key, hdr);
        if (!c.comment.empty())
            w.check(worksheet_write_comment(ws, 0, static_cast<lxw_col_t>(col), c.comment.c_str()),
                    "comment");
        for (int p = 0; p < layout.periods(); ++p) {
            const int row = layout.row(p);
            const int fi = Formats::index(c.fmt);
            if (!c.formula) {
                w.number(ws, row, col, c.values[static_cast<std::size_t>(p)],
                         c.kind == Column::Kind::Solved ? f.solved[fi] : f.formula[fi]);
            } else if (!c.texts.empty()) {
                w.formulaText(ws, row, col, c.formula(p), f.formula[fi],
                              c.texts[static_cast<std::size_t>(p)]);
            } else {
                w.formula(ws, row, col, c.formula(p), f.formula[fi], c.values[static_cast<std::size_t>(p)]);
            }
        }
    }
}

void writeMetrics(Writer &w, lxw_worksheet *ws, const Deal &deal, const Result &result,
                  const PeriodsLayout &layout)
{
    const Formats &f = w.f;
    worksheet_set_column(ws, 0, 0, 20, nullptr);
    worksheet_set_column(ws, 1, 1, 20, nullptr);
    worksheet_set_column(ws, 2, 2, 70, nullptr);
    const char *headers[] = {"metric", "value", "how"};
    for (int c = 0; c < 3; ++c)
        w.text(ws, 0, c, headers[c], f.header);
    worksheet_freeze_panes(ws, 1, 1);

    auto rg = [&](const char *k) { return layout.sheetRange(k); };
    auto irr = [](const std::string &range) { return "IFERROR((1+IRR(" + range + ",0.01))^12-1,\"\")"; };
    const std::string v = "(1+B21)^(-" + rg("period") + "/12)";
    const std::string margin = marginMetricFormula(deal);
    std::map<std::string, std::pair<std::string, std::string>> fx = {
        {"total_capex", {"calc_total_capex", "sum of capex"}},
        {"idc", {"calc_idc", "B - cash draws"}},
        {"upfront_fee", {"calc_upfront_fee", "upfront fee x B"}},
        {"commitment_fees", {"calc_commitment_fees", "sum of commitment fees"}},
        {"dsra_initial", {"calc_dsra_initial", "DSRA target at COD"}},
        {"total_uses", {"calc_total_uses", "capex + IDC + fees + initial DSRA"}},
        {"debt", {"solved_debt", "solved by the engine"}},
        {"debt_drawn", {"calc_debt_drawn", "sum of cash draws"}},
        {"equity", {"calc_equity", "uses - B"}},
        {"gearing", {"IF(calc_total_uses>0,solved_debt/calc_total_uses,\"\")", "B / uses"}},
        {"ltv", {"IF(calc_total_capex>0,solved_debt/calc_total_capex,\"\")", "B / total capex"}},
        {"coverage", {"calc_coverage", "contracted or hedged share of tenor GPU-hours"}},
        {"margin", {margin, "margin applied (none for a fixed rate)"}},
        {"min_dscr", {"IF(COUNT(" + rg("dscr") + ")=0,\"\",MIN(" + rg("dscr") + "))", "lowest tested DSCR"}},
        {"avg_dscr",
         {"IF(COUNT(" + rg("dscr") + ")=0,\"\",AVERAGE(" + rg("dscr") + "))", "mean tested DSCR"}},
        {"llcr",
         {"IF(solved_debt>0,SUMPRODUCT(" + rg("cfads") + "," + rg("discount_factor") + "," + rg("tenor") +
              ")/solved_debt,\"\")",
          "PV of tenor CFADS at the loan rate / B"}},
        {"lender_yield", {irr(rg("lender_flow")), "IRR of lender flows, annualized"}},
        {"equity_irr", {irr(rg("equity_flow")), "IRR of equity flows, annualized"}},
        {"project_irr", {irr(rg("project_flow")), "IRR of project flows (unlevered tax), annualized"}},
        {"wacc",
         {"IF(solved_debt=0,equity_cost_of_equity,IF(ISNUMBER(B18),calc_equity/(solved_debt+calc_equity)*"
          "equity_cost_of_equity+solved_debt/(solved_debt+calc_equity)*B18*(1-tax_rate),\"\"))",
          "E/(B+E) x cost of equity + B/(B+E) x lender yield x (1 - tax rate)"}},
        {"npv",
         {"IF(ISNUMBER(B21),INDEX(" + rg("project_flow") + ",1)+NPV((1+B21)^(1/12)-1," + kPeriods + "!" +
              cellRef(layout.row(1), layout.column("project_flow"), true) + ":" +
              cellRef(layout.row(layout.periods() - 1), layout.column("project_flow"), true) + "),\"\")",
          "project flows discounted monthly at the WACC"}},
        {"lcoc",
         {"IF(ISNUMBER(B21),(SUMPRODUCT((" + rg("capex") + "+" + rg("power") + "+" + rg("fixed_opex") + ")*" +
              v +
              ")-calc_terminal_value*(1+B21)^(-calc_n/12))/"
              "((1-cluster_variable_opex_pct_of_revenue)*SUMPRODUCT(" +
              rg("sellable_hours") + "*" + v + ")),\"\")",
          "levelized cost per sellable GPU-hour at the WACC"}},
        {"spot_headroom",
         {"IF(ISNUMBER(solved_spot_headroom),solved_spot_headroom,\"\")",
          "solved by the engine (bisection)"}},
        {"payback_months",
         {"IFERROR(INDEX(" + rg("period") + ",MATCH(1," + rg("payback_flag") + ",0)),\"\")",
          "first period where cumulative equity turns >= 0"}},
        {"lockup_breaches",
         {"COUNTIF(" + rg("dscr") + ",\"<\"&debt_covenants_lockup_dscr)",
          "tenor periods with DSCR below lock-up"}},
        {"default_breaches",
         {"COUNTIF(" + rg("dscr") + ",\"<\"&debt_covenants_default_dscr)",
          "tenor periods with DSCR below default"}},
        {"sizing_iterations", {"solved_sizing_iterations", "solved by the engine (informative)"}},
    };
    for (auto &[key, formula] : v2MetricFormulas(deal, layout))
        fx[key] = formula;
    int row = 1;
    for (const MetricField &m : metricFields()) {
        w.text(ws, row, 0, m.key, f.name);
        const auto value = m.get(result.metrics);
        const int fi = Formats::index(fmtForUnit(m.unit));
        const auto it = fx.find(m.key);
        if (it == fx.end()) {
            w.number(ws, row, 1, orNan(value), f.solved[fi]);
            w.text(ws, row, 2, "value from the engine", f.note);
        } else {
            w.formula(ws, row, 1, it->second.first, f.formula[fi], orNan(value));
            w.text(ws, row, 2, it->second.second, f.note);
        }
        ++row;
    }
}

// The Metrics formulas above address lender_yield and wacc by cell (B18, B21): check the order.
bool metricRowsAsExpected()
{
    const auto &m = metricFields();
    return m.size() > 20 && std::string(m[16].key) == "lender_yield" && std::string(m[19].key) == "wacc";
}

} // namespace

std::size_t utf8Length(std::string_view s)
{
    return std::size_t(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80; // continuation bytes start no character
    }));
}

std::string xlsxCellText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\0')
            out += "\\u0000"; // C strings end at NUL; written as the terminal writes it
        else
            out += c;
    }
    return out;
}

Issues xlsxLimitProblems(const Deal &deal)
{
    Issues issues;
    const auto check = [&](const std::string &path, const std::string &text) {
        const std::size_t n = utf8Length(xlsxCellText(text));
        if (n > kXlsxMaxCellText)
            issues.push_back({path, IssueCode::CellTooLong, {double(n), double(kXlsxMaxCellText)}, {}});
    };
    check("name", deal.name);
    check("sponsor", deal.sponsor);
    check("currency", deal.currency);
    check("notes", deal.notes);
    check("cluster.gpu_model", deal.cluster.gpuModel);
    check("market.index", deal.market.index);
    check("debt.name", deal.debt.name);
    for (std::size_t i = 0; i < deal.capex.size(); ++i)
        check("capex[" + std::to_string(i) + "].description", deal.capex[i].description);
    for (std::size_t i = 0; i < deal.offtake.size(); ++i)
        check("offtake[" + std::to_string(i) + "].counterparty", deal.offtake[i].counterparty);
    return issues;
}

std::string writeXlsx(const Deal &deal, const Result &result, const std::string &path,
                      const XlsxOptions &options)
{
    if (!result.ok())
        return "the deal cannot be computed: " + issueText(result.errors.front());
    if (const Issues limits = xlsxLimitProblems(deal); !limits.empty())
        return issueText(limits.front());
    if (!metricRowsAsExpected())
        return "internal error: unexpected metric order";
    std::unique_ptr<PeriodsLayout> layout;
    try {
        layout = std::make_unique<PeriodsLayout>(deal, result);
    } catch (const std::exception &e) {
        return std::string("internal error: ") + e.what();
    }

    // libxlsxwriter writes to a path: a temporary file beside the target, renamed over it only when the
    // whole workbook was written (README "Files and the workspace").
    fs::AtomicFile file(path);
    if (std::string problem = file.open(); !problem.empty())
        return problem;
    lxw_workbook_options wo{};
    wo.constant_memory = LXW_FALSE;
    Writer w;
    w.cache = options.cacheResults;
    w.wb = workbook_new_opt(file.tempPath().c_str(), &wo);
    if (!w.wb)
        return fs::writeError(path, "the workbook could not be created");
    createFormats(w.wb, w.f);
    std::string title = deal.name + " - financing model", subject = "GPU cluster project finance model",
                author = "GPU Deal Studio", company = deal.sponsor;
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    props.company = company.data();
    w.check(workbook_set_properties(w.wb, &props), "properties");

    lxw_worksheet *assumptions = workbook_add_worksheet(w.wb, kAssumptions);
    lxw_worksheet *periods = workbook_add_worksheet(w.wb, kPeriods);
    lxw_worksheet *metrics = workbook_add_worksheet(w.wb, kMetrics);
    worksheet_set_tab_color(assumptions, 0x0000FF);
    worksheet_set_tab_color(metrics, 0x1F3864);
    // Printable like a banker's model: landscape, one page wide, headers repeated.
    for (lxw_worksheet *ws : {assumptions, periods, metrics}) {
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9); // A4
    }
    worksheet_fit_to_pages(assumptions, 1, 0);
    worksheet_fit_to_pages(metrics, 1, 0);
    worksheet_repeat_rows(periods, 0, 0);
    worksheet_repeat_columns(periods, 0, 4);
    writeAssumptions(w, assumptions, deal, result, *layout);
    writePeriods(w, periods, *layout);
    writeMetrics(w, metrics, deal, result, *layout);

    const lxw_error closed = workbook_close(w.wb);
    if (closed != LXW_NO_ERROR)
        return fs::writeError(path,
                              closed == LXW_ERROR_CREATING_XLSX_FILE || closed == LXW_ERROR_CREATING_TMPFILE
                                  ? std::string(lxw_strerror(closed)) + " (" + std::strerror(errno) + ")"
                                  : lxw_strerror(closed));
    if (!w.error.empty())
        return w.error;
    return file.commit();
}

} // namespace gds
