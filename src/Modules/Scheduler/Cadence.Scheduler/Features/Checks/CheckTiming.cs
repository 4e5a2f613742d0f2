namespace Cadence.Scheduler.Features.Checks;

/// <summary>
/// When a booked target is checked: as soon as it is booked (or rebooked), every quarter of an hour in the hour before
/// its time, and once more in the last five minutes, so a problem shows while there is still time to fix it.
/// </summary>
internal static class CheckTiming
{
    public static readonly TimeSpan Horizon = TimeSpan.FromMinutes(60);

    public static readonly TimeSpan Recheck = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan FinalWindow = TimeSpan.FromMinutes(5);
}
