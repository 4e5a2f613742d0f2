using System.Globalization;
using Cadence.Scheduler.Features.Dispatching;

namespace Cadence.Scheduler.Benchmarks;

/// <summary>Command line: <c>--posts 1000 --accounts 100 --latency 150 --lead 60 --parallelism 256 [--wal] [--smoke]</c>.</summary>
internal sealed record BenchOptions(int Posts, int Accounts, int LatencyMs, int LeadSeconds, int Parallelism, bool Wal)
{
    public static BenchOptions Parse(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var options = smoke
            ? new BenchOptions(50, 5, 150, 20, PublishDispatcher.DefaultParallelism, false)
            : new BenchOptions(1000, 100, 150, 60, PublishDispatcher.DefaultParallelism, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--posts" => options with { Posts = Number(args, ++i) },
                "--accounts" => options with { Accounts = Number(args, ++i) },
                "--latency" => options with { LatencyMs = Number(args, ++i) },
                "--lead" => options with { LeadSeconds = Number(args, ++i) },
                "--parallelism" => options with { Parallelism = Number(args, ++i) },
                "--wal" => options with { Wal = true },
                "--smoke" => options,
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --posts N --accounts N --latency MS --lead S --parallelism N --wal --smoke"),
            };
        }

        if (options.Posts < options.Accounts || options.Accounts < 1)
        {
            throw new ArgumentException("--posts must be at least --accounts, and --accounts at least 1.");
        }

        return options;
    }

    private static int Number(string[] args, int at) =>
        at < args.Length ? int.Parse(args[at], CultureInfo.InvariantCulture) : throw new ArgumentException($"{args[at - 1]} needs a number.");
}
