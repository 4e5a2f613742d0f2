using System.Globalization;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Host.Tests.Persistence;

public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task Every_sqlite_connection_a_module_opens_waits_for_a_locked_database()
    {
        var options = new DbContextOptionsBuilder().UseModuleDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:", "test").Options;
        await using var context = new DbContext(options);

        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        var timeout = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);

        Assert.Equal(30_000, timeout);
    }
}
