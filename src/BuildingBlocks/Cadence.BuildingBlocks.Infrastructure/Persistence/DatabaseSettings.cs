using Microsoft.Extensions.Configuration;

namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Where the one database lives: <c>Database:Provider</c> picks SQLite (the default) or SQL Server,
/// <c>ConnectionStrings:Default</c> overrides the location, and SQLite's file otherwise lives under <c>Data:Path</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string SqliteFileName = "cadence.db";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var provider = ProviderFrom(configuration);
        var migrate = configuration.GetValue("Database:MigrateOnStartup", defaultValue: true);
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.SqlServer)
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Default is not set.");
            }

            connectionString = $"Data Source={Path.Combine(DataFolder(configuration, contentRoot), SqliteFileName)}";
        }

        return new DatabaseSettings(provider, connectionString, migrate);
    }

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var configured = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new InvalidOperationException($"Database:Provider '{configured}' is not known: use Sqlite or SqlServer.");
    }

    public static string DataFolder(IConfiguration configuration, string contentRoot)
    {
        var folder = configuration["Data:Path"];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? Path.Combine(contentRoot, ".data") : folder, contentRoot);
        Directory.CreateDirectory(path);
        return path;
    }
}
