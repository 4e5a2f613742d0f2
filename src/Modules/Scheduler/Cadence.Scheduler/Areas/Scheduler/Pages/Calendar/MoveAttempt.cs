namespace Cadence.Scheduler.Areas.Scheduler.Pages.Calendar;

/// <summary>A move that failed: what was typed, and the messages to show next to its fields.</summary>
internal sealed record MoveAttempt(Guid PostId, DateOnly? Date, TimeOnly? Time, IReadOnlyList<string> Errors, string? DateError, string? TimeError);
