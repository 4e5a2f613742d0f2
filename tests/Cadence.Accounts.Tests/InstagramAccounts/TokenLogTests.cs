using System.Collections.Concurrent;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Accounts.Tests.InstagramAccounts;

/// <summary>Every log line of a whole linking life (connect, renew, re-read, lose access, disconnect), at every level, is free of tokens.</summary>
public sealed class TokenLogTests : IDisposable
{
    private readonly LoggingFactory app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task No_log_line_of_a_full_linking_run_carries_a_token()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var sandboxAccount = await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername());
        var http = app.CreateClientFor(owner.UserId);
        var protector = app.Services.GetRequiredService<TokenProtector>();
        var tokens = new List<string> { sandboxAccount.AccessToken };

        using var connected = await app.ConnectAsync(http, clientId, sandboxAccount.Username);
        tokens.Add(protector.Unprotect((await app.SingleLinkedAccountAsync(owner.AgencyId)).ProtectedToken!));
        app.Clock.Advance(TimeSpan.FromDays(31));
        await app.WithScopeAsync(services => services.GetRequiredService<RefreshTokens>().HandleAsync(CancellationToken.None));
        await app.WithScopeAsync(services => services.GetRequiredService<SyncProfiles>().HandleAsync(CancellationToken.None));
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        tokens.Add(protector.Unprotect(account.ProtectedToken!));
        await app.Sandbox.RevokeTokensAsync(account.InstagramUserId);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.WithScopeAsync(services => services.GetRequiredService<SyncProfiles>().HandleAsync(CancellationToken.None));
        var disconnectUrl = $"/Accounts/Instagram/Disconnect/{account.Id}";
        using var disconnected = await http.PostWithTokenAsync(disconnectUrl, HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(disconnectUrl)), []);

        Assert.Equal(3, tokens.Distinct().Count());
        Assert.True(app.Lines.Count > 50, $"the run should have logged plenty at Trace level, got {app.Lines.Count} lines");
        // The renewal sends its token in the query string: the request is logged, its query is not.
        Assert.Contains(app.Lines, line => line.Contains("refresh_access_token", StringComparison.Ordinal));
        var leaks = app.Lines.Where(line => line.Contains("IGAA", StringComparison.Ordinal) || tokens.Any(t => line.Contains(t, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, "Tokens in the log:\n" + string.Join('\n', leaks.Take(5)));
    }

    private sealed class LoggingFactory : SandboxedCadenceAppFactory
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddProvider(new CollectingLoggerProvider(Lines));
                logging.AddFilter<CollectingLoggerProvider>(category: null, LogLevel.Trace);
            });
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too: a sink that stores properties would keep them even if the message omitted them.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
