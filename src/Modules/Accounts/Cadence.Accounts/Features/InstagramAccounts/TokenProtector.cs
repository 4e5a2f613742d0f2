using Microsoft.AspNetCore.DataProtection;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>Encrypts Instagram tokens at rest with the Data Protection key ring every Host instance shares (kept in the database).</summary>
internal sealed class TokenProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Cadence.Accounts.InstagramToken.v1");

    public string Protect(string token) => protector.Protect(token);

    public string Unprotect(string protectedToken) => protector.Unprotect(protectedToken);
}
