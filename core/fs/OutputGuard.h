// Outputs never land on what is being read or kept (README "Files and the workspace"): a command
// that writes a file first asks checkOutput() whether the target is one of its inputs (compared by
// device and inode, so another name of the same file is caught), a workspace (any SQLite database,
// recognised by its header) or a folder.
#pragma once

#include <string>
#include <vector>

namespace gds::fs {

// True when the file at `path` starts with SQLite's header "SQLite format 3\0".
bool isSqliteDatabase(const std::string &path);

// True when both paths name one existing file (same device and inode).
bool sameFile(const std::string &a, const std::string &b);

struct OutputCheck {
    std::vector<std::string> inputs; // files the command reads (the deal file, the open workspace)
    bool force = false;              // --force: an input that is not a workspace may be replaced
};

// "" when `target` may be written, else why not: "refusing to write onto 'X': it is the input file
// (pass --force to replace it)", "... it is a workspace (an SQLite database); choose another file",
// "... it is a folder". A workspace is never replaced, not even with --force.
std::string checkOutput(const std::string &target, const OutputCheck &check);

} // namespace gds::fs
