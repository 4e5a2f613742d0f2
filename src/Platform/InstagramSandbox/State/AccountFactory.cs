using System.Globalization;
using Cadence.InstagramSandbox.Graph;

namespace Cadence.InstagramSandbox.State;

/// <summary>Creates test accounts with Instagram-shaped ids.</summary>
internal sealed class AccountFactory(SandboxState state, SandboxClock clock)
{
    public const string Personal = "PERSONAL";

    // PERSONAL accounts cannot use the API with Instagram Login; the sandbox keeps them so apps can be tested refusing them.
    public static readonly IReadOnlySet<string> AccountTypes = new HashSet<string>(StringComparer.Ordinal) { "BUSINESS", "MEDIA_CREATOR", Personal };

    /// <summary>Call under <see cref="SandboxState.Gate"/>.</summary>
    public Account Create(string username, string accountType, int followers)
    {
        if (string.IsNullOrWhiteSpace(username) || username.Length > 30 || !username.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
        {
            throw GraphException.Parameter("(#100) username must be 1-30 letters, digits, dots or underscores");
        }
        var type = accountType.ToUpperInvariant() switch
        {
            "CREATOR" => "MEDIA_CREATOR",
            var t => t,
        };
        if (!AccountTypes.Contains(type))
        {
            throw GraphException.Parameter("(#100) account_type must be BUSINESS, MEDIA_CREATOR or PERSONAL");
        }
        if (state.FindByUsername(username) is not null)
        {
            throw GraphException.Parameter($"(#100) The username {username} is taken");
        }
        var sequence = state.NewId("");
        var account = new Account
        {
            Id = "1784" + sequence,
            // App-scoped ids exceed 2^53, as on Instagram.
            AppScopedId = "276408" + sequence,
            Username = username,
            AccountType = type,
            FollowersCount = Math.Max(0, followers),
            FollowsCount = 150 + (int)(long.Parse(sequence, CultureInfo.InvariantCulture) % 300),
            CreatedAt = clock.GetUtcNow(),
        };
        state.Data.Accounts[account.Id] = account;
        return account;
    }
}
