using System.Globalization;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Benchmarks;

/// <summary>What one run measured: lag due → published (the Scheduler's PublishedAtUtc), throughput, duplicates (the sandbox's record).</summary>
internal sealed record LagReport(
    BenchOptions Options, int Published, int Unpublished, int PreparedBeforeDue, TimeSpan PrepareSpan,
    TimeSpan P50, TimeSpan P95, TimeSpan P99, TimeSpan Max, TimeSpan AttemptP50, TimeSpan AttemptP99, double PerSecond, int SuccessfulPublishCalls, int RefusedPublishCalls, int Duplicates, TimeSpan Wall, CpuUse Cpu)
{
    public static LagReport From(BenchOptions options, DateTime due, IReadOnlyList<PublishTarget> targets, IReadOnlyList<PublishCall> calls, TimeSpan wall, CpuUse cpu)
    {
        var lags = targets.Where(t => t.State == TargetState.Published && t.PublishedAtUtc is not null)
            .Select(t => t.PublishedAtUtc!.Value - due).Order().ToList();
        var attempts = targets.Where(t => t.State == TargetState.Published && t.PublishAttemptedAtUtc is not null)
            .Select(t => t.PublishAttemptedAtUtc!.Value - due).Order().ToList();
        var prepared = targets.Where(t => t.PreparedAtUtc is not null).Select(t => t.PreparedAtUtc!.Value).ToList();
        var firstPrepared = prepared.Count == 0 ? due : prepared.Min();
        var lastPublished = lags.Count == 0 ? TimeSpan.Zero : lags[^1];
        var succeeded = calls.Where(c => c.Succeeded).ToList();
        // A duplicate is a second successful publish for the same target: more successful calls than published targets,
        // or one container published twice.
        var duplicates = Math.Max(0, succeeded.Count - lags.Count) + succeeded.GroupBy(c => c.CreationId).Sum(g => g.Count() - 1);
        return new LagReport(
            options, lags.Count, targets.Count - lags.Count, prepared.Count(p => p < due), prepared.Count == 0 ? TimeSpan.Zero : prepared.Max() - firstPrepared,
            Percentile(lags, 0.50), Percentile(lags, 0.95), Percentile(lags, 0.99), lastPublished, Percentile(attempts, 0.50), Percentile(attempts, 0.99),
            lastPublished > TimeSpan.Zero ? lags.Count / lastPublished.TotalSeconds : 0,
            succeeded.Count, calls.Count - succeeded.Count, duplicates, wall, cpu);
    }

    public void WriteTo(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"Posts {Options.Posts} on {Options.Accounts} accounts, sandbox latency {Options.LatencyMs} ms, parallelism {Options.Parallelism}, WAL {(Options.Wal ? "on" : "off")}"));
        output.WriteLine(Invariant($"Prepared before due: {PreparedBeforeDue} (first to last container ready: {PrepareSpan.TotalSeconds:0.0} s)"));
        output.WriteLine(Invariant($"Published: {Published}, not published: {Unpublished}"));
        output.WriteLine(Invariant($"Lag due → published: p50 {P50.TotalSeconds:0.000} s, p95 {P95.TotalSeconds:0.000} s, p99 {P99.TotalSeconds:0.000} s, max {Max.TotalSeconds:0.000} s"));
        output.WriteLine(Invariant($"Of which due → publish call about to be made (claim, token, snapshot, quota call): p50 {AttemptP50.TotalSeconds:0.000} s, p99 {AttemptP99.TotalSeconds:0.000} s"));
        output.WriteLine(Invariant($"Throughput from the due instant: {PerSecond:0.0} posts/s"));
        output.WriteLine(Invariant($"media_publish calls: {SuccessfulPublishCalls} succeeded, {RefusedPublishCalls} refused; duplicates: {Duplicates}"));
        output.WriteLine(Invariant($"CPU from the due instant to the end ({Cpu.Wall.TotalSeconds:0.0} s): Host {Cpu.Host.TotalSeconds:0.0} s, sandbox {Cpu.Sandbox.TotalSeconds:0.0} s, machine load average {Cpu.LoadAverage}"));
        output.WriteLine(Invariant($"Whole run (preparation included): {Wall.TotalSeconds:0.0} s"));
        output.WriteLine();
        output.WriteLine(Invariant($"| {Options.Posts} / {Options.Accounts} | {Options.LatencyMs} ms | {Options.Parallelism} | {(Options.Wal ? "WAL" : "rollback journal")} | {P50.TotalSeconds:0.00} s | {P95.TotalSeconds:0.00} s | {P99.TotalSeconds:0.00} s | {Max.TotalSeconds:0.00} s | {PerSecond:0.0} /s | {Duplicates} | {Unpublished} |"));
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>CPU time used by the Host process and the sandbox process over a stretch of wall time.</summary>
internal sealed record CpuUse(TimeSpan Wall, TimeSpan Host, TimeSpan Sandbox)
{
    public string LoadAverage { get; } = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
