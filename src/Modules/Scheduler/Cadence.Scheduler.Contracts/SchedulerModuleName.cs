namespace Cadence.Scheduler.Contracts;

/// <summary>The module's name: its SQL Server schema, its SQLite table prefix and its area.</summary>
public static class SchedulerModuleName
{
    public const string Value = "scheduler";
}
