using Microsoft.EntityFrameworkCore;

namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

public static class ModuleDatabaseOptions
{
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>Points a module's context at the database, keeping its migration history apart from other modules'.</summary>
    public static T UseModuleDatabase<T>(this T options, DatabaseProvider provider, string connectionString, string module)
        where T : DbContextOptionsBuilder
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            options.UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable(HistoryTable, module));
        }
        else
        {
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable($"{HistoryTable}_{module}"))
                .AddInterceptors(SqliteBusyTimeout.Instance);
        }

        return options;
    }
}
