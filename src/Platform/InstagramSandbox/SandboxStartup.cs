using System.Text.Json;
using Cadence.InstagramSandbox.State;
using Microsoft.Extensions.Options;

namespace Cadence.InstagramSandbox;

/// <summary>Loads the snapshot (when configured), provisions demo accounts, and saves the snapshot periodically and at shutdown.</summary>
internal sealed partial class SandboxStartup(
    SandboxState state, SandboxClock clock, AccountFactory accounts, Graph.TokenService tokens,
    IOptions<SandboxOptions> options, ILogger<SandboxStartup> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions SnapshotJson = new() { WriteIndented = false };
    private readonly Lock saving = new();

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        lock (state.Gate)
        {
            foreach (var demo in options.Value.DemoAccounts)
            {
                if (state.FindByUsername(demo.Username) is null)
                {
                    var account = accounts.Create(demo.Username, demo.AccountType, demo.FollowersCount);
                    account.SubscribedToWebhooks = true;
                    account.SubscribedFields = ["comments", "messages"];
                    tokens.Issue(account.Id, TokenKind.Long);
                }
            }
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SnapshotPath))
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Save();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down: StopAsync saves once more
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Save();
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        var path = options.Value.SnapshotPath;
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return;
        }
        try
        {
            await using var stream = File.OpenRead(path);
            var data = await JsonSerializer.DeserializeAsync<StateData>(stream, SnapshotJson, cancellation);
            if (data is not null)
            {
                lock (state.Gate)
                {
                    state.Replace(data);
                }
                if (data.ClockOffset > clock.Offset)
                {
                    clock.Advance(data.ClockOffset - clock.Offset);
                }
            }
        }
        catch (JsonException error)
        {
            LogSnapshotUnreadable(logger, path, error.Message);
        }
    }

    internal void Save()
    {
        var path = options.Value.SnapshotPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }
        string json;
        lock (state.Gate)
        {
            state.Data.ClockOffset = clock.Offset;
            json = JsonSerializer.Serialize(state.Data, SnapshotJson);
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        lock (saving)
        {
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, json);
            File.Move(temporary, path, overwrite: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instagram sandbox snapshot {Path} could not be read: {Reason}")]
    private static partial void LogSnapshotUnreadable(ILogger logger, string path, string reason);
}
