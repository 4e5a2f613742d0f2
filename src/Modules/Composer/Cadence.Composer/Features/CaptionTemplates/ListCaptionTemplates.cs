using Cadence.Composer.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.CaptionTemplates;

/// <summary>A client's caption templates by name; the caller has checked the member may see the client.</summary>
internal sealed class ListCaptionTemplates(ComposerDbContext db)
{
    public async Task<IReadOnlyList<CaptionTemplateView>> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var templates = await db.CaptionTemplates.AsNoTracking()
            .Where(t => t.ClientId == clientId)
            .Select(t => new CaptionTemplateView(t.Id, t.ClientId, t.Name, t.Body))
            .ToListAsync(cancellationToken);
        return templates.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
