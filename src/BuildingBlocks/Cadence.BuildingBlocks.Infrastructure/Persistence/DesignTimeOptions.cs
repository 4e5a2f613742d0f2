using Microsoft.EntityFrameworkCore;

namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Options for <c>dotnet ef</c>: adding migrations and writing scripts never connects, so placeholder locations do.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TContext> For<TContext>(DatabaseProvider provider, string module) where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseModuleDatabase(
                provider,
                provider == DatabaseProvider.SqlServer ? "Server=localhost;Database=Cadence;Trusted_Connection=True;TrustServerCertificate=True" : "Data Source=design-time.db",
                module)
            .Options;
}
