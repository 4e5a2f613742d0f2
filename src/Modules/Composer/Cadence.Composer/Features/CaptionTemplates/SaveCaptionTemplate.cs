using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.CaptionTemplates;

/// <summary>Creates a template (no <see cref="TemplateId"/>) or changes one.</summary>
internal sealed record SaveCaptionTemplateRequest(Guid ClientId, Guid? TemplateId, string? Name, string? Body);

internal sealed class SaveCaptionTemplate(ComposerDbContext db, IClientDirectory clients, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result<CaptionTemplateView>> HandleAsync(SaveCaptionTemplateRequest request, CancellationToken cancellationToken)
    {
        var template = request.TemplateId is { } id ? await db.CaptionTemplates.SingleOrDefaultAsync(t => t.Id == id && t.ClientId == request.ClientId, cancellationToken) : null;
        if ((request.TemplateId is not null && template is null) || current.AgencyId is not { } agencyId
            || await clients.FindAsync(request.ClientId, cancellationToken) is null)
        {
            return Error.NotFound("The caption template");
        }

        var name = CaptionTemplateRules.NormalizeName(request.Name);
        var body = CaptionTemplateRules.NormalizeBody(request.Body);
        var errors = CaptionTemplateRules.Check(name, body).ToList();
        if (!errors.Exists(e => e.Field == "Name") && await NameTakenAsync(request.ClientId, request.TemplateId, name, cancellationToken))
        {
            errors.Add(CaptionTemplateRules.NameTaken(name));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<CaptionTemplateView>(errors);
        }

        if (template is null)
        {
            template = new CaptionTemplate { AgencyId = agencyId, ClientId = request.ClientId, Name = name, Body = body };
            db.CaptionTemplates.Add(template);
        }

        template.Name = name;
        template.Body = body;
        template.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new CaptionTemplateView(template.Id, template.ClientId, template.Name, template.Body);
    }

    private async Task<bool> NameTakenAsync(Guid clientId, Guid? templateId, string name, CancellationToken cancellationToken)
    {
        var names = await db.CaptionTemplates.Where(t => t.ClientId == clientId && t.Id != templateId).Select(t => t.Name).ToListAsync(cancellationToken);
        return names.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
