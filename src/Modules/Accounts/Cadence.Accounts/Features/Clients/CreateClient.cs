using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Features.Clients;

internal sealed record CreateClientRequest(string? Name, string? TimeZone, string? BrandColor, string? Notes, LogoUpload? Logo = null);

internal sealed class CreateClient(AccountsDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CreateClientRequest request, CancellationToken cancellationToken)
    {
        if (current.AgencyId is not { } agencyId)
        {
            return Error.Forbidden("Choose an agency first.");
        }

        var name = ClientRules.NormalizeName(request.Name);
        var notes = ClientRules.NormalizeNotes(request.Notes);
        var errors = new[]
        {
            ClientRules.CheckName(name),
            ClientRules.CheckTimeZone(request.TimeZone),
            ClientRules.CheckBrandColor(request.BrandColor),
            ClientRules.CheckNotes(notes),
            request.Logo?.Check(),
        }.OfType<Error>().ToList();
        if (!errors.Exists(e => e.Field == "Name") && await db.Clients.ActiveNameTakenAsync(name, null, cancellationToken))
        {
            errors.Add(ClientRules.NameTaken(name));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<Guid>(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var client = new Client
        {
            AgencyId = agencyId,
            Name = name,
            TimeZoneId = request.TimeZone!,
            BrandColor = ClientRules.NormalizeColor(request.BrandColor!),
            Notes = notes,
            HasLogo = request.Logo is not null,
            CreatedAtUtc = now,
        };
        db.Clients.Add(client);
        if (request.Logo is { } logo)
        {
            db.ClientLogos.Add(new ClientLogo { ClientId = client.Id, AgencyId = agencyId, ContentType = logo.ContentType!, Content = logo.Content });
        }

        db.AddIntegrationEvent(new ClientCreated(client.Id, client.Name, client.TimeZoneId) { AgencyId = agencyId, OccurredAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return client.Id;
    }
}
