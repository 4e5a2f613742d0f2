namespace Cadence.Analytics.Contracts;

/// <summary>The module's name: its SQL Server schema, its SQLite table prefix and its area.</summary>
public static class AnalyticsModuleName
{
    public const string Value = "analytics";
}
