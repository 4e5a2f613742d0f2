namespace Cadence.Engagement.Contracts;

/// <summary>The module's name: its SQL Server schema, its SQLite table prefix and its area.</summary>
public static class EngagementModuleName
{
    public const string Value = "engagement";
}
