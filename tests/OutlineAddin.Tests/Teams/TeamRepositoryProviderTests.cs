using OutlineAddin.Data;
using OutlineAddin.Identity;
using OutlineAddin.Teams;
using OutlineAddin.Tests.Data;

namespace OutlineAddin.Tests.Teams;

/// <summary>A team always keeps an owner, however its last two owners are demoted or removed at the same moment, on either provider.</summary>
public class TeamRepositoryProviderTests
{
    public enum Change { Demote, Remove }

    public static TheoryData<StorageProvider, Change, Change> ConcurrentChanges()
    {
        var data = new TheoryData<StorageProvider, Change, Change>();
        foreach (var provider in Enum.GetValues<StorageProvider>())
        {
            data.Add(provider, Change.Demote, Change.Demote);
            data.Add(provider, Change.Remove, Change.Remove);
            data.Add(provider, Change.Demote, Change.Remove);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ConcurrentChanges))]
    public async Task Of_two_owners_changed_at_once_one_change_is_refused_as_the_last_owners(StorageProvider provider, Change first, Change second)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: provider);
        var users = new UserRepository(temporary.Database, TimeProvider.System);
        var teams = new TeamRepository(temporary.Database, TimeProvider.System);
        var (ann, _) = await users.CreateAsync("安", CancellationToken.None);
        var (bo, _) = await users.CreateAsync("博", CancellationToken.None);
        const int teamCount = 6; // several at once, so that the two changes of some team truly overlap
        var teamIds = new List<string>();
        for (var i = 0; i < teamCount; i++)
        {
            var team = await teams.CreateAsync($"团队{i}", "Asia/Shanghai", ann.Id, CancellationToken.None);
            await teams.SetRoleAsync(team.Id, bo.Id, TeamRole.Owner, CancellationToken.None);
            teamIds.Add(team.Id);
        }
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Task<MembershipChange> Apply(string teamId, Change change, string userId) => change == Change.Demote
            ? teams.SetRoleAsync(teamId, userId, TeamRole.Editor, CancellationToken.None)
            : teams.RemoveAsync(teamId, userId, CancellationToken.None);
        var changing = Task.WhenAll(teamIds.Select(async teamId =>
        {
            await start.Task;
            var results = await Task.WhenAll(Apply(teamId, first, ann.Id), Apply(teamId, second, bo.Id));
            return (teamId, results);
        }));
        start.SetResult();

        foreach (var (teamId, results) in await changing)
        {
            Assert.Single(results, result => result == MembershipChange.LastOwner);
            Assert.Single(results, result => result is MembershipChange.Changed or MembershipChange.Removed);
            var owners = (await teams.MembersAsync(teamId, CancellationToken.None)).Where(member => member.Role == TeamRole.Owner);
            Assert.Single(owners);
        }
    }
}
