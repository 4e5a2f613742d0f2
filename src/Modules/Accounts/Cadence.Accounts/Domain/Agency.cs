namespace Cadence.Accounts.Domain;

/// <summary>A tenant: one agency and everything it owns.</summary>
internal sealed class Agency
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public DateTime CreatedAtUtc { get; init; }
}
