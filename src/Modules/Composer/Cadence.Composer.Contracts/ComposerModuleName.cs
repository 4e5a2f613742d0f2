namespace Cadence.Composer.Contracts;

/// <summary>The module's name: its SQL Server schema, its SQLite table prefix and its area.</summary>
public static class ComposerModuleName
{
    public const string Value = "composer";
}
