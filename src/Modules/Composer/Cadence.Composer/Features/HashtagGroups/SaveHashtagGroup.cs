using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.HashtagGroups;

/// <summary>Creates a group (no <see cref="GroupId"/>) or changes one.</summary>
internal sealed record SaveHashtagGroupRequest(Guid ClientId, Guid? GroupId, string? Name, string? Hashtags);

internal sealed class SaveHashtagGroup(ComposerDbContext db, IClientDirectory clients, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result<HashtagGroupView>> HandleAsync(SaveHashtagGroupRequest request, CancellationToken cancellationToken)
    {
        var group = request.GroupId is { } id ? await db.HashtagGroups.SingleOrDefaultAsync(g => g.Id == id && g.ClientId == request.ClientId, cancellationToken) : null;
        if ((request.GroupId is not null && group is null) || current.AgencyId is not { } agencyId
            || await clients.FindAsync(request.ClientId, cancellationToken) is null)
        {
            return Error.NotFound("The hashtag group");
        }

        var name = HashtagGroupRules.NormalizeName(request.Name);
        var hashtags = HashtagGroupRules.Split(request.Hashtags);
        var errors = HashtagGroupRules.Check(name, hashtags).ToList();
        if (!errors.Exists(e => e.Field == "Name") && await NameTakenAsync(request.ClientId, request.GroupId, name, cancellationToken))
        {
            errors.Add(HashtagGroupRules.NameTaken(name));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<HashtagGroupView>(errors);
        }

        if (group is null)
        {
            group = new HashtagGroup { AgencyId = agencyId, ClientId = request.ClientId, Name = name, Hashtags = string.Empty };
            db.HashtagGroups.Add(group);
        }

        group.Name = name;
        group.Hashtags = string.Join(' ', hashtags);
        group.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new HashtagGroupView(group.Id, group.ClientId, group.Name, group.Hashtags);
    }

    private async Task<bool> NameTakenAsync(Guid clientId, Guid? groupId, string name, CancellationToken cancellationToken)
    {
        var names = await db.HashtagGroups.Where(g => g.ClientId == clientId && g.Id != groupId).Select(g => g.Name).ToListAsync(cancellationToken);
        return names.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
