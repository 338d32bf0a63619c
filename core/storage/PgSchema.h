// The team workspace's schema on PostgreSQL: versioned in code like the SQLite one (Schema.h), with
// the group roles and their grants. Internal to gds_storage.
#pragma once

#include "storage/Pg.h"

#include <optional>

namespace gds::pgschema {

// Creates gpudeal_reader, gpudeal_editor and gpudeal_owner where missing (cluster-wide).
const char *rolesSql();
// Grants the roles their rights on this database's workspace tables.
const char *grantsSql();
// Applies the migrations from `from` (0 = no workspace) to `to` inside the caller's transaction.
void migrate(const pg::Connection &c, int from, int to);
// The workspace's schema version; nullopt when the database holds no workspace.
std::optional<int> version(const pg::Connection &c);

} // namespace gds::pgschema
