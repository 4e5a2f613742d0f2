using Cadence.BuildingBlocks.Infrastructure.Security;
using System.Net.Mail;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.Team;
using Cadence.BuildingBlocks.Email;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Invitations;

internal sealed record InviteMemberRequest(string? Email, AgencyRole Role, bool RestrictedToClients, IReadOnlyCollection<Guid> ClientIds);

/// <summary>Emails a one-time link to join the agency; a newer invitation to the same address replaces the open one.</summary>
internal sealed class InviteMember(AccountsDbContext db, ICurrentAgency actor, ILookupNormalizer normalizer, IEmailSender email, TimeProvider clock)
{
    public async Task<Result> HandleAsync(InviteMemberRequest request, Func<string, string> acceptUrl, CancellationToken cancellationToken)
    {
        if (!TeamRules.CanManageTeam(actor) || actor.AgencyId is not { } agencyId || actor.UserId is not { } inviterId)
        {
            return Result.Failure(TeamRules.NotAllowed);
        }

        var address = request.Email?.Trim() ?? string.Empty;
        var normalized = normalizer.NormalizeEmail(address);
        var errors = await ValidateAsync(request, address, normalized, cancellationToken);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previous = await db.Invitations
            .Where(i => i.NormalizedEmail == normalized && i.AcceptedAtUtc == null && i.RevokedAtUtc == null)
            .ToListAsync(cancellationToken);
        previous.ForEach(i => i.RevokedAtUtc = now);

        var token = SecretToken.Create();
        var invitation = new Invitation
        {
            AgencyId = agencyId,
            Email = address,
            NormalizedEmail = normalized,
            Role = request.Role,
            RestrictedToClients = request.RestrictedToClients,
            ClientIds = request.RestrictedToClients ? request.ClientIds.Distinct().ToList() : [],
            TokenHash = SecretToken.Hash(token),
            InvitedByUserId = inviterId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + Invitation.Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        var agencyName = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var inviterName = await db.Users.Where(u => u.Id == inviterId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        await email.SendAsync(
            InvitationEmail.Create(address, agencyName, inviterName ?? "A colleague", request.Role, acceptUrl(token), invitation.ExpiresAtUtc),
            cancellationToken);
        return Result.Success();
    }

    private async Task<List<Error>> ValidateAsync(InviteMemberRequest request, string address, string normalized, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (address.Length == 0)
        {
            errors.Add(Error.Validation(nameof(request.Email), "Enter the email address to send the invitation to."));
        }
        else if (address.Length > 256 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            errors.Add(Error.Validation(nameof(request.Email), "Enter a valid email address, like name@example.com."));
        }
        else if (await db.Memberships.AnyAsync(m => db.Users.Any(u => u.Id == m.UserId && u.NormalizedEmail == normalized), cancellationToken))
        {
            errors.Add(Error.Conflict($"{address} is already a member of this agency.", nameof(request.Email)));
        }

        if (!Enum.IsDefined(request.Role))
        {
            errors.Add(Error.Validation(nameof(request.Role), "Choose Viewer, Editor, Admin or Owner."));
        }
        else if (!TeamRules.MayHandleRole(actor, request.Role))
        {
            errors.Add(TeamRules.OwnersOnly("invite an Owner", nameof(request.Role)));
        }

        if (request.RestrictedToClients)
        {
            errors.AddRange(await ValidateClientsAsync(request.ClientIds, cancellationToken));
        }

        return errors;
    }

    private async Task<IEnumerable<Error>> ValidateClientsAsync(IReadOnlyCollection<Guid> clientIds, CancellationToken cancellationToken)
    {
        if (clientIds.Count == 0)
        {
            return [Error.Validation("ClientIds", "Choose at least one client, or untick \"Only some clients\".")];
        }

        var wanted = clientIds.Distinct().ToList();
        var known = await db.Clients.CountAsync(c => wanted.Contains(c.Id) && c.ArchivedAtUtc == null, cancellationToken);
        return known == wanted.Count ? [] : [Error.Validation("ClientIds", "Choose only active clients of this agency.")];
    }
}
