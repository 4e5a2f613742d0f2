using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;

namespace Cadence.Composer.Features.Approvals;

/// <summary>One line of the audit trail as shown: who, when in the client's time zone, what, and through which door.</summary>
internal sealed record ActivityLine(string When, string WhenIso, string Who, string What, string? Comment, string? Details, bool ViaClientLink)
{
    public static IReadOnlyList<ActivityLine> From(IEnumerable<PostActivity> activity, string timeZoneId) =>
        activity.OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
            .Select(a => new ActivityLine(
                ClientClock.DateAndTime(a.AtUtc, timeZoneId),
                ClientClock.Iso(a.AtUtc),
                a.ActorName,
                ActivityKindText.Of(a.Kind),
                a.Comment,
                a.Details,
                a.ActorUserId is null))
            .ToList();
}
