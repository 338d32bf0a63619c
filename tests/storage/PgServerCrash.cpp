// Child process of tst_team_workspace: starts a private PostgreSQL server (PgServer.h), prints its
// folder and its postmaster's pid, and dies by SIGKILL (no destructor runs, no core file), as a
// test process that is killed mid-test. The server's watchdog must still stop the server and remove
// the folder.
#include "PgServer.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>

int main()
{
    try {
        gds::test::PgServer server;
        std::printf("%s\n%d\n", server.dir().c_str(), int(server.postmasterPid()));
        std::fflush(stdout);
        std::raise(SIGKILL);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
