// A team workspace's connection string read with libpq's own parser (Workspace.h: parseServerUrl,
// serverLabel, withoutPassword), so the GUI shows and remembers exactly what libpq connects to.
#include "storage/Workspace.h"

#include <libpq-fe.h>

namespace gds {

std::optional<ServerLocation> parseServerUrl(const std::string &url)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.c_str(), &error);
    if (!options) {
        PQfreemem(error);
        return std::nullopt;
    }
    ServerLocation out;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const std::string key = o->keyword;
        if (key == "host" || (key == "hostaddr" && out.host.empty()))
            out.host = o->val;
        else if (key == "port")
            out.port = o->val;
        else if (key == "dbname")
            out.database = o->val;
        else if (key == "user")
            out.user = o->val;
        else if (key == "sslmode")
            out.sslmode = o->val;
        else if (key == "password")
            out.hasPassword = *o->val != '\0';
    }
    PQconninfoFree(options);
    return out;
}

std::string serverLabel(const std::string &url)
{
    const auto loc = parseServerUrl(url);
    if (!loc)
        return withoutPassword(url);
    std::string label = loc->user;
    if (!label.empty())
        label += "@";
    label += loc->host.empty() ? std::string("localhost") : loc->host;
    if (!loc->port.empty()) {
        label += ":";
        label += loc->port;
    }
    label += "/";
    label += loc->database.empty() ? loc->user : loc->database; // libpq's default database
    return label;
}

std::string withoutPassword(const std::string &url)
{
    std::string out = url;
    // URI form: scheme://user:secret@host... -> scheme://user@host...
    if (const auto scheme = out.find("://"); scheme != std::string::npos) {
        const std::size_t start = scheme + 3;
        const std::size_t end = out.find_first_of("/?", start);
        const std::size_t at = out.rfind('@', end == std::string::npos ? std::string::npos : end);
        if (at != std::string::npos && at >= start) {
            const std::size_t colon = out.find(':', start);
            if (colon != std::string::npos && colon < at)
                out.erase(colon, at - colon);
        }
        // ...?a=1&password=x&b=2 -> ...?a=1&b=2
        const std::size_t query = out.find('?', start);
        if (query != std::string::npos) {
            std::string kept;
            std::size_t pos = query + 1;
            while (pos <= out.size()) {
                std::size_t amp = out.find('&', pos);
                if (amp == std::string::npos)
                    amp = out.size();
                const std::string param = out.substr(pos, amp - pos);
                if (!param.starts_with("password=") && !param.empty()) {
                    kept += kept.empty() ? "" : "&";
                    kept += param;
                }
                pos = amp + 1;
            }
            out.erase(query);
            if (!kept.empty()) {
                out += "?";
                out += kept;
            }
        }
        return out;
    }
    // key=value form: rebuilt from libpq's reading of it (only what the string sets), without the password.
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.c_str(), &error);
    if (!options) {
        PQfreemem(error);
        return {}; // unreadable: nothing of it is kept
    }
    std::string kept;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val || std::string_view(o->keyword) == "password")
            continue;
        kept += kept.empty() ? "" : " ";
        kept += o->keyword;
        kept += "='";
        for (const char *c = o->val; *c; ++c) {
            if (*c == '\\' || *c == '\'')
                kept += '\\';
            kept += *c;
        }
        kept += "'";
    }
    PQconninfoFree(options);
    return kept;
}

} // namespace gds
