using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Stored instants are UTC; providers hand them back unspecified, so this marks them UTC again on the way out.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
