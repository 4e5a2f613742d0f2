namespace Cadence.Accounts.Contracts;

/// <summary>The module's name: its SQL Server schema, its SQLite table prefix and its area.</summary>
public static class AccountsModuleName
{
    public const string Value = "accounts";
}
