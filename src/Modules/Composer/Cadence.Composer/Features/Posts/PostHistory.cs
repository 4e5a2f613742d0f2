using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Posts;

internal sealed record HistoryEntry(string Who, string WhenLocal, string WhenIso, string What, string? Details, string? Comment, int Version);

/// <summary>A post's history, newest first, with times in the client's time zone.</summary>
internal sealed class PostHistory(ComposerDbContext db)
{
    public async Task<IReadOnlyList<HistoryEntry>> HandleAsync(PostInContext context, CancellationToken cancellationToken)
    {
        var activity = await db.PostActivity.AsNoTracking().Where(a => a.PostId == context.Post.Id)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.ContentVersion).ToListAsync(cancellationToken);
        return activity.Select(a => new HistoryEntry(a.ActorName, ClientClock.DateAndTime(a.AtUtc, context.Client.TimeZoneId), ClientClock.Iso(a.AtUtc),
            What(a.Kind), a.Details, a.Comment, a.ContentVersion)).ToList();
    }

    private static string What(PostActivityKind kind) => kind switch
    {
        PostActivityKind.Created => "Created",
        PostActivityKind.Edited => "Edited",
        PostActivityKind.Duplicated => "Duplicated",
        PostActivityKind.Submitted => "Submitted for review",
        PostActivityKind.Approved => "Approved",
        PostActivityKind.ChangesRequested => "Requested changes",
        PostActivityKind.ReturnedToReview => "Returned to review after an edit",
        PostActivityKind.ClientApproved => "Approved by the client",
        PostActivityKind.ClientRequestedChanges => "Client requested changes",
        _ => "Sent to the client",
    };
}
