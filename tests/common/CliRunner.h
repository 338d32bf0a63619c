// Runs the real gpudeal-cli (GDS_CLI_PATH) as a user does, under QProcess: arguments, optional standard
// input and environment; captures the exit code, standard output and standard error. Header-only, for
// every test that drives the command line.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gds::test {

struct CliRun {
    int code = -1; // the exit code; -1: did not start or did not finish in time; -2: crashed
    QByteArray out, err;

    bool crashed() const { return code < 0; }
    // The last non-empty line of standard output (db import prints the deal's id there).
    QString lastLine() const { return QString::fromUtf8(out).trimmed().split('\n').last(); }
};

// `input` goes to standard input (closed afterwards, so "-" sees end of file); `environment`, when
// not empty, replaces the inherited one. A run that does not finish within `timeoutMs` is killed.
inline CliRun runCli(const QStringList &args, const QByteArray &input = {},
                     const QProcessEnvironment &environment = {}, int timeoutMs = 300000)
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.setProgram(QStringLiteral(GDS_CLI_PATH));
    p.setArguments(args);
    p.start();
    CliRun r;
    if (!p.waitForStarted(30000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs) || p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace gds::test
