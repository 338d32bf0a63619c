#include "PasswordStore.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace gds::ui {

namespace {

const QString kService = QStringLiteral("GPU Deal Studio team workspace");
bool g_available = true;

QString keyOf(const QString &connection)
{
    return QString::fromStdString(gds::withoutPassword(connection.toStdString()));
}

// Runs a keyring job to its end (or gives up after a few seconds: a keyring that does not answer is
// no keyring). True when it finished without error.
bool run(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        if (error)
            *error = QCoreApplication::translate("PasswordStore", "the system keyring does not answer");
        g_available = false;
        return false;
    }
    const QKeychain::Error e = job.error();
    g_available =
        e != QKeychain::NoBackendAvailable && e != QKeychain::NotImplemented && e != QKeychain::OtherError;
    if (e == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

} // namespace

std::optional<QString> PasswordStore::read(const QString &connection, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyOf(connection));
    if (!run(job, error))
        return std::nullopt;
    return job.textData();
}

bool PasswordStore::write(const QString &connection, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyOf(connection));
    job.setTextData(password);
    return run(job, error);
}

void PasswordStore::remove(const QString &connection)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyOf(connection));
    run(job, nullptr);
}

bool PasswordStore::available()
{
    return g_available;
}

} // namespace gds::ui
