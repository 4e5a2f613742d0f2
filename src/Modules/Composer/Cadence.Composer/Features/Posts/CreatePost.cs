using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Posts;

internal sealed record CreatePostRequest(Guid? ClientId, IReadOnlyList<Guid> AccountIds, PostFormat? Format);

/// <summary>Starts a draft for a client, going to some of its accounts, in one format.</summary>
internal sealed class CreatePost(ComposerDbContext db, IClientDirectory clients, IInstagramAccountDirectory accountDirectory, CurrentActor currentActor, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CreatePostRequest request, CancellationToken cancellationToken)
    {
        if (request.ClientId is not { } clientId || await clients.FindAsync(clientId, cancellationToken) is not { IsArchived: false } client)
        {
            return Error.Validation("ClientId", "Choose a client.");
        }

        var errors = new List<Error>();
        if (request.Format is not { } format || !Enum.IsDefined(format))
        {
            errors.Add(Error.Validation("Format", "Choose a format."));
            format = PostFormat.FeedImage;
        }

        var accounts = (await accountDirectory.ListForClientAsync(client.ClientId, cancellationToken)).ToDictionary(a => a.AccountId);
        var chosen = request.AccountIds.Distinct().ToList();
        if (chosen.Count == 0)
        {
            errors.Add(Error.Validation("AccountIds", accounts.Count == 0 ? "Link an Instagram account to this client first." : "Choose at least one Instagram account."));
        }
        else if (chosen.Any(id => !accounts.TryGetValue(id, out var account) || !account.CanPublish))
        {
            errors.Add(Error.Validation("AccountIds", "Choose accounts of this client that can publish."));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<Guid>(errors);
        }

        var actor = await currentActor.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var post = new Post { AgencyId = client.AgencyId, ClientId = client.ClientId, Format = format, CreatedAtUtc = now, CreatedByUserId = actor.UserId };
        post.Accounts.AddRange(chosen.Select(id => new PostAccount { PostId = post.Id, InstagramAccountId = id }));
        post.Created(actor, now);
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return post.Id;
    }
}
