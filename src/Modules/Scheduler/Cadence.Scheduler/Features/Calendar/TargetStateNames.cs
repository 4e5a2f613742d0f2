using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Calendar;

/// <summary>Target states as people read them on the calendar.</summary>
internal static class TargetStateNames
{
    public static string Of(TargetState state) => state switch
    {
        TargetState.Scheduled => "Scheduled",
        TargetState.Prepared => "Ready to publish",
        TargetState.PublishAttempted => "Publishing",
        TargetState.Held => "On hold",
        TargetState.Published => "Published",
        TargetState.Failed => "Failed",
        TargetState.Missed => "Missed",
        TargetState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };
}
