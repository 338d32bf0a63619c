// The team workspace on PostgreSQL: the same operations as the SQLite file, on a server
// chosen by a libpq connection string. Internal to gds_storage.
#pragma once

#include "storage/Pg.h"
#include "storage/WorkspaceImpl.h"

namespace gds {

struct PgWorkspace final : Workspace::Impl {
    std::string url;
    Clock clock;
    OpenOptions openOptions;
    std::unique_ptr<pg::Connection> conn;
    int version = 0;
    bool m_mayWrite = false;          // the role may add versions (not a gpudeal_reader only)
    mutable bool m_listening = false; // LISTEN gpudeal_changes sent (notificationSocket())

    static std::unique_ptr<PgWorkspace> open(const std::string &url, Clock clock, const OpenOptions &options);
    static int initServer(const std::string &url);

    std::int64_t nowMs() const { return storage_detail::toMs(clock()); }
    const pg::Connection &c() const { return *conn; }
    void requireWritable() const;

    const std::string &path() const override { return url; }
    bool readOnly() const override { return openOptions.readOnly; }
    int schemaVersion() const override { return version; }
    std::string integrityCheck() const override;
    std::vector<DealSummary> listDeals(DealFilter filter) const override;
    void recheckMetrics(std::vector<DealSummary> &deals) const override;
    DealSummary deal(std::int64_t dealId) const override;
    std::optional<DealSummary> findDealByName(const std::string &name) const override;
    void setTags(std::int64_t dealId, const std::vector<std::string> &tags) override;
    VersionInfo saveVersion(const Deal &deal, const SaveOptions &options) override;
    StoredVersion loadVersion(std::int64_t dealId, int number) const override;
    StoredVersion latest(std::int64_t dealId, std::optional<std::int64_t> scenarioId) const override;
    std::vector<VersionInfo> history(std::int64_t dealId) const override;
    VersionInfo restoreVersion(std::int64_t dealId, int number, const std::string &note) override;
    Scenario createScenario(std::int64_t dealId, const std::string &name,
                            std::optional<int> baseVersion) override;
    std::vector<Scenario> listScenarios(std::int64_t dealId) const override;
    void softDelete(std::int64_t dealId) override;
    void restoreDeleted(std::int64_t dealId) override;
    int emptyBin() override;
    void saveWorkingCopy(std::int64_t dealId, const Deal &deal, std::optional<int> baseVersion) override;
    std::optional<WorkingCopy> loadWorkingCopy(std::int64_t dealId) const override;
    void clearWorkingCopy(std::int64_t dealId) override;
    void backup(const std::string &toPath) const override;
    DealBook exportBook() const override;
    Workspace::CopyCount importBook(const DealBook &book, bool keepIds) override;
    int notificationSocket() const override;
    std::vector<WorkspaceChange> takeChanges() override;
    bool mayWrite() const override { return m_mayWrite; }
    bool connectionLost() const override;
};

} // namespace gds
