using System.Security.Cryptography;

namespace Cadence.InstagramSandbox.State;

/// <summary>Everything the sandbox remembers. Snapshots serialize this class as it is.</summary>
internal sealed class StateData
{
    public long NextId { get; set; } = 1000;
    public Dictionary<string, Account> Accounts { get; set; } = [];
    public Dictionary<string, AccessToken> Tokens { get; set; } = [];
    public Dictionary<string, AuthorizationCode> Codes { get; set; } = [];
    public Dictionary<string, Container> Containers { get; set; } = [];
    public Dictionary<string, Media> Media { get; set; } = [];
    public Dictionary<string, Comment> Comments { get; set; } = [];
    public Dictionary<string, Conversation> Conversations { get; set; } = [];
    public List<PublishCall> PublishCalls { get; set; } = [];
    public string? WebhookCallbackUrl { get; set; }
    public TimeSpan ClockOffset { get; set; }
}

/// <summary>Thread-safe in-memory state: every read or write happens under <see cref="Gate"/>.</summary>
internal sealed class SandboxState
{
    public object Gate { get; } = new();
    public StateData Data { get; private set; } = new();

    // Faults (not snapshotted).
    public int LatencyMilliseconds { get; set; }
    public double ErrorRate { get; set; }
    public List<PathFault> PathFaults { get; } = [];
    public int FailNextMediaCount { get; set; }
    public int FailNextMediaSubcode { get; set; } = 2207026;
    public double? WebhookDuplicateRate { get; set; }

    // Rate-limit call log (not snapshotted).
    public Dictionary<string, Queue<DateTimeOffset>> AccountCalls { get; } = [];
    public Queue<DateTimeOffset> AppCalls { get; } = new();

    public void Replace(StateData data) => Data = data;

    public string NewId(string prefix)
    {
        var next = ++Data.NextId;
        return prefix + next.ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string RandomToken(string prefix, int bytes = 48)
    {
        var raw = Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes))
            .Replace('+', 'A').Replace('/', 'B').TrimEnd('=');
        return prefix + raw;
    }

    public Account? FindAccount(string idOrAlias) =>
        Data.Accounts.TryGetValue(idOrAlias, out var byId)
            ? byId
            : Data.Accounts.Values.FirstOrDefault(a => a.AppScopedId == idOrAlias);

    public Account? FindByUsername(string username) =>
        Data.Accounts.Values.FirstOrDefault(a => string.Equals(a.Username, username, StringComparison.OrdinalIgnoreCase));
}
