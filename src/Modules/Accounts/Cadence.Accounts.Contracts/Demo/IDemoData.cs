namespace Cadence.Accounts.Contracts.Demo;

/// <summary>Development's demo agency: created once, its Owner's sign-in returned so the host can print it.</summary>
public interface IDemoData
{
    Task<DemoSignIn> EnsureSeededAsync(CancellationToken cancellationToken);
}

public sealed record DemoSignIn(string Email, string Password);
