using Cadence.Scheduler.FaultHost;
using Cadence.Scheduler.Features.Publishing;
using Microsoft.Extensions.DependencyInjection;

// A dispatcher in a process of its own, for tests that kill it: FAULT_DATABASE (SQLite file), FAULT_SANDBOX (sandbox
// base URL), FAULT_SCENARIO (tokens and posts), FAULT_NODE, and FAULT_STOP_AT (a PublishBoundary or PublishInFlight)
// to stop there and wait to be killed. Exit code 0: every target final or held; 3: still open after many rounds.
var sandbox = Environment.GetEnvironmentVariable("FAULT_SANDBOX")!;
var stopAt = Environment.GetEnvironmentVariable("FAULT_STOP_AT");
using var admin = new HttpClient { BaseAddress = new Uri(sandbox.TrimEnd('/') + "/_admin/") };
var clock = new SteppedClock(await SettlingRun.SandboxNowAsync(admin));
var scenario = await FaultScenario.LoadAsync(Environment.GetEnvironmentVariable("FAULT_SCENARIO")!);
await using var services = FaultHostServices.Build(
    Environment.GetEnvironmentVariable("FAULT_DATABASE")!, sandbox, scenario, clock, Environment.GetEnvironmentVariable("FAULT_NODE") ?? "fault-host",
    customize: services =>
    {
        if (stopAt == Markers.PublishInFlight)
        {
            services.AddTransient<StopWithPublishInFlight>();
            services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler<StopWithPublishInFlight>());
        }
        else if (Enum.TryParse<PublishBoundary>(stopAt, out var boundary))
        {
            services.AddSingleton<IPublishStepObserver>(new StopAtBoundary(boundary));
        }
    });
return await new SettlingRun(services, clock, admin).RunAsync(CancellationToken.None) ? 0 : 3;
