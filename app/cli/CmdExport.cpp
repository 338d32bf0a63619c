// export pdf | export xlsx (cli.md): DEAL.json -o OUT [--paper a4|letter] [--version-label TEXT]
// [--date YYYY-MM-DD]. The PDF needs fonts, hence a QGuiApplication, created here on the offscreen
// platform (unless the caller chose another) so that no display is needed.
#include "Cli.h"
#include "CliSupport.h"
#include "export/XlsxExport.h"
#include "report/TermSheet.h"

#include <array>
#include <memory>
#include <ostream>
#include <QDate>
#include <QGuiApplication>

namespace gds::cli {

namespace {

constexpr const char *kExportUsage =
    "usage: gpudeal-cli export pdf|xlsx DEAL.json -o OUT [--paper a4|letter] [--version-label TEXT] "
    "[--date YYYY-MM-DD]\n";

struct ExportArgs {
    std::string deal, output, paper = "a4", versionLabel, date;
    std::string error; // usage error
    bool help = false;
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
    const ComputedDeal c = load(a.deal, io);
    if (c.code != Ok)
        return c.code;

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
    const QString error = writeTermSheetPdf(*c.deal, c.result, QString::fromStdString(a.output), options);
    if (!error.isEmpty()) {
        io.err << "gpudeal-cli: " << error.toStdString() << '\n';
        return RuntimeFailure;
    }
    return Ok;
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
    const ComputedDeal c = load(a.deal, io);
    if (c.code != Ok)
        return c.code;
    const std::string error = writeXlsx(*c.deal, c.result, a.output);
    if (!error.empty()) {
        io.err << "gpudeal-cli: " << error << '\n';
        return RuntimeFailure;
    }
    return Ok;
}

} // namespace gds::cli
