// Team workspace passwords in the system keyring (QtKeychain: the Secret Service, KWallet), never in a
// settings file. Where no keyring answers (a minimal desktop, CI), nothing is stored and the password
// is asked each time; available() and lastError() say so for the connect dialog's note. Keyed by the
// connection string without its password (withoutPassword()). Calls wait for the keyring, at most a
// few seconds.
#pragma once

#include <optional>
#include <QString>

namespace gds::ui {

class PasswordStore
{
public:
    // The stored password of a connection; nullopt when none is stored or no keyring answers.
    static std::optional<QString> read(const QString &connection, QString *error = nullptr);
    // Stores it; false (with the reason) when no keyring takes it: then it is only kept in memory.
    static bool write(const QString &connection, const QString &password, QString *error = nullptr);
    static void remove(const QString &connection);
    // Whether the last call reached a keyring (unknown before the first call: assumed yes).
    static bool available();
};

} // namespace gds::ui
