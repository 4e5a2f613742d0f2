using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Authorization;

namespace Cadence.Accounts.Identity;

/// <summary>
/// The Host opens the Identity area's /Account folder to anonymous visitors, and with endpoint routing any
/// [AllowAnonymous] beats [Authorize]. A page model in that folder that asks for [Authorize] (account settings) must
/// win, so the folder's exemption is taken off it. Runs after the Host's conventions (registered as a post-configure).
/// </summary>
internal sealed class AuthorizeOverridesAnonymousFolder : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var type = model.ModelType;
        if (type is null || !type.IsDefined(typeof(AuthorizeAttribute), inherit: true) || type.IsDefined(typeof(AllowAnonymousAttribute), inherit: true))
        {
            return;
        }

        foreach (var exemption in model.EndpointMetadata.OfType<IAllowAnonymous>().ToList())
        {
            model.EndpointMetadata.Remove(exemption);
        }

        foreach (var exemption in model.Filters.OfType<IAllowAnonymousFilter>().ToList())
        {
            model.Filters.Remove(exemption);
        }
    }
}
