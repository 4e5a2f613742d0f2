namespace Cadence.Scheduler.Benchmarks;

/// <summary>
/// Publish lag of many posts due at one instant: <c>dotnet run -c Release --project benchmarks/Cadence.Scheduler.Benchmarks
/// -- --posts 1000 --accounts 100 --latency 150</c> (<c>--smoke</c> for 50 posts on 5 accounts). See docs/benchmarks.md.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var report = await PublishLagRun.RunAsync(options, Console.Out);
        report.WriteTo(Console.Out);
        return report.Duplicates == 0 && report.Unpublished == 0 ? 0 : 1;
    }
}
