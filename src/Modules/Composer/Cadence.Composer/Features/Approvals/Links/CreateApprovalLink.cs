using Cadence.BuildingBlocks.Infrastructure.Security;
using System.Net.Mail;
using Cadence.Accounts.Contracts.Agencies;
using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Email;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>Makes a client approval link for posts in review of one client, notes it in each post's history and emails it when asked.</summary>
internal sealed class CreateApprovalLink(
    ComposerDbContext db, ICurrentAgency current, IClientDirectory clients, IAgencyDirectory agencies, CurrentActor actors, IEmailSender email, TimeProvider clock)
{
    public async Task<Result<ApprovalLinkCreated>> HandleAsync(CreateApprovalLinkRequest request, Func<string, string> linkUrl, CancellationToken cancellationToken)
    {
        var ids = request.PostIds.Distinct().ToList();
        var posts = await db.Posts.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        if (posts.Count != ids.Count || posts.Any(p => !current.CanAccessClient(p.ClientId)))
        {
            return Error.NotFound("Post");
        }

        if (posts.Any(p => !ApprovalRules.MayEdit(current, p.ClientId)) || current.UserId is not { } userId)
        {
            return ApprovalRules.NotAllowedToEdit;
        }

        var errors = Validate(request, posts);
        if (errors.Count > 0)
        {
            return Result.Failure<ApprovalLinkCreated>(errors);
        }

        var client = await clients.FindAsync(posts[0].ClientId, cancellationToken);
        if (client is null)
        {
            return Error.NotFound("Client");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = SecretToken.Create();
        var name = request.RecipientName!.Trim();
        var address = string.IsNullOrWhiteSpace(request.RecipientEmail) ? null : request.RecipientEmail.Trim();
        var link = new ApprovalLink
        {
            AgencyId = client.AgencyId,
            ClientId = client.ClientId,
            TokenHash = SecretToken.Hash(token),
            RecipientName = name,
            RecipientEmail = address,
            CreatedByUserId = userId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddDays(request.ExpiresInDays),
        };
        link.Posts.AddRange(posts.Select(p => new ApprovalLinkPost { ApprovalLinkId = link.Id, PostId = p.Id }));
        db.ApprovalLinks.Add(link);

        var expires = ClientClock.DateAndTime(link.ExpiresAtUtc, client.TimeZoneId);
        var actor = await actors.GetAsync(cancellationToken);
        posts.ForEach(p => p.Record(PostActivityKind.SentToClient, actor, now, details: $"Link for {name}{(address is null ? string.Empty : $" ({address})")}, open until {expires}"));
        await db.SaveChangesAsync(cancellationToken);

        var url = linkUrl(token);
        if (address is not null)
        {
            var agencyName = (await agencies.GetOverviewAsync(cancellationToken))?.AgencyName ?? "Your agency";
            await email.SendAsync(ApprovalLinkEmail.Create(address, name, agencyName, client.Name, posts.Count, url, expires), cancellationToken);
        }

        return new ApprovalLinkCreated(url, name, address, expires);
    }

    private static List<Error> Validate(CreateApprovalLinkRequest request, List<Post> posts)
    {
        var errors = new List<Error>();
        if (posts.Count == 0)
        {
            errors.Add(Error.Validation(nameof(request.PostIds), "Choose at least one post in review."));
        }
        else if (posts.Select(p => p.ClientId).Distinct().Count() > 1)
        {
            errors.Add(Error.Validation(nameof(request.PostIds), "A link holds posts of one client only."));
        }
        else if (posts.Any(p => p.Status != ApprovalStatus.InReview))
        {
            errors.Add(Error.Validation(nameof(request.PostIds), "Only posts in review can go to the client. Submit the post first."));
        }

        var name = request.RecipientName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add(Error.Validation(nameof(request.RecipientName), "Enter the name of the person who approves for the client."));
        }
        else if (name.Length > 150)
        {
            errors.Add(Error.Validation(nameof(request.RecipientName), "Keep the name to 150 characters."));
        }

        var address = request.RecipientEmail?.Trim();
        if (!string.IsNullOrEmpty(address) && (address.Length > 256 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address))
        {
            errors.Add(Error.Validation(nameof(request.RecipientEmail), "Enter a valid email address, like name@example.com, or leave it empty."));
        }

        if (request.ExpiresInDays is < CreateApprovalLinkRequest.MinDays or > CreateApprovalLinkRequest.MaxDays)
        {
            errors.Add(Error.Validation(nameof(request.ExpiresInDays), "Choose between 1 and 30 days."));
        }

        return errors;
    }
}
