#include "ConnectDialog.h"

#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace gds::ui {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to team workspace"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team workspace is a deal book on a PostgreSQL server that your team "
                                "shares. Paste the connection string you were given, or fill in the fields."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto field = [this, form](QLineEdit *&edit, const char *name, const QString &label,
                                    const QString &placeholder) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
    };
    field(m_url, "urlEdit", tr("&Connection string:"),
          QStringLiteral("postgresql://alice@db.example.com:5432/deals?sslmode=verify-full"));
    m_url->setMinimumWidth(460);
    field(m_host, "hostEdit", tr("&Host or socket folder:"), QStringLiteral("db.example.com"));
    field(m_port, "portEdit", tr("&Port:"), QStringLiteral("5432"));
    field(m_database, "databaseEdit", tr("&Database:"), QStringLiteral("deals"));
    field(m_user, "userEdit", tr("&User:"), QStringLiteral("alice"));
    m_sslmode = new QComboBox(this);
    m_sslmode->setObjectName(QStringLiteral("sslmodeBox"));
    m_sslmode->addItem(tr("Default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslmode->addItem(QLatin1String(mode), QLatin1String(mode));
    m_sslmode->setToolTip(tr("verify-full checks the server's certificate and name: use it over a network"));
    form->addRow(tr("&TLS (sslmode):"), m_sslmode);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("Pass&word:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keyring"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_keyringNote->setWordWrap(true);
    form->addRow(QString(), m_keyringNote);
    layout->addLayout(form);
    for (QWidget *w : {static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_remember), static_cast<QWidget *>(m_keyringNote)})
        w->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textEdited, this, &ConnectDialog::urlEdited);
    for (QLineEdit *e : {m_host, m_port, m_database, m_user})
        connect(e, &QLineEdit::textEdited, this, &ConnectDialog::fieldsEdited);
    connect(m_sslmode, &QComboBox::activated, this, &ConnectDialog::fieldsEdited);
    const auto okEnabled = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(gds::Workspace::isServerUrl(m_url->text().trimmed().toStdString()));
    };
    connect(m_url, &QLineEdit::textChanged, this, okEnabled);
    okEnabled();
}

QString ConnectDialog::composeUrl(const QString &host, const QString &port, const QString &database,
                                  const QString &user, const QString &sslmode)
{
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += enc(user) + QLatin1Char('@');
    QStringList query;
    if (host.startsWith(QLatin1Char('/'))) { // a socket folder goes into the query
        query << QStringLiteral("host=") + enc(host);
        if (!port.isEmpty())
            query << QStringLiteral("port=") + enc(port);
    } else {
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : enc(host);
        if (!port.isEmpty())
            url += QLatin1Char(':') + enc(port);
    }
    url += QLatin1Char('/') + enc(database);
    if (!sslmode.isEmpty())
        query << QStringLiteral("sslmode=") + sslmode;
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

void ConnectDialog::fieldsEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_url->setText(composeUrl(m_host->text().trimmed(), m_port->text().trimmed(),
                              m_database->text().trimmed(), m_user->text().trimmed(),
                              m_sslmode->currentData().toString()));
    m_syncing = false;
}

void ConnectDialog::urlEdited()
{
    if (m_syncing)
        return;
    const auto loc = gds::parseServerUrl(m_url->text().trimmed().toStdString());
    if (!loc)
        return; // half typed: the fields keep what they had
    m_syncing = true;
    m_host->setText(QString::fromStdString(loc->host));
    m_port->setText(QString::fromStdString(loc->port));
    m_database->setText(QString::fromStdString(loc->database));
    m_user->setText(QString::fromStdString(loc->user));
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(QString::fromStdString(loc->sslmode))));
    m_syncing = false;
}

QString ConnectDialog::url() const
{
    return m_url->text().trimmed();
}

void ConnectDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    urlEdited();
}

QString ConnectDialog::password() const
{
    return m_password->isHidden() ? QString() : m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return !m_remember->isHidden() && m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectDialog::askPassword(const QString &reason, bool keyringAvailable)
{
    for (QWidget *w : {static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_remember), static_cast<QWidget *>(m_keyringNote)})
        w->show();
    m_remember->setEnabled(keyringAvailable);
    if (!keyringAvailable)
        m_remember->setChecked(false);
    m_keyringNote->setText(keyringAvailable
                               ? tr("The password is kept in the system keyring, never in a settings file.")
                               : tr("No system keyring is reachable: the password is not stored anywhere "
                                    "and will be asked each time you connect."));
    setError(reason);
    m_password->clear();
    m_password->setFocus();
}

void ConnectDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace gds::ui
