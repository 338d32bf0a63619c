// A private PostgreSQL 15 server for the tests: initdb into a temporary folder, started
// with pg_ctl on a Unix socket in that folder (trust: the tests' roles log in without a password) and
// on a free TCP port of 127.0.0.1, where every login needs a SCRAM-SHA-256 password and TLS is offered
// with a server certificate for "localhost" signed by a CA made for this server with openssl
// (caFile(); otherCaFile() is a second CA that signed nothing here). Stopped when the fixture goes
// away. PostgreSQL refuses to run as root, and CI runs the
// tests as root: then every server command runs as the unprivileged user "nobody" (setpriv), the folder
// chowned to it. A watchdog process stops the server (and removes the folder) when the test process
// ends in any way, a crash or a failed QVERIFY included, so no server outlives its test.
//
// Nothing here skips: a server that cannot be started throws std::runtime_error with the reason and
// the server's log, and the test that wanted it fails.
#pragma once

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <stdexcept>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace gds::test {

class PgServer
{
public:
    static constexpr const char *kBinDir = "/usr/lib/postgresql/15/bin";
    static constexpr const char *kAdmin = "gds_admin"; // the cluster's superuser (trust on the socket)

    // durable: fsync on, as a production server (the benchmark); the tests run without it, since a
    // killed process loses nothing the OS holds and no test pulls the power. extraConfig: lines added
    // to postgresql.conf (a test of a server that does not start passes a bad one).
    explicit PgServer(bool durable = false, const std::string &extraConfig = std::string())
    {
        if (!QFile::exists(QString::fromLatin1(kBinDir) + "/initdb"))
            throw std::runtime_error(std::string("PostgreSQL 15 is not installed (no ") + kBinDir +
                                     "/initdb): run packaging/deps.sh --test");
        char tmpl[] = "/tmp/gds-pg-XXXXXX";
        if (!::mkdtemp(tmpl))
            throw std::runtime_error(std::string("cannot create a folder for the server: ") +
                                     std::strerror(errno));
        m_dir = tmpl;
        ::chmod(m_dir.c_str(), 0755);
        if (::geteuid() == 0 && ::chown(m_dir.c_str(), 65534, 65534) != 0)
            throw std::runtime_error("cannot hand " + m_dir + " to nobody: " + std::strerror(errno));
        startWatchdog(); // from here on, a failure removes the folder
        try {
            run({"initdb", "-D", data(), "-U", kAdmin, "-E", "UTF8", "--no-locale", "--auth-local=trust",
                 "--auth-host=scram-sha-256", "--no-sync"},
                "initdb");
            makeCertificates();
            // Unix socket: trust (the test server only). TCP: SCRAM-SHA-256 passwords, with or without
            // TLS; nothing else is accepted.
            writeFile(data() + "/pg_hba.conf", "local all all trust\n"
                                               "host all all 127.0.0.1/32 scram-sha-256\n"
                                               "host all all ::1/128 scram-sha-256\n");
            std::string conf = "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '" + m_dir +
                               "'\nmax_connections = 60\nshared_buffers = 16MB\n"
                               "password_encryption = 'scram-sha-256'\n"
                               "ssl = on\nssl_cert_file = '" +
                               tls("server.crt") + "'\nssl_key_file = '" + tls("server.key") + "'\n";
            conf += durable ? "" : "fsync = off\nfull_page_writes = off\n";
            conf += extraConfig;
            conf += "\n";
            appendFile(data() + "/postgresql.conf", conf);
            // A free port of 127.0.0.1 (also the name of the socket file); another process may take it
            // between our probe and the server's bind: then the next free one.
            for (int attempt = 0;; ++attempt) {
                m_port = freePort();
                std::string port = "port = ";
                port += std::to_string(m_port);
                port += "\n";
                appendFile(data() + "/postgresql.conf", port);
                try {
                    start();
                    break;
                } catch (const std::runtime_error &) {
                    if (attempt == 4 || log().find("could not bind") == std::string::npos)
                        throw;
                }
            }
        } catch (...) {
            endWatchdog();
            throw;
        }
    }

    ~PgServer()
    {
        stop();
        endWatchdog();
    }
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    const std::string &dir() const { return m_dir; }
    std::string data() const { return m_dir + "/data"; }

    int port() const { return m_port; }

    // libpq's URI form with the socket folder as host.
    std::string url(const std::string &database, const std::string &user = kAdmin) const
    {
        return "postgresql://" + user + "@/" + database + "?host=" + m_dir +
               "&port=" + std::to_string(m_port);
    }

    // Over TCP to `host` (localhost or 127.0.0.1) on the server's port; `query` adds libpq options
    // (sslmode=..., sslrootcert=...). The password, if any, goes into the URI.
    std::string tcpUrl(const std::string &database, const std::string &user, const std::string &password,
                       const std::string &query = "sslmode=disable",
                       const std::string &host = "localhost") const
    {
        std::string u = "postgresql://" + user;
        if (!password.empty())
            u += ":" + password;
        u += "@" + host + ":" + std::to_string(m_port) + "/" + database;
        if (!query.empty())
            u += "?" + query;
        return u;
    }

    // The CA that signed the server's certificate (CN and subjectAltName "localhost"), and another CA.
    std::string caFile() const { return tls("ca.crt"); }
    std::string otherCaFile() const { return tls("other-ca.crt"); }

    void start()
    {
        run({"pg_ctl", "-D", data(), "-l", m_dir + "/server.log", "-w", "-t", "60", "start"}, "pg_ctl start");
    }

    void stop()
    {
        QProcess p;
        p.start(program(), arguments({"pg_ctl", "-D", data(), "-m", "fast", "-w", "stop"}));
        p.waitForFinished(60000);
    }

    // SIGKILL to the postmaster, as a crash would; its backends notice and exit. Waits until none of
    // them is left so that start() can take over the data folder.
    void killPostmaster()
    {
        const pid_t pid = postmasterPid();
        if (pid <= 0)
            throw std::runtime_error("no postmaster to kill");
        std::vector<pid_t> children;
        const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &p : procs) {
            bool isPid = false;
            const pid_t child = static_cast<pid_t>(p.toLong(&isPid));
            if (!isPid)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields[1].toLong() == pid)
                children.push_back(child);
        }
        ::kill(pid, SIGKILL);
        children.push_back(pid);
        for (pid_t child : children)
            for (int i = 0; i < 1000 && ::kill(child, 0) == 0; ++i)
                ::usleep(10000);
    }

    pid_t postmasterPid() const
    {
        QFile f(QString::fromStdString(data() + "/postmaster.pid"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return static_cast<pid_t>(f.readLine().trimmed().toLong());
    }

    // Runs SQL as the superuser on a database; throws with the server's message on failure.
    void exec(const std::string &sql, const std::string &database = "postgres") const
    {
        PGconn *c = PQconnectdb(url(database).c_str());
        if (PQstatus(c) != CONNECTION_OK) {
            const std::string msg = PQerrorMessage(c);
            PQfinish(c);
            throw std::runtime_error("cannot connect to the test server: " + msg);
        }
        PGresult *r = PQexec(c, sql.c_str());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        const std::string msg = PQresultErrorMessage(r);
        PQclear(r);
        PQfinish(c);
        if (!ok)
            throw std::runtime_error(sql + ": " + msg);
    }

    // The first column of the first row ("" if none).
    std::string text(const std::string &sql, const std::string &database) const
    {
        PGconn *c = PQconnectdb(url(database).c_str());
        PGresult *r = PQexec(c, sql.c_str());
        std::string out;
        if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0)
            out = PQgetvalue(r, 0, 0);
        const bool failed = PQresultStatus(r) != PGRES_TUPLES_OK;
        const std::string msg = PQstatus(c) == CONNECTION_OK ? PQresultErrorMessage(r) : PQerrorMessage(c);
        PQclear(r);
        PQfinish(c);
        if (failed)
            throw std::runtime_error(sql + ": " + msg);
        return out;
    }

    // A new empty database; returns its name.
    std::string createDatabase()
    {
        const std::string name = "ws" + std::to_string(++m_databases);
        exec("CREATE DATABASE " + name);
        return name;
    }

    std::string log() const
    {
        QFile f(QString::fromStdString(m_dir + "/server.log"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().right(4000).toStdString() : std::string();
    }

    // A port of 127.0.0.1 that nobody listens on at this moment (just freed by the kernel); the
    // server's own port, and a port for a test that needs nobody to answer.
    static int freePort()
    {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        const bool ok = s >= 0 && ::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
                        ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len) == 0;
        if (s >= 0)
            ::close(s);
        if (!ok)
            throw std::runtime_error(std::string("no free TCP port on 127.0.0.1: ") + std::strerror(errno));
        return ntohs(a.sin_port);
    }

private:
    std::string m_dir;
    int m_port = 0;
    int m_databases = 0;
    pid_t m_watchdog = -1;
    int m_watchdogWrite = -1;

    static bool asRoot() { return ::geteuid() == 0; }

    static QString program() { return asRoot() ? QStringLiteral("setpriv") : QString(); }

    // The command line of a server tool: as "nobody" when we are root.
    static QStringList arguments(const std::vector<std::string> &cmd)
    {
        QStringList args;
        if (asRoot())
            args << "--reuid=65534"
                 << "--regid=65534"
                 << "--clear-groups"
                 << "--";
        args << QString::fromLatin1(kBinDir) + "/" + QString::fromStdString(cmd.front());
        for (std::size_t i = 1; i < cmd.size(); ++i)
            args << QString::fromStdString(cmd[i]);
        return args;
    }

    void run(const std::vector<std::string> &cmd, const char *what) const
    {
        QProcess p;
        QStringList args = arguments(cmd);
        QString prog = program();
        if (prog.isEmpty())
            prog = args.takeFirst();
        p.setWorkingDirectory(QString::fromStdString(m_dir));
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(prog, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::string msg = std::string(what) + " failed (" + p.errorString().toStdString() + "): ";
            msg += p.readAll().toStdString();
            msg += "\nserver log:\n";
            msg += log();
            throw std::runtime_error(msg);
        }
    }

    std::string tls(const char *file) const { return m_dir + "/tls/" + file; }

    static void writeFile(const std::string &path, const std::string &text, QIODevice::OpenMode mode = {})
    {
        QFile f(QString::fromStdString(path));
        if (!f.open(QIODevice::WriteOnly | mode) ||
            f.write(text.data(), qint64(text.size())) != qint64(text.size()))
            throw std::runtime_error("cannot write " + path);
    }
    static void appendFile(const std::string &path, const std::string &text)
    {
        writeFile(path, text, QIODevice::Append);
    }

    // A CA and the server's key and certificate for "localhost" signed by it (EC P-256, valid two
    // days), and a second CA that signed nothing here; the key is the server's user's, mode 0600.
    void makeCertificates() const
    {
        const QString dir = QString::fromStdString(m_dir + "/tls");
        if (!QDir().mkpath(dir))
            throw std::runtime_error(std::string("cannot create ") += dir.toStdString());
        writeFile(tls("server.ext"), "subjectAltName = DNS:localhost\n");
        const QStringList ec{"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"};
        openssl(
            QStringList{"req", "-x509"} + ec +
            QStringList{"-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=gpudeal test CA"});
        openssl(QStringList{"req", "-x509"} + ec +
                QStringList{"-keyout", "other-ca.key", "-out", "other-ca.crt", "-days", "2", "-subj",
                            "/CN=gpudeal other CA"});
        openssl(QStringList{"req"} + ec +
                QStringList{"-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"});
        openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                 "-out", "server.crt", "-days", "2", "-extfile", "server.ext"});
        ::chmod(tls("server.key").c_str(), 0600);
        if (asRoot() && ::chown(tls("server.key").c_str(), 65534, 65534) != 0)
            throw std::runtime_error("cannot hand the server's key to nobody: " +
                                     std::string(std::strerror(errno)));
    }

    void openssl(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(QString::fromStdString(m_dir + "/tls"));
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            throw std::runtime_error(std::string("openssl ") +=
                                     args.join(' ').toStdString() + " failed (" +
                                     p.errorString().toStdString() + "): " + p.readAll().toStdString() +
                                     " (openssl comes with packaging/deps.sh --test)");
    }

    void endWatchdog()
    {
        if (m_watchdogWrite >= 0)
            ::close(m_watchdogWrite); // the watchdog stops the server, removes the folder and exits
        m_watchdogWrite = -1;
        if (m_watchdog > 0)
            ::waitpid(m_watchdog, nullptr, 0);
        m_watchdog = -1;
    }

    // A child that waits for our end of a pipe to close (this process ended, however) and then stops
    // the server at once and removes the folder.
    void startWatchdog()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            throw std::runtime_error("cannot start the server's watchdog");
        std::string script;
        script += asRoot() ? "setpriv --reuid=65534 --regid=65534 --clear-groups -- " : "";
        script += std::string(kBinDir) + "/pg_ctl -D '" + data() +
                  "' -m immediate -w stop >/dev/null 2>&1; rm -rf '";
        script += m_dir;
        script += "'";
        const pid_t pid = ::fork();
        if (pid < 0)
            throw std::runtime_error("cannot start the server's watchdog");
        if (pid == 0) {
            // Out of the test's process group and deaf to the signals that end it (ctest's or
            // timeout's), so that it outlives the test and stops the server.
            ::setsid();
            ::signal(SIGTERM, SIG_IGN);
            ::signal(SIGINT, SIG_IGN);
            ::signal(SIGHUP, SIG_IGN);
            ::close(fds[1]);
            char c;
            while (::read(fds[0], &c, 1) != 0 && errno == EINTR) {
            }
            ::execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char *>(nullptr));
            ::_exit(127);
        }
        ::close(fds[0]);
        m_watchdog = pid;
        m_watchdogWrite = fds[1];
    }
};

} // namespace gds::test
