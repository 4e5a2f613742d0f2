using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Posts;

internal enum EditResult
{
    Saved,
    NothingChanged,
    InputProblems,
    Conflict,
    Previewed,
}

internal sealed record EditOutcome(EditResult Result, bool Restructured, IReadOnlyDictionary<string, List<string>> Problems);

/// <summary>
/// Applies the editor form to a post and saves it as a new content version (the autosave), or only applies it for a
/// live preview. Bad input saves nothing; a form drawn from an older version (another tab saved since) is a conflict.
/// </summary>
internal sealed class EditPost(ComposerDbContext db, PostAccess access, IInstagramAccountDirectory accountDirectory, CurrentActor currentActor, TimeProvider clock)
{
    private const int MaxDetails = 1000;

    public async Task<EditOutcome> HandleAsync(PostInContext context, PostEditInput input, bool save, CancellationToken cancellationToken)
    {
        var post = context.Post;
        if (save && input.Version != post.ContentVersion)
        {
            return new EditOutcome(EditResult.Conflict, false, new Dictionary<string, List<string>>());
        }

        var edits = new PostEdits(post, await AssetsAsync(post, input, cancellationToken), await AccountIdsAsync(post, cancellationToken));
        edits.Apply(input);
        if (edits.Problems.Count > 0)
        {
            return new EditOutcome(EditResult.InputProblems, edits.Restructured, edits.Problems);
        }

        if (!save)
        {
            return new EditOutcome(EditResult.Previewed, edits.Restructured, edits.Problems);
        }

        if (edits.Changes.Count == 0)
        {
            return new EditOutcome(EditResult.NothingChanged, edits.Restructured, edits.Problems);
        }

        var details = string.Join(", ", edits.Changes);
        post.ContentChanged(await access.PolicyAsync(post.ClientId, cancellationToken), await currentActor.GetAsync(cancellationToken),
            clock.GetUtcNow().UtcDateTime, details.Length > MaxDetails ? details[..(MaxDetails - 1)] + "…" : details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome(EditResult.Conflict, false, new Dictionary<string, List<string>>());
        }

        return new EditOutcome(EditResult.Saved, edits.Restructured, edits.Problems);
    }

    private async Task<Dictionary<Guid, MediaAsset>> AssetsAsync(Post post, PostEditInput input, CancellationToken cancellationToken)
    {
        var ids = post.Items.Select(i => i.MediaAssetId).ToList();
        if (input.CoverMediaAssetId is { } cover)
        {
            ids.Add(cover);
        }

        if (input.Op?.Split(':') is ["add", var added] && Guid.TryParse(added, out var addedId))
        {
            ids.Add(addedId);
        }

        return await db.MediaAssets.AsNoTracking().Where(a => a.ClientId == post.ClientId && ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    private async Task<HashSet<Guid>> AccountIdsAsync(Post post, CancellationToken cancellationToken) =>
        (await accountDirectory.ListForClientAsync(post.ClientId, cancellationToken))
            .Where(a => a.CanPublish || post.Accounts.Any(p => p.InstagramAccountId == a.AccountId))
            .Select(a => a.AccountId)
            .ToHashSet();
}
