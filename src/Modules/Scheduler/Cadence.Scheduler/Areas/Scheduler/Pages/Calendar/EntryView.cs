using Cadence.Scheduler.Features.Calendar;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Calendar;

internal sealed record EntryView(IndexModel Page, CalendarEntry Entry)
{
    public MoveAttempt? Failed => Page.FailedMove is { } failed && failed.PostId == Entry.PostId ? failed : null;

    public string Id => Entry.PostId.ToString("N");

    public string Name => $"“{Entry.Title}” ({string.Join(", ", Entry.Targets.Select(t => t.Handle))})";
}
