using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Cadence.Instagram.Benchmarks;

/// <summary>
/// One publish as the Scheduler will do it, through the real client and the sandbox over loopback HTTP:
/// create an image container (the sandbox fetches the JPEG), poll its status until FINISHED, then media_publish.
/// Three Graph calls per operation.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class PublishRoundTripBenchmark
{
    private LoopbackSandbox? sandbox;
    private AccountAccess? access;

    /// <summary>Latency the sandbox adds to every Graph call.</summary>
    [Params(0, 150)]
    public int SandboxLatencyMs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        sandbox = LoopbackSandbox.StartAsync().GetAwaiter().GetResult();
        access = sandbox.CreateAccountAsync().GetAwaiter().GetResult();
        sandbox.SetLatencyAsync(SandboxLatencyMs).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => sandbox?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "create container -> FINISHED -> publish")]
    public async Task<string> CreatePollPublish()
    {
        var publishing = sandbox!.Publishing;
        var container = await publishing.CreateContainerAsync(access!, new ImageContainer(sandbox.ImageUrl) { Caption = "Benchmark #cadence" });
        var status = await publishing.WaitForContainerAsync(access!.AccessToken, container, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(30));
        if (status.Code != ContainerStatusCode.Finished)
        {
            throw new InvalidOperationException($"Container ended {status.Code}.");
        }

        return await publishing.PublishAsync(access, container);
    }
}
