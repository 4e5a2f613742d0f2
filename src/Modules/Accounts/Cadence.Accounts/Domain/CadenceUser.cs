using Microsoft.AspNetCore.Identity;

namespace Cadence.Accounts.Domain;

internal sealed class CadenceUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;
}
