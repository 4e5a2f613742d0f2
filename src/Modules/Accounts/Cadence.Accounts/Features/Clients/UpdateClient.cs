using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Clients;

/// <summary>A null field is left as it is (the API's PATCH); the edit page always sends every field.</summary>
internal sealed record UpdateClientRequest(
    Guid ClientId, string? Name, string? TimeZone, string? BrandColor, string? Notes, LogoUpload? Logo = null, bool RemoveLogo = false);

internal sealed class UpdateClient(AccountsDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result> HandleAsync(UpdateClientRequest request, CancellationToken cancellationToken)
    {
        if (await db.Clients.FindVisibleAsync(current, request.ClientId, cancellationToken) is not { } client)
        {
            return Result.Failure(Error.NotFound("Client"));
        }

        var name = request.Name is null ? client.Name : ClientRules.NormalizeName(request.Name);
        var notes = request.Notes is null ? client.Notes : ClientRules.NormalizeNotes(request.Notes);
        var errors = new[]
        {
            ClientRules.CheckName(name),
            request.TimeZone is null ? null : ClientRules.CheckTimeZone(request.TimeZone),
            request.BrandColor is null ? null : ClientRules.CheckBrandColor(request.BrandColor),
            ClientRules.CheckNotes(notes),
            request.Logo?.Check(),
        }.OfType<Error>().ToList();
        if (!errors.Exists(e => e.Field == "Name") && !client.IsArchived
            && await db.Clients.ActiveNameTakenAsync(name, client.Id, cancellationToken))
        {
            errors.Add(ClientRules.NameTaken(name));
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        client.Name = name;
        client.TimeZoneId = request.TimeZone ?? client.TimeZoneId;
        client.BrandColor = request.BrandColor is null ? client.BrandColor : ClientRules.NormalizeColor(request.BrandColor);
        client.Notes = notes;
        await ReplaceLogoAsync(client, request, cancellationToken);
        db.AddIntegrationEvent(new ClientUpdated(client.Id, client.Name, client.TimeZoneId, client.BrandColor)
        {
            AgencyId = client.AgencyId,
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private async Task ReplaceLogoAsync(Client client, UpdateClientRequest request, CancellationToken cancellationToken)
    {
        if (request.Logo is null && !request.RemoveLogo)
        {
            return;
        }

        var stored = await db.ClientLogos.SingleOrDefaultAsync(l => l.ClientId == client.Id, cancellationToken);
        if (request.Logo is { } logo)
        {
            if (stored is null)
            {
                db.ClientLogos.Add(new ClientLogo { ClientId = client.Id, AgencyId = client.AgencyId, ContentType = logo.ContentType!, Content = logo.Content });
            }
            else
            {
                stored.ContentType = logo.ContentType!;
                stored.Content = logo.Content;
            }

            client.HasLogo = true;
            return;
        }

        if (stored is not null)
        {
            db.ClientLogos.Remove(stored);
        }

        client.HasLogo = false;
    }
}
