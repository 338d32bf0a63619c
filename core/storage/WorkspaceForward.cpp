// Workspace forwards every operation to its backend (WorkspaceImpl.h): the SQLite file or the
// PostgreSQL server. Nothing here knows either dialect.
#include "storage/WorkspaceImpl.h"

namespace gds {

std::vector<DealSummary> Workspace::listDeals(DealFilter filter) const
{
    return d->listDeals(filter);
}

void Workspace::recheckMetrics(std::vector<DealSummary> &deals) const
{
    d->recheckMetrics(deals);
}

DealSummary Workspace::deal(std::int64_t dealId) const
{
    return d->deal(dealId);
}

std::optional<DealSummary> Workspace::findDealByName(const std::string &name) const
{
    return d->findDealByName(name);
}

void Workspace::setTags(std::int64_t dealId, const std::vector<std::string> &tags)
{
    d->setTags(dealId, tags);
}

VersionInfo Workspace::saveVersion(const Deal &deal, const std::string &note,
                                   std::optional<std::int64_t> scenarioId)
{
    SaveOptions o;
    o.note = note;
    o.scenarioId = scenarioId;
    return d->saveVersion(deal, o);
}

VersionInfo Workspace::saveVersion(const Deal &deal, const SaveOptions &options)
{
    return d->saveVersion(deal, options);
}

StoredVersion Workspace::loadVersion(std::int64_t dealId, int number) const
{
    return d->loadVersion(dealId, number);
}

StoredVersion Workspace::latest(std::int64_t dealId, std::optional<std::int64_t> scenarioId) const
{
    return d->latest(dealId, scenarioId);
}

std::vector<VersionInfo> Workspace::history(std::int64_t dealId) const
{
    return d->history(dealId);
}

VersionInfo Workspace::restoreVersion(std::int64_t dealId, int number, const std::string &note)
{
    return d->restoreVersion(dealId, number, note);
}

Scenario Workspace::createScenario(std::int64_t dealId, const std::string &name,
                                   std::optional<int> baseVersion)
{
    return d->createScenario(dealId, name, baseVersion);
}

std::vector<Scenario> Workspace::listScenarios(std::int64_t dealId) const
{
    return d->listScenarios(dealId);
}

void Workspace::softDelete(std::int64_t dealId)
{
    d->softDelete(dealId);
}

void Workspace::restoreDeleted(std::int64_t dealId)
{
    d->restoreDeleted(dealId);
}

int Workspace::emptyBin()
{
    return d->emptyBin();
}

void Workspace::saveWorkingCopy(std::int64_t dealId, const Deal &deal, std::optional<int> baseVersion)
{
    d->saveWorkingCopy(dealId, deal, baseVersion);
}

std::optional<WorkingCopy> Workspace::loadWorkingCopy(std::int64_t dealId) const
{
    return d->loadWorkingCopy(dealId);
}

void Workspace::clearWorkingCopy(std::int64_t dealId)
{
    d->clearWorkingCopy(dealId);
}

void Workspace::backup(const std::string &toPath) const
{
    d->backup(toPath);
}

int Workspace::notificationSocket() const
{
    return d->notificationSocket();
}

std::vector<WorkspaceChange> Workspace::takeChanges()
{
    return d->takeChanges();
}

bool Workspace::mayWrite() const
{
    return d->mayWrite();
}

bool Workspace::connectionLost() const
{
    return d->connectionLost();
}

} // namespace gds
