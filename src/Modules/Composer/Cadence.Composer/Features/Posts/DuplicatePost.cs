using Cadence.Composer.Data;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Posts;

/// <summary>Copies a post's content into a new draft for the same client and accounts.</summary>
internal sealed class DuplicatePost(ComposerDbContext db, CurrentActor currentActor, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Post source, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var copy = new Post
        {
            AgencyId = source.AgencyId,
            ClientId = source.ClientId,
            Format = source.Format,
            Caption = source.Caption,
            FirstComment = source.FirstComment,
            LocationId = source.LocationId,
            LocationName = source.LocationName,
            Collaborators = [.. source.Collaborators],
            CoverMediaAssetId = source.CoverMediaAssetId,
            ThumbOffsetMs = source.ThumbOffsetMs,
            ShareToFeed = source.ShareToFeed,
            AudioName = source.AudioName,
            Trial = source.Trial,
            CreatedAtUtc = now,
            CreatedByUserId = actor.UserId,
        };
        copy.Items.AddRange(source.OrderedItems.Select(i => new PostItem
        {
            PostId = copy.Id, Position = i.Position, MediaAssetId = i.MediaAssetId, AltText = i.AltText, UserTags = [.. i.UserTags],
        }));
        copy.Accounts.AddRange(source.Accounts.Select(a => new PostAccount { PostId = copy.Id, InstagramAccountId = a.InstagramAccountId, CaptionOverride = a.CaptionOverride }));
        copy.Created(actor, now, PostActivityKind.Duplicated);
        db.Posts.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return copy.Id;
    }
}
