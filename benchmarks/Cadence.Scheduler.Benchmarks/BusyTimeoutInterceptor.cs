using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cadence.Scheduler.Benchmarks;

/// <summary>
/// <c>--busy-timeout MS</c> (on the Scheduler's connections): lets SQLite itself wait for a locked database (in short steps) instead of failing at once
/// into Microsoft.Data.Sqlite's own retry, to measure what the lock waits cost the lag.
/// </summary>
internal sealed class BusyTimeoutInterceptor(int milliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Pragma(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Pragma(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Pragma(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {milliseconds};");
        return command;
    }
}
