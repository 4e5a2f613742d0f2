using Cadence.Accounts.Contracts.Agencies;
using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals;

/// <summary>Reads and saves whose approval a client's posts need, and who besides Admins and Owners may give the team's.</summary>
internal sealed class ApprovalSettings(ComposerDbContext db, IClientDirectory clients, IAgencyDirectory agencies, ICurrentAgency current)
{
    public async Task<Result<ApprovalSettingsView>> GetAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(clientId, cancellationToken);
        if (client is null)
        {
            return Error.NotFound("Client");
        }

        var settings = await db.ClientSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ClientId == clientId, cancellationToken);
        var candidates = (await agencies.ListMembersAsync(cancellationToken)).Where(m => !RolePermissions.Grants(m.Role, Permission.ApproveContent)).ToList();
        return new ApprovalSettingsView(client, settings?.RequireTeamApproval ?? false, settings?.RequireClientApproval ?? false, settings?.ReviewerUserIds ?? [], candidates);
    }

    public async Task<IReadOnlyList<ClientApprovalLine>> ListAsync(CancellationToken cancellationToken)
    {
        var visible = await clients.ListActiveAsync(cancellationToken);
        var settings = await db.ClientSettings.AsNoTracking().ToDictionaryAsync(s => s.ClientId, cancellationToken);
        return visible.Select(c => settings.GetValueOrDefault(c.ClientId) is { } s
                ? new ClientApprovalLine(c.ClientId, c.Name, s.RequireTeamApproval, s.RequireClientApproval, s.ReviewerUserIds.Count)
                : new ClientApprovalLine(c.ClientId, c.Name, false, false, 0))
            .ToList();
    }

    public async Task<Result> SaveAsync(SaveApprovalSettingsRequest request, CancellationToken cancellationToken)
    {
        if (current.Role is not { } role || !RolePermissions.Grants(role, Permission.ManageClients))
        {
            return Result.Failure(Error.Forbidden("Only Admins and Owners can change approval settings."));
        }

        var client = await clients.FindAsync(request.ClientId, cancellationToken);
        if (client is null)
        {
            return Result.Failure(Error.NotFound("Client"));
        }

        var members = (await agencies.ListMembersAsync(cancellationToken)).Select(m => m.UserId).ToHashSet();
        var reviewers = request.ReviewerUserIds.Distinct().ToList();
        if (reviewers.Any(id => !members.Contains(id)))
        {
            return Result.Failure(Error.Validation(nameof(request.ReviewerUserIds), "Choose reviewers from the agency's current members."));
        }

        var settings = await db.ClientSettings.SingleOrDefaultAsync(s => s.ClientId == request.ClientId, cancellationToken);
        if (settings is null)
        {
            settings = new ClientComposerSettings { ClientId = client.ClientId, AgencyId = client.AgencyId };
            db.ClientSettings.Add(settings);
        }

        settings.RequireTeamApproval = request.RequireTeamApproval;
        settings.RequireClientApproval = request.RequireClientApproval;
        settings.ReviewerUserIds = reviewers;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
