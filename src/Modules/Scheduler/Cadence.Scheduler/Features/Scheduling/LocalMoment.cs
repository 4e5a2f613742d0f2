namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>An instant as the client's clock shows it, with the offset and zone name in force at that instant.</summary>
internal sealed record LocalMoment(DateTime Local, TimeSpan Offset, string ZoneName)
{
    public string OffsetLabel => LocalTimeFormat.Offset(Offset);

    public string Display => $"{LocalTimeFormat.Day(Local)}, {LocalTimeFormat.Time(Local)} {OffsetLabel} ({ZoneName})";
}
