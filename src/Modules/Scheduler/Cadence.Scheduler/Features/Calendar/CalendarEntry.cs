using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Features.Calendar;

/// <summary>One booked post on its client's clock, with each account it goes to.</summary>
internal sealed record CalendarEntry(Guid PostId, Guid ClientId, string ClientName, DateTime DueAtUtc, LocalMoment Local, PostCard? Card, IReadOnlyList<CalendarTarget> Targets)
{
    public DateOnly Day => DateOnly.FromDateTime(Local.Local);

    public TimeOnly Time => TimeOnly.FromDateTime(Local.Local);

    public string Title => Card is { CaptionExcerpt.Length: > 0 } card ? card.CaptionExcerpt : "Untitled post";
}

internal sealed record CalendarTarget(Guid AccountId, string Username, TargetState State, string? Problem, string? Permalink)
{
    /// <summary>What the last checks before publishing found; shown as a warning while the target is still open.</summary>
    public IReadOnlyList<string> CheckProblems { get; init; } = [];

    public string Handle => "@" + Username;

    public string StatusName => TargetStateNames.Of(State);
}
