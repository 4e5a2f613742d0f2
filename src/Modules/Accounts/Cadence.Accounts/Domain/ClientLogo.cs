using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Accounts.Domain;

/// <summary>A client's logo, kept apart from the client so lists never load the bytes.</summary>
internal sealed class ClientLogo : IAgencyOwned
{
    public const int MaxBytes = 1024 * 1024;

    public static readonly IReadOnlySet<string> AllowedContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "image/png", "image/jpeg", "image/webp",
    };

    public Guid ClientId { get; init; }

    public Guid AgencyId { get; init; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }
}
