using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Cadence.Scheduler.Benchmarks;

/// <summary>
/// The Instagram sandbox as its own process (the built <c>Cadence.InstagramSandbox.dll</c>, its standalone entry), on a
/// free loopback port, with the default quotas and rate-limit budgets of the real platform.
/// </summary>
internal sealed class StandaloneSandbox : IAsyncDisposable
{
    public const string AppSecret = "bench-sandbox-secret";

    private readonly Process _process;

    private StandaloneSandbox(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        Admin = new HttpClient { BaseAddress = new Uri(baseUrl + "/_admin/") };
    }

    public string BaseUrl { get; }

    public HttpClient Admin { get; }

    /// <summary>CPU time the sandbox process has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<StandaloneSandbox> StartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Cadence.InstagramSandbox.dll");
        var port = FreePort();
        var baseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            dll, "--urls", baseUrl, "--environment", "Production", "--Logging:LogLevel:Default=Warning",
            $"--InstagramSandbox:AppSecret={AppSecret}", "--InstagramSandbox:WebhookDuplicateRate=0",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the sandbox process.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var sandbox = new StandaloneSandbox(process, baseUrl);
        await sandbox.WaitUntilUpAsync();
        return sandbox;
    }

    public async Task SetLatencyAsync(int milliseconds) => await PostAsync("faults", new JsonObject { ["latency_ms"] = milliseconds });

    public async Task<SandboxUser> CreateAccountAsync(string username)
    {
        var created = await PostAsync("accounts", new JsonObject { ["username"] = username, ["account_type"] = "BUSINESS" });
        return new SandboxUser(created["user_id"]!.GetValue<string>(), created["username"]!.GetValue<string>(), created["access_token"]!.GetValue<string>());
    }

    /// <summary>Every media_publish call the sandbox received: the judge of duplicates.</summary>
    public async Task<IReadOnlyList<PublishCall>> PublishCallsAsync()
    {
        var answer = await Admin.GetFromJsonAsync<JsonObject>(new Uri("publish-calls", UriKind.Relative));
        return answer!["data"]!.AsArray()
            .Select(c => new PublishCall(c!["account_id"]!.GetValue<string>(), c["creation_id"]?.GetValue<string>(), c["succeeded"]!.GetValue<bool>()))
            .ToList();
    }

    private async Task<JsonObject> PostAsync(string path, JsonObject body)
    {
        using var response = await Admin.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Sandbox admin {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task WaitUntilUpAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The sandbox process exited with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await Admin.GetAsync(new Uri("clock", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The sandbox did not answer within 30 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

internal sealed record SandboxUser(string UserId, string Username, string AccessToken);

internal sealed record PublishCall(string AccountId, string? CreationId, bool Succeeded);
