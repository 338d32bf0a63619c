// export pdf | export xlsx (cli.md): DEAL.json -o OUT [--paper a4|letter] [--version-label TEXT]
// [--date YYYY-MM-DD]. The PDF needs fonts, hence a QGuiApplication, created here on the offscreen
// platform (unless the caller chose another) so that no display is needed.
#include "Cli.h"
#include "CliSupport.h"
#include "export/XlsxExport.h"
#include "fs/TerminalText.h"
#include "report/TermSheet.h"

#include <array>
#include <memory>
#include <ostream>
#include <QDate>
#include <QFile>
#include <QGuiApplication>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace gds::cli {

namespace {

constexpr const char *kExportUsage =
    "usage: gpudeal-cli export pdf|xlsx DEAL.json -o OUT [--paper a4|letter] [--version-label TEXT] "
    "[--date YYYY-MM-DD] [--force]\n"
    "OUT may be - for standard output. OUT is never the input file (unless --force) nor a workspace.\n";

struct ExportArgs {
    std::string deal, output, paper = "a4", versionLabel, date;
    std::string error; // usage error
    bool help = false, force = false;
};

ExportArgs parse(const Args &args, bool pdf)
{
    ExportArgs a;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i], value;
        const bool isOption = arg.size() > 1 && arg[0] == '-';
        if (!isOption) {
            positional.push_back(arg);
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            a.help = true;
            continue;
        }
        if (arg == "--force") {
            a.force = true;
            continue;
        }
        const std::size_t eq = arg.find('=');
        const bool inlineValue = eq != std::string::npos && arg.rfind("--", 0) == 0;
        if (inlineValue) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        std::string *target = nullptr;
        if (arg == "-o" || arg == "--output")
            target = &a.output;
        else if (pdf && arg == "--paper")
            target = &a.paper;
        else if (pdf && arg == "--version-label")
            target = &a.versionLabel;
        else if (pdf && arg == "--date")
            target = &a.date;
        if (!target) {
            a.error = "unknown option '" + args[i] + "'";
            return a;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                a.error = "option '" + arg + "' needs a value";
                return a;
            }
            value = args[++i];
        }
        *target = value;
    }
    if (a.help)
        return a;
    if (positional.size() != 1)
        a.error = "export needs exactly one DEAL.json (or - for standard input)";
    else if (a.output.empty())
        a.error = "export needs -o OUTPUT";
    else if (a.paper != "a4" && a.paper != "letter")
        a.error = "--paper must be a4 or letter";
    if (!positional.empty())
        a.deal = positional.front();
    return a;
}

int usage(Io io, const std::string &message)
{
    io.err << "gpudeal-cli: " << message << '\n' << kExportUsage;
    return Usage;
}

// Nothing is computed or written when the target is an input, a workspace or a folder.
int refused(const ExportArgs &a, Io io)
{
    if (a.output == "-")
        return Ok;
    const std::string problem = fs::checkOutput(a.output, {{a.deal}, a.force});
    if (problem.empty())
        return Ok;
    io.err << "gpudeal-cli: " << fs::terminalSafe(problem) << '\n';
    return RuntimeFailure;
}

int failed(Io io, const std::string &error)
{
    io.err << "gpudeal-cli: " << fs::terminalSafe(error) << '\n';
    return RuntimeFailure;
}

// Export reads the whole of standard input and says "gpudeal-cli: " before the reader's own messages.
ComputedDeal load(const std::string &path, Io io)
{
    DealInputStyle style;
    style.ownPrefix = "gpudeal-cli: ";
    return loadAndCompute(path, io, style);
}

} // namespace

int runExportPdf(const Args &args, Io io)
{
    const ExportArgs a = parse(args, true);
    if (a.help) {
        io.out << kExportUsage;
        return Ok;
    }
    if (!a.error.empty())
        return usage(io, a.error);
    QDate date = QDate::currentDate(); // the edge of the program: "now" enters here
    if (!a.date.empty()) {
        date = QDate::fromString(QString::fromStdString(a.date), Qt::ISODate);
        if (!date.isValid() || a.date.size() != 10)
            return usage(io, "--date must be a date YYYY-MM-DD, not '" + a.date + "'");
    }
    if (const int code = refused(a, io); code != Ok)
        return code;
    const ComputedDeal c = load(a.deal, io);
    if (c.code != Ok)
        return c.code;

    // Qt's own warnings (a missing XDG_RUNTIME_DIR, font notes) are not the command's messages: every
    // failure the command knows of is reported on its own line with its reason.
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
    std::unique_ptr<QGuiApplication> app;
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "gpudeal-cli";
        static std::array<char *, 2> argv{name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv.data());
    } else if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        io.err << "gpudeal-cli: PDF export needs a GUI application object\n";
        return RuntimeFailure;
    }
    TermSheetOptions options;
    options.paper = a.paper == "letter" ? TermSheetOptions::Paper::Letter : TermSheetOptions::Paper::A4;
    options.date = date;
    options.versionLabel =
        a.versionLabel.empty() ? QStringLiteral("working draft") : QString::fromStdString(a.versionLabel);
    QByteArray pdf;
    if (const QString error = termSheetPdf(*c.deal, c.result, options, &pdf); !error.isEmpty())
        return failed(io, error.toStdString());
    return writeOutput(io, a.output, std::string_view(pdf.constData(), std::size_t(pdf.size())),
                       {{a.deal}, a.force});
}

int runExportXlsx(const Args &args, Io io)
{
    const ExportArgs a = parse(args, false);
    if (a.help) {
        io.out << kExportUsage;
        return Ok;
    }
    if (!a.error.empty())
        return usage(io, a.error);
    if (const int code = refused(a, io); code != Ok)
        return code;
    const ComputedDeal c = load(a.deal, io);
    if (c.code != Ok)
        return c.code;
    // Over Excel's cell limit: refused before anything is written (README "Exports").
    if (const Issues limits = xlsxLimitProblems(*c.deal); !limits.empty())
        return printIssues(limits, io, "gpudeal-cli: ");
    if (a.output != "-") {
        const std::string error = writeXlsx(*c.deal, c.result, a.output);
        return error.empty() ? Ok : failed(io, error);
    }
    // Standard output: the workbook goes through a private temporary folder first.
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(io, "cannot create a temporary folder: " + dir.errorString().toStdString());
    const std::string temp = QFile::encodeName(dir.filePath(QStringLiteral("model.xlsx"))).toStdString();
    if (const std::string error = writeXlsx(*c.deal, c.result, temp); !error.empty())
        return failed(io, error);
    QFile file(QString::fromStdString(temp));
    if (!file.open(QIODevice::ReadOnly))
        return failed(io, "cannot read the workbook back: " + file.errorString().toStdString());
    const QByteArray bytes = file.readAll();
    return finish(io, std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

} // namespace gds::cli
