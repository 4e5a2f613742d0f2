using System.Security.Claims;
using Cadence.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cadence.Accounts.Identity;

/// <summary>Names the signed-in person by their display name rather than their email, so the user menu greets them.</summary>
internal sealed class CadenceClaimsPrincipalFactory(UserManager<CadenceUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CadenceUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CadenceUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            var nameType = Options.ClaimsIdentity.UserNameClaimType;
            foreach (var claim in identity.FindAll(nameType).ToList())
            {
                identity.RemoveClaim(claim);
            }

            identity.AddClaim(new Claim(nameType, user.DisplayName));
        }

        return identity;
    }
}
