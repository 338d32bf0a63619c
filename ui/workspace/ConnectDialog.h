// File > Connect to team workspace: a PostgreSQL connection string (libpq's URI form,
// "postgresql://user@host:port/dbname?sslmode=verify-full", "?host=/socket/dir" for a Unix socket),
// or host, port, database, user and TLS mode fields that compose it; the two stay in step. The
// password row appears only when the server asks for one (askPassword), with the choice to keep it in
// the system keyring, or a note that it will be asked each time when no keyring answers.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace gds::ui {

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    QString url() const;
    void setUrl(const QString &url);
    QString password() const;
    bool rememberPassword() const;
    // Shows the password row with the server's reason; `keyringAvailable` false: the note says that
    // the password is asked each time (nothing is stored).
    void askPassword(const QString &reason, bool keyringAvailable);
    // A failed attempt's reason, shown above the buttons.
    void setError(const QString &text);

    // The fields composed into a connection string (empty host: libpq's default socket).
    static QString composeUrl(const QString &host, const QString &port, const QString &database,
                              const QString &user, const QString &sslmode);

private:
    void fieldsEdited();
    void urlEdited();

    QLineEdit *m_url, *m_host, *m_port, *m_database, *m_user, *m_password;
    QComboBox *m_sslmode;
    QCheckBox *m_remember;
    QLabel *m_passwordLabel, *m_keyringNote, *m_error;
    bool m_syncing = false;
};

} // namespace gds::ui
