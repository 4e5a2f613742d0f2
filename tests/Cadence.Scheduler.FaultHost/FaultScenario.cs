using System.Text.Json;
using Cadence.Composer.Contracts.Posts;

namespace Cadence.Scheduler.FaultHost;

/// <summary>What the test hands the child: the sandbox accounts' tokens and the Composer's snapshots of the posts.</summary>
internal sealed record FaultScenario(IReadOnlyList<FaultAccount> Accounts, IReadOnlyList<PublishablePost> Posts)
{
    public static async Task<FaultScenario> LoadAsync(string path) =>
        JsonSerializer.Deserialize<FaultScenario>(await File.ReadAllTextAsync(path))
        ?? throw new InvalidOperationException($"No scenario in {path}.");

    public Task SaveAsync(string path) => File.WriteAllTextAsync(path, JsonSerializer.Serialize(this));
}

internal sealed record FaultAccount(Guid AgencyId, Guid AccountId, string InstagramUserId, string AccessToken);
